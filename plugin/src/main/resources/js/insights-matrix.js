/* The accountability matrix's client signal: beside each provider x client cell, how many kudos the client team's
   people gave the provider team that served them in the period. Drawn whenever the matrix redraws; texts come with
   the data, in the viewer's language; user data only ever set with textContent. */
(function () {
    'use strict';

    function format(text, value) {
        return text.replace('{0}', String(value));
    }

    function init() {
        var root = document.querySelector('.sc-accountability');
        if (!root) {
            return;
        }
        var body = root.querySelector('.sc-acc-matrix tbody');
        var from = root.querySelector('#sc-acc-from');
        var to = root.querySelector('#sc-acc-to');
        if (!body || !from || !to) {
            return;
        }
        var rest = root.dataset.context + '/rest/service-culture/1.0/insights/recognition/cross-team';
        var pending = null;

        function legend(text) {
            var node = root.querySelector('.sc-insights-matrix-legend');
            if (!node) {
                node = document.createElement('p');
                node.className = 'sc-insights-matrix-legend';
                var anchor = root.querySelector('.sc-acc-legend');
                anchor.parentNode.insertBefore(node, anchor.nextSibling);
            }
            node.textContent = text;
        }

        function decorate(signal) {
            legend(signal.legend);
            var counts = {};
            signal.cells.forEach(function (cell) {
                counts[cell.provider + '\u0000' + cell.client] = cell.recognitions;
            });
            body.querySelectorAll('.sc-acc-cell').forEach(function (button) {
                var old = button.querySelector('.sc-insights-kudos');
                if (old) {
                    old.remove();
                }
                var count = counts[button.dataset.provider + '\u0000' + button.dataset.client];
                if (count) {
                    var badge = document.createElement('span');
                    badge.className = 'sc-insights-kudos aui-lozenge aui-lozenge-subtle';
                    badge.textContent = '\u2665 ' + count;
                    badge.title = format(signal.tooltip, count);
                    badge.setAttribute('aria-label', format(signal.tooltip, count));
                    button.appendChild(badge);
                }
            });
        }

        function refresh() {
            if (!from.value || !to.value) {
                return;
            }
            var params = new URLSearchParams({from: from.value, to: to.value});
            fetch(rest + '?' + params.toString(), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (signal) {
                    if (signal) {
                        decorate(signal);
                    }
                })
                .catch(function () {
                    // the signal is an extra: the matrix stands without it
                });
        }

        new MutationObserver(function () {
            clearTimeout(pending);
            pending = setTimeout(refresh, 50);
        }).observe(body, {childList: true});
        refresh();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
