/* Catalog: progressive enhancement of the faceted search form.
 * Without JavaScript the form submits with GET and the links navigate.
 * With it, a facet or sort change fetches the same URL, swaps the results
 * region and updates the address bar (pushState), keeping focus in place.
 * The filters and sort sit in the results region, outside the form, and belong to it by
 * their form="…" attribute: the product cards' shortlist forms must not be nested in it. */
(function () {
  "use strict";
  var form = document.querySelector("[data-catalog-form]");
  if (!form || !window.fetch || !window.DOMParser || !window.history.pushState) return;
  var region = document.querySelector("[data-catalog-results]");
  var status = document.querySelector("[data-catalog-status]");
  if (!region) return;
  var narrow = window.matchMedia("(max-width: 59.99rem)");
  var pending = null;

  document.documentElement.classList.add("js");

  function urlFromForm() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name === "q") value = String(value).trim();
      if (value !== "" && !(name === "sort" && value === "relevance")) params.append(name, value);
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function load(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    var focusedId = document.activeElement && document.activeElement.id;
    var filtersOpen = region.querySelector("[data-filters]");
    filtersOpen = filtersOpen ? filtersOpen.open : false;
    region.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Requested-With": "fetch" }, signal: pending.signal })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-catalog-results]");
        if (!fresh) { window.location.href = url; return; }
        region.innerHTML = fresh.innerHTML;
        var filters = region.querySelector("[data-filters]");
        // The fresh panel arrives closed; keep it as the visitor left it.
        if (filters) filters.open = filtersOpen;
        var canonical = doc.querySelector("link[rel=canonical]");
        var current = document.querySelector("link[rel=canonical]");
        if (canonical && current) current.href = canonical.href;
        document.title = doc.title;
        if (push) window.history.pushState({ catalog: true }, "", url);
        var count = region.querySelector("[data-catalog-count]");
        if (status && count) status.textContent = count.textContent;
        var focus = focusedId && document.getElementById(focusedId);
        if (focus) focus.focus();
        else region.querySelector("#results-heading").scrollIntoView({ block: "start" });
      })
      .catch(function (error) { if (error.name !== "AbortError") window.location.href = url; })
      .finally(function () { region.removeAttribute("aria-busy"); });
  }

  function onChange(event) {
    var target = event.target;
    if (target.form !== form || target.name === "q") return;
    // A facet checkbox carries the exact URL the server built for toggling it.
    var url = target.dataset && target.dataset.url;
    load(url && form.q.value.trim() === (new URLSearchParams(window.location.search).get("q") || "") ? url : urlFromForm(), true);
  }
  region.addEventListener("change", onChange);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(urlFromForm(), true);
  });
  region.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-catalog-link]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    var q = new URL(link.href, window.location.href).searchParams.get("q") || "";
    form.q.value = q;
    load(link.href, true);
  });
  window.addEventListener("popstate", function () {
    form.q.value = new URLSearchParams(window.location.search).get("q") || "";
    load(window.location.href, false);
  });
  // The panel arrives closed and CSS shows it on wide screens (::details-content). A browser
  // without that pseudo-element would hide it there behind a hidden toggle: open it for them.
  if (!(window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) {
    var onWidth = function () {
      var filters = region.querySelector("[data-filters]");
      if (filters && !narrow.matches) filters.open = true;
    };
    if (narrow.addEventListener) narrow.addEventListener("change", onWidth);
    onWidth();
  }
})();
