/* Chart.js registers itself as an anonymous AMD module wherever define.amd exists, as in Jira; the page wants it
   as window.Chart, so define is hidden while it loads and put back right after (chart-global-after.js). */
window.scChartDefine = window.define;
window.define = undefined;
