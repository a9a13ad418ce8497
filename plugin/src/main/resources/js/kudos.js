/*
 * Kudos in the browser: the "Give kudos" dialog (profile panel and Recognition page) and the Recognition
 * feed. User text is only ever set with textContent; the texts come from the server-rendered templates.
 */
(function () {
    'use strict';

    function contextPath() {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function api(path) {
        return contextPath() + '/rest/service-culture/1.0' + path;
    }

    function requestId() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    function call(method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(api(path), options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
                if (!response.ok) {
                    var message = json && json.errors && json.errors.length ? json.errors[0].message : response.status + ' ' + response.statusText;
                    var error = new Error(message);
                    error.field = json && json.errors && json.errors.length ? json.errors[0].field : null;
                    throw error;
                }
                return json;
            });
        });
    }

    function showDialog(dialog) {
        if (window.AJS && typeof window.AJS.dialog2 === 'function') {
            window.AJS.dialog2(dialog).show();
        } else {
            dialog.hidden = false;
            dialog.setAttribute('open', '');
        }
    }

    function hideDialog(dialog) {
        if (window.AJS && typeof window.AJS.dialog2 === 'function') {
            window.AJS.dialog2(dialog).hide();
        } else {
            dialog.hidden = true;
            dialog.removeAttribute('open');
        }
    }

    var valuesLoaded = null;

    function loadValues(select) {
        if (!valuesLoaded) {
            valuesLoaded = call('GET', '/values').then(function (values) {
                values.forEach(function (value) {
                    var option = document.createElement('option');
                    option.value = value.id;
                    option.textContent = value.name;
                    option.title = value.description || '';
                    select.appendChild(option);
                });
            });
        }
        return valuesLoaded;
    }

    function openGiveDialog(button) {
        var dialog = document.getElementById('sc-give-kudos-dialog');
        if (!dialog) {
            return;
        }
        var form = dialog.querySelector('form');
        var receiver = form.querySelector('[name="receiver"]');
        var fixedReceiver = button.getAttribute('data-receiver');
        form.setAttribute('data-receiver', fixedReceiver || '');
        if (fixedReceiver) {
            receiver.value = button.getAttribute('data-receiver-name') || fixedReceiver;
            receiver.readOnly = true;
        } else {
            receiver.readOnly = false;
        }
        // One id per opened dialog: a retry after a network error cannot give the same kudos twice.
        form.setAttribute('data-request-id', requestId());
        var error = form.querySelector('.sc-give-kudos-error');
        error.hidden = true;
        loadValues(form.querySelector('[name="value"]')).catch(function (e) {
            error.textContent = e.message;
            error.hidden = false;
        });
        showDialog(dialog);
        (fixedReceiver ? form.querySelector('[name="message"]') : receiver).focus();
    }

    function submitGive(event) {
        event.preventDefault();
        var form = event.target;
        var dialog = form.closest('.aui-dialog2') || form.parentElement;
        var submit = form.querySelector('.sc-give-kudos-submit');
        var error = form.querySelector('.sc-give-kudos-error');
        var receiver = form.getAttribute('data-receiver') || form.querySelector('[name="receiver"]').value;
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        call('POST', '/kudos', {
            receivers: [receiver],
            value: form.querySelector('[name="value"]').value,
            message: form.querySelector('[name="message"]').value,
            visibility: form.querySelector('[name="private"]').checked ? 'PRIVATE' : 'PUBLIC',
            requestId: form.getAttribute('data-request-id')
        }).then(function () {
            form.querySelector('[name="message"]').value = '';
            hideDialog(dialog);
            document.dispatchEvent(new CustomEvent('service-culture:kudos-given'));
        }).catch(function (e) {
            // Keep everything the person typed; say what was wrong.
            error.textContent = e.message;
            error.hidden = false;
            var field = e.field && form.querySelector('[name="' + (e.field === 'receivers' ? 'receiver' : e.field) + '"]');
            if (field) {
                field.focus();
            }
        }).then(function () {
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
        });
    }

    function renderKudos(feed, kudos) {
        var item = document.createElement('li');
        item.className = 'sc-kudos-item';
        item.setAttribute('data-kudos-id', String(kudos.id));
        var meta = document.createElement('p');
        meta.className = 'sc-kudos-meta';
        var giver = document.createElement('strong');
        giver.textContent = kudos.giver.displayName;
        meta.appendChild(giver);
        meta.appendChild(document.createTextNode(' \u2192 '));
        var receivers = document.createElement('strong');
        receivers.textContent = kudos.receivers.map(function (r) { return r.displayName; }).join(', ');
        meta.appendChild(receivers);
        meta.appendChild(document.createTextNode(' '));
        var value = document.createElement('span');
        value.className = 'aui-lozenge aui-lozenge-success';
        value.textContent = kudos.value.name;
        meta.appendChild(value);
        if (kudos.visibility === 'PRIVATE') {
            var lock = document.createElement('span');
            lock.className = 'aui-lozenge';
            lock.textContent = feed.getAttribute('data-private-text');
            meta.appendChild(document.createTextNode(' '));
            meta.appendChild(lock);
        }
        meta.appendChild(document.createTextNode(' '));
        var time = document.createElement('time');
        time.setAttribute('datetime', kudos.givenAt);
        time.textContent = new Date(kudos.givenAt).toLocaleString();
        meta.appendChild(time);
        if (kudos.issue) {
            meta.appendChild(document.createTextNode(' '));
            var link = document.createElement('a');
            link.href = contextPath() + '/browse/' + encodeURIComponent(kudos.issue.key);
            link.textContent = kudos.issue.key;
            link.title = kudos.issue.summary;
            meta.appendChild(link);
        }
        var message = document.createElement('blockquote');
        message.className = 'sc-kudos-message';
        message.textContent = kudos.message;
        item.appendChild(meta);
        item.appendChild(message);
        feed.appendChild(item);
    }

    function loadFeed(feed, before) {
        var more = document.querySelector('.sc-feed-more');
        var error = document.querySelector('.sc-feed-error');
        var query = '/kudos?limit=20' + (before ? '&before=' + encodeURIComponent(before) : '');
        return call('GET', query).then(function (page) {
            if (!before) {
                feed.textContent = '';
            }
            page.kudos.forEach(function (kudos) { renderKudos(feed, kudos); });
            if (!feed.children.length) {
                var empty = document.createElement('li');
                empty.className = 'sc-kudos-empty';
                empty.textContent = feed.getAttribute('data-empty-text');
                feed.appendChild(empty);
            }
            if (more) {
                more.hidden = page.nextBefore === null || page.nextBefore === undefined;
                more.setAttribute('data-before', page.nextBefore === null || page.nextBefore === undefined ? '' : String(page.nextBefore));
            }
            error.hidden = true;
        }).catch(function (e) {
            error.textContent = e.message;
            error.hidden = false;
        });
    }

    /** Server-rendered times carry ISO instants; people read them in their own locale and zone. */
    function localiseTimes() {
        Array.prototype.forEach.call(document.querySelectorAll('.sc-kudos-panel time[datetime]'), function (time) {
            var when = new Date(time.getAttribute('datetime'));
            if (!isNaN(when.getTime())) {
                time.textContent = when.toLocaleString();
            }
        });
    }

    function init() {
        localiseTimes();
        document.addEventListener('click', function (event) {
            var give = event.target.closest('.sc-give-kudos');
            if (give) {
                event.preventDefault();
                openGiveDialog(give);
                return;
            }
            var cancel = event.target.closest('.sc-give-kudos-cancel');
            if (cancel) {
                hideDialog(cancel.closest('.aui-dialog2'));
                return;
            }
            var more = event.target.closest('.sc-feed-more');
            if (more) {
                loadFeed(document.querySelector('.sc-kudos-feed'), more.getAttribute('data-before'));
            }
        });
        document.addEventListener('submit', function (event) {
            if (event.target.classList && event.target.classList.contains('sc-give-kudos-form')) {
                submitGive(event);
            }
        });
        var feed = document.querySelector('.sc-kudos-feed');
        if (feed) {
            loadFeed(feed, null);
            document.addEventListener('service-culture:kudos-given', function () { loadFeed(feed, null); });
        } else {
            document.addEventListener('service-culture:kudos-given', function () { window.location.reload(); });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
