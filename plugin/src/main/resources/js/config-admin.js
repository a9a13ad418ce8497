/*
 * The configuration admin page: export links to the REST download; a chosen file is sent as is to preview, which
 * shows what each section would add, change and remove; Apply sends the same file again. User text (names from
 * the file, error messages) is only ever set with textContent.
 */
(function () {
    'use strict';

    function start() {
        var page = document.querySelector('.sc-config-admin');
        if (!page) {
            return;
        }
        var texts = page.querySelector('.sc-config-texts').dataset;
        var base = window.ServiceCulture.contextPath() + '/rest/service-culture/1.0/admin/config';
        var chosen = null;

        /* the chosen file goes to the server as it is, so that it is checked as written */
        function call(method, path, text) {
            return window.ServiceCulture.restText(method, '/admin/config' + path, text, texts.failed);
        }

        function status(text) {
            page.querySelector('.sc-config-status').textContent = text;
        }

        function clearErrors() {
            page.querySelector('.sc-config-errors').hidden = true;
        }

        function showErrors(error) {
            var box = page.querySelector('.sc-config-errors');
            var list = box.querySelector('.sc-config-error-list');
            list.textContent = '';
            var items = error.items && error.items.length ? error.items : [{message: error.message}];
            items.forEach(function (item) {
                var li = document.createElement('li');
                li.textContent = item.field ? item.field + ': ' + item.message : item.message;
                list.appendChild(li);
            });
            box.hidden = false;
            status('');
        }

        function showDiff(diff) {
            var table = page.querySelector('.sc-config-diff');
            var body = table.querySelector('tbody');
            body.textContent = '';
            diff.sections.forEach(function (section) {
                [['added', texts.added], ['changed', texts.changed], ['removed', texts.removed]].forEach(function (kind) {
                    var names = section[kind[0]];
                    if (!names.length) {
                        return;
                    }
                    var row = document.createElement('tr');
                    row.className = 'sc-config-diff-' + kind[0];
                    row.dataset.section = section.section;
                    [section.section, kind[1], names.join(', ')].forEach(function (text) {
                        var cell = document.createElement('td');
                        cell.textContent = text;
                        row.appendChild(cell);
                    });
                    body.appendChild(row);
                });
            });
            if (diff.empty) {
                var row = document.createElement('tr');
                var cell = document.createElement('td');
                cell.colSpan = 3;
                cell.textContent = texts.nothing;
                row.appendChild(cell);
                body.appendChild(row);
            }
            table.hidden = false;
        }

        page.querySelector('.sc-config-export').setAttribute('href', base);

        page.querySelector('.sc-config-import').addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            page.querySelector('.sc-config-apply').hidden = true;
            var file = page.querySelector('#sc-config-file').files[0];
            if (!file) {
                return;
            }
            file.text().then(function (text) {
                chosen = text;
                return call('POST', '/preview', text);
            }).then(function (diff) {
                showDiff(diff);
                status(diff.empty ? texts.unchanged : texts.previewed);
                page.querySelector('.sc-config-apply').hidden = diff.empty;
            }).catch(showErrors);
        });

        page.querySelector('.sc-config-apply').addEventListener('click', function () {
            clearErrors();
            if (chosen === null) {
                return;
            }
            call('POST', '/apply', chosen).then(function (diff) {
                showDiff(diff);
                page.querySelector('.sc-config-apply').hidden = true;
                status(texts.applied);
            }).catch(showErrors);
        });

        var months = page.querySelector('#sc-retention-months');
        call('GET', '/retention').then(function (json) {
            months.value = json.months;
        }).catch(showErrors);
        page.querySelector('.sc-config-retention').addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            call('PUT', '/retention', JSON.stringify({months: Number(months.value)})).then(function (json) {
                months.value = json.months;
                status(texts.saved);
            }).catch(showErrors);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
