/* The service rating form on the issue view: posts the reporter's stars and comment as JSON. */
(function () {
    'use strict';

    function init() {
        document.querySelectorAll('.sc-rating-panel').forEach(function (panel) {
            var form = panel.querySelector('.sc-rating-form');
            if (!form) {
                return;
            }
            var errorBox = panel.querySelector('.sc-rating-error');
            var status = panel.querySelector('.sc-rating-status');
            var meta = document.querySelector('meta[name="ajs-context-path"]');
            var context = window.AJS && typeof window.AJS.contextPath === 'function'
                ? window.AJS.contextPath()
                : (meta ? meta.content : '');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                errorBox.hidden = true;
                status.textContent = '';
                var chosen = form.querySelector('input[name="stars"]:checked');
                var body = {
                    stars: chosen ? Number(chosen.value) : null,
                    comment: form.querySelector('textarea[name="comment"]').value
                };
                fetch(context + '/rest/service-culture/1.0/issue/' + encodeURIComponent(panel.dataset.issueKey)
                        + '/rating', {
                    method: 'POST',
                    credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
                    body: JSON.stringify(body)
                }).then(function (response) {
                    return response.json().then(function (json) {
                        if (!response.ok) {
                            errorBox.textContent = json.errors && json.errors.length ? json.errors[0].message : '';
                            errorBox.hidden = false;
                            return;
                        }
                        status.textContent = panel.dataset.savedText;
                    });
                });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
