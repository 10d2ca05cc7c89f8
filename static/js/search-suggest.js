/* As-you-type suggestions for search fields: the ARIA combobox pattern with a listbox.
 * A container marked data-suggest="<endpoint URL>" holds the search input. Without
 * JavaScript (or if the endpoint fails) the field stays a plain search field and the
 * form submits as usual. Keys: Down/Up move through the names, Enter opens the
 * highlighted one (or submits the form when none is), Escape closes the list. */
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams) return;
  var DELAY = 150;
  var MIN_LENGTH = 2;

  function enhance(container, number) {
    var input = container.querySelector("input[name='q']");
    var endpoint = container.getAttribute("data-suggest");
    if (!input || !endpoint) return;
    var listId = "search-suggest-" + number;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", container.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    input.parentNode.appendChild(list);
    container.classList.add("suggest");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var timer = null;
    var pending = null;
    var active = -1;
    var items = [];

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      items.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
      else input.removeAttribute("aria-activedescendant");
    }

    function show(suggestions) {
      close();
      if (!suggestions.length) return;
      suggestions.forEach(function (suggestion, i) {
        var item = document.createElement("li");
        item.id = listId + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.className = "suggest-list__item suggest-list__item--" + suggestion.kind;
        item.textContent = suggestion.label; // text, never markup
        item.dataset.url = suggestion.url;
        item.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the field until we navigate
          window.location.assign(suggestion.url);
        });
        list.appendChild(item);
        items.push(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function ask() {
      var q = input.value.trim();
      if (q.length < MIN_LENGTH) { close(); return; }
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(endpoint + "?" + new URLSearchParams({ q: q.slice(0, 100) }).toString(), {
        headers: { Accept: "application/json" },
        signal: pending.signal,
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) show(data.suggestions || []); })
        .catch(function () { /* aborted or offline: the plain field still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "Down") {
        if (!items.length) return;
        event.preventDefault();
        highlight(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp" || event.key === "Up") {
        if (!items.length) return;
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (active >= 0 && items[active]) {
          event.preventDefault();
          window.location.assign(items[active].dataset.url);
        } else {
          close();
        }
      } else if (event.key === "Escape" || event.key === "Esc") {
        if (!list.hidden) { event.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-suggest]"), enhance);
})();
