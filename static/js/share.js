/* Product page: native share sheet and print, shown only when the browser can do them. */
(function () {
  "use strict";
  var share = document.querySelector("[data-share]");
  if (share && navigator.share) {
    share.hidden = false;
    share.addEventListener("click", function () {
      var canonical = document.querySelector("link[rel=canonical]");
      navigator.share({ title: document.title, url: canonical ? canonical.href : window.location.href }).catch(function () {});
    });
  }
  var print = document.querySelector("[data-print]");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
