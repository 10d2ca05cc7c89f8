/* Supplier directory: wide screens show the filter column open; narrow ones keep it folded under "Bộ lọc". */
(function () {
  "use strict";
  var filters = document.getElementById("supplier-filters");
  if (filters && window.matchMedia("(min-width: 60rem)").matches) { filters.open = true; }
})();
