/*
 * The service standards admin page: lists calendars and standards, and defines them through the REST resources
 * with JSON bodies. A refused change shows every error the server sent, beside its field where it names one.
 * User text is only ever set with textContent; the texts come from the server-rendered template.
 */
(function () {
    'use strict';

    /* The page's resources load in its head, before the body exists. */
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }

    function start() {
        var page = document.querySelector('.sc-std-admin');
        if (!page) {
            return;
        }
        var texts = page.querySelector('.sc-std-texts').dataset;
        var DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
        var state = {calendars: [], standards: [], holidays: [], editing: null};

        function call(method, path, body) {
            return window.ServiceCulture.rest(method, path, body, texts.failed);
        }

        function format(template, args) {
            return template.replace(/\{(\d+)\}/g, function (all, index) {
                return args[Number(index)] === undefined ? all : String(args[Number(index)]);
            });
        }

        function status(text) {
            page.querySelector('.sc-std-status').textContent = text;
        }

        function clearErrors(form) {
            form.querySelector('.sc-std-errors').hidden = true;
            form.querySelectorAll('.sc-std-field-error').forEach(function (element) {
                element.parentNode.removeChild(element);
            });
        }

        /* Every error in the box at the top of the form; those naming a field also beside the first such field. */
        function showErrors(form) {
            return function (error) {
                clearErrors(form);
                var box = form.querySelector('.sc-std-errors');
                var list = box.querySelector('ul');
                list.textContent = '';
                var items = error.items && error.items.length ? error.items : [{message: error.message}];
                var placed = {};
                items.forEach(function (item) {
                    var li = document.createElement('li');
                    li.textContent = item.message;
                    list.appendChild(li);
                    var group = item.field ? form.querySelector('[data-field="' + CSS.escape(item.field) + '"]') : null;
                    if (group && !placed[item.field]) {
                        placed[item.field] = true;
                        var beside = document.createElement('div');
                        beside.className = 'error sc-std-field-error';
                        beside.textContent = item.message;
                        group.appendChild(beside);
                    }
                });
                box.hidden = false;
                status('');
            };
        }

        function list(text) {
            return (text || '').split(',').map(function (part) { return part.trim(); }).filter(Boolean);
        }

        function cell(row, text) {
            var td = document.createElement('td');
            td.textContent = text;
            row.appendChild(td);
            return td;
        }

        function button(text, onClick) {
            var element = document.createElement('button');
            element.type = 'button';
            element.className = 'aui-button';
            element.textContent = text;
            element.addEventListener('click', onClick);
            return element;
        }

        /* ISO-8601 working time such as PT4H30M as hours, and back. */
        function hoursOf(iso) {
            var match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso || '');
            if (!match) {
                return '';
            }
            var hours = Number(match[1] || 0) + Number(match[2] || 0) / 60 + Number(match[3] || 0) / 3600;
            return String(Math.round(hours * 1000) / 1000);
        }

        function isoOf(hours) {
            if (hours === '' || isNaN(Number(hours))) {
                return hours;
            }
            return 'PT' + Math.round(Number(hours) * 60) + 'M';
        }

        /* ---- calendars ---- */

        function renderCalendars() {
            var body = page.querySelector('.sc-std-calendars tbody');
            body.textContent = '';
            state.calendars.forEach(function (calendar) {
                var row = document.createElement('tr');
                row.setAttribute('data-calendar', calendar.id);
                cell(row, calendar.id);
                cell(row, calendar.name);
                cell(row, calendar.zone);
                cell(row, String((calendar.holidays || []).length));
                cell(row, '').appendChild(button(texts.edit, function () { editCalendar(calendar); }));
                body.appendChild(row);
            });
            page.querySelectorAll('select.sc-std-calendar-choice').forEach(fillCalendarChoice);
        }

        function fillCalendarChoice(select) {
            var chosen = select.value;
            select.textContent = '';
            state.calendars.forEach(function (calendar) {
                var option = document.createElement('option');
                option.value = calendar.id;
                option.textContent = calendar.name + ' (' + calendar.id + ')';
                select.appendChild(option);
            });
            if (chosen) {
                select.value = chosen;
            }
        }

        function renderHolidays() {
            var target = page.querySelector('.sc-std-holiday-list');
            target.textContent = '';
            state.holidays.forEach(function (holiday) {
                var li = document.createElement('li');
                li.textContent = holiday.date + ' ' + (holiday.name || '');
                target.appendChild(li);
            });
        }

        function editCalendar(calendar) {
            var form = page.querySelector('.sc-std-calendar-form');
            clearErrors(form);
            form.id.value = calendar.id;
            form.name.value = calendar.name;
            form.zone.value = calendar.zone;
            DAYS.forEach(function (day) {
                form[day].value = ((calendar.hours || {})[day] || []).join(', ');
            });
            state.holidays = calendar.holidays || [];
            renderHolidays();
            form.id.focus();
        }

        function calendarJson(form) {
            var hours = {};
            DAYS.forEach(function (day) {
                var ranges = list(form[day].value);
                if (ranges.length) {
                    hours[day] = ranges;
                }
            });
            return {
                id: form.id.value.trim() || null,
                name: form.name.value.trim() || null,
                zone: form.zone.value.trim() || null,
                hours: hours,
                holidays: form.id.value.trim() && state.holidays.length ? state.holidays : []
            };
        }

        page.querySelector('.sc-std-calendar-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            call('POST', '/calendars', calendarJson(form)).then(function (saved) {
                clearErrors(form);
                status(texts.saved);
                state.holidays = saved.holidays || [];
                renderHolidays();
                return load();
            }, showErrors(form));
        });

        page.querySelector('.sc-std-holidays-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            var file = form.file.files && form.file.files[0];
            if (!file) {
                showErrors(form)({items: [{message: texts.noFile, field: 'file'}]});
                return;
            }
            var formatName = /\.ics$/i.test(file.name) || file.type === 'text/calendar' ? 'ICS' : 'CSV';
            file.text().then(function (text) {
                return call('POST', '/calendars/' + encodeURIComponent(form.calendar.value) + '/holidays',
                    {format: formatName, text: text});
            }).then(function (calendar) {
                clearErrors(form);
                status(texts.imported + ' ' + (calendar.holidays || []).length);
                return load();
            }, showErrors(form));
        });

        /* ---- standards ---- */

        function metricSummary(metric) {
            return metric.name + ' ' + hoursOf(metric.goal) + ' h';
        }

        function renderStandards() {
            var body = page.querySelector('.sc-std-standards tbody');
            body.textContent = '';
            state.standards.forEach(function (standard) {
                var row = document.createElement('tr');
                row.setAttribute('data-standard', standard.id);
                cell(row, standard.id);
                var versions = cell(row, '');
                var ol = document.createElement('ol');
                ol.className = 'sc-std-versions';
                standard.versions.forEach(function (version) {
                    var li = document.createElement('li');
                    li.textContent = format(texts.version, [version.number, version.effectiveFrom]) + ': '
                        + version.name + ' (' + (version.metrics || []).map(metricSummary).join(', ') + ')';
                    ol.appendChild(li);
                });
                versions.appendChild(ol);
                cell(row, '').appendChild(button(texts.newVersion, function () { editStandard(standard); }));
                body.appendChild(row);
            });
        }

        var metricsAdded = 0;

        /* A field group's label names its field for screen readers: each copy of the template gets its own ids. */
        function labelFields(fieldset) {
            metricsAdded += 1;
            fieldset.querySelectorAll('.field-group > label').forEach(function (label) {
                var field = label.parentNode.querySelector('input, select, textarea');
                if (field && !label.contains(field)) {
                    field.id = 'sc-std-metric-' + metricsAdded + '-' + field.name;
                    label.htmlFor = field.id;
                }
            });
        }

        function addMetric(metric) {
            var template = page.querySelector('.sc-std-metric-template');
            var fieldset = template.content.firstElementChild.cloneNode(true);
            labelFields(fieldset);
            var calendar = fieldset.querySelector('select[name="calendar"]');
            fillCalendarChoice(calendar);
            fieldset.querySelector('.sc-std-remove-metric').addEventListener('click', function () {
                fieldset.parentNode.removeChild(fieldset);
            });
            if (metric) {
                fieldset.querySelector('[name="metricKey"]').value = metric.key || '';
                fieldset.querySelector('[name="metricName"]').value = metric.name || '';
                fieldset.querySelectorAll('[name="start"]').forEach(function (box) {
                    box.checked = (metric.start || []).indexOf(box.value) >= 0;
                });
                fieldset.querySelectorAll('[name="stop"]').forEach(function (box) {
                    box.checked = (metric.stop || []).indexOf(box.value) >= 0;
                });
                (metric.pauses || []).forEach(function (pause) {
                    var name = pause.reason === 'WAITING_FOR_CLIENT' ? 'waitingForClient' : 'waitingForThirdParty';
                    fieldset.querySelector('[name="' + name + '"]').value = (pause.statuses || []).join(', ');
                });
                fieldset.querySelector('[name="goalHours"]').value = hoursOf(metric.goal);
                fieldset.querySelector('[name="warningPercent"]').value = metric.warningPercent || 75;
                if (metric.calendar) {
                    calendar.value = metric.calendar;
                }
            }
            page.querySelector('.sc-std-metrics').appendChild(fieldset);
        }

        function metricJson(fieldset) {
            function checked(name) {
                return Array.prototype.filter.call(fieldset.querySelectorAll('[name="' + name + '"]'), function (box) {
                    return box.checked;
                }).map(function (box) { return box.value; });
            }
            var pauses = [];
            var client = list(fieldset.querySelector('[name="waitingForClient"]').value);
            var third = list(fieldset.querySelector('[name="waitingForThirdParty"]').value);
            if (client.length) {
                pauses.push({reason: 'WAITING_FOR_CLIENT', statuses: client});
            }
            if (third.length) {
                pauses.push({reason: 'WAITING_FOR_THIRD_PARTY', statuses: third});
            }
            var warning = fieldset.querySelector('[name="warningPercent"]').value;
            return {
                key: fieldset.querySelector('[name="metricKey"]').value.trim(),
                name: fieldset.querySelector('[name="metricName"]').value.trim(),
                start: checked('start'),
                pauses: pauses,
                stop: checked('stop'),
                goal: isoOf(fieldset.querySelector('[name="goalHours"]').value.trim()) || null,
                warningPercent: warning === '' ? null : Number(warning),
                calendar: fieldset.querySelector('[name="calendar"]').value || null
            };
        }

        function resetStandardForm() {
            var form = page.querySelector('.sc-std-standard-form');
            clearErrors(form);
            form.reset();
            state.editing = null;
            form.id.disabled = false;
            var heading = form.querySelector('.sc-std-standard-heading');
            heading.textContent = heading.dataset.newText;
            page.querySelector('.sc-std-metrics').textContent = '';
            addMetric({key: 'first-response', name: texts.firstResponse, start: ['ISSUE_CREATED'],
                stop: ['COMMENT_BY_OTHER_THAN_REPORTER'], goal: 'PT4H', warningPercent: 75});
            addMetric({key: 'resolution', name: texts.resolution, start: ['ISSUE_CREATED', 'ISSUE_REOPENED'],
                stop: ['RESOLUTION_SET'], goal: 'PT24H', warningPercent: 75});
        }

        function editStandard(standard) {
            var form = page.querySelector('.sc-std-standard-form');
            clearErrors(form);
            var latest = standard.versions[standard.versions.length - 1];
            state.editing = standard.id;
            form.id.value = standard.id;
            form.id.disabled = true;
            form.name.value = latest.name;
            form.effectiveFrom.value = '';
            var rule = latest.rule || {};
            ['projects', 'issueTypes', 'priorities', 'labels', 'components', 'clientTeams'].forEach(function (name) {
                form[name].value = (rule[name] || []).join(', ');
            });
            page.querySelector('.sc-std-metrics').textContent = '';
            (latest.metrics || []).forEach(addMetric);
            var heading = form.querySelector('.sc-std-standard-heading');
            heading.textContent = heading.dataset.versionText + ' ' + standard.id;
            form.name.focus();
        }

        function versionJson(form) {
            var local = form.effectiveFrom.value;
            return {
                effectiveFrom: local ? new Date(local).toISOString() : null,
                name: form.name.value.trim() || null,
                rule: {
                    projects: list(form.projects.value),
                    issueTypes: list(form.issueTypes.value),
                    priorities: list(form.priorities.value),
                    labels: list(form.labels.value),
                    components: list(form.components.value),
                    clientTeams: list(form.clientTeams.value)
                },
                metrics: Array.prototype.map.call(page.querySelectorAll('.sc-std-metrics .sc-std-metric'), metricJson)
            };
        }

        page.querySelector('.sc-std-standard-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            var request = state.editing
                ? call('POST', '/standards/' + encodeURIComponent(state.editing) + '/versions', versionJson(form))
                : call('POST', '/standards', {id: form.id.value.trim() || null, versions: [versionJson(form)]});
            request.then(function () {
                status(texts.saved);
                resetStandardForm();
                return load();
            }, showErrors(form));
        });
        page.querySelector('.sc-std-add-metric').addEventListener('click', function () { addMetric(null); });
        page.querySelector('.sc-std-standard-reset').addEventListener('click', resetStandardForm);

        /* ---- what if: the draft in the standard form, previewed against a past period, then applied ---- */

        var whatIf = {form: page.querySelector('.sc-std-whatif-form'), offset: 0, limit: 50, standard: null};
        var whatIfTexts = whatIf.form.querySelector('.sc-std-whatif-texts').dataset;

        function dayStart(value) {
            return value ? value + 'T00:00:00Z' : null;
        }

        function previewWhatIf(offset) {
            var form = whatIf.form;
            clearErrors(form);
            if (!state.editing) {
                showErrors(form)({items: [{message: whatIfTexts.choose}]});
                return Promise.resolve();
            }
            whatIf.standard = state.editing;
            var body = {
                draft: versionJson(page.querySelector('.sc-std-standard-form')),
                from: dayStart(form.from.value),
                to: dayStart(form.to.value),
                offset: offset,
                limit: whatIf.limit
            };
            form.setAttribute('data-busy', 'true');
            return call('POST', '/standards/' + encodeURIComponent(whatIf.standard) + '/whatif', body)
                .then(function (preview) {
                    whatIf.offset = preview.offset;
                    renderWhatIf(preview);
                }, showErrors(form))
                .then(function () {
                    form.removeAttribute('data-busy');
                });
        }

        function renderWhatIf(preview) {
            var form = whatIf.form;
            var result = form.querySelector('.sc-std-whatif-result');
            form.querySelector('.sc-std-whatif-summary').textContent =
                format(whatIfTexts.summary, [preview.issuesExamined, preview.before.text, preview.after.text]);
            var metrics = form.querySelector('.sc-std-whatif-metrics tbody');
            metrics.textContent = '';
            preview.metrics.forEach(function (metric) {
                var row = document.createElement('tr');
                row.setAttribute('data-metric', metric.metric);
                cell(row, metric.metricName);
                cell(row, metric.before.text);
                cell(row, metric.after.text);
                metrics.appendChild(row);
            });
            var changes = form.querySelector('.sc-std-whatif-changes tbody');
            changes.textContent = '';
            preview.changes.forEach(function (change) {
                var row = document.createElement('tr');
                row.className = 'sc-std-whatif-change';
                row.setAttribute('data-issue', change.issueKey);
                row.setAttribute('data-why', change.why);
                var link = document.createElement('a');
                link.href = window.ServiceCulture.contextPath() + '/browse/' + encodeURIComponent(change.issueKey);
                link.textContent = change.issueKey;
                cell(row, '').appendChild(link);
                var metric = preview.metrics.filter(function (m) { return m.metric === change.metric; })[0];
                cell(row, metric ? metric.metricName : change.metric);
                cell(row, change.beforeText);
                cell(row, change.afterText);
                cell(row, change.whyText);
                changes.appendChild(row);
            });
            form.querySelector('.sc-std-whatif-none').hidden = preview.changedTotal > 0;
            var last = preview.offset + preview.changes.length;
            form.querySelector('.sc-std-whatif-page').textContent = preview.changedTotal > 0
                ? format(whatIfTexts.page, [preview.offset + 1, last, preview.changedTotal]) : '';
            form.querySelector('.sc-std-whatif-previous').disabled = preview.offset === 0;
            form.querySelector('.sc-std-whatif-next').disabled = last >= preview.changedTotal;
            result.hidden = false;
            form.setAttribute('data-previewed', String(preview.changedTotal));
        }

        whatIf.form.addEventListener('submit', function (event) {
            event.preventDefault();
            previewWhatIf(0);
        });
        whatIf.form.querySelector('.sc-std-whatif-previous').addEventListener('click', function () {
            previewWhatIf(Math.max(0, whatIf.offset - whatIf.limit));
        });
        whatIf.form.querySelector('.sc-std-whatif-next').addEventListener('click', function () {
            previewWhatIf(whatIf.offset + whatIf.limit);
        });
        whatIf.form.querySelector('.sc-std-whatif-apply').addEventListener('click', function () {
            var form = whatIf.form;
            clearErrors(form);
            if (!state.editing) {
                showErrors(form)({items: [{message: whatIfTexts.choose}]});
                return;
            }
            var version = versionJson(page.querySelector('.sc-std-standard-form'));
            var local = form.applyFrom.value;
            version.effectiveFrom = local ? new Date(local).toISOString() : null;
            call('POST', '/standards/' + encodeURIComponent(state.editing) + '/versions', version).then(function () {
                status(whatIfTexts.applied);
                form.querySelector('.sc-std-whatif-result').hidden = true;
                form.setAttribute('data-applied', 'true');
                resetStandardForm();
                return load();
            }, showErrors(form));
        });

        /* ---- recompute from history ---- */

        function showProgress(progress) {
            var form = page.querySelector('.sc-std-recompute-form');
            var bar = form.querySelector('.sc-std-recompute-bar');
            var text = form.querySelector('.sc-std-recompute-text');
            bar.max = Math.max(progress.total, 1);
            bar.value = progress.state === 'DONE' && progress.total === 0 ? 1 : progress.done;
            text.textContent = progress.state === 'IDLE' ? '' : format(text.dataset.progress, [progress.done, progress.total]);
            form.setAttribute('data-state', progress.state);
            form.querySelector('.sc-std-recompute').disabled = progress.state === 'RUNNING';
            if (progress.state === 'RUNNING') {
                window.setTimeout(pollProgress, 1000);
            }
        }

        function pollProgress() {
            call('GET', '/standards/recompute').then(showProgress, showErrors(page.querySelector('.sc-std-recompute-form')));
        }

        page.querySelector('.sc-std-recompute-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var form = event.target;
            // an empty JSON body: Jira's XSRF check refuses a POST without one unless it carries a token
            call('POST', '/standards/recompute', {}).then(function (progress) {
                clearErrors(form);
                showProgress(progress);
            }, showErrors(form));
        });
        pollProgress();

        function load() {
            return Promise.all([call('GET', '/calendars'), call('GET', '/standards')]).then(function (answers) {
                state.calendars = answers[0];
                state.standards = answers[1];
                renderCalendars();
                renderStandards();
                page.setAttribute('data-loaded', 'true');
            }, function (error) {
                status(error.message);
            });
        }

        load().then(function () {
            resetStandardForm();
        });
    }
})();
