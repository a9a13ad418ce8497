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
     * @param body a value to send as JSON, or undefined for none
     * @param failedText the message of a refusal; without it, the server's first message or the HTTP status
     */
    app.rest = function (method, path, body, failedText) {
        return send(method, path, body === undefined ? undefined : JSON.stringify(body), failedText);
    };

    /** The same with a body that is JSON text already, such as a file the user chose, sent as it is. */
    app.restText = function (method, path, text, failedText) {
        return send(method, path, text, failedText);
    };

    function send(method, path, text, failedText) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (text !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = text;
        }
        return fetch(app.contextPath() + '/rest/service-culture/1.0' + path, options).then(function (response) {
            return response.text().then(function (answer) {
                var json = null;
                try { json = answer ? JSON.parse(answer) : null; } catch (ignored) { json = null; }
                if (!response.ok) {
                    var items = json && json.errors ? json.errors : [];
                    var error = new Error(failedText !== undefined ? failedText
                        : items.length ? items[0].message : response.status + ' ' + response.statusText);
                    error.status = response.status;
                    error.items = items;
                    error.field = items.length ? items[0].field : null;
                    throw error;
                }
                return json;
            });
        });
    }
})();
