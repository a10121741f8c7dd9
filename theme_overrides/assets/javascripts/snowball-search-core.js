// What Snowball's search does with words, as pure functions: the worker (snowball-search.js) and the page
// (snowball-search-page.js) load this file, and tests/test_search_js.py runs it in node. The Python index
// (snowball/search.py) splits, folds, stems and pairs text the same way; change both together.
(function (root) {
  "use strict";

  var CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  var TOKEN_RE = new RegExp("[" + CJK + "]+|(?:(?![" + CJK + "])[\\p{L}\\p{N}_])+", "gu");
  var CJK_RE = new RegExp("^[" + CJK + "]");
  var KIND = { exact: 3, prefix: 2, stem: 1, typo: 0 };

  /** Lowercase without accents (Inês -> ines), as the index stores words. */
  function normalise(s) {
    return s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function isCjk(word) { return CJK_RE.test(word); }

  /** The words of a text, folded; a run of Chinese or Japanese characters becomes its pairs. */
  function tokens(text) {
    var out = [];
    (normalise(text).match(TOKEN_RE) || []).forEach(function (run) {
      if (isCjk(run)) {
        var chars = Array.from(run);
        for (var i = 0; i < Math.max(1, chars.length - 1); i++) { out.push(chars.slice(i, i + 2).join("")); }
      } else {
        out.push(run);
      }
    });
    return out;
  }

  /** The words of a query worth looking up: stop words left out unless the query is nothing else. */
  function queryWords(query, stopwords) {
    var all = tokens(query).filter(function (w) { return w.length > 1 || isCjk(w); });
    all = all.filter(function (w, i) { return all.indexOf(w) === i; });
    var stop = new Set(stopwords || []);
    var kept = all.filter(function (w) { return !stop.has(w); });
    return kept.length ? kept : all;
  }

  /** The index's dictionary (search/docs/dict.txt): one line per stem, "term" or "stem<TAB>term term". A
   *  term indexed in two languages (a story in another language than the hub's) is under each one's stem. */
  function parseDictionary(text) {
    var terms = [], stemOf = new Map(), group = new Map();
    text.split("\n").forEach(function (line) {
      if (!line) { return; }
      var tab = line.indexOf("\t");
      var stem = tab < 0 ? line : line.slice(0, tab);
      var list = tab < 0 ? [line] : line.slice(tab + 1).split(" ");
      group.set(stem, list);
      list.forEach(function (t) {
        if (stemOf.has(t)) { stemOf.get(t).push(stem); } else { terms.push(t); stemOf.set(t, [stem]); }
      });
    });
    terms.sort();
    return { terms: terms, stemOf: stemOf, group: group };
  }

  /** Edits (insert, delete, change, swap two neighbours) from a to b, or max + 1 when more than max. */
  function editDistance(a, b, max) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > max) { return max + 1; }
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) { prev.push(j); }
    for (i = 1; i <= a.length; i++) {
      var row = [i], best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { v = Math.min(v, prev2[j - 2] + 1); }
        row.push(v);
        if (v < best) { best = v; }
      }
      if (best > max) { return max + 1; }
      prev2 = prev; prev = row;
    }
    return prev[b.length];
  }

  /** Typos forgiven between a query word and a term, as Typesense and Meilisearch do: one for words of 5
   *  letters or more, two from 9; by the longer of the two, so "papr" (a letter short of "paper") counts
   *  as five. Never for words under 4 letters, numbers, or Chinese and Japanese pairs. */
  function typosAllowed(word, term) {
    if (word.length < 4 || /^\d+$/.test(word) || isCjk(word) || isCjk(term)) { return 0; }
    var n = Math.max(Array.from(word).length, Array.from(term).length);
    return n >= 9 ? 2 : n >= 5 ? 1 : 0;
  }

  function lowerBound(list, word) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < word) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  /** The stems of a query word: the dictionary's if the word is indexed, and each language's Snowball
   *  stemmer's (stemmers/<lang>.js: the hub's and those of stories in other languages); without either,
   *  the longest indexed stem the word starts with. stemmers: a function, a list of them, or null. */
  function stemOf(word, dict, stemmers) {
    var out = (dict.stemOf.get(word) || []).slice();
    if (!isCjk(word) && /^\p{L}+$/u.test(word)) {
      [].concat(stemmers || []).forEach(function (stem) {
        var s = stem(word);
        if (out.indexOf(s) < 0) { out.push(s); }
      });
    }
    if (out.length) { return out; }
    for (var n = word.length - 1; n >= Math.max(3, word.length - 4); n--) {
      if (dict.group.has(word.slice(0, n))) { return [word.slice(0, n)]; }
    }
    return [word];
  }

  /** The indexed terms a query word stands for, each with how it matched (KIND): the word itself, words
   *  it begins (3 letters or more), its other forms (same stem), and only when none of those is indexed,
   *  near spellings (the 10 closest). */
  function expand(word, dict, stemmers) {
    var found = new Map();
    if (dict.stemOf.has(word)) { found.set(word, KIND.exact); }
    if (word.length >= 3 || isCjk(word)) {
      for (var i = lowerBound(dict.terms, word); i < dict.terms.length && dict.terms[i].lastIndexOf(word, 0) === 0; i++) {
        if (!found.has(dict.terms[i])) { found.set(dict.terms[i], KIND.prefix); }
      }
    }
    stemOf(word, dict, stemmers).forEach(function (s) {
      (dict.group.get(s) || []).forEach(function (t) {
        if (!found.has(t)) { found.set(t, KIND.stem); }
      });
    });
    if (!found.size) {
      var near = [];
      dict.terms.forEach(function (t) {
        var max = typosAllowed(word, t);
        if (!max || t.charAt(0) === "" || Math.abs(t.length - word.length) > max) { return; }
        var d = editDistance(word, t, max);
        if (d <= max) { near.push([d, t]); }
      });
      near.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : 1); });
      near.slice(0, 10).forEach(function (p) { found.set(p[1], KIND.typo); });
    }
    return found;
  }

  /** The shard file holding a term: the longest shard name its first characters give (search.py). */
  function shardName(term, length) {
    var out = "";
    Array.from(term).slice(0, length).forEach(function (ch) {
      out += /[a-z0-9]/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16) + "_";
    });
    return out;
  }

  function shardFor(term, shards) {
    for (var n = Math.min(Array.from(term).length, 8); n > 0; n--) {
      var name = shardName(term, n);
      if (shards.has(name)) { return name; }
    }
    return null;
  }

  /** A term's postings: document -> field code (4 title, 3 names, 2 summary, 1 body). */
  function decode(list) {
    var out = new Map(), doc = -1;
    for (var i = 0; i < list.length; i++) { doc += list[i] >> 2; out.set(doc, (list[i] & 3) + 1); }
    return out;
  }

  /** A term's postings as arrays, for the worker's per-match work: docs ascending, and each one's field
   *  code (4 title, 3 names, 2 summary, 1 body). */
  function decodeArrays(list) {
    var docs = new Int32Array(list.length), fields = new Uint8Array(list.length), doc = -1;
    for (var i = 0; i < list.length; i++) { doc += list[i] >> 2; docs[i] = doc; fields[i] = (list[i] & 3) + 1; }
    return { docs: docs, fields: fields };
  }

  /** Is doc in a decodeArrays result (binary search: its docs ascend). */
  function hasDoc(postings, doc) {
    var d = postings.docs, lo = 0, hi = d.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (d[mid] < doc) { lo = mid + 1; } else { hi = mid; } }
    return lo < d.length && d[lo] === doc;
  }

  /** How a match is stored per document: kind * 8 + field, so a bigger code is a better match (a better
   *  kind first, then a better field); 0 is no match. */
  function code(kind, field) { return kind * 8 + field; }

  /** For one query word: codes[doc] = its best match over the terms it stands for (0: none), n documents.
   *  postingsOf(term) gives decodeArrays' result or nothing. */
  function matchCodes(expanded, postingsOf, n) {
    var codes = new Uint8Array(n);
    expanded.forEach(function (kind, term) {
      var p = postingsOf(term);
      if (!p) { return; }
      for (var i = 0; i < p.docs.length; i++) {
        var doc = p.docs[i], c = code(kind, p.fields[i]);
        if (doc < n && c > codes[doc]) { codes[doc] = c; }
      }
    });
    return codes;
  }

  /** Every matching document, best first: more query words found; then how they matched (the word itself,
   *  a longer word, another form, a typo); then where (title, names, summary, body); then the newer (dates:
   *  search/docs/dates.json, a number per document growing with its date); then index order.
   *  perWord: for each query word, matchCodes' array (all of one length). One number per document holds
   *  the first three (words, kinds and fields summed, each below the base), so the sort compares numbers. */
  function rankCodes(perWord, dates) {
    var n = perWord.length ? perWord[0].length : 0, w = perWord.length, base = 4 * w + 1;
    var key = new Float64Array(n), docs = [];
    for (var doc = 0; doc < n; doc++) {
      var found = 0, kinds = 0, fields = 0;
      for (var i = 0; i < w; i++) {
        var c = perWord[i][doc];
        if (c) { found += 1; kinds += c >> 3; fields += c & 7; }
      }
      if (found) { key[doc] = (found * base + kinds) * base + fields; docs.push(doc); }
    }
    var date = new Float64Array(n);
    if (dates) { for (var d = 0; d < n; d++) { date[d] = dates[d] || 0; } }
    return docs.sort(function (a, b) { return (key[b] - key[a]) || (date[b] - date[a]) || (a - b); });
  }

  /** rankCodes for matches given as Maps doc -> {kind, field}, one per query word. */
  function rank(perWord, dates) {
    var n = 0;
    perWord.forEach(function (docs) { docs.forEach(function (_, doc) { n = Math.max(n, doc + 1); }); });
    return rankCodes(perWord.map(function (docs) {
      var codes = new Uint8Array(n);
      docs.forEach(function (m, doc) { codes[doc] = code(m.kind, m.field); });
      return codes;
    }), dates);
  }

  /** Does a folded word of a text match: one of the terms matched, or a query word it begins with. */
  function matcher(terms, words) {
    var set = new Set(terms);
    var starts = (words || []).filter(function (w) { return w.length >= 3; });
    return function (w) {
      return set.has(w) || starts.some(function (s) { return w.lastIndexOf(s, 0) === 0; });
    };
  }

  var PIECE_RE = /&#?\w+;|[^&]+|&/g;

  /** Wrap matched words of an escaped HTML text in <mark>: whole words, compared folded (Ines marks
   *  "Inês"); in Chinese and Japanese, the matched pairs. Entities such as &amp; are left whole. */
  function highlight(html, matches, cjkTerms) {
    return (html.match(PIECE_RE) || []).map(function (piece) {
      if (piece.charAt(0) === "&" && piece.length > 1) { return piece; }
      return piece.replace(TOKEN_RE, function (tok) {
        if (isCjk(tok)) {
          var marked = tok;
          (cjkTerms || []).forEach(function (t) { marked = marked.split(t).join("\u0001" + t + "\u0002"); });
          return marked.replace(/\u0002\u0001/g, "").replace(/\u0001/g, "<mark data-md-highlight>").replace(/\u0002/g, "</mark>");
        }
        return matches(normalise(tok)) ? "<mark data-md-highlight>" + tok + "</mark>" : tok;
      });
    }).join("");
  }

  /** Where the first matched word is in a text (its index), or -1. */
  function firstMatch(text, matches, cjkTerms) {
    var re = new RegExp(TOKEN_RE.source, "gu"), m;
    while ((m = re.exec(text))) {
      if (isCjk(m[0])) {
        var folded = normalise(m[0]);
        for (var k = 0; k < (cjkTerms || []).length; k++) {
          if (folded.indexOf(cjkTerms[k]) >= 0) { return m.index; }
        }
      } else if (matches(normalise(m[0]))) {
        return m.index;
      }
    }
    return -1;
  }

  /** About `size` characters of text around position at, cut at spaces, with … where text was left out. */
  function around(text, at, size) {
    if (text.length <= size) { return text; }
    var start = Math.max(0, at - Math.floor(size / 3));
    var end = Math.min(text.length, start + size);
    start = Math.max(0, Math.min(start, end - size));
    if (start > 0) { var sp = text.indexOf(" ", start); start = sp >= 0 && sp < at ? sp + 1 : start; }
    if (end < text.length) { var ep = text.lastIndexOf(" ", end); end = ep > at ? ep : end; }
    var out = text.slice(start, end);
    if (out.lastIndexOf("&") > out.lastIndexOf(";")) { out = out.slice(0, out.lastIndexOf("&")); }
    return (start > 0 ? "… " : "") + out + (end < text.length ? " …" : "");
  }

  /** The passage a result shows: the summary if a matched word is in it, else the part of the body around
   *  the first matched word, else the summary's start. */
  function snippet(excerpt, body, matches, cjkTerms, size) {
    size = size || 220;
    var at = firstMatch(excerpt || "", matches, cjkTerms);
    if (at >= 0 || !body) { return around(excerpt || "", Math.max(at, 0), size); }
    var inBody = firstMatch(body, matches, cjkTerms);
    return inBody >= 0 ? around(body, inBody, size) : around(excerpt || body, 0, size);
  }

  /** A query's filters ("paper site:porto": the listing filters' fields and ids) and its words apart. */
  function splitFilters(query, fields) {
    var filters = {};
    var rest = query.replace(/(^|\s)([a-z]+):(\S+)/g, function (all, space, field, value) {
      if ((fields || []).indexOf(field) < 0) { return all; }
      filters[field] = value;
      return space;
    });
    return { query: rest.replace(/\s+/g, " ").trim(), filters: filters };
  }

  /** search/docs/facets.json ({field: [[id, name, postings], ...]}) as sets of documents, and each
   *  document's values (byDoc[doc]: numbers into values, [field, index in field]) for counting. */
  function prepareFacets(data) {
    var out = { fields: {}, values: [], byDoc: [] };
    Object.keys(data || {}).forEach(function (field) {
      out.fields[field] = data[field].map(function (v, i) {
        var docs = decode(v[2]), number = out.values.length;
        out.values.push([field, i]);
        docs.forEach(function (_, doc) { (out.byDoc[doc] || (out.byDoc[doc] = [])).push(number); });
        return { id: v[0], name: v[1], docs: docs };
      });
    });
    return out;
  }

  /** The documents of a ranked list that are in every chosen value (an unknown value keeps none). */
  function narrow(ranked, facets, filters) {
    var sets = Object.keys(filters).map(function (field) {
      var value = ((facets.fields || {})[field] || []).filter(function (v) { return v.id === filters[field]; })[0];
      return value ? value.docs : new Map();
    });
    if (!sets.length) { return ranked; }
    return ranked.filter(function (doc) { return sets.every(function (s) { return s.has(doc); }); });
  }

  /** For each facet, its values among these documents: [[id, name, count], ...], most first. */
  function facetCounts(docs, facets) {
    var counts = new Int32Array((facets.values || []).length), out = {};
    for (var i = 0; i < docs.length; i++) {
      var mine = (facets.byDoc || [])[docs[i]];
      if (mine) { for (var k = 0; k < mine.length; k++) { counts[mine[k]] += 1; } }
    }
    var at = 0;
    Object.keys(facets.fields || {}).forEach(function (field) {
      out[field] = facets.fields[field].map(function (v) {
        return [v.id, v.name, counts[at++]];
      }).filter(function (v) { return v[2] > 0; }).sort(function (a, b) { return b[2] - a[2] || (a[1] < b[1] ? -1 : 1); });
    });
    return out;
  }

  /** A label in the page's language: translations from <script id="sb-labels"> (keyed by the English
   *  text), "%(n)s" and "{n}" filled from values. */
  function t(labels, english, values) {
    var text = (labels && labels[english]) || english;
    Object.keys(values || {}).forEach(function (k) {
      text = text.split("%(" + k + ")s").join(String(values[k])).split("%(" + k + ")d").join(String(values[k]));
    });
    return text;
  }

  root.SnowballSearch = {
    KIND: KIND, normalise: normalise, isCjk: isCjk, tokens: tokens, queryWords: queryWords,
    parseDictionary: parseDictionary, editDistance: editDistance, typosAllowed: typosAllowed, stemOf: stemOf,
    expand: expand, shardName: shardName, shardFor: shardFor, decode: decode, decodeArrays: decodeArrays, hasDoc: hasDoc,
    code: code, matchCodes: matchCodes, rankCodes: rankCodes, rank: rank,
    matcher: matcher, highlight: highlight, snippet: snippet, around: around, t: t, splitFilters: splitFilters,
    prepareFacets: prepareFacets, narrow: narrow, facetCounts: facetCounts
  };
})(typeof self !== "undefined" ? self : this);
