// Stories listing: narrow the cards by site, practice and tag without reloading the page.
// Without JavaScript every story stays visible; the filters are an enhancement.
(function () {
  "use strict";
  function setup(form) {
    var cards = Array.prototype.slice.call(document.querySelectorAll(".sb-cards .sb-card"));
    var count = document.querySelector("[data-sb-count]");
    var total = cards.length;
    function words(card, name) { return (card.getAttribute("data-" + name) || "").split(" "); }
    function apply() {
      var site = form.elements.site.value, practice = form.elements.practice.value, tag = form.elements.tag.value;
      var shown = 0;
      cards.forEach(function (card) {
        var ok = (!site || card.getAttribute("data-site") === site) &&
                 (!practice || words(card, "practices").indexOf(practice) >= 0) &&
                 (!tag || words(card, "tags").indexOf(tag) >= 0);
        card.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (count) {
        count.textContent = shown === total ? "Showing all " + total + " stories"
          : "Showing " + shown + " of " + total + " stories";
      }
      var params = new URLSearchParams();
      if (site) { params.set("site", site); }
      if (practice) { params.set("practice", practice); }
      if (tag) { params.set("tag", tag); }
      var query = params.toString();
      history.replaceState(null, "", query ? "?" + query : location.pathname);
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    var initial = new URLSearchParams(location.search);
    ["site", "practice", "tag"].forEach(function (name) {
      var value = initial.get(name);
      if (value && form.elements[name].querySelector('option[value="' + CSS.escape(value) + '"]')) {
        form.elements[name].value = value;
      }
    });
    apply();
  }
  function init() {
    var form = document.querySelector("[data-sb-filters]");
    if (form) { setup(form); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();

// Accessibility fixes to Material's markup, checked by axe-core in tests/browser:
// the search dialog needs a name, and a table that scrolls sideways must be reachable from the keyboard.
(function () {
  "use strict";
  function fix() {
    var search = document.querySelector('.md-search[role="dialog"]');
    if (search && !search.hasAttribute("aria-label")) { search.setAttribute("aria-label", "Search"); }
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      if (!wrap.hasAttribute("tabindex")) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Table, scrolls sideways");
      }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fix); } else { fix(); }
})();
