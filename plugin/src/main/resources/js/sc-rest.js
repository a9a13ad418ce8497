/*
 * The one REST helper of the app's page scripts: JSON in and out under Jira's context path, with the session's
 * credentials. A refusal becomes an Error whose items are the server's i18n'd messages, each naming its field.
 */
(function () {
    'use strict';
    var app = window.ServiceCulture = window.ServiceCulture || {};

    app.contextPath = function () {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    };

    /**
     * @param path under /rest/service-culture/1.0, starting with a slash
     * @param failedText the message of a refusal that carries none of its own
     */
    app.rest = function (method, path, body, failedText) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(app.contextPath() + '/rest/service-culture/1.0' + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
                if (!response.ok) {
                    var error = new Error(failedText);
                    error.status = response.status;
                    error.items = json && json.errors ? json.errors : [];
                    throw error;
                }
                return json;
            });
        });
    };
})();
