// Snowball's search worker for Material for MkDocs.
//
// Material's page script talks to a search worker with four messages (SETUP 0, READY 1, QUERY 2,
// RESULT 3); its own worker downloads every document up front. This one speaks the same messages,
// so the search box, results and highlighting look and behave as Material's, but it fetches only
// the shard of terms each query word starts with and the few document chunks it shows.
// Files: search/terms/<prefix>.json {term: [doc, score, doc, score, ...]},
//        search/docs/<n>.json [[location, title, excerpt, tags, meta], ...]  (written by snowball/search.py;
//        every text escaped). The excerpt and the meta (site, champions) go in paragraphs of their own,
//        so the excerpt's last sentence never runs into a site's or a champion's name.
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var meta = null;                   // config.snowball from search_index.json
var shardNames = null;             // Set of existing shard names
var cache = new Map();             // url -> Promise of parsed JSON
var base = new URL("../../search/", self.location.href);

function fetchJson(path) {
  if (!cache.has(path)) {
    cache.set(path, fetch(new URL(path, base)).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return r.json();
    }).catch(function (e) { cache.delete(path); throw e; }));
  }
  return cache.get(path);
}

function normalise(s) {
  return s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
}

function shardName(term) {
  var out = "";
  Array.from(term).slice(0, meta.prefix).forEach(function (ch) {
    out += /[a-z0-9]/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16);
  });
  return out;
}

function words(query) {
  var all = (normalise(query).match(/[\p{L}\p{N}_]+/gu) || []).filter(function (w) { return w.length > 1; });
  var stop = new Set(meta.stopwords);
  var kept = all.filter(function (w) { return !stop.has(w); });
  return kept.length ? kept : all;
}

// doc -> best score among the shard's terms that match the word (prefix match; exact counts double)
function matchWord(word) {
  var name = shardName(word);
  if (!shardNames.has(name)) { return Promise.resolve(new Map()); }
  return fetchJson("terms/" + name + ".json").then(function (shard) {
    var scores = new Map();
    Object.keys(shard).forEach(function (term) {
      if (term.lastIndexOf(word, 0) !== 0) { return; }
      if (word.length < meta.prefix && term !== word) { return; }  // short words: exact only
      var boost = term === word ? 2 : 1, list = shard[term];
      for (var i = 0; i < list.length; i += 2) {
        var s = list[i + 1] * boost;
        if (!(scores.get(list[i]) >= s)) { scores.set(list[i], s); }
      }
    });
    return scores;
  });
}

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

function highlight(html, ws) {
  if (!ws.length) { return html; }
  var re = new RegExp("(^|[^\\p{L}\\p{N}&#])(" + ws.map(escapeRe).join("|") + ")([\\p{L}\\p{N}]*)", "giu");
  return html.replace(re, "$1<mark data-md-highlight>$2$3</mark>");
}

// Material's result inserts `text` as HTML after the title: the excerpt, then who and where.
function resultText(row, ws) {
  var out = row[2] ? "<p>" + highlight(row[2], ws) + "</p>" : "";
  if (row[4]) { out += '<p class="sb-search-meta">' + highlight(row[4], ws) + "</p>"; }
  return out;
}

function search(query) {
  var ws = words(query);
  if (!ws.length) { return Promise.resolve({ items: [] }); }
  return Promise.all(ws.map(matchWord)).then(function (perWord) {
    var total = new Map(), hits = new Map();
    perWord.forEach(function (scores) {
      scores.forEach(function (s, doc) {
        total.set(doc, (total.get(doc) || 0) + s);
        hits.set(doc, (hits.get(doc) || 0) + 1);
      });
    });
    var ranked = Array.from(total.keys()).sort(function (a, b) {
      return (hits.get(b) - hits.get(a)) || (total.get(b) - total.get(a)) || (a - b);
    }).slice(0, 50);
    var chunks = Array.from(new Set(ranked.map(function (d) { return Math.floor(d / meta.chunk); })));
    return Promise.all(chunks.map(function (c) { return fetchJson("docs/" + c + ".json"); })).then(function (loaded) {
      var byChunk = new Map();
      chunks.forEach(function (c, i) { byChunk.set(c, loaded[i]); });
      var top = total.get(ranked[0]) || 1;
      return {
        items: ranked.map(function (doc, rank) {
          var row = byChunk.get(Math.floor(doc / meta.chunk))[doc % meta.chunk];
          var terms = {};
          ws.forEach(function (w, i) { terms[w] = perWord[i].has(doc); });
          var item = {
            location: row[0], title: highlight(row[1], ws), text: resultText(row, ws),
            score: total.get(doc) / top * 100 - rank * 1e-3, terms: terms
          };
          if (row[3] && row[3].length) { item.tags = row[3]; }
          return [item];
        })
      };
    });
  });
}

var latest = 0;
self.addEventListener("message", function (ev) {
  var msg = ev.data;
  if (msg.type === SETUP) {
    // In the preview the index may still be being written: answer with no results rather than fail.
    meta = msg.data.config.snowball || { shards: [], stopwords: [], prefix: 3, chunk: 50 };
    shardNames = new Set(meta.shards);
    self.postMessage({ type: READY });
  } else if (msg.type === QUERY) {
    var id = ++latest;
    search(msg.data).then(function (result) {
      if (id === latest) { self.postMessage({ type: RESULT, data: result }); }
    }).catch(function () {
      if (id === latest) { self.postMessage({ type: RESULT, data: { items: [] } }); }
    });
  }
});
