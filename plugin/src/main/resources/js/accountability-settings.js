/*
 * The accountability settings page: loads the weights, reopen window and low-confidence threshold, saves them
 * with one PUT, and starts a rebuild from history, showing its progress until it ends. Messages are set with
 * textContent only; the texts come from the server-rendered template.
 */
(function () {
    'use strict';
    var SETTINGS = '/accountability/settings';
    var REBUILD = '/accountability/rebuild';
    var WEIGHTS = ['attainment', 'ownership', 'reopens', 'rating'];

    function start() {
        var page = document.querySelector('.sc-accountability-settings');
        if (!page) {
            return;
        }
        var rest = window.ServiceCulture.rest;
        var texts = page.querySelector('.sc-settings-texts').dataset;
        var form = page.querySelector('.sc-accountability-settings-form');
        var errors = page.querySelector('.sc-settings-errors');
        var saved = page.querySelector('.sc-settings-saved');
        var rebuildStatus = page.querySelector('.sc-rebuild-status');

        function field(name) {
            return form.querySelector('[name="' + name + '"]');
        }

        function show(settings) {
            WEIGHTS.forEach(function (name) {
                field(name).value = settings.weights[name];
            });
            field('reopenWindowDays').value = settings.reopenWindowDays;
            field('lowConfidenceBelow').value = settings.lowConfidenceBelow;
            if (settings.rebuild) {
                showRebuild(settings.rebuild);
            }
        }

        function number(name) {
            return parseInt(field(name).value.trim(), 10);
        }

        // a browser empties a number box that holds no number, so an empty box is all there is to catch here;
        // the ranges are the server's to check
        function emptyFields() {
            return WEIGHTS.concat(['reopenWindowDays', 'lowConfidenceBelow']).filter(function (name) {
                return !/^-?\d+$/.test(field(name).value.trim());
            });
        }

        function clearErrors() {
            errors.hidden = true;
            form.querySelectorAll('[aria-invalid]').forEach(function (input) {
                input.removeAttribute('aria-invalid');
            });
        }

        function showErrors(error) {
            var list = errors.querySelector('.sc-settings-error-list');
            list.textContent = '';
            var items = error.items && error.items.length ? error.items : [{message: error.message}];
            items.forEach(function (item) {
                var li = document.createElement('li');
                li.textContent = item.message;
                list.appendChild(li);
                var inputs = item.field === 'weights'
                    ? WEIGHTS.map(field)
                    : (item.field ? [field(item.field)] : []);
                inputs.filter(Boolean).forEach(function (input) {
                    input.setAttribute('aria-invalid', 'true');
                });
            });
            errors.hidden = false;
            errors.focus();
        }

        function showRebuild(rebuild) {
            var state = String(rebuild.state).toLowerCase();
            if (state === 'running') {
                rebuildStatus.textContent = texts.rebuildRunning
                    .replace('{0}', rebuild.done).replace('{1}', rebuild.total);
            } else if (state === 'done') {
                rebuildStatus.textContent = texts.rebuildDone.replace('{0}', rebuild.total);
            } else if (state === 'failed') {
                rebuildStatus.textContent = texts.rebuildFailed;
            }
            return state === 'running';
        }

        function followRebuild() {
            rest('GET', REBUILD, undefined, texts.failed).then(function (rebuild) {
                if (showRebuild(rebuild)) {
                    window.setTimeout(followRebuild, 500);
                }
            }, function (error) {
                rebuildStatus.textContent = error.message;
            });
        }

        errors.setAttribute('tabindex', '-1');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            saved.hidden = true;
            var empty = emptyFields();
            if (empty.length) {
                showErrors({items: [{message: texts.wholeNumber}]});
                empty.forEach(function (name) {
                    field(name).setAttribute('aria-invalid', 'true');
                });
                return;
            }
            var weights = {};
            WEIGHTS.forEach(function (name) {
                weights[name] = number(name);
            });
            var body = {
                weights: weights,
                reopenWindowDays: number('reopenWindowDays'),
                lowConfidenceBelow: number('lowConfidenceBelow')
            };
            rest('PUT', SETTINGS, body, texts.failed).then(function (settings) {
                show(settings);
                saved.textContent = texts.saved;
                saved.hidden = false;
                followRebuild();
            }, showErrors);
        });

        page.querySelector('.sc-rebuild').addEventListener('click', function () {
            rest('POST', REBUILD, {}, texts.failed).then(function (rebuild) {
                if (showRebuild(rebuild)) {
                    window.setTimeout(followRebuild, 500);
                }
            }, function (error) {
                rebuildStatus.textContent = error.message;
            });
        });

        rest('GET', SETTINGS, undefined, texts.failed).then(show, showErrors);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
