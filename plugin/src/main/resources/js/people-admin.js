/*
 * The people directory's admin page: reads the settings and changes them through the admin REST resource with
 * JSON bodies. User text is only ever set with textContent; the texts come from the server-rendered template.
 */
(function () {
    'use strict';

    // Jira puts required resources in the page head, so wait for the body before looking for the page
    function start() {
        var page = document.querySelector('.sc-people-admin');
        if (!page) {
            return;
        }
        var texts = page.querySelector('.sc-people-texts').dataset;

        function call(method, path, body) {
            return window.ServiceCulture.rest(method, '/admin/people' + path, body, texts.failed);
        }

        function status(text) {
            page.querySelector('.sc-people-status').textContent = text;
        }

        function showErrors(error) {
            var box = page.querySelector('.sc-people-errors');
            var list = box.querySelector('.sc-people-error-list');
            list.textContent = '';
            var items = error.items && error.items.length ? error.items : [{message: error.message}];
            items.forEach(function (item) {
                var li = document.createElement('li');
                li.textContent = item.message;
                list.appendChild(li);
            });
            box.hidden = false;
            status('');
        }

        function clearErrors() {
            page.querySelector('.sc-people-errors').hidden = true;
        }

        function done(text) {
            return function (result) {
                clearErrors();
                status(text);
                return load().then(function () { return result; });
            };
        }

        function renderTeams(teams) {
            var body = page.querySelector('.sc-people-teams tbody');
            body.textContent = '';
            teams.forEach(function (team) {
                var row = document.createElement('tr');
                var name = document.createElement('td');
                name.textContent = team.name;
                var leadsCell = document.createElement('td');
                var leads = document.createElement('input');
                leads.type = 'text';
                leads.className = 'text';
                leads.value = team.leads.map(function (lead) { return lead.name; }).join(', ');
                leads.setAttribute('aria-label', team.name);
                leadsCell.appendChild(leads);
                var actions = document.createElement('td');
                var save = document.createElement('button');
                save.type = 'button';
                save.className = 'aui-button';
                save.textContent = body.dataset.saveText;
                save.addEventListener('click', function () {
                    var names = leads.value.split(',').map(function (n) { return n.trim(); }).filter(Boolean);
                    call('PUT', '/teams/' + encodeURIComponent(team.name) + '/leads', {leads: names})
                        .then(done(texts.saved), showErrors);
                });
                var unmark = document.createElement('button');
                unmark.type = 'button';
                unmark.className = 'aui-button';
                unmark.textContent = body.dataset.unmarkText;
                unmark.addEventListener('click', function () {
                    call('DELETE', '/teams/' + encodeURIComponent(team.name)).then(done(texts.saved), showErrors);
                });
                actions.appendChild(save);
                actions.appendChild(unmark);
                row.appendChild(name);
                row.appendChild(leadsCell);
                row.appendChild(actions);
                body.appendChild(row);
            });
        }

        function load() {
            return call('GET', '').then(function (settings) {
                renderTeams(settings.teams);
                page.querySelector('#sc-hr-group').value = settings.hrGroup;
                Object.keys(settings.features).forEach(function (feature) {
                    var box = page.querySelector('#sc-feature-' + feature);
                    if (box) {
                        box.checked = settings.features[feature];
                    }
                });
                page.querySelector('#sc-figures-restricted').checked = settings.personFiguresRestricted;
            }, showErrors);
        }

        function onSubmit(selector, send) {
            page.querySelector(selector).addEventListener('submit', function (event) {
                event.preventDefault();
                send(event.target);
            });
        }

        onSubmit('.sc-people-mark-team', function (form) {
            call('POST', '/teams', {group: form.group.value}).then(done(texts.saved), showErrors);
        });
        onSubmit('.sc-people-primary-team', function (form) {
            call('PUT', '/primary-team', {user: form.user.value, team: form.team.value || null})
                .then(done(texts.saved), showErrors);
        });
        onSubmit('.sc-people-hr-group', function (form) {
            call('PUT', '/hr-group', {group: form.group.value}).then(done(texts.saved), showErrors);
        });
        page.querySelectorAll('.sc-people-features input[type=checkbox]').forEach(function (box) {
            box.addEventListener('change', function () {
                var request = box.name === 'restricted'
                    ? call('PUT', '/person-figures', {restricted: box.checked})
                    : call('PUT', '/features/' + encodeURIComponent(box.name), {enabled: box.checked});
                request.then(done(texts.saved), showErrors);
            });
        });
        onSubmit('.sc-people-import', function (form) {
            var file = form.file.files[0];
            if (!file) {
                return;
            }
            var reader = new FileReader();
            reader.onload = function () {
                // a data URL is "data:<type>;base64,<bytes>"; the server checks the bytes are UTF-8
                var encoded = String(reader.result).split(',')[1] || '';
                call('POST', '/reporting-lines', {file: encoded}).then(function (result) {
                    return done(texts.imported + ' ' + result.lines)(result);
                }, showErrors);
            };
            reader.readAsDataURL(file);
        });

        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
