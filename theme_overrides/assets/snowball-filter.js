// Filter and sort ALL stories from the listing pages (stories/, stories/page/2/, ...).
//
// The pages themselves work without JavaScript: plain pages of cards with a pager. This script shows the
// (hidden) filter form, and on first use loads one compact index of every story (stories/index.json,
// built by snowball/views/listings.py: story_index) and renders the matching cards here.
// The filter lives in the address (?site=porto&year=2024&sort=title), so a filtered view can be shared;
// opening such an address restores it. Cards are built as DOM nodes with textContent, never innerHTML,
// and repeat the markup of the server's card macro (snowball/templates/_macros.html: card): change both.
(function () {
  "use strict";
  var FIELDS = ["region", "site", "practice", "stage", "tag", "champion", "year"];
  // Words come from the hub's language (snowball.js: t and tn), looked up when they are shown.
  function t(msgid, values) { return window.snowballI18n.t(msgid, values); }
  function tn(one, other, n, values) { return window.snowballI18n.tn(one, other, n, values); }
  function tp(context, msgid) { return window.snowballI18n.tp(context, msgid); }
  // Each filter as a sentence names it ("No stories match: site Porto and year 2023"): lower case in English,
  // as each language writes a noun inside a sentence (German keeps its capital: "Standort Porto").
  function fieldWords() {
    return {
      region: tp("filter", "region"), site: tp("filter", "site"), practice: tp("filter", "practice"),
      stage: tp("filter", "stage"), tag: tp("filter", "tag"), champion: tp("filter", "champion"), year: tp("filter", "year"),
    };
  }
  function sortWords(sort) {
    return sort === "oldest" ? t("oldest first") : sort === "title" ? t("by title") : t("newest first");
  }


  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function prepare(raw) {
    function positions(table) {
      var at = new Map();
      table.forEach(function (row, i) { at.set(row[0], i); });
      return at;
    }
    var rank = new Array(raw.stories.length);
    raw.t.forEach(function (storyAt, i) { rank[storyAt] = i; });
    return {
      raw: raw,
      at: {
        site: positions(raw.sites),
        practice: positions(raw.practices),
        champion: positions(raw.champions),
        tag: positions(raw.tags),
        region: new Map(raw.regions.map(function (r, i) { return [r, i]; })),
        stage: new Map(raw.stages.map(function (s, i) { return [s, i]; })),
      },
      rank: rank,
    };
  }

  function matches(data, row, want) {
    var raw = data.raw, at = data.at;
    function has(list, field) { return list.indexOf(at[field].get(want[field])) >= 0; }
    return (!want.region || raw.sites[row[4]][2] === at.region.get(want.region)) &&
      (!want.site || row[4] === at.site.get(want.site)) &&
      (!want.practice || has(row[6], "practice")) &&
      (!want.stage || row[5] === at.stage.get(want.stage)) &&
      (!want.tag || has(row[8], "tag")) &&
      (!want.champion || has(row[7], "champion")) &&
      (!want.year || row[3].slice(0, 4) === want.year);
  }

  // A date as the pages write it: the index gives the language's CLDR pattern ("d MMM y", "d. MMM y",
  // "d 'de' MMMM 'de' y") and month names (snowball.i18n.Language.date_pattern); d, M and y fields and
  // quoted text are all these patterns use.
  function formatDate(iso, raw) {
    var parts = iso.split("-"), y = parts[0], m = Number(parts[1]), d = Number(parts[2]);
    var pattern = raw.date || "d MMM y";
    return pattern.replace(/'([^']*)'|d+|M+|y+/g, function (token, quoted) {
      if (quoted !== undefined) { return quoted; }
      if (token === "''") { return "'"; }
      var c = token.charAt(0), n = token.length;
      if (c === "d") { return n > 1 && d < 10 ? "0" + d : String(d); }
      if (c === "y") { return n === 2 ? y.slice(2) : y; }
      if (n >= 4) { return (raw.months_wide || raw.months)[m - 1]; }
      if (n === 3) { return raw.months[m - 1]; }
      return n === 2 && m < 10 ? "0" + m : String(m);
    });
  }

  function card(data, row, base) {
    var raw = data.raw;
    var site = raw.sites[row[4]], stage = raw.stages[row[5]], stageName = (raw.stage_names || raw.stages)[row[5]];
    var own = row[12] ? { lang: row[12] } : {};  // a story in another language than the hub's
    var title = el("h3", Object.assign({ class: "sb-card__title" }, own), [el("a", { href: base + "stories/" + row[0] + "/" }, [row[1]])]);
    if (row[11]) { title.appendChild(document.createTextNode(" ")); title.appendChild(el("span", { class: "sb-draft-chip" }, [t("draft")])); }
    var meta = el("p", { class: "sb-card__meta" }, [
      el("time", { datetime: row[3] }, [formatDate(row[3], raw)]), " · ",
      el("a", { href: base + "sites/" + site[0] + "/" }, [site[1]]), " · ",
      el("span", { class: "sb-stage sb-stage--" + stage, title: t("Stage: %(stage)s", { stage: stageName }) }, [stageName]),
    ]);
    var children = ["\n", title, "\n", meta, "\n"];
    if (row[9] || row[10]) {
      children.push(el("p", Object.assign({ class: "sb-card__outcome" }, own), [el("strong", {}, [row[9]]), " ", el("span", {}, [row[10]])]), "\n");
    }
    children.push(el("p", Object.assign({ class: "sb-card__summary" }, own), [row[2]]), "\n");
    children.push(el("p", { class: "sb-card__people" }, [row[7].map(function (c) { return raw.champions[c][1]; }).join(", ")]), "\n");
    children.push(el("p", { class: "sb-card__chips" }, row[6].map(function (p) {
      return el("a", { class: "sb-chip sb-chip--practice", href: base + "practices/" + raw.practices[p][0] + "/" }, [raw.practices[p][1]]);
    })), "\n");
    return el("article", {
      class: "sb-card",
      "data-site": site[0],
      "data-practices": row[6].map(function (p) { return raw.practices[p][0]; }).join(" "),
      "data-tags": row[8].map(function (t) { return raw.tags[t][0]; }).join(" "),
    }, children);
  }

  function setup(form) {
    var results = document.querySelector("[data-sb-results]");
    var pages = document.querySelector("[data-sb-pages]");
    var count = document.querySelector("[data-sb-count]");
    var serverCount = count.textContent;
    var base = form.getAttribute("data-sb-base") || "";
    var clear = form.querySelector("button[type=reset]");
    var loading = null, generation = 0;

    function load() {
      if (!loading) {
        loading = fetch(form.getAttribute("data-sb-index")).then(function (r) {
          if (!r.ok) { throw new Error("the story index answered " + r.status); }
          return r.json();
        }).then(prepare);
        loading.catch(function () { loading = null; });  // a later change tries again
      }
      return loading;
    }

    function wanted() {
      var want = {};
      FIELDS.forEach(function (f) { want[f] = form.elements[f].value; });
      want.sort = form.elements.sort.value || "newest";
      return want;
    }

    function described(field) {
      var select = form.elements[field];
      return fieldWords()[field] + " " + select.options[select.selectedIndex].text;
    }

    function remember(want) {
      var params = new URLSearchParams();
      FIELDS.forEach(function (f) { if (want[f]) { params.set(f, want[f]); } });
      if (want.sort !== "newest") { params.set("sort", want.sort); }
      var query = params.toString();
      history.replaceState(null, "", (query ? "?" + query : location.pathname) + location.hash);
    }

    function showServerPages() {
      results.hidden = true;
      results.textContent = "";
      pages.hidden = false;
      count.textContent = serverCount;
    }

    function emptyMessage(active) {
      var and = t(" and ");  // Babel's extractor does not see a t() inside another t() call's values
      var box = el("div", { class: "sb-empty" }, [
        el("p", {}, [t("No stories match: %(filters)s.", { filters: active.map(described).join(and) })]),
      ]);
      var remove = el("p", {}, [active.length > 1 ? t("Remove a filter:") + " " : t("Remove the filter:") + " "]);
      active.forEach(function (field) {
        var text = described(field);
        var button = el("button", { type: "button", class: "sb-remove", "aria-label": t("Remove filter: %(filter)s", { filter: text }) }, [text + " ×"]);
        button.addEventListener("click", function () {
          form.elements[field].value = "";
          apply().then(function () { form.elements[field].focus(); });
        });
        remove.appendChild(button);
      });
      box.appendChild(remove);
      return box;
    }

    function render(data, want, active) {
      var rows = data.raw.stories;
      var found = [];
      for (var i = 0; i < rows.length; i++) { if (matches(data, rows[i], want)) { found.push(i); } }
      if (want.sort === "oldest") { found.reverse(); }
      else if (want.sort === "title") { found.sort(function (a, b) { return data.rank[a] - data.rank[b]; }); }
      results.textContent = "";
      pages.hidden = true;
      results.hidden = false;
      if (!found.length) {
        count.textContent = tn("%(num)s story matches", "%(num)s stories match", 0);
        results.appendChild(emptyMessage(active));
        return;
      }
      count.textContent = active.length
        ? tn("%(num)s story matches", "%(num)s stories match", found.length) + ", " + sortWords(want.sort)
        : tn("%(num)s story", "%(num)s stories", found.length) + ", " + sortWords(want.sort);
      var list = el("div", { class: "sb-cards" }, []);
      results.appendChild(list);
      var size = data.raw.size, shown = 0;
      var more = el("button", { type: "button", class: "md-button sb-more" }, []);
      function showMore(focus) {
        var next = found.slice(shown, shown + size);
        next.forEach(function (at, k) {
          var node = card(data, rows[at], base);
          list.appendChild(node);
          list.appendChild(document.createTextNode("\n"));
          if (focus && k === 0) { node.querySelector("a").focus(); }
        });
        shown += next.length;
        var left = found.length - shown;
        more.textContent = tn("Show %(num)s more story (%(left)s left)", "Show %(num)s more stories (%(left)s left)", Math.min(left, size), { left: left });
        more.hidden = left <= 0;
      }
      more.addEventListener("click", function () { showMore(true); });
      showMore(false);
      results.appendChild(more);
    }

    function apply() {
      var want = wanted();
      var active = FIELDS.filter(function (f) { return want[f]; });
      remember(want);
      // "Clear filters" only while there is something to clear. If it had the focus, the focus moves to the
      // first filter rather than to the top of the page.
      var wasFocused = document.activeElement === clear;
      clear.hidden = !active.length && want.sort === "newest";
      if (clear.hidden && wasFocused) { form.elements[FIELDS[0]].focus(); }
      var mine = ++generation;
      if (!active.length && want.sort === "newest") {
        showServerPages();
        return Promise.resolve();
      }
      if (!results.childNodes.length) { count.textContent = t("Loading the stories…"); }
      return load().then(function (data) {
        if (mine === generation) { render(data, want, active); }
      }, function (err) {
        if (mine === generation) {
          showServerPages();
          count.textContent = t("Filters are unavailable (%(reason)s). The pages below list every story.", { reason: err.message });
        }
      });
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    var initial = new URLSearchParams(location.search), restored = false;
    FIELDS.concat(["sort"]).forEach(function (name) {
      var value = initial.get(name), select = form.elements[name];
      if (value && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
        restored = true;
      }
    });
    if (restored) { apply(); } else { clear.hidden = true; }
  }

  // The choices (every site, champion, tag...) come from one small file the browser caches, not from each
  // page: the form appears once it can be used, and stays hidden (pages still work) if the file is missing.
  function fill(form, choices) {
    choices.forEach(function (field) {
      var select = form.elements[field[0]];
      if (!select) { return; }
      field[1].forEach(function (option) { select.appendChild(el("option", { value: option[0] }, [option[1]])); });
    });
  }

  function init() {
    var form = document.querySelector("form[data-sb-filters]");
    if (!form) { return; }
    fetch(form.getAttribute("data-sb-choices")).then(function (r) {
      if (!r.ok) { throw new Error("the filter choices answered " + r.status); }
      return r.json();
    }).then(function (choices) {
      fill(form, choices);
      setup(form);
      form.hidden = false;
      form.dispatchEvent(new CustomEvent("sb-filters-ready", { bubbles: true }));
    }).catch(function () { /* no filters: the numbered pages below list every story */ });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
