/*
 * Keeps the SLA clocks on the issue view current: once a minute it asks the REST resource for the clocks
 * and rewrites the texts of each clock. Business time does not tick outside working hours or while paused, so the
 * server, not the browser, says how much is left. Texts are set with textContent, never as HTML.
 */
(function () {
    'use strict';

    var REFRESH_MS = 60 * 1000;

    function contextPath() {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function setText(element, selector, text) {
        var target = element.querySelector(selector);
        if (target) {
            target.textContent = text || '';
        }
    }

    function update(panel, clocks) {
        clocks.forEach(function (clock) {
            var element = panel.querySelector('[data-clock="' + CSS.escape(clock.standard + '/' + clock.metric) + '"]');
            if (!element) {
                return;
            }
            element.className = 'sc-sla-clock sc-sla-' + clock.state;
            setText(element, '.sc-sla-state', clock.stateText);
            if (clock.ongoing) {
                setText(element, '.sc-sla-remaining', clock.ongoing.remainingText);
                setText(element, '.sc-sla-reason', clock.ongoing.pausedReasonText);
                setText(element, '.sc-sla-due', clock.ongoing.dueText);
                var due = element.querySelector('.sc-sla-due');
                if (due) {
                    due.setAttribute('datetime', clock.ongoing.dueAt || '');
                }
            }
            setText(element, '.sc-sla-cycles', clock.cyclesText);
        });
    }

    function refresh(panel) {
        var key = panel.getAttribute('data-issue-key');
        if (!key) {
            return;
        }
        var url = contextPath() + '/rest/service-culture/1.0/issue/' + encodeURIComponent(key) + '/clocks';
        fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (json) {
                if (json && Array.isArray(json.clocks)) {
                    update(panel, json.clocks);
                }
            })
            .catch(function () {
                // offline or logged out: the texts already shown stay until the next attempt
            });
    }

    /* ---- explained clocks: one table per cycle, every interval with why it counted or not ---- */

    function element(tag, className, text) {
        var created = document.createElement(tag);
        if (className) {
            created.className = className;
        }
        if (text !== undefined) {
            created.textContent = text;
        }
        return created;
    }

    function row(cells, tag) {
        var tr = element('tr');
        cells.forEach(function (text) {
            tr.appendChild(element(tag || 'td', '', text));
        });
        return tr;
    }

    function format(template, args) {
        return template.replace(/\{(\d+)\}/g, function (all, index) {
            return args[Number(index)] === undefined ? all : String(args[Number(index)]);
        });
    }

    function renderExplanation(box, clock, texts) {
        box.textContent = '';
        clock.cycles.forEach(function (cycle, index) {
            var table = element('table', 'aui sc-sla-explain-table');
            table.setAttribute('data-cycle', String(index + 1));
            table.appendChild(element('caption', '', format(texts.cycle, [index + 1]) + ': ' + cycle.summaryText));
            var head = element('thead');
            head.appendChild(row([texts.from, texts.to, texts.why, texts.counted, texts.started, texts.ended], 'th'));
            table.appendChild(head);
            var body = element('tbody');
            cycle.intervals.forEach(function (interval) {
                var tr = row([interval.fromText, interval.toText, interval.reasonText, interval.countedText,
                    interval.startedBy.text, interval.endedBy.text]);
                tr.className = 'sc-sla-interval sc-sla-interval-' + interval.reason.toLowerCase();
                tr.setAttribute('data-counted-millis', String(interval.countedMillis));
                body.appendChild(tr);
            });
            table.appendChild(body);
            var foot = element('tfoot');
            foot.appendChild(row([texts.total, '', '', cycle.summaryText, '', '']));
            table.appendChild(foot);
            box.appendChild(table);
        });
    }

    function explain(panel, item, toggle) {
        var box = item.querySelector('.sc-sla-explain');
        var texts = panel.querySelector('.sc-sla-explain-texts').dataset;
        if (!box.hidden) {
            box.hidden = true;
            toggle.setAttribute('aria-expanded', 'false');
            toggle.textContent = texts.open;
            return;
        }
        // only the clock asked for: one that has run for years has thousands of intervals
        var id = item.getAttribute('data-clock');
        var slash = id.indexOf('/');
        var url = contextPath() + '/rest/service-culture/1.0/issue/'
            + encodeURIComponent(panel.getAttribute('data-issue-key')) + '/clocks/explain?standard='
            + encodeURIComponent(id.substring(0, slash)) + '&metric=' + encodeURIComponent(id.substring(slash + 1));
        fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(texts.failed + ' (' + response.status + ')');
                }
                return response.json();
            })
            .then(function (json) {
                var wanted = item.getAttribute('data-clock');
                var clock = (json.clocks || []).filter(function (candidate) {
                    return candidate.standard + '/' + candidate.metric === wanted;
                })[0];
                if (!clock) {
                    throw new Error(texts.failed);
                }
                renderExplanation(box, clock, texts);
                box.setAttribute('data-loaded', 'true');
            })
            .catch(function (error) {
                box.setAttribute('data-error', String(error && error.message));
                box.textContent = '';
                box.appendChild(element('p', 'sc-sla-explain-failed', texts.failed));
            })
            .then(function () {
                box.hidden = false;
                toggle.setAttribute('aria-expanded', 'true');
                toggle.textContent = texts.close;
            });
    }

    function start() {
        var panels = document.querySelectorAll('.sc-sla-panel[data-issue-key]');
        Array.prototype.forEach.call(panels, function (panel) {
            if (panel.getAttribute('data-sc-refreshing')) {
                return;
            }
            panel.setAttribute('data-sc-refreshing', 'true');
            Array.prototype.forEach.call(panel.querySelectorAll('.sc-sla-clock'), function (item) {
                var toggle = item.querySelector('.sc-sla-explain-toggle');
                if (toggle) {
                    toggle.addEventListener('click', function () { explain(panel, item, toggle); });
                }
            });
            window.setInterval(function () {
                if (document.body.contains(panel)) {
                    refresh(panel);
                }
            }, REFRESH_MS);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
