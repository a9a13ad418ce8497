/* The Accountability page: matrix, drill-down, trends and hand-off chains, all from the REST resource. User data is
   only ever set with textContent. */
(function () {
    'use strict';

    var MARKS = {good: '\u2713', fair: '\u25CB', poor: '\u2717', none: '\u2013'};
    var chart = null;

    function format(text, value) {
        return text.replace('{0}', String(value));
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function isoDay(date) {
        var month = String(date.getMonth() + 1).padStart(2, '0');
        var day = String(date.getDate()).padStart(2, '0');
        return date.getFullYear() + '-' + month + '-' + day;
    }

    function init() {
        var root = document.querySelector('.sc-accountability');
        if (!root) {
            return;
        }
        var texts = root.dataset;
        var rest = texts.context + '/rest/service-culture/1.0/accountability';
        var from = root.querySelector('#sc-acc-from');
        var to = root.querySelector('#sc-acc-to');
        var errorBox = root.querySelector('.sc-acc-error');
        var teamSelect = root.querySelector('#sc-acc-team');
        var granularity = root.querySelector('#sc-acc-granularity');

        function setMonths(months) {
            var end = new Date();
            var start = new Date(end.getFullYear(), end.getMonth() - months, end.getDate() + 1);
            from.value = isoDay(start);
            to.value = isoDay(end);
        }

        function query(extra) {
            var params = new URLSearchParams(extra || {});
            params.set('from', from.value);
            params.set('to', to.value);
            return params.toString();
        }

        function get(path, extra) {
            return fetch(rest + path + '?' + query(extra), {
                credentials: 'same-origin',
                headers: {Accept: 'application/json'}
            }).then(function (response) {
                return response.json().then(function (body) {
                    if (!response.ok) {
                        var message = body && body.errors && body.errors.length ? body.errors[0].message : texts.textError;
                        throw new Error(message);
                    }
                    return body;
                });
            });
        }

        function showError(error) {
            errorBox.textContent = error && error.message ? error.message : texts.textError;
            errorBox.hidden = false;
        }

        function clientName(client) {
            return client === null ? texts.textNoTeam : client;
        }

        function ratio(fraction) {
            return fraction.ratio === null ? '\u2013' : Math.round(fraction.ratio * 100) + ' %';
        }

        function fractionText(fraction) {
            return fraction.denominator === 0 ? '\u2013' : fraction.numerator + '/' + fraction.denominator;
        }

        function cellLabel(cell) {
            var score = cell.score === null ? texts.textNone : cell.score;
            var label = cell.provider + ' \u2192 ' + clientName(cell.client) + ': ' + texts.textScore + ' ' + score
                + ', ' + texts['text' + cell.band.charAt(0).toUpperCase() + cell.band.slice(1)]
                + ', ' + format(texts.textIssues, cell.issues);
            return cell.lowConfidence ? label + ', ' + texts.textLow : label;
        }

        function renderMatrix(matrix) {
            var table = root.querySelector('.sc-acc-matrix');
            var head = table.querySelector('thead');
            var body = table.querySelector('tbody');
            head.textContent = '';
            body.textContent = '';
            if (matrix.cells.length === 0) {
                var empty = element('tr');
                var td = element('td', null, texts.textEmpty);
                empty.appendChild(td);
                body.appendChild(empty);
                return;
            }
            var cells = {};
            matrix.cells.forEach(function (cell) {
                cells[cell.provider + '\u0000' + (cell.client === null ? '' : cell.client)] = cell;
            });
            var headRow = element('tr');
            headRow.appendChild(element('td'));
            matrix.clients.forEach(function (client) {
                var th = element('th', null, clientName(client));
                th.scope = 'col';
                headRow.appendChild(th);
            });
            head.appendChild(headRow);
            matrix.providers.forEach(function (provider) {
                var row = element('tr');
                var th = element('th', null, provider);
                th.scope = 'row';
                row.appendChild(th);
                matrix.clients.forEach(function (client) {
                    var td = element('td');
                    var cell = cells[provider + '\u0000' + (client === null ? '' : client)];
                    if (cell) {
                        var button = element('button', 'sc-acc-cell sc-acc-' + cell.band);
                        button.type = 'button';
                        button.dataset.provider = cell.provider;
                        button.dataset.client = cell.client === null ? '' : cell.client;
                        button.setAttribute('aria-label', cellLabel(cell));
                        button.title = texts.textCell;
                        var mark = element('span', 'sc-acc-mark', MARKS[cell.band]);
                        mark.setAttribute('aria-hidden', 'true');
                        button.appendChild(mark);
                        button.appendChild(element('span', 'sc-acc-score', cell.score === null ? '\u2013' : String(cell.score)));
                        button.appendChild(element('span', 'sc-acc-n', ' (' + cell.issues + ')'));
                        if (cell.lowConfidence) {
                            button.appendChild(element('span', 'sc-acc-low', texts.textLow));
                        }
                        button.addEventListener('click', function () {
                            drillDown(button);
                        });
                        td.appendChild(button);
                    } else {
                        td.textContent = '\u2013';
                    }
                    row.appendChild(td);
                });
                body.appendChild(row);
            });
        }

        /*
         * Arrow keys move between the matrix's cells like a spreadsheet (Tab still visits them in order); Enter or
         * Space on a cell opens its drill-down, as on any button.
         */
        var STEPS = {ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0]};

        function moveInMatrix(event) {
            var step = STEPS[event.key];
            var from = event.target.closest && event.target.closest('.sc-acc-cell');
            if (!step || !from) {
                return;
            }
            var rows = Array.prototype.slice.call(root.querySelectorAll('.sc-acc-matrix tbody tr'));
            var row = rows.indexOf(from.closest('tr'));
            var column = from.closest('td').cellIndex;
            for (var r = row + step[0], c = column + step[1];
                r >= 0 && r < rows.length && c > 0 && c < rows[r].cells.length;
                r += step[0], c += step[1]) {
                var next = rows[r].cells[c].querySelector('.sc-acc-cell');
                if (next) {
                    event.preventDefault();
                    next.focus();
                    return;
                }
            }
        }

        function drillDown(button) {
            root.querySelectorAll('.sc-acc-selected').forEach(function (node) {
                node.classList.remove('sc-acc-selected');
            });
            button.classList.add('sc-acc-selected');
            var params = {provider: button.dataset.provider};
            if (button.dataset.client) {
                params.client = button.dataset.client;
            }
            get('/drilldown', params).then(renderDrillDown).catch(showError);
            get('/owned-time/drilldown', params).then(renderOwnedTime).catch(showError);
        }

        function decimal(value) {
            return value === null ? texts.textNone : value.toFixed(2);
        }

        // the owned time has its own request: it evaluates the period's resolution clocks, the cell does not
        function renderOwnedTime(drill) {
            var panel = root.querySelector('.sc-acc-drilldown');
            var body = panel.querySelector('.sc-acc-drill-owned tbody');
            body.textContent = '';
            drill.issues.forEach(function (issue) {
                var row = element('tr', 'sc-acc-owned-issue');
                row.appendChild(element('td', null, issue.issueKey));
                row.appendChild(element('td', null, issue.priority));
                row.appendChild(element('td', null, decimal(issue.hours)));
                row.appendChild(element('td', null, decimal(issue.normalised)));
                body.appendChild(row);
            });
            var cell = drill.cell;
            var summary = cell.issues === 0 ? texts.textOwnedNone : texts.textOwnedSummary
                .replace('{0}', decimal(cell.meanHours))
                .replace('{1}', decimal(cell.index))
                .replace('{2}', String(cell.issues));
            if (cell.issues > 0 && cell.lowConfidence) {
                summary += ', ' + texts.textLow;
            }
            panel.querySelector('.sc-acc-owned-summary').textContent = summary;
        }

        function renderDrillDown(drill) {
            var panel = root.querySelector('.sc-acc-drilldown');
            var cell = drill.cell;
            var title = panel.querySelector('#sc-acc-drill-title');
            title.textContent = cell.provider + ' \u2192 ' + clientName(cell.client);
            panel.querySelector('.sc-acc-drill-summary').textContent = cellLabel(cell);
            ['attainment', 'ownership', 'reopens', 'rating'].forEach(function (name) {
                var row = panel.querySelector('tr[data-component="' + name + '"]');
                var fraction = cell.components[name];
                row.cells[1].textContent = fractionText(fraction);
                row.cells[2].textContent = ratio(fraction);
            });
            var body = panel.querySelector('.sc-acc-drill-issues tbody');
            body.textContent = '';
            drill.issues.forEach(function (issue) {
                var row = element('tr', 'sc-acc-issue');
                var keyCell = element('td');
                var link = element('a', null, issue.issueKey);
                link.href = texts.context + '/browse/' + encodeURIComponent(issue.issueKey);
                keyCell.appendChild(link);
                row.appendChild(keyCell);
                row.appendChild(element('td', null, issue.resolvedAt.substring(0, 10)));
                ['attainment', 'ownership', 'reopens', 'rating'].forEach(function (name) {
                    row.appendChild(element('td', null, fractionText(issue.components[name])));
                });
                body.appendChild(row);
            });
            var hidden = panel.querySelector('.sc-acc-drill-hidden');
            hidden.textContent = drill.hidden.issues > 0 ? format(texts.textHidden, drill.hidden.issues) : '';
            panel.hidden = false;
            title.focus();
        }

        function renderChains(result) {
            var list = root.querySelector('.sc-acc-chains');
            list.textContent = '';
            if (result.chains.length === 0) {
                list.appendChild(element('li', null, texts.textNoChains));
                return;
            }
            result.chains.forEach(function (chain) {
                list.appendChild(element('li', null, chain.text + ' \u2014 ' + format(texts.textIssues, chain.issues)));
            });
        }

        function renderTeams(matrix) {
            var chosen = teamSelect.value;
            teamSelect.textContent = '';
            matrix.providers.forEach(function (provider) {
                var option = element('option', null, provider);
                option.value = provider;
                teamSelect.appendChild(option);
            });
            if (matrix.providers.indexOf(chosen) >= 0) {
                teamSelect.value = chosen;
            }
        }

        function loadTrend() {
            if (!teamSelect.value) {
                return;
            }
            get('/trends', {team: teamSelect.value, granularity: granularity.value}).then(function (trend) {
                if (typeof window.Chart === 'undefined') {
                    root.dataset.trend = 'no-chart-library';
                    return;
                }
                var canvas = root.querySelector('#sc-acc-trend-chart');
                if (chart) {
                    chart.destroy();
                }
                chart = new window.Chart(canvas, {
                    type: 'line',
                    data: {
                        labels: trend.points.map(function (point) { return point.start; }),
                        datasets: [{
                            label: trend.team + ' \u2014 ' + texts.textScore,
                            data: trend.points.map(function (point) { return point.score; }),
                            spanGaps: true,
                            borderColor: '#0052cc',
                            backgroundColor: '#0052cc'
                        }]
                    },
                    options: {animation: false, scales: {y: {min: 0, max: 100}}}
                });
                root.dataset.trend = 'drawn';
            }).catch(function (error) {
                root.dataset.trend = 'failed';
                showError(error);
            });
        }

        function load() {
            errorBox.hidden = true;
            root.querySelector('.sc-acc-drilldown').hidden = true;
            root.querySelector('.sc-acc-csv').href = rest + '/matrix.csv?' + query();
            get('/matrix').then(function (matrix) {
                renderMatrix(matrix);
                renderTeams(matrix);
                root.dataset.loaded = 'true';
                loadTrend();
            }).catch(showError);
            get('/chains').then(renderChains).catch(showError);
        }

        root.querySelector('.sc-acc-period').addEventListener('submit', function (event) {
            event.preventDefault();
            load();
        });
        root.querySelectorAll('.sc-acc-preset').forEach(function (button) {
            button.addEventListener('click', function () {
                setMonths(Number(button.dataset.months));
                load();
            });
        });
        root.querySelector('.sc-acc-matrix').addEventListener('keydown', moveInMatrix);
        teamSelect.addEventListener('change', loadTrend);
        granularity.addEventListener('change', loadTrend);
        var params = new URLSearchParams(window.location.search);
        setMonths(12);
        if (params.get('from')) {
            from.value = params.get('from');
        }
        if (params.get('to')) {
            to.value = params.get('to');
        }
        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
