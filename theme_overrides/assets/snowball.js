// Words in the hub's language, for every Snowball script (snowball-filter.js, -404.js, -matrix.js, -form.js,
// the search worker's page side ...):
//   t("English text")                       -> the text in the hub's language
//   t("No story has an address like %(q)s.", {q: query})
//   tn("%(num)s story", "%(num)s stories", n, {...})  -> the form the language's plural rules pick for n
//   tp("filter", "site")                    -> a word that needs a context to translate (here: a filter's name)
// How the words get here: `make i18n` extracts every t() and tn() call in theme_overrides/assets/*.js into
// snowball/locale/site.pot (babel.cfg; Babel's javascript extractor, keywords t, tn:1,2, tp:1c,2), and each
// language's .po translates them. At build time snowball.i18n.labels_json() exports the messages located in
// a .js file as JSON keyed by the English msgid ({"Show its practices": "Mostrar as práticas", "%(num)s
// story": {"one": "...", "other": "..."}}), and theme_overrides/main.html puts it in every page as
// <script type="application/json" id="sb-labels">. A msgid that is not there shows in English; an English
// hub has no such script at all. %(name)s is filled from the values; %(num)s is n, grouped the way the
// page's language (<html lang>, Material's) groups numbers. Other scripts call window.snowballI18n.t/tn
// when they show text, so this file only has to have run by then (it is in mkdocs.yml's extra_javascript).
(function () {
  "use strict";
  var labels = null;
  // The hub's language as mkdocs.yml says it (data-lang: "pt-BR"; Material's <html lang> says "pt"), and
  // Snowball's "pt" is European Portuguese (snowball.i18n.CLDR_LOCALE): its plural rules and number grouping.
  var node = document.getElementById("sb-labels");
  var tag = ((node && node.getAttribute("data-lang")) || document.documentElement.lang || "en").replace("_", "-");
  var lang = { pt: "pt-PT" }[tag] || tag;
  function table() {
    if (labels === null) {
      var node = document.getElementById("sb-labels");
      try { labels = node ? JSON.parse(node.textContent) : {}; } catch (e) { labels = {}; }
    }
    return labels;
  }
  function fill(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (all, name) {
      var v = values && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
      return typeof v === "number" ? v.toLocaleString(lang) : String(v);
    });
  }
  function t(msgid, values) {
    var text = table()[msgid];
    return fill(typeof text === "string" ? text : msgid, values);
  }
  function tp(context, msgid, values) {
    var text = table()[context + "\u0004" + msgid];
    return fill(typeof text === "string" ? text : msgid, values);
  }
  function tn(one, other, n, values) {
    var forms = table()[one], text;
    if (forms && typeof forms === "object") {
      var category = "other";
      try { category = new Intl.PluralRules(lang).select(n); } catch (e) { category = n === 1 ? "one" : "other"; }
      text = forms[category] || forms.other;
    }
    var all = Object.assign({ num: n }, values || {});
    return fill(text || (n === 1 ? one : other), all);
  }
  window.snowballI18n = { t: t, tn: tn, tp: tp, lang: lang };
})();

// Accessibility fixes to Material's markup, checked by axe-core in tests/browser:
// the search dialog needs a name, and a table that scrolls sideways must be reachable from the keyboard.
(function () {
  "use strict";
  var t = window.snowballI18n.t;
  function fix() {
    var search = document.querySelector('.md-search[role="dialog"]');
    if (search && !search.hasAttribute("aria-label")) { search.setAttribute("aria-label", t("Search")); }
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      if (!wrap.hasAttribute("tabindex")) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", t("Table, scrolls sideways"));
      }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fix); } else { fix(); }
})();
