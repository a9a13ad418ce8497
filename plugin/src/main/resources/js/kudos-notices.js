/*
 * "You received kudos" on the next page a person opens: reads GET /kudos/notices and, when there is anything
 * new, shows a dismissible message at the top of the page; dismissing sends POST /kudos/notices/seen. Texts
 * come in the person's language with the notices; user text is only ever set with textContent.
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

    var base = contextPath() + '/rest/service-culture/1.0/kudos/notices';

    function show(notices) {
        if (!notices || !notices.kudos || !notices.kudos.length || document.querySelector('.sc-kudos-notice')) {
            return;
        }
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-success sc-kudos-notice';
        box.setAttribute('role', 'status');
        var title = document.createElement('p');
        title.className = 'title';
        var strong = document.createElement('strong');
        strong.textContent = notices.title;
        title.appendChild(strong);
        box.appendChild(title);
        var list = document.createElement('ul');
        notices.kudos.forEach(function (kudos) {
            var item = document.createElement('li');
            item.textContent = kudos.giver.displayName + ' \u2014 ' + kudos.value.name + ': ' + kudos.message;
            list.appendChild(item);
        });
        box.appendChild(list);
        var view = document.createElement('a');
        view.className = 'sc-kudos-notice-view';
        view.href = contextPath() + '/plugins/servlet/service-culture/recognition';
        view.textContent = notices.viewText;
        box.appendChild(view);
        box.appendChild(document.createTextNode(' '));
        var dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.className = 'aui-button aui-button-link sc-kudos-notice-dismiss';
        dismiss.textContent = notices.dismissText;
        dismiss.addEventListener('click', function () {
            fetch(base + '/seen', {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify({upTo: notices.newestId})
            }).then(function (response) {
                if (response.ok) {
                    box.remove();
                }
            });
        });
        box.appendChild(dismiss);
        var main = document.querySelector('#main') || document.querySelector('main') || document.body;
        main.insertBefore(box, main.firstChild);
    }

    function init() {
        fetch(base, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(show)
            .catch(function () { /* no notice is better than a broken page */ });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
