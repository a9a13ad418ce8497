/*
 * HR recognition reports: filters, preview, charts (Chart.js, shipped with the app) and downloads with progress.
 * User text is only ever set with textContent; texts come from the server-rendered template.
 */
(function () {
    'use strict';

    var REPORTS = '/reports/kudos';
    var FILTERS = ['from', 'to', 'team', 'value', 'giver', 'receiver', 'visibility'];

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

    function format(text, args) {
        return text.replace(/\{(\d)\}/g, function (match, index) {
            return args[Number(index)] === undefined ? match : String(args[Number(index)]);
        });
    }

    function failure(response, text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
        var first = json && json.errors && json.errors.length ? json.errors[0] : null;
        var error = new Error(first ? first.message : response.status + ' ' + response.statusText);
        error.field = first ? first.field : null;
        return error;
    }

    function call(method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(api(path), options).then(function (response) {
            return response.text().then(function (text) {
                if (!response.ok) {
                    throw failure(response, text);
                }
                return text ? JSON.parse(text) : null;
            });
        });
    }

    function query(extra) {
        var form = document.getElementById('sc-reports-filter');
        var params = new URLSearchParams();
        FILTERS.forEach(function (name) {
            var field = form.elements[name];
            if (field && field.value && field.value.trim()) {
                params.set(name, field.value.trim());
            }
        });
        Object.keys(extra || {}).forEach(function (name) { params.set(name, extra[name]); });
        var text = params.toString();
        return text ? '?' + text : '';
    }

    function clearErrors(page) {
        page.querySelectorAll('.error[data-field]').forEach(function (e) { e.textContent = ''; });
        var box = page.querySelector('.sc-reports-error');
        box.textContent = '';
        box.hidden = true;
    }

    function showError(page, error) {
        var beside = error.field ? page.querySelector('.error[data-field="' + error.field + '"]') : null;
        if (beside) {
            beside.textContent = error.message;
        } else {
            var box = page.querySelector('.sc-reports-error');
            box.textContent = error.message;
            box.hidden = false;
        }
    }

    function fillSelect(select, items, valueOf, labelOf) {
        items.forEach(function (item) {
            var option = document.createElement('option');
            option.value = valueOf(item);
            option.textContent = labelOf(item);
            select.appendChild(option);
        });
    }

    var state = {nextAfter: null, charts: {}};

    function renderRows(page, preview, append) {
        var table = page.querySelector('.sc-preview');
        var head = table.querySelector('thead tr');
        var body = table.querySelector('tbody');
        if (!append) {
            head.textContent = '';
            body.textContent = '';
            preview.columns.forEach(function (column) {
                var th = document.createElement('th');
                th.textContent = column;
                head.appendChild(th);
            });
        }
        preview.rows.forEach(function (cells) {
            var tr = document.createElement('tr');
            cells.forEach(function (cell) {
                var td = document.createElement('td');
                td.textContent = String(cell);
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });
        if (!body.children.length) {
            var tr = document.createElement('tr');
            var td = document.createElement('td');
            td.colSpan = preview.columns.length;
            td.className = 'sc-preview-empty';
            td.textContent = table.getAttribute('data-empty');
            tr.appendChild(td);
            body.appendChild(tr);
        }
        state.nextAfter = preview.nextAfter;
        page.querySelector('.sc-preview-more').hidden = preview.nextAfter === null || preview.nextAfter === undefined;
    }

    function chart(id, labels, label, data) {
        var canvas = document.getElementById(id);
        if (!canvas || typeof window.Chart !== 'function') {
            return;
        }
        if (state.charts[id]) {
            state.charts[id].destroy();
        }
        state.charts[id] = new window.Chart(canvas, {
            type: 'bar',
            data: {labels: labels, datasets: [{label: label, data: data, backgroundColor: '#0c66e4'}]},
            options: {animation: false, responsive: true, plugins: {legend: {display: false}},
                scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        });
    }

    function renderSummaries(page, summaries) {
        var totals = page.querySelector('.sc-reports-totals');
        totals.textContent = format(totals.getAttribute('data-text'), [summaries.kudos, summaries.privateKudos]);
        var noTeam = page.querySelector('.sc-preview').getAttribute('data-no-team');
        chart('sc-chart-months', summaries.months.map(function (m) { return m.month; }), 'kudos',
            summaries.months.map(function (m) { return m.kudos; }));
        chart('sc-chart-values', summaries.values.map(function (v) { return v.name; }), 'kudos',
            summaries.values.map(function (v) { return v.kudos; }));
        chart('sc-chart-teams', summaries.teams.map(function (t) { return t.team || noTeam; }), 'kudos',
            summaries.teams.map(function (t) { return t.received; }));
    }

    function show(page) {
        clearErrors(page);
        var q = query();
        var count = page.querySelector('.sc-preview-count');
        return Promise.all([
            call('GET', REPORTS + '/count' + q),
            call('GET', REPORTS + '/preview' + q),
            call('GET', REPORTS + '/summaries' + q)
        ]).then(function (results) {
            count.textContent = format(count.getAttribute('data-text'), [results[0].rows]);
            renderRows(page, results[1], false);
            renderSummaries(page, results[2]);
            page.setAttribute('data-loaded', 'true');
        }).catch(function (error) { showError(page, error); });
    }

    function fileName(response, fallback) {
        var disposition = response.headers.get('Content-Disposition') || '';
        var match = /filename="([^"]+)"/.exec(disposition);
        return match ? match[1] : fallback;
    }

    function save(blob, name) {
        var url = URL.createObjectURL(blob);
        var link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    }

    // Streams the download, counting CSV records (CRLF) or bytes as they arrive, then hands the file to the browser.
    function download(page, fileType) {
        clearErrors(page);
        var kind = page.querySelector('#sc-download-kind').value;
        var bom = page.querySelector('#sc-download-bom').checked;
        var box = page.querySelector('.sc-download-progress');
        var bar = box.querySelector('progress');
        var status = box.querySelector('.sc-download-status');
        box.hidden = false;
        box.setAttribute('data-state', 'running');
        bar.removeAttribute('value');
        status.textContent = status.getAttribute('data-counting');
        var total = null;
        var counted = kind === 'detail' ? call('GET', REPORTS + '/count' + query()) : Promise.resolve(null);
        return counted.then(function (count) {
            total = count ? count.rows : null;
            var extra = fileType === 'csv' && bom ? {bom: 'true'} : {};
            return fetch(api(REPORTS + '/export/' + kind + '.' + fileType + query(extra)), {credentials: 'same-origin'});
        }).then(function (response) {
            if (!response.ok) {
                return response.text().then(function (text) { throw failure(response, text); });
            }
            var reader = response.body.getReader();
            var chunks = [];
            var bytes = 0;
            var records = -1;
            var lastByte = 0;
            function pump() {
                return reader.read().then(function (step) {
                    if (step.done) {
                        return;
                    }
                    chunks.push(step.value);
                    bytes += step.value.length;
                    if (fileType === 'csv') {
                        for (var i = 0; i < step.value.length; i++) {
                            if (step.value[i] === 10 && lastByte === 13) {
                                records++;
                            }
                            lastByte = step.value[i];
                        }
                    }
                    if (fileType === 'csv' && total) {
                        bar.max = total;
                        bar.value = Math.min(records, total);
                        status.textContent = format(status.getAttribute('data-rows'), [Math.min(records, total), total]);
                    } else {
                        status.textContent = format(status.getAttribute('data-bytes'), [Math.round(bytes / 1024)]);
                    }
                    return pump();
                });
            }
            var name = fileName(response, 'kudos-' + kind + '.' + fileType);
            var type = response.headers.get('Content-Type') || 'application/octet-stream';
            return pump().then(function () {
                save(new Blob(chunks, {type: type}), name);
                bar.max = 1;
                bar.value = 1;
                status.textContent = format(status.getAttribute('data-done'), [name]);
                box.setAttribute('data-state', 'done');
            });
        }).catch(function (error) {
            box.setAttribute('data-state', 'failed');
            status.textContent = '';
            showError(page, error);
        });
    }

    function start() {
        var page = document.querySelector('.sc-reports');
        if (!page) {
            return;
        }
        call('GET', '/teams').then(function (teams) {
            fillSelect(page.querySelector('#sc-filter-team'), teams, function (t) { return t.name; },
                function (t) { return t.name; });
        }).catch(function (error) { showError(page, error); });
        call('GET', '/values').then(function (values) {
            fillSelect(page.querySelector('#sc-filter-value'), values, function (v) { return v.id; },
                function (v) { return v.name; });
        }).catch(function (error) { showError(page, error); });
        page.querySelector('#sc-reports-filter').addEventListener('submit', function (event) {
            event.preventDefault();
            show(page);
        });
        page.querySelector('.sc-preview-more').addEventListener('click', function () {
            call('GET', REPORTS + '/preview' + query({after: state.nextAfter}))
                .then(function (preview) { renderRows(page, preview, true); })
                .catch(function (error) { showError(page, error); });
        });
        page.querySelectorAll('.sc-download').forEach(function (button) {
            button.addEventListener('click', function () { download(page, button.getAttribute('data-format')); });
        });
        var privateText = page.querySelector('#sc-reports-private-text');
        if (privateText) {
            privateText.addEventListener('change', function () {
                call('PUT', REPORTS + '/settings', {privateText: privateText.checked})
                    .then(function () { window.location.reload(); })
                    .catch(function (error) { showError(page, error); });
            });
        }
        show(page);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
