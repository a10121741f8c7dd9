// The 404 page's suggestions (theme_overrides/404.html): stories whose address or title is like the
// address typed. It reads the story index the listing's filters use (stories/index.json, rows
// [slug, title, ...]); nothing outside the site. The page works without it: search and links stay.
"use strict";
(function () {
  var page = document.querySelector("[data-sb-notfound]");
  if (!page) { return; }
  var box = page.querySelector("[data-sb-suggest]");
  var status = page.querySelector("[data-sb-suggest-status]");
  var LIMIT = 5, CLOSE_ENOUGH = 0.5, LONGEST = 80;

  function t(msgid, values) { return window.snowballI18n.t(msgid, values); }
  function tn(one, other, n, values) { return window.snowballI18n.tn(one, other, n, values); }
  function words(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) || [];
  }

  // Levenshtein distance, two rows: the strings are short (addresses cut to LONGEST characters).
  function distance(a, b) {
    a = a.slice(0, LONGEST); b = b.slice(0, LONGEST);
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }

  function similar(a, b) { return 1 - distance(a, b) / Math.max(a.length, b.length, 1); }

  // One word of the address matches a word of the story: the same, or a typo away in a long word.
  function near(q, s) {
    if (q === s) { return true; }
    if (q.length < 4 || Math.abs(q.length - s.length) > 2) { return false; }
    return distance(q, s) <= (q.length <= 6 ? 1 : 2);
  }

  // What was typed: the address after the site's own path, without "stories", "page", numbers or index.html.
  function typed() {
    var root = page.getAttribute("data-sb-root") || "/";
    var path = decodeURIComponent(location.pathname);
    if (path.indexOf(root) === 0) { path = path.slice(root.length); }
    var parts = path.split("/").filter(function (p) {
      return p && !/^(stories|page|index\.html?|\d+)$/i.test(p);
    });
    return parts.slice(-2).join("-").replace(/\.html?$/i, "").toLowerCase();
  }

  function score(query, tokens, row) {
    var slug = String(row[0]), own = words(slug + " " + row[1]);
    var matched = tokens.filter(function (q) { return own.some(function (s) { return near(q, s); }); }).length;
    return Math.max(similar(query, slug), tokens.length ? 0.9 * matched / tokens.length : 0);
  }

  var query = typed();
  var tokens = words(query).filter(function (w) { return w.length > 1; });
  if (!query || !tokens.length) { return; }
  status.textContent = t("Looking for stories with an address like “%(address)s”…", { address: query });
  fetch(page.getAttribute("data-sb-index")).then(function (r) {
    if (!r.ok) { throw new Error(r.status); }
    return r.json();
  }).then(function (index) {
    var found = index.stories.map(function (row) { return [score(query, tokens, row), row]; })
      .filter(function (pair) { return pair[0] >= CLOSE_ENOUGH; })
      .sort(function (a, b) { return b[0] - a[0] || (a[1][1] < b[1][1] ? -1 : 1); })
      .slice(0, LIMIT);
    if (!found.length) {
      status.textContent = t("No story has an address like “%(address)s”. Try the search.", { address: query });
      return;
    }
    var list = box.querySelector("ul"), stories = page.getAttribute("data-sb-stories");
    found.forEach(function (pair) {
      var row = pair[1], li = document.createElement("li"), a = document.createElement("a");
      a.href = stories + encodeURIComponent(row[0]) + "/";
      a.textContent = row[1];
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = false;
    status.textContent = tn("%(num)s story with a similar address.", "%(num)s stories with a similar address.", found.length);
  }).catch(function () {
    status.textContent = "";
  });
})();
