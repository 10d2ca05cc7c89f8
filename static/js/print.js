/* Printable sheets: a button marked data-print opens the browser's print dialog.
 * A file rather than an onclick attribute, so the Content-Security-Policy can refuse inline script. */
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();
