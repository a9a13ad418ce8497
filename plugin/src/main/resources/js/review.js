// A printed review pack shows the issues behind every figure: open each section before printing, close the ones the
// reader had closed afterwards.
(function () {
    'use strict';
    var opened = [];
    window.addEventListener('beforeprint', function () {
        opened = [];
        document.querySelectorAll('details.sc-review-issues:not([open])').forEach(function (section) {
            section.open = true;
            opened.push(section);
        });
    });
    window.addEventListener('afterprint', function () {
        opened.forEach(function (section) {
            section.open = false;
        });
        opened = [];
    });
})();
