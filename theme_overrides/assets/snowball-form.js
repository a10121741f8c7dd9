/* The story form on "Share your story": checks what a champion types with the validator's own rules and
 * messages (the JSON in #sb-form-data comes from snowball/formdata.py at build time), writes index.md in
 * exactly the format `snowball new` writes (snowball/scaffold.py render_story), and hands it over: open the
 * forge's web editor with the file filled in, download it, or copy it. Nothing leaves the page otherwise.
 * Without JavaScript the form stays hidden and the page says so, linking the written guide (contribute/guide/).
 * The page's size does not grow with the hub: the site, champion, practice and tag pickers fill their lists
 * from contribute/choices.json (formdata.form_choices) when a champion first reaches one, and the
 * inspired_by search reads the listing's stories/index.json (views/listings.py: story_index) when first
 * typed in. Both are files of this site: no request leaves it. */
(function () {
  "use strict";

  // ---- the story file, as snowball new writes it -------------------------------------------------------------

  var invisible = null; // the validator's class of invisible and control characters (set from the form data)
  var translit = {}; // letters NFKD cannot make ASCII (ß, ø, Greek, Cyrillic): snowball/slugs.py browser_table
  var defaultStage = ""; // the stage a story gets when none is chosen (contract.DEFAULT_STAGE, from the form data)
  var labels = {}; // the form's words in the hub's language: English text -> translation (empty in English)

  /* The form's words in the hub's language: t("%(n)s things to fix:", {n: 3}). The English text is the key;
   * translations come from the page's #sb-labels (the site's words) and the form data's labels (the gate's,
   * snowball/formdata.py FORM_LABELS); a text without one stays English. */
  function t(text, values) {
    var s = Object.prototype.hasOwnProperty.call(labels, text) ? labels[text] : text;
    return !values ? s : s.replace(/%\((\w+)\)s/g, function (m, key) { return key in values ? String(values[key]) : m; });
  }

  function quote(text) {
    // A JSON string is a valid double-quoted YAML string (as json.dumps); invisible characters are written
    // as visible escapes, as snowball/scaffold.py does.
    var json = JSON.stringify(String(text));
    if (!invisible) return json;
    return json.replace(invisible, function (c) {
      var cp = c.codePointAt(0);
      var hex = cp.toString(16);
      return cp < 0x10000 ? "\\u" + ("0000" + hex).slice(-4) : "\\U" + ("00000000" + hex).slice(-8);
    });
  }

  function composeBody(sections, bodySections) {
    // [heading, prompt, optional]: an optional section left empty is left out once anything is written
    var texts = bodySections.map(function (pair, i) { return String(sections[i] || "").replace(/\r\n?/g, "\n").trim(); });
    var written = texts.some(function (t) { return t; });
    return bodySections
      .filter(function (pair, i) { return !(pair[2] && written && !texts[i]); })
      .map(function (pair) {
        var text = texts[bodySections.indexOf(pair)];
        return "## " + pair[0] + "\n\n" + (text || pair[1]) + "\n";
      })
      .join("\n");
  }

  function render(v, bodySections) {
    var lines = ["---", "title: " + quote(v.title), "summary: " + quote(v.summary), "date: " + v.date, "site: " + v.site];
    ["champions", "practices", "tags"].forEach(function (key) {
      var items = v[key] || [];
      if (items.length || key !== "tags") lines.push(key + ": [" + items.join(", ") + "]");
    });
    lines.push("stage: " + (v.stage || defaultStage));
    var outcomes = (v.outcomes || []).filter(function (o) {
      return Object.keys(o).some(function (k) { return Boolean(o[k]); });
    });
    if (outcomes.length) {
      lines.push("outcomes:");
      outcomes.forEach(function (o) {
        ["label", "value", "before", "after", "unit"]
          .filter(function (k) { return o[k]; })
          .forEach(function (k, j) { lines.push((j === 0 ? "  - " : "    ") + k + ": " + quote(o[k])); });
      });
    } else {
      lines.push('# outcomes:\n#   - label: "Paper used per month"\n#     value: "-38 %"');
    }
    var inspired = v.inspired_by || [];
    lines.push(inspired.length ? "inspired_by: [" + inspired.join(", ") + "]" : "# inspired_by: [slug-of-an-earlier-story]");
    if (v.image) lines.push("image: " + quote(v.image));
    if (v.image_alt) lines.push("image_alt: " + quote(v.image_alt));
    if (v.draft) lines.push("draft: true");
    lines.push("---");
    return lines.join("\n") + "\n\n" + (v.body ? v.body : composeBody([], bodySections));
  }

  /* The folder name for a title, as snowball/slugs.py story_slug makes it for Latin, Greek and Cyrillic
   * letters (the translit table is anyascii's); other scripts give "" and the champion types a name. */
  function slugify(title, table) {
    table = table || translit;
    var ascii = Array.from(String(title).normalize("NFKC")).map(function (c) {
      return Object.prototype.hasOwnProperty.call(table, c) ? table[c] : c;
    }).join("").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x00-\x7f]/g, " "); // ’ separates words
    var slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (slug.length > 60) slug = slug.slice(0, 60).indexOf("-") !== -1 ? slug.slice(0, 60).replace(/-[^-]*$/, "") : slug.slice(0, 60);
    return slug.replace(/^-+|-+$/g, "");
  }

  /* The forge's "new file" page (snowball/formdata.py FORGE_PAGES: the address with the repository and branch
   * in place) with the story's path and text filled in. */
  function forgeUrl(template, path, content) {
    return template.replace(/\{(path|content)\}/g, function (m, key) {
      return encodeURIComponent(key === "path" ? path : content);
    });
  }

  // ---- the validator's rules -------------------------------------------------------------------------------

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? String(values[key]) : m; });
  }

  function todayIso() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  /* known(): slug -> date of the hub's stories once the story index is loaded (the inspired_by search
   * loads it), else null: the checks that need it wait for it rather than guess. */
  function makeChecker(D, known) {
    var re = {
      slug: new RegExp(D.patterns.slug),
      date: new RegExp(D.patterns.date),
      markup: new RegExp(D.patterns.markup, "u"),
      control: new RegExp(D.patterns.control, "u"),
    };
    var byName = {};
    D.fields.forEach(function (f) { byName[f.name] = f; });
    // Fields render_story writes even when empty; the others are left out, so the validator says "missing".
    var alwaysWritten = { title: 1, summary: 1, date: 1, site: 1, champions: 1, practices: 1 };

    function problem(out, field, key, values, control) {
      out.push({
        field: field,
        control: control || field,
        message: fill(D.messages[key], values),
        hint: D.hints[key] ? fill(D.hints[key], values) : "",
      });
    }

    function text(out, spec, name, value, control) {
      // The order of snowball/fields.py: empty, control characters, length, markup.
      if (!value) return;
      if (value.trim().indexOf("\n") !== -1) return problem(out, name, "line_break", { name: name }, control);
      var chars = Array.from(value), bad = [];
      chars.forEach(function (c, i) {
        var info = D.characters.chars[c.codePointAt(0).toString(16)];
        if (info) bad.push([i, info]);
      });
      if (bad.length) {
        var kind = D.characters.kinds[bad[0][1][0]];
        return problem(out, name, "control", {
          name: name, kind: kind[0], why: kind[1], char: bad[0][1][1], at: bad[0][0] + 1,
          more: bad.length > 1 ? " (and " + (bad.length - 1) + " more)" : "",
        }, control);
      }
      var n = Array.from(value).length;
      if (spec.max_len && n > spec.max_len) return problem(out, name, "too_long", { name: name, n: n, max: spec.max_len }, control);
      var m = re.markup.exec(value);
      if (m) return problem(out, name, "markup", { name: name, found: m[0] }, control);
    }

    function date(out, value, today) {
      if (!value) return problem(out, "date", "empty", { name: "date" });
      if (!re.date.test(value)) return problem(out, "date", "date_form", { name: "date", text: value });
      var y = +value.slice(0, 4), mo = +value.slice(5, 7), d = +value.slice(8, 10);
      var why = null;
      if (y < 1) why = "year " + y + " is out of range";
      else if (mo < 1 || mo > 12) why = "month must be in 1..12";
      else if (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) why = "day is out of range for month";
      if (why) return problem(out, "date", "date_real", { text: value, why: why });
      if (value > today) problem(out, "date", "future", { text: value, today: today });
    }

    return function check(v, today) {
      var out = [];
      today = today || todayIso();
      D.fields.forEach(function (spec) {
        var name = spec.name, value = v[name];
        var empty = value === undefined || value === null || value === "" || value === false || (Array.isArray(value) && !value.length);
        if (name === "date") return date(out, value, today);
        if (name === "outcomes") {
          var rows = (value || []).filter(function (o) { return Object.keys(o).some(function (k) { return o[k]; }); });
          var needed = spec.required && !(v.stage === D.idea && D.not_required_for_ideas.indexOf(name) !== -1);
          if (needed && !rows.length) problem(out, name, "missing", { name: name });
          rows.forEach(function (o, i) {
            D.outcome_fields.forEach(function (sub) {
              var full = "outcomes[" + (i + 1) + "]." + sub.name;
              var control = "outcomes-" + o._row + "-" + sub.name;
              if (sub.required && !o[sub.name]) problem(out, full, "missing", { name: full }, control);
              else text(out, sub, full, o[sub.name], control);
            });
          });
          return;
        }
        if (empty) {
          if (name === "image_alt" && v.image) return problem(out, name, "image_alt", {});
          if (!spec.required) return;
          if (!alwaysWritten[name]) return problem(out, name, "missing", { name: name });
          return problem(out, name, spec.kind === "ids" ? "needs_one" : "empty", { name: name });
        }
        if (spec.kind === "text") return text(out, spec, name, value);
        if (name === "image") {
          if (/[\/\\]/.test(value)) return problem(out, name, "image_place", { text: value });
          var dot = value.lastIndexOf(".");
          if (dot < 1 || D.image_extensions.indexOf(value.slice(dot).toLowerCase()) === -1) problem(out, name, "image_type", { text: value });
          return;
        }
        if (spec.kind === "slugs") {
          var seen = Object.create(null), dates = known();
          var dated = re.date.test(v.date || "");
          value.forEach(function (ref) {
            if (!re.slug.test(ref)) problem(out, name, "invalid_id", { text: ref });
            else if (seen[ref]) problem(out, name, "duplicate", { text: ref, name: name });
            // The index lists published stories only: a draft may name another draft, so it is not checked.
            else if (dates && !v.draft && !(ref in dates)) problem(out, name, "unknown_story", { text: ref });
            else if (dates && dated && dates[ref] && dates[ref] > v.date) {
              problem(out, name, "lineage_date", { text: ref, other: dates[ref], date: v.date });
            }
            seen[ref] = 1;
          });
        }
      });
      var taken = known();
      if (!re.slug.test(v.slug || "")) problem(out, "slug", "slug", { text: v.slug || "" });
      else if (taken && v.slug in taken) problem(out, "slug", "slug_taken", { text: v.slug });
      return out;
    };
  }

  // ---- the page --------------------------------------------------------------------------------------------

  var form = document.getElementById("sb-story-form");
  var dataEl = document.getElementById("sb-form-data");
  var api = { render: render, composeBody: composeBody, slugify: slugify, forgeUrl: forgeUrl };
  window.snowballForm = api;
  if (!form || !dataEl) return;
  var D = JSON.parse(dataEl.textContent);
  var siteLabels = document.getElementById("sb-labels");
  if (siteLabels) { try { labels = JSON.parse(siteLabels.textContent) || {}; } catch (e) { labels = {}; } }
  Object.keys(D.labels || {}).forEach(function (k) { labels[k] = D.labels[k]; });
  translit = D.translit || {};
  defaultStage = D.default_stage;
  invisible = new RegExp(D.patterns.control, "gu");
  var storyIndex = null; // the inspired_by search's stories, once loaded: {rows, dates, months}
  var check = makeChecker(D, function () { return storyIndex && storyIndex.dates; });
  api.data = D;
  api.check = check;
  var $ = function (id) { return document.getElementById(id); };
  var output = $("sb-output"), status = $("sb-form-status"), summary = $("sb-form-problems");
  var forgeLink = $("sb-open-forge"), forgeHelp = $("sb-forge-help"), slugBox = $("sb-f-slug");
  var touched = {}, showAll = false, slugEdited = false, rowCounter = 0;
  var refused = false; // a button was refused: the status line then follows the count of problems until none is left
  var READY = t("Ready: nothing left to fix. Choose one of the buttons above.");
  var repo = D.forge.repo_url || "", forgePage = D.forge.page;
  var MAX_URL = 8000; // forges refuse longer addresses; longer stories are pasted instead

  function plain(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  // ---- matching with a slip allowed: "Porto Harbor" finds Porto Harbour, "papreless" finds paperless ---------
  // Exact and prefix matches rank first, then any match inside a name, then near matches: every typed word
  // is within a letter or two (by its length) of a word of the entry, or of the start of one.

  function words(text) {
    return text.split(/[\s\-(),·.]+/).filter(Boolean);
  }

  function slips(w) {
    return w.length < 4 ? 0 : w.length < 8 ? 1 : 2; // short words must be exact: "ab" is near everything
  }

  /* The optimal-string-alignment distance (a swap of two letters is one slip), or max + 1 once it must
   * exceed max: the picker only asks whether a word is near, never how far a distant one is. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      var row = [i], best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        row.push(d);
        if (d < best) best = d;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /* How well `key` (plain text of an entry: its name, id and details) matches the plain query q: 0 exact
   * (one of `exact`, the entry's name or id), 1 a name starting with q or a word starting with it, 2 q inside
   * it, 3 + the slips for a near match, -1 no match. */
  function matchRank(q, key, exact) {
    if (!q) return 0;
    if (exact.indexOf(q) !== -1) return 0;
    if (key.indexOf(q) === 0 || key.indexOf(" " + q) !== -1 || key.indexOf("-" + q) !== -1) return 1;
    if (key.indexOf(q) !== -1) return 2;
    var have = words(key), total = 0;
    var all = words(q).every(function (w) {
      var max = slips(w), best = max + 1;
      have.forEach(function (t) {
        if (best === 0) return;
        if (t.indexOf(w) !== -1) best = 0;
        else best = Math.min(best, distance(w, t, max), t.length > w.length ? distance(w, t.slice(0, w.length), max) : best);
      });
      total += best;
      return best <= max;
    });
    return all ? 3 + total : -1;
  }
  api.matchRank = function (query, key, exact) { return matchRank(plain(query), plain(key), (exact || []).map(plain)); };

  function values() {
    var get = function (name) { var el = form.elements.namedItem(name); return el ? String(el.value).trim() : ""; };
    var checked = function (name) {
      return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (el) { return el.value; });
    };
    var outcomes = Array.prototype.map.call(form.querySelectorAll("#sb-outcomes > li"), function (li) {
      var o = {};
      ["label", "value", "before", "after", "unit"].forEach(function (k) {
        o[k] = String(li.querySelector('[data-key="' + k + '"]').value).trim();
      });
      Object.defineProperty(o, "_row", { value: li.getAttribute("data-row"), enumerable: false });
      return o;
    });
    var sections = D.body_sections.map(function (pair, i) { return form.elements.namedItem("body-" + (i + 1)).value; });
    return {
      title: get("title"),
      summary: get("summary"),
      date: get("date"),
      site: checked("site")[0] || "",
      champions: checked("champions"),
      practices: checked("practices"),
      tags: checked("tags"),
      stage: get("stage") || defaultStage,
      outcomes: outcomes,
      inspired_by: get("inspired_by").split(",").map(function (s) { return s.trim(); }).filter(Boolean),
      image: get("image"),
      image_alt: get("image_alt"),
      draft: form.elements.namedItem("draft").checked,
      body: composeBody(sections, D.body_sections),
      slug: get("slug"),
    };
  }
  api.values = values;

  function controlFor(p) {
    if (p.control.indexOf("outcomes-") === 0) {
      var parts = p.control.split("-");
      return form.querySelector('#sb-outcomes > li[data-row="' + parts[1] + '"] [data-key="' + parts[2] + '"]');
    }
    return $("sb-f-" + p.control) || form.querySelector('input[name="' + p.control + '"]');
  }

  function slotFor(p) {
    if (p.control.indexOf("outcomes-") === 0) {
      var li = form.querySelector('#sb-outcomes > li[data-row="' + p.control.split("-")[1] + '"]');
      return li && li.querySelector(".sb-form__error");
    }
    return $("sb-e-" + p.control);
  }

  function isTouched(p) {
    return showAll || touched[p.control] || touched[p.field];
  }

  function update() {
    var v = values();
    var problems = check(v);
    var text = render(v, D.body_sections);
    output.value = text;
    var path = "stories/" + (v.slug || "…") + "/index.md";
    $("sb-path").textContent = path;
    // Field messages: each slot shows the first problem of its control once the champion has been there.
    Array.prototype.forEach.call(form.querySelectorAll(".sb-form__error"), function (slot) { slot.hidden = true; slot.textContent = ""; });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (el) { el.removeAttribute("aria-invalid"); });
    var shown = problems.filter(isTouched);
    shown.forEach(function (p) {
      var slot = slotFor(p);
      if (slot && slot.hidden) {
        slot.textContent = p.message + (p.hint ? " (" + p.hint + ")" : "");
        slot.hidden = false;
      }
      var el = controlFor(p);
      if (el && el.type !== "radio" && el.type !== "checkbox") el.setAttribute("aria-invalid", "true");
    });
    summary.textContent = "";
    if (shown.length) {
      var head = document.createElement("p");
      head.textContent = shown.length === 1 ? t("1 thing to fix:") : t("%(n)s things to fix:", { n: shown.length });
      var list = document.createElement("ul");
      shown.forEach(function (p) {
        var li = document.createElement("li");
        var el = controlFor(p);
        var a = document.createElement("a");
        a.href = "#" + (el && el.id ? el.id : "sb-story-form");
        a.textContent = p.message;
        li.appendChild(a);
        list.appendChild(li);
      });
      summary.appendChild(head);
      summary.appendChild(list);
    }
    // The forge link always carries the current text; it refuses (and explains) while problems remain.
    var url = forgePage ? forgeUrl(forgePage.url, path, text) : null;
    var tooLong = url && url.length > MAX_URL;
    if (tooLong) url = forgeUrl(forgePage.url, path, "");
    forgeLink.hidden = !url;
    if (url) {
      forgeLink.href = url;
      forgeLink.textContent = forgePage.names ? t("Open in %(forge)s’s web editor", { forge: forgePage.name }) : t("Open the repository in %(forge)s", { forge: forgePage.name });
      forgeLink.setAttribute("aria-disabled", problems.length ? "true" : "false");
    }
    forgeHelp.textContent = "";
    if (url && forgePage.fills && !tooLong) {
      forgeHelp.textContent = t("The editor opens with the file %(path)s filled in: save it on a new branch and open the pull request.", { path: path });
    } else if (url && forgePage.names) {
      forgeHelp.textContent = tooLong
        ? t("The editor opens with the file %(path)s named; your story is too long to pass in the address, so choose Copy to clipboard and paste the text there, then save it on a new branch and open the pull request.", { path: path })
        : t("The editor opens with the file %(path)s named: choose Copy to clipboard and paste the text there, then save it on a new branch and open the pull request.", { path: path });
    } else if (url) {
      forgeHelp.textContent = t("The repository opens on the branch %(branch)s: create a new file there named %(path)s, paste the text (Copy to clipboard), save it on a new branch and open the pull request.", { branch: D.forge.branch, path: path });
    } else if (/^https?:\/\//.test(repo)) {
      // The repository as a link, not a long address in the text (which cannot wrap on a phone without breaking words).
      var repoLink = document.createElement("a");
      repoLink.href = repo;
      repoLink.textContent = t("the hub’s repository");
      var around = t("Choose Download index.md, open %(repository)s in your browser, choose Add file and upload it as %(path)s (or create that file and paste the text: Copy to clipboard). If you cannot, send the file to the hub’s editors.", { path: path }).split("%(repository)s");
      forgeHelp.append(around[0], repoLink, around.slice(1).join(""));
    } else {
      forgeHelp.textContent = t("Choose Download index.md and add it to the hub’s repository as %(path)s, or send it to the hub’s editors.", { path: path });
    }
    // Once a button was refused, the status line counts down as problems are fixed (changed only when its
    // words change, so a screen reader hears each new count once, not every keystroke).
    var said = problems.length ? toFix(problems) : READY;
    if (refused && status.textContent !== said) status.textContent = said;
    return problems;
  }
  api.update = update;

  function toFix(problems) {
    return problems.length === 1 ? t("1 thing to fix first: see the list at the top of the form.") : t("%(n)s things to fix first: see the list at the top of the form.", { n: problems.length });
  }

  function refuse(problems) {
    showAll = true;
    refused = true; // from now on the status line follows the fixes (update), down to READY
    update();
    status.textContent = toFix(problems); // said again on every refusal, even if the count has not changed
    var first = controlFor(problems[0]);
    if (first) first.focus();
  }

  // ---- pickers: type to filter, Enter picks the first match ---------------------------------------------------
  // The lists arrive empty and are filled from the choices file when a champion first reaches a picker.

  var choicesLoading = null;

  function loadChoices() {
    if (!choicesLoading) {
      notePickers(t("Loading the list…"));
      choicesLoading = fetch(D.urls.choices).then(function (r) {
        if (!r.ok) throw new Error("the list of choices answered " + r.status);
        return r.json();
      }).then(fillPickers);
      choicesLoading.catch(function (err) {
        choicesLoading = null; // the next visit to a picker tries again
        notePickers(t("The list could not be loaded (%(why)s). Choose the filter box again to retry.", { why: err.message }));
      });
    }
    return choicesLoading;
  }

  function notePickers(text) {
    Array.prototype.forEach.call(form.querySelectorAll(".sb-picker .sb-picker__note"), function (note) { note.textContent = text; });
  }

  function choiceItem(name, kind, row, order) {
    // row: [id, name, detail]; detail is a site's region, a champion's home site or a tag's older spellings
    var detail = Array.isArray(row[2]) ? "" : row[2];
    var li = document.createElement("li");
    li.setAttribute("data-filter", plain([row[1], row[0], detail].concat(Array.isArray(row[2]) ? row[2] : []).join(" ")));
    li.setAttribute("data-name", plain(row[1]));
    li.setAttribute("data-order", String(order));
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = kind;
    input.name = name;
    input.value = row[0];
    var text = document.createElement("span");
    var shown = document.createElement("span");
    shown.className = "sb-picker__name";
    shown.textContent = row[1];
    text.append(shown, detail ? " (" + detail + ")" : "");
    label.append(input, " ", text);
    li.appendChild(label);
    return li;
  }

  function fillPickers(choices) {
    Array.prototype.forEach.call(form.querySelectorAll(".sb-picker"), function (set) {
      var name = set.getAttribute("data-field"), list = $("sb-l-" + name);
      if (list.getAttribute("data-filled")) return;
      var items = document.createDocumentFragment();
      (choices[name] || []).forEach(function (row, i) { items.appendChild(choiceItem(name, set.getAttribute("data-kind"), row, i)); });
      list.appendChild(items);
      list.setAttribute("data-filled", "true");
      list.removeAttribute("aria-busy");
      set.querySelector(".sb-picker__note").textContent = "";
      filterPicker($("sb-q-" + name));
    });
    return choices;
  }

  function rankOf(li, q) {
    return matchRank(q, li.getAttribute("data-filter"), [li.getAttribute("data-name"), li.querySelector("input").value]);
  }

  /* The entries that match q, best first (exact, prefix, inside, near); near matches only when nothing
   * matches without a slip, so a slip never crowds out what the champion typed right. */
  function pickerMatches(list, q) {
    var ranked = Array.prototype.map.call(list.children, function (li) { return { li: li, rank: rankOf(li, q) }; })
      .filter(function (m) { return m.rank >= 0; });
    var exact = ranked.filter(function (m) { return m.rank <= 3; }); // 3: every word found, in any order
    var found = exact.length ? exact : ranked;
    found.sort(function (a, b) { return a.rank - b.rank || a.li.getAttribute("data-order") - b.li.getAttribute("data-order"); });
    return { items: found.map(function (m) { return m.li; }), near: !exact.length && found.length > 0 };
  }

  function filterPicker(box) {
    var name = box.getAttribute("data-filter-for"), list = $("sb-l-" + name);
    var none = list.parentNode.querySelector(".sb-picker__none"), note = $("sb-n-" + name);
    var q = plain(box.value);
    var found = pickerMatches(list, q), order = found.items.slice();
    // The matches first in the list's own order of rank, then what stays in view because it is picked;
    // an empty box puts the list back in order of name.
    var all = Array.prototype.slice.call(list.children);
    if (!q) all.sort(function (a, b) { return a.getAttribute("data-order") - b.getAttribute("data-order"); });
    else order = order.concat(all.filter(function (li) { return order.indexOf(li) === -1; }));
    (q ? order : all).forEach(function (li) {
      li.hidden = Boolean(q) && found.items.indexOf(li) === -1 && !li.querySelector("input").checked;
      list.appendChild(li);
    });
    var shown = found.items.length;
    none.hidden = shown > 0 || !q || !list.getAttribute("data-filled");
    if (!list.getAttribute("data-filled")) return;
    var said = "";
    if (found.near) {
      var names = found.items.slice(0, 3).map(function (li) { return li.querySelector(".sb-picker__name").textContent; });
      said = t("Nothing is called “%(typed)s”. Did you mean %(names)s?", { typed: box.value.trim(), names: names.join(t(" or ")) }) + " " +
        (shown === 1 ? t("Press Enter to pick it, or choose it in the list.") : t("Press Enter to pick the first, or choose one in the list."));
    }
    if (note.textContent !== said) note.textContent = said;
  }

  Array.prototype.forEach.call(form.querySelectorAll(".sb-picker"), function (set) {
    set.addEventListener("focusin", loadChoices);
    set.addEventListener("pointerdown", loadChoices);
  });

  Array.prototype.forEach.call(form.querySelectorAll(".sb-picker__filter"), function (box) {
    var list = $("sb-l-" + box.getAttribute("data-filter-for"));
    box.addEventListener("input", function () {
      loadChoices().then(function () { filterPicker(box); }, function () {});
    });
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      loadChoices().then(function () {
        var match = pickerMatches(list, plain(box.value)).items[0];
        if (!match) return;
        var input = match.querySelector("input");
        if (!input.checked) input.click();
        status.textContent = t("Picked %(name)s.", { name: match.textContent.trim() });
      }, function () {});
    });
  });

  // ---- inspired_by: search the earlier stories ----------------------------------------------------------------
  // A combobox (ARIA 1.2, list autocomplete): focus stays in the box, the arrow keys move through the options
  // (aria-activedescendant), Enter or a tap adds the story's folder name to the inspired_by box.

  var storyBox = $("sb-q-inspired_by"), storyList = $("sb-l-inspired_by"), storyNote = $("sb-n-inspired_by");
  var inspiredBox = $("sb-f-inspired_by");
  var MAX_OPTIONS = 12, storiesLoading = null, active = -1;

  function loadStories() {
    if (!storiesLoading) {
      storyNote.textContent = t("Loading the stories…");
      storiesLoading = fetch(D.urls.stories).then(function (r) {
        if (!r.ok) throw new Error("the story index answered " + r.status);
        return r.json();
      }).then(function (raw) {
        // Rows of stories/index.json: [slug, title, summary, date, site, stage, practices, champions, tags,
        // headline value, headline label, draft]; site is a position in raw.sites ([id, name, region]), practices
        // positions in raw.practices ([id, name]). A search matches the title or the site's name.
        var dates = Object.create(null);
        var rows = raw.stories.map(function (row, i) {
          var site = raw.sites[row[4]] || [];
          dates[row[0]] = row[3];
          return {
            slug: row[0], title: row[1], date: row[3], site: site[1] || "", siteId: site[0], draft: Boolean(row[11]), order: i,
            practices: row[6].map(function (p) { return (raw.practices[p] || [])[0]; }), key: plain(row[1] + " " + (site[1] || "")),
          };
        });
        storyIndex = { rows: rows, dates: dates, months: raw.months || [] };
        update(); // the checks that need the stories (taken folder names, unknown or later stories) now run
        return storyIndex;
      });
      storiesLoading.catch(function (err) {
        storiesLoading = null;
        storyNote.textContent = t("The stories could not be loaded (%(why)s). Type again to retry.", { why: err.message });
      });
    }
    return storiesLoading;
  }

  function formatDate(iso, months) {
    var parts = iso.split("-");
    return months.length === 12 ? Number(parts[2]) + " " + months[Number(parts[1]) - 1] + " " + parts[0] : iso;
  }

  function chosenStories() {
    return inspiredBox.value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function storyMatches(index, query) {
    var q = plain(query);
    var v = { date: form.elements.namedItem("date").value.trim(), draft: form.elements.namedItem("draft").checked, slug: slugBox.value.trim() };
    var until = new RegExp(D.patterns.date).test(v.date) ? v.date : null; // the validator allows the same day
    var chosen = chosenStories();
    var slipped = Object.create(null); // slug -> slips, for the near matches
    var eligible = index.rows.filter(function (row) {
      if (!((!until || row.date <= until) && (v.draft || !row.draft) && row.slug !== v.slug && chosen.indexOf(row.slug) === -1)) return false;
      slipped[row.slug] = matchRank(q, row.key, []);
      return slipped[row.slug] >= 0;
    });
    // Every word found as typed; only when no story has them all, the stories within a slip or two.
    var found = eligible.filter(function (row) { return slipped[row.slug] <= 3; });
    var near = !found.length && eligible.length > 0;
    if (near) found = eligible;
    // The likeliest inspiration first: stories of a practice this story names, then of its site, then the
    // rest; newest first within each (the index's own order).
    var current = values(), practices = current.practices, site = current.site;
    function rank(row) {
      if (row.practices.some(function (p) { return practices.indexOf(p) !== -1; })) return 0;
      return site && row.siteId === site ? 1 : 2;
    }
    found.sort(function (a, b) {
      return rank(a) - rank(b) || (near ? slipped[a.slug] - slipped[b.slug] : 0) || a.order - b.order;
    });
    return { rows: found, until: until, near: near };
  }

  function setActive(i) {
    var options = storyList.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = options.length ? (i + options.length) % options.length : -1;
    if (active < 0) {
      storyBox.removeAttribute("aria-activedescendant");
      return;
    }
    options[active].setAttribute("aria-selected", "true");
    storyBox.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function closeStories() {
    storyList.hidden = true;
    storyList.textContent = "";
    storyBox.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function showStories() {
    var query = storyBox.value;
    if (!query.trim()) {
      closeStories();
      storyNote.textContent = "";
      return;
    }
    loadStories().then(function (index) {
      if (storyBox.value !== query) return; // typed on while loading: the newer input shows its own matches
      var found = storyMatches(index, query);
      closeStories();
      found.rows.slice(0, MAX_OPTIONS).forEach(function (row, i) {
        var li = document.createElement("li");
        li.id = "sb-o-inspired_by-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-slug", row.slug);
        var title = document.createElement("span");
        title.className = "sb-story-picker__title";
        title.textContent = row.title;
        var meta = document.createElement("span");
        meta.className = "sb-story-picker__meta";
        meta.textContent = [row.site, formatDate(row.date, index.months), row.slug].filter(Boolean).join(" · ") + (row.draft ? " · " + t("draft") : "");
        li.append(title, " ", meta);
        storyList.appendChild(li);
      });
      var n = found.rows.length, until = found.until, typed = query.trim();
      if (!n) {
        storyNote.textContent = until
          ? t("No story dated on or before %(date)s matches “%(typed)s”: try part of a title or a site’s name.", { date: until, typed: typed })
          : t("No story matches “%(typed)s”: try part of a title or a site’s name.", { typed: typed });
        return;
      }
      storyList.hidden = false;
      storyBox.setAttribute("aria-expanded", "true");
      if (found.near) {
        storyNote.textContent = n === 1
          ? t("No story matches “%(typed)s” exactly. Did you mean this one? Use the arrow keys and Enter, or tap one.", { typed: typed })
          : t("No story matches “%(typed)s” exactly. Did you mean one of these? Use the arrow keys and Enter, or tap one.", { typed: typed });
        return;
      }
      var counted = n > MAX_OPTIONS
        ? (until ? t("The first %(max)s of %(n)s stories dated on or before %(date)s: type more to narrow them.", { max: MAX_OPTIONS, n: n, date: until })
          : t("The first %(max)s of %(n)s stories: type more to narrow them.", { max: MAX_OPTIONS, n: n }))
        : n === 1
          ? (until ? t("1 story dated on or before %(date)s matches.", { date: until }) : t("1 story matches."))
          : (until ? t("%(n)s stories dated on or before %(date)s match.", { n: n, date: until }) : t("%(n)s stories match.", { n: n }));
      storyNote.textContent = counted + " " + t("Use the arrow keys and Enter, or tap one.");
    }, function () {});
  }

  function chooseStory(li) {
    var slug = li.getAttribute("data-slug"), chosen = chosenStories();
    if (chosen.indexOf(slug) === -1) chosen.push(slug);
    inspiredBox.value = chosen.join(", ");
    touched.inspired_by = true;
    storyBox.value = "";
    closeStories();
    update();
    storyNote.textContent = t("Added “%(title)s” (%(slug)s) to Stories that inspired yours.", { title: li.querySelector(".sb-story-picker__title").textContent, slug: slug });
  }

  storyBox.addEventListener("input", showStories);
  storyBox.addEventListener("keydown", function (event) {
    var open = !storyList.hidden;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return showStories();
      setActive(active + (event.key === "ArrowDown" ? 1 : active < 0 ? 0 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (open) chooseStory(storyList.children[Math.max(active, 0)]);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        closeStories();
      } else storyBox.value = "";
    }
  });
  storyList.addEventListener("mousedown", function (event) { event.preventDefault(); }); // keep the focus in the box
  storyList.addEventListener("click", function (event) {
    var li = event.target.closest("[role=option]");
    if (li) chooseStory(li);
  });
  storyBox.addEventListener("blur", closeStories);

  // ---- the outcomes repeater ---------------------------------------------------------------------------------

  var outcomesList = $("sb-outcomes");
  var LABELS = { label: t("What was measured"), value: t("Result"), before: t("Before"), after: t("After"), unit: t("Unit") };

  function renumber() {
    Array.prototype.forEach.call(outcomesList.children, function (li, i) {
      li.querySelector("legend").textContent = t("Outcome %(n)s", { n: i + 1 });
      li.querySelector("button").textContent = t("Remove outcome %(n)s", { n: i + 1 });
      Array.prototype.forEach.call(li.querySelectorAll("[data-key]"), function (input) {
        input.name = "outcomes[" + (i + 1) + "]." + input.getAttribute("data-key"); // as the validator numbers them
      });
    });
  }

  function addOutcome() {
    rowCounter += 1;
    var row = rowCounter;
    var li = document.createElement("li");
    li.setAttribute("data-row", String(row));
    var set = document.createElement("fieldset");
    var legend = document.createElement("legend");
    set.appendChild(legend);
    D.outcome_fields.forEach(function (sub) {
      var id = "sb-f-outcomes-" + row + "-" + sub.name;
      var wrap = document.createElement("div");
      wrap.className = "sb-outcome-field";
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = LABELS[sub.name] + (sub.required ? " (required)" : "");
      var input = document.createElement("input");
      input.type = "text";
      input.id = id;
      input.name = "outcomes[" + row + "]." + sub.name;
      input.setAttribute("data-key", sub.name);
      input.setAttribute("autocomplete", "off");
      input.setAttribute("aria-describedby", "sb-e-outcomes-" + row);
      wrap.appendChild(label);
      wrap.appendChild(input);
      set.appendChild(wrap);
    });
    var error = document.createElement("p");
    error.className = "sb-form__error";
    error.id = "sb-e-outcomes-" + row;
    error.hidden = true;
    set.appendChild(error);
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button";
    remove.addEventListener("click", function () {
      li.remove();
      renumber();
      update();
      $("sb-add-outcome").focus();
      status.textContent = t("Outcome removed.");
    });
    set.appendChild(remove);
    li.appendChild(set);
    outcomesList.appendChild(li);
    renumber();
    li.querySelector("input").focus();
    update();
  }
  $("sb-add-outcome").addEventListener("click", addOutcome);

  // ---- live checks --------------------------------------------------------------------------------------------

  function controlKey(target) {
    if (target.hasAttribute("data-key")) {
      var row = target.closest("li").getAttribute("data-row");
      return "outcomes-" + row + "-" + target.getAttribute("data-key");
    }
    return target.name;
  }

  form.addEventListener("input", function (event) {
    var t = event.target;
    if (t === slugBox) slugEdited = slugBox.value.trim() !== "";
    if (t.name === "title" && !slugEdited) slugBox.value = t.value.trim() ? slugify(t.value) : "";
    if (t.classList.contains("sb-picker__filter") || t === storyBox) return;
    if (t.type === "radio" || t.type === "checkbox" || t.tagName === "SELECT") touched[controlKey(t)] = true;
    update();
  });
  form.addEventListener("change", function (event) {
    var t = event.target;
    if (t.classList.contains("sb-picker__filter") || t === storyBox) return;
    touched[controlKey(t)] = true;
    update();
  });
  form.addEventListener("focusout", function (event) {
    var t = event.target;
    if (t.name && !t.classList.contains("sb-picker__filter")) {
      touched[controlKey(t)] = true;
      // A group of pickers counts as visited when focus leaves it.
      var set = t.closest(".sb-picker");
      if (set) touched[set.getAttribute("data-field")] = true;
      update();
    }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  // ---- handing the file over ----------------------------------------------------------------------------------

  forgeLink.addEventListener("click", function (event) {
    var problems = update();
    if (problems.length) {
      event.preventDefault();
      refuse(problems);
    }
  });

  $("sb-download").addEventListener("click", function () {
    var problems = update();
    if (problems.length) return refuse(problems);
    var blob = new Blob([output.value], { type: "text/markdown;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "index.md";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
    status.textContent = t("index.md downloaded: put it in a folder named %(slug)s inside stories/.", { slug: values().slug });
  });

  $("sb-copy").addEventListener("click", function () {
    var problems = update();
    if (problems.length) return refuse(problems);
    var done = function () { status.textContent = t("Copied: paste it into the new file in the web editor."); };
    var fallback = function () {
      output.focus();
      output.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      status.textContent = ok ? t("Copied: paste it into the new file in the web editor.") : t("The text is selected below: press Ctrl+C (or Cmd+C) to copy it.");
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(output.value).then(done, fallback);
    else fallback();
  });

  $("sb-form-nojs").hidden = true;
  if ($("sb-guide-link")) $("sb-guide-link").hidden = false;
  form.hidden = false;
  update();
  form.setAttribute("data-ready", "true");
})();
