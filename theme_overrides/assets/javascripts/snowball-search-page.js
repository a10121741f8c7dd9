// Fills in the search results Material shows beyond the first ten. The worker (snowball-search.js)
// returns every match, so Material's count is true and its list loads more as the reader scrolls;
// results past the first ten arrive as placeholders (<span class="sb-search-pending" data-sb-...>),
// and this script fetches their document chunk (search/docs/<n>.json) when Material shows them.
(function () {
  "use strict";
  var S = window.SnowballSearch;
  var list = document.querySelector(".md-search-result__list");
  var configEl = document.getElementById("__config");
  if (!S || !list || !configEl) { return; }
  var config = JSON.parse(configEl.textContent);
  var base = new URL(config.base + "/", location.href);
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
      heading.insertAdjacentHTML("afterend", html);
    }).catch(function () { span.textContent = row0(span); });
  }

  function row0(span) { return span.dataset.sbDoc ? "—" : ""; }

  new MutationObserver(function () {
    list.querySelectorAll(".sb-search-pending").forEach(fill);
  }).observe(list, { childList: true, subtree: true });
})();
