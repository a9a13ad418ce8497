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
        return '';
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

    function start() {
        var panels = document.querySelectorAll('.sc-sla-panel[data-issue-key]');
        Array.prototype.forEach.call(panels, function (panel) {
            if (panel.getAttribute('data-sc-refreshing')) {
                return;
            }
            panel.setAttribute('data-sc-refreshing', 'true');
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
