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
                box.removeAttribute('data-team');
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

    /* ---- team ownership clocks: under each clock, each team's owned working time and the unowned gap ---- */

    function renderTeams(panel, item, clock, texts) {
        var box = item.querySelector('.sc-sla-teams');
        if (!box) {
            return;
        }
        box.textContent = '';
        var table = element('table', 'aui sc-sla-teams-table');
        table.appendChild(element('caption', '', texts.caption));
        var head = element('thead');
        head.appendChild(row([texts.team, texts.owned, texts.share, texts.actions], 'th'));
        table.appendChild(head);
        var body = element('tbody');
        clock.teams.forEach(function (team) {
            var tr = element('tr', 'sc-sla-team');
            tr.setAttribute('data-team', team.team);
            tr.setAttribute('data-owned-millis', String(team.ownedMillis));
            tr.appendChild(element('th', '', team.team)).setAttribute('scope', 'row');
            tr.appendChild(element('td', 'sc-sla-team-owned', team.ownedText));
            tr.appendChild(element('td', 'sc-sla-team-share', team.shareText));
            var cell = element('td');
            var button = element('button', 'aui-button aui-button-link sc-sla-team-explain',
                format(texts.explain, [team.team]));
            button.type = 'button';
            button.addEventListener('click', function () { explainForTeam(panel, item, team.team); });
            cell.appendChild(button);
            tr.appendChild(cell);
            body.appendChild(tr);
        });
        var gap = element('tr', 'sc-sla-team sc-sla-team-nobody');
        gap.setAttribute('data-owned-millis', String(clock.unownedMillis));
        gap.appendChild(element('th', '', texts.nobody)).setAttribute('scope', 'row');
        gap.appendChild(element('td', 'sc-sla-team-owned', clock.unownedText));
        gap.appendChild(element('td', 'sc-sla-team-share', clock.unownedShareText));
        gap.appendChild(element('td'));
        body.appendChild(gap);
        table.appendChild(body);
        var foot = element('tfoot');
        var total = element('tr');
        total.appendChild(element('th', '', texts.total)).setAttribute('scope', 'row');
        total.appendChild(element('td', 'sc-sla-teams-counted', clock.countedText));
        total.appendChild(element('td'));
        total.appendChild(element('td'));
        foot.appendChild(total);
        table.appendChild(foot);
        box.appendChild(table);
        box.setAttribute('data-loaded', 'true');
    }

    function loadTeams(panel) {
        var holder = panel.querySelector('.sc-sla-teams-texts');
        if (!holder) {
            return;
        }
        var texts = holder.dataset;
        var url = contextPath() + '/rest/service-culture/1.0/issue/'
            + encodeURIComponent(panel.getAttribute('data-issue-key')) + '/clocks/teams';
        fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(texts.failed + ' (' + response.status + ')');
                }
                return response.json();
            })
            .then(function (json) {
                (json.clocks || []).forEach(function (clock) {
                    var item = panel.querySelector(
                        '[data-clock="' + CSS.escape(clock.standard + '/' + clock.metric) + '"]');
                    if (item) {
                        renderTeams(panel, item, clock, texts);
                    }
                });
            })
            .catch(function (error) {
                Array.prototype.forEach.call(panel.querySelectorAll('.sc-sla-teams'), function (box) {
                    box.setAttribute('data-error', String(error && error.message));
                    box.textContent = '';
                    box.appendChild(element('p', 'sc-sla-teams-failed', texts.failed));
                });
            });
    }

    /** One team's view of the clock, in the clock's explanation box: what others owned says so. */
    function explainForTeam(panel, item, team) {
        var box = item.querySelector('.sc-sla-explain');
        var toggle = item.querySelector('.sc-sla-explain-toggle');
        var texts = panel.querySelector('.sc-sla-explain-texts').dataset;
        var id = item.getAttribute('data-clock');
        var slash = id.indexOf('/');
        var url = contextPath() + '/rest/service-culture/1.0/issue/'
            + encodeURIComponent(panel.getAttribute('data-issue-key')) + '/clocks/teams/'
            + encodeURIComponent(team) + '/explain?standard=' + encodeURIComponent(id.substring(0, slash))
            + '&metric=' + encodeURIComponent(id.substring(slash + 1));
        box.removeAttribute('data-loaded');
        fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(texts.failed + ' (' + response.status + ')');
                }
                return response.json();
            })
            .then(function (json) {
                var clock = (json.clocks || []).filter(function (candidate) {
                    return candidate.standard + '/' + candidate.metric === id;
                })[0];
                if (!clock) {
                    throw new Error(texts.failed);
                }
                renderExplanation(box, clock, texts);
                box.setAttribute('data-team', team);
                box.setAttribute('data-loaded', 'true');
            })
            .catch(function (error) {
                box.setAttribute('data-error', String(error && error.message));
                box.textContent = '';
                box.appendChild(element('p', 'sc-sla-explain-failed', texts.failed));
            })
            .then(function () {
                box.hidden = false;
                if (toggle) {
                    toggle.setAttribute('aria-expanded', 'true');
                    toggle.textContent = texts.close;
                }
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
            loadTeams(panel);
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
