// Snowball's search worker for Material for MkDocs.
//
// Material's page script talks to a search worker with four messages (SETUP 0, READY 1, QUERY 2,
// RESULT 3); its own worker downloads every document up front. This one speaks the same messages,
// so the search box, results and highlighting look and behave as Material's, but it fetches only
// the dictionary (once), the shards of the terms a query needs and the document chunks it shows.
// Files (written by snowball/search.py; every text escaped):
//   search/docs/dict.txt   every term, one line per stem ("paper" or "adopt<TAB>adopted adoption")
//   search/terms/<p>.json  {term: [posting, ...]}: (gap from the last document) * 4 + field code - 1
//   search/docs/<n>.json   [[location, title, excerpt, tags, meta, body], ...]
//   search/docs/facets.json, dates.json  what results can be narrowed by; each document's date (loaded once)
// The words themselves (folding, pairs, stems, typos, ranking, snippets) are in snowball-search-core.js.
// Every match is returned, so Material's count is the true one; only the first TOP are filled in here,
// the rest are placeholders that snowball-search-page.js fills as Material shows them (on scroll).
"use strict";

importScripts("snowball-search-core.js");
var S = self.SnowballSearch;
var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var TOP = 10;                      // Material shows ten results at first
var meta = null;                   // config.snowball from search_index.json (search/docs/meta.json)
var shardNames = null;             // Set of existing shard names
var stemmers = [];                 // the Snowball stemmers of the hub's language and its stories' (meta.langs) whose files are there
var cache = new Map();             // url -> Promise of parsed JSON or text
var base = new URL("../../search/", self.location.href);

function fetchFile(path, asText) {
  if (!cache.has(path)) {
    cache.set(path, fetch(new URL(path, base)).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return asText ? r.text() : r.json();
    }).catch(function (e) { cache.delete(path); throw e; }));
  }
  return cache.get(path);
}

var dictionary = null;
function loadDictionary() {
  if (!dictionary) {
    dictionary = fetchFile("docs/dict.txt", true).then(S.parseDictionary)
      .catch(function (e) { dictionary = null; throw e; });
  }
  return dictionary;
}

var facets = null;
function loadFacets() {
  if (!meta.facets) { return Promise.resolve(S.prepareFacets({})); }
  if (!facets) {
    facets = fetchFile("docs/facets.json").then(S.prepareFacets).catch(function (e) { facets = null; throw e; });
  }
  return facets;
}

var dates = null;
function loadDates() {
  if (!meta.facets) { return Promise.resolve(null); }  // an index from before dates were written
  if (!dates) { dates = fetchFile("docs/dates.json").catch(function () { dates = null; return null; }); }
  return dates;
}

var decoded = new Map();            // term -> its postings as arrays (decodeArrays), kept while typing

/** A lookup of the terms' postings, decoded once: the shards they are in are fetched (and kept, so the
 *  next keystroke of the same word fetches and decodes nothing new). */
function postingsFor(terms) {
  var names = new Map();
  terms.forEach(function (t) { var n = S.shardFor(t, shardNames); if (n) { names.set(t, n); } });
  var list = Array.from(new Set(names.values()));
  return Promise.all(list.map(function (n) { return fetchFile("terms/" + n + ".json"); })).then(function (loaded) {
    var byName = new Map();
    list.forEach(function (n, i) { byName.set(n, loaded[i]); });
    return function (t) {
      if (!decoded.has(t)) {
        var shard = byName.get(names.get(t));
        var raw = shard && Object.prototype.hasOwnProperty.call(shard, t) ? shard[t] : null;
        if (!raw) { return null; }
        decoded.set(t, S.decodeArrays(raw));
      }
      return decoded.get(t);
    };
  });
}

function resultText(row, snippetHtml, matches, cjk) {
  var out = snippetHtml ? "<p>" + snippetHtml + "</p>" : "";
  if (row[4]) { out += '<p class="sb-search-meta">' + S.highlight(row[4], matches, cjk) + "</p>"; }
  return out;
}

/** A result filled in from its chunk row: title and snippet with the matched words marked. */
function item(row, terms, words, score) {
  var matches = S.matcher(terms, words), cjk = terms.filter(S.isCjk);
  var snip = S.highlight(S.snippet(row[2], row[5], matches, cjk), matches, cjk);
  var out = { location: row[0], title: S.highlight(row[1], matches, cjk), text: resultText(row, snip, matches, cjk), score: score, terms: {} };
  words.forEach(function (w) { out.terms[w] = true; });
  if (row[3] && row[3].length) { out.tags = row[3]; }
  return out;
}

var esc = function (s) { return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;"); };

/** Results not yet filled in: the page script fills each from its chunk when Material shows it. Many
 *  thousands may match, so each is one small object: the words' attribute and the `terms` object are
 *  made once, the terms attribute once per set of query words a document matches. */
function placeholders(docs, from, expanded, perWord, words, terms, score) {
  var byWords = new Map(), wordsAt = '" data-sb-words="' + esc(words.join(" ")) + '">…</span>';
  var out = new Array(docs.length - from);
  for (var r = from; r < docs.length; r++) {
    var doc = docs[r], key = "";
    for (var i = 0; i < perWord.length; i++) { key += perWord[i][doc] ? "1" : "0"; }
    if (!byWords.has(key)) {
      var mine = [];
      expanded.forEach(function (m, i) { if (key.charAt(i) === "1") { m.forEach(function (_, t) { mine.push(t); }); } });
      byWords.set(key, ' data-sb-terms="' + esc(mine.slice(0, 40).join(" ")) + wordsAt);
    }
    out[r - from] = [{
      location: "./?sb-doc=" + doc, score: score(r), terms: terms, text: "",
      title: '<span class="sb-search-pending" data-sb-doc="' + doc + '" data-sb-chunk="' + Math.floor(doc / meta.chunk) +
        '" data-sb-row="' + (doc % meta.chunk) + '"' + byWords.get(key)
    }];
  }
  return out;
}

// The facets of all the results, for snowball-search-page.js: in the first result, hidden.
function facetData(counts, filters) {
  var json = JSON.stringify({ counts: counts, active: filters });
  return '<div class="sb-facet-data" hidden data-sb-facets="' +
    json.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;") + '"></div>';
}

/** The answer to a query, or null when a newer query came meanwhile (current() is false): a query typed
 *  letter by letter is asked once per key, and only the last one's answer is shown. */
function search(query, current) {
  var parsed = S.splitFilters(query, meta.facets);
  var words = S.queryWords(parsed.query, meta.stopwords);
  var filtered = Object.keys(parsed.filters).length > 0;
  if (!words.length && !filtered) { return Promise.resolve({ items: [] }); }
  return Promise.all([loadDictionary(), loadFacets(), loadDates()]).then(function (loaded) {
    if (!current()) { return null; }
    var dict = loaded[0], facetSets = loaded[1], dates = loaded[2];
    var expanded = words.map(function (w) { return S.expand(w, dict, stemmers); });
    var all = [];
    expanded.forEach(function (m) { m.forEach(function (_, t) { all.push(t); }); });
    return postingsFor(all).then(function (postingsOf) {
      if (!current()) { return null; }
      var n = meta.docs || 0;
      expanded.forEach(function (m) {  // an index that has more documents than meta.json says (the preview)
        m.forEach(function (_, t) { var p = postingsOf(t); if (p && p.docs.length) { n = Math.max(n, p.docs[p.docs.length - 1] + 1); } });
      });
      var perWord = expanded.map(function (m) { return S.matchCodes(m, postingsOf, n); });
      var ranked = S.rankCodes(words.length ? perWord : [new Uint8Array(meta.docs).fill(S.code(S.KIND.typo, 1))], dates);
      ranked = S.narrow(ranked, facetSets, parsed.filters);
      var counts = S.facetCounts(ranked, facetSets);
      var termsOf = function (doc) {  // the terms that matched in this document (for marking them)
        var out = [];
        expanded.forEach(function (m, i) {
          if (!perWord[i][doc]) { return; }
          m.forEach(function (_, t) { var p = postingsOf(t); if (p && S.hasDoc(p, doc)) { out.push(t); } });
        });
        return out;
      };
      var top = ranked.slice(0, TOP);
      var chunks = Array.from(new Set(top.map(function (d) { return Math.floor(d / meta.chunk); })));
      return Promise.all(chunks.map(function (c) { return fetchFile("docs/" + c + ".json"); })).then(function (rows) {
        if (!current()) { return null; }
        var byChunk = new Map();
        chunks.forEach(function (c, i) { byChunk.set(c, rows[i]); });
        var score = function (rank) { return 100 - rank * 1e-3; };  // Material groups equal scores: never equal
        var terms = {};
        words.forEach(function (w) { terms[w] = true; });
        var items = top.map(function (doc, rank) {
          return [item(byChunk.get(Math.floor(doc / meta.chunk))[doc % meta.chunk], termsOf(doc), words, score(rank))];
        }).concat(placeholders(ranked, top.length, expanded, perWord, words, terms, score));
        if (items.length && meta.facets) { items[0][0].text += facetData(counts, parsed.filters); }
        return { items: items };
      });
    });
  });
}

var latest = 0;
self.addEventListener("message", function (ev) {
  var msg = ev.data;
  if (msg.type === SETUP) {
    // In the preview the index may still be being written: answer with no results rather than fail.
    meta = msg.data.config.snowball || { shards: [], stopwords: [], chunk: 10 };
    shardNames = new Set(meta.shards || []);
    // One file at a time (base.js first), so a missing one costs only its language; without any, word
    // forms come from the dictionary's stems.
    (meta.stemmer || []).forEach(function (file) { try { importScripts(file); } catch (e) { /* left out */ } });
    stemmers = (meta.langs || [meta.lang]).map(function (lang) { return (self.snowballStem || {})[lang]; })
      .filter(function (stem) { return typeof stem === "function"; });
    self.postMessage({ type: READY });
  } else if (msg.type === QUERY) {
    var id = ++latest, current = function () { return id === latest; };
    setTimeout(function () {  // keys typed meanwhile are read first, so this one's work is skipped
      if (!current()) { return; }
      search(msg.data, current).then(function (result) {
        if (result && current()) { self.postMessage({ type: RESULT, data: result }); }
      }).catch(function () {
        if (current()) { self.postMessage({ type: RESULT, data: { items: [] } }); }
      });
    }, 0);
  }
});
