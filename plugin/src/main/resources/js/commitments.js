/*
 * Commitments in the browser: "Add commitment", check-ins and sign-off on the profile panel, and sorting on the
 * managers' "My team" page. Every change is JSON to the REST API, which checks every permission itself; the page
 * reloads after a change so it shows what the server computed. User text is only set with textContent.
 */
(function () {
    'use strict';

    /* the shared helper's refusal carries the server's first message, which the forms show as it is */
    function call(method, path, body) {
        return window.ServiceCulture.rest(method, path, body);
    }

    function show(dialog) {
        if (window.AJS && typeof window.AJS.dialog2 === 'function') {
            window.AJS.dialog2(dialog).show();
        } else {
            dialog.hidden = false;
            dialog.setAttribute('open', '');
        }
    }

    function hide(dialog) {
        if (window.AJS && typeof window.AJS.dialog2 === 'function') {
            window.AJS.dialog2(dialog).hide();
        } else {
            dialog.hidden = true;
            dialog.removeAttribute('open');
        }
    }

    function fail(box, error) {
        box.textContent = error.message;
        box.hidden = false;
    }

    function value(form, name) {
        var field = form.querySelector('[name="' + name + '"]');
        return field ? field.value.trim() : '';
    }

    function commitmentBody(form) {
        var measure = value(form, 'measure');
        var target;
        if (measure === 'MILESTONES') {
            target = {type: 'MILESTONES', milestones: value(form, 'milestones').split('\n').map(function (m) { return m.trim(); }).filter(function (m) { return m; })};
        } else {
            target = {
                type: 'MEASURED', measure: measure,
                value: value(form, 'value') === '' ? null : Number(value(form, 'value')),
                standard: value(form, 'standard'), metric: value(form, 'metric'), team: value(form, 'team')
            };
        }
        return {
            owner: form.getAttribute('data-owner'),
            period: {kind: value(form, 'period')},
            text: value(form, 'text'),
            target: target,
            visibility: value(form, 'visibility')
        };
    }

    function submitting(form, promise, errorBox) {
        var submit = form.querySelector('[type="submit"]');
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        errorBox.hidden = true;
        promise.then(function () {
            window.location.reload();
        }).catch(function (e) {
            fail(errorBox, e);
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('button') : null;
        if (!target) {
            return;
        }
        if (target.classList.contains('sc-commitment-add')) {
            show(document.getElementById('sc-commitment-dialog'));
            document.getElementById('sc-commitment-text').focus();
        } else if (target.classList.contains('sc-commitment-check-in-open')) {
            var dialog = document.getElementById('sc-check-in-dialog');
            dialog.querySelector('form').setAttribute('data-commitment-id', target.getAttribute('data-commitment-id'));
            show(dialog);
            document.getElementById('sc-check-in-note').focus();
        } else if (target.classList.contains('sc-commitment-sign-off')) {
            target.disabled = true;
            // an empty JSON body: Jira's XSRF check refuses a POST without one unless it carries a token
            call('POST', '/commitments/' + target.getAttribute('data-commitment-id') + '/sign-off', {}).then(function () {
                window.location.reload();
            }).catch(function (e) {
                target.disabled = false;
                fail(document.querySelector('.sc-commitments-error'), e);
            });
        } else if (target.classList.contains('sc-dialog-cancel')) {
            hide(target.closest('.aui-dialog2'));
        } else if (target.classList.contains('sc-sort')) {
            sort(target);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.classList.contains('sc-commitment-form')) {
            event.preventDefault();
            submitting(form, call('POST', '/commitments', commitmentBody(form)), form.querySelector('.sc-commitment-form-error'));
        } else if (form.classList.contains('sc-check-in-form')) {
            event.preventDefault();
            var progress = value(form, 'progress');
            submitting(form, call('POST', '/commitments/' + form.getAttribute('data-commitment-id') + '/check-ins', {
                note: value(form, 'note'),
                progress: progress === '' ? null : Number(progress)
            }), form.querySelector('.sc-check-in-error'));
        }
    });

    /** Sorts the team table by a column; a second click reverses it. aria-sort tells assistive technology. */
    function sort(button) {
        var table = button.closest('table');
        var header = button.closest('th');
        var column = Number(button.getAttribute('data-column'));
        var numeric = button.getAttribute('data-numeric') === 'true';
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.querySelectorAll('th'), function (th) { th.setAttribute('aria-sort', 'none'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            var x = a.cells[column].getAttribute('data-sort') || '';
            var y = b.cells[column].getAttribute('data-sort') || '';
            var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
            return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
    }
}());
