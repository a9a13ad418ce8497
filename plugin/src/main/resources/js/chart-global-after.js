/* Puts back the AMD define hidden by chart-global-before.js. */
window.define = window.scChartDefine;
delete window.scChartDefine;
