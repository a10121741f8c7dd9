// Two things Material's search box does not do. It fills in the results shown beyond the first ten: the
// worker (snowball-search.js) returns every match, so Material's count is true and its list loads more as
// the reader scrolls; results past the first ten arrive as placeholders (<span class="sb-search-pending"
// data-sb-...>), and this script fetches their document chunk (search/docs/<n>.json) when Material shows
// them. And it offers facets: the worker puts the counts of all results by site, practice, stage and tag
// in the first result (<div class="sb-facet-data" hidden>); a choice becomes words of the query
// ("paper site:porto"), so it shows in the box, the worker narrows by it and the address keeps it
// (?q=paper+site:porto opens the search so narrowed: Material reads q).
(function () {
  "use strict";
  var S = window.SnowballSearch;
  var list = document.querySelector(".md-search-result__list");
  var configEl = document.getElementById("__config");
  if (!S || !list || !configEl) { return; }
  var config = JSON.parse(configEl.textContent);
  var base = new URL(config.base.replace(/\/?$/, "/"), location.href);  // "/" on the 404 page: not "//"
  var highlightLinks = (config.features || []).indexOf("search.highlight") >= 0;
  var chunks = new Map();

  function chunk(n) {
    if (!chunks.has(n)) {
      chunks.set(n, fetch(new URL("search/docs/" + n + ".json", base)).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      }).catch(function (e) { chunks.delete(n); throw e; }));
    }
    return chunks.get(n);
  }

  function fill(span) {
    span.classList.remove("sb-search-pending");
    var terms = (span.dataset.sbTerms || "").split(" ").filter(Boolean);
    var words = (span.dataset.sbWords || "").split(" ").filter(Boolean);
    chunk(+span.dataset.sbChunk).then(function (rows) {
      var row = rows[+span.dataset.sbRow];
      var link = span.closest("a"), heading = span.parentElement;
      if (!row || !link) { return; }
      var matches = S.matcher(terms, words), cjk = terms.filter(S.isCjk);
      var url = new URL(row[0], base);
      if (highlightLinks) { url.searchParams.set("h", words.join(" ")); }
      link.href = url.href;
      heading.innerHTML = S.highlight(row[1], matches, cjk);
      var html = "<p>" + S.highlight(S.snippet(row[2], row[5], matches, cjk), matches, cjk) + "</p>";
      if (row[4]) { html += '<p class="sb-search-meta">' + S.highlight(row[4], matches, cjk) + "</p>"; }
      if (row[3] && row[3].length) {  // as Material shows a result's tags (escaped by the index)
        html += '<nav class="md-tags">' + row[3].map(function (tag) { return '<span class="md-tag">' + tag + "</span>"; }).join("") + "</nav>";
      }
      heading.insertAdjacentHTML("afterend", html);
    }).catch(function () { span.textContent = "—"; });  // the index changed under the preview: search again
  }

  // ---- facets ----
  var labelsEl = document.getElementById("sb-labels");
  var labels = labelsEl ? JSON.parse(labelsEl.textContent) : {};
  function t(msgid) { return S.t(labels, msgid); }  // t("..."): `make i18n` extracts these words (babel.cfg)
  var FACETS = [["site", t("Site"), t("All sites")], ["practice", t("Practice"), t("All practices")],
    ["stage", t("Stage"), t("All stages")], ["tag", t("Tag"), t("All tags")]];  // as the story listings' filters
  var input = document.querySelector("input.md-search__input");
  var bar = document.createElement("div");
  bar.className = "sb-search-facets";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", t("Narrow the results"));
  bar.hidden = true;
  list.parentNode.insertBefore(bar, list);

  function choose(field, value) {
    var parsed = S.splitFilters(input.value, FACETS.map(function (f) { return f[0]; }));
    parsed.filters[field] = value;
    var words = parsed.query.trim();
    Object.keys(parsed.filters).forEach(function (f) {
      if (parsed.filters[f]) { words += (words ? " " : "") + f + ":" + parsed.filters[f]; }
    });
    input.value = words;
    var address = new URL(location.href);
    address.searchParams.set("q", words);
    history.replaceState(history.state, "", address.href);
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));  // Material searches on keyup
  }

  function showFacets(data) {
    var open = document.activeElement && bar.contains(document.activeElement) ? document.activeElement.dataset.sbField : null;
    bar.textContent = "";
    FACETS.forEach(function (f) {
      var values = data.counts[f[0]] || [], active = data.active[f[0]];
      if (values.length < 2 && !active) { return; }  // nothing to narrow by
      var select = document.createElement("select");
      select.dataset.sbField = f[0];
      var all = document.createElement("option");
      all.value = "";
      all.textContent = f[2];
      select.appendChild(all);
      values.forEach(function (v) {
        var option = document.createElement("option");
        option.value = v[0];
        var name = document.createElement("span");
        name.innerHTML = v[1];  // escaped by the index
        option.textContent = name.textContent + " (" + v[2].toLocaleString(document.documentElement.lang || "en") + ")";
        option.selected = v[0] === active;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { choose(f[0], select.value); });
      select.addEventListener("keydown", function (ev) { ev.stopPropagation(); });  // arrows pick, not Material
      var label = document.createElement("label");
      var text = document.createElement("span");
      text.textContent = f[1];
      label.appendChild(text);
      label.appendChild(select);
      bar.appendChild(label);
      if (open === f[0]) { select.focus(); }
    });
    bar.hidden = !bar.childNodes.length;
  }

  new MutationObserver(function () {
    list.querySelectorAll(".sb-search-pending").forEach(fill);
    var data = list.querySelector(".sb-facet-data");
    if (data) {
      showFacets(JSON.parse(data.dataset.sbFacets));
      data.remove();
    } else if (!list.querySelector(".md-search-result__item")) {
      bar.hidden = true;  // no results: nothing to narrow (a filter typed in the box shows there)
    }
  }).observe(list, { childList: true, subtree: true });
})();
