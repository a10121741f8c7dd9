// The adoption matrix (matrix/): sorting, stage colours, cell tooltips, and on phones each site's list of
// adoptions. The table is complete without this script; the page stays small because cells carry one letter.
(function () {
  "use strict";
  function t(msgid, values) { return window.snowballI18n.t(msgid, values); }
  function tn(one, other, n, values) { return window.snowballI18n.tn(one, other, n, values); }
  // Each stage's letter -> its name and sort rank (0 is "not adopted"), read from the legend the page carries: the
  // stages are the contract's (snowball/contract.py), named in the hub's language by the build, never written here.
  var STAGES = {}, RANK = {};

  function readStages() {
    Array.prototype.forEach.call(document.querySelectorAll("#sb-mx-key .sb-mx-key[data-rank]"), function (el) {
      STAGES[text(el)] = el.getAttribute("data-name");
      RANK[text(el)] = Number(el.getAttribute("data-rank"));
    });
  }

  function text(el) { return (el.textContent || "").trim(); }

  function setup(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var names = heads.map(function (th) { return th.getAttribute("title") ? th.getAttribute("title").replace(/: \d+$/, "") : text(th); });
    var groups = Array.prototype.slice.call(table.tBodies).filter(function (b) { return !b.classList.contains("sb-mx-all"); });

    function siteRows(body) {
      return Array.prototype.slice.call(body.rows).filter(function (r) { return !r.classList.contains("sb-mx-region"); });
    }

    // Stage colours: one class per filled cell, from its letter.
    groups.forEach(function (body) {
      siteRows(body).forEach(function (row) {
        for (var i = 2; i < row.cells.length; i += 1) {
          var letter = text(row.cells[i]);
          if (STAGES[letter]) { row.cells[i].className = "sb-mx-" + letter.toLowerCase(); }
        }
      });
    });

    // A tooltip per cell, made when the pointer first reaches it (15,000 titles would double the page).
    table.addEventListener("mouseover", function (e) {
      var cell = e.target.closest ? e.target.closest("td") : null;
      if (!cell || cell.title || cell.cellIndex < 2) { return; }
      var row = cell.parentNode, site = text(row.cells[0]), practice = names[cell.cellIndex];
      var letter = text(cell);
      if (row.classList.contains("sb-mx-region") || row.parentNode.classList.contains("sb-mx-all")) {
        var place = row.cells[0].querySelector("a") ? text(row.cells[0].querySelector("a")) : site;  // "All regions": no link
        cell.title = tn("%(practice)s: %(num)s site in %(region)s", "%(practice)s: %(num)s sites in %(region)s",
          Number(letter.replace(/\D/g, "")), { practice: practice, region: place });
      } else {
        cell.title = site + ", " + practice + ": " + (STAGES[letter] || t("not adopted"));
      }
    });

    // Sorting within each region: by site name, by total, or by stage in one practice's column.
    function key(row, col) {
      if (col === 0) { return text(row.cells[0]).toLowerCase(); }
      if (col === 1) { return -Number(text(row.cells[1]).replace(/\D/g, "")); }  // "1,234": digits only
      return -(RANK[text(row.cells[col])] || 0);
    }
    var current = { col: 0, dir: 1 };
    function sortBy(col) {
      var dir = current.col === col ? -current.dir : 1;
      current = { col: col, dir: dir };
      groups.forEach(function (body) {
        var rows = siteRows(body);
        rows.sort(function (a, b) {
          var ka = key(a, col), kb = key(b, col);
          if (ka < kb) { return -dir; }
          if (ka > kb) { return dir; }
          return text(a.cells[0]).localeCompare(text(b.cells[0]));
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
      heads.forEach(function (th, i) {
        if (i === col) { th.setAttribute("aria-sort", (dir > 0) === (col === 0) ? "ascending" : "descending"); } else { th.removeAttribute("aria-sort"); }
      });
    }
    heads.forEach(function (th, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sb-mx-sort";
      button.textContent = i === 0 ? "A–Z" : "↓";
      button.setAttribute("aria-label", i === 0 ? t("Sort sites A–Z by name") : i === 1 ? t("Sort sites by total") : t("Sort sites by stage of %(practice)s", { practice: names[i] }));
      button.addEventListener("click", function () { sortBy(i); });
      th.appendChild(button);
    });

    // Phones: each site's adoptions, listed from its table row when the reader opens it.
    var rowsByHref = {};
    groups.forEach(function (body) {
      siteRows(body).forEach(function (row) {
        var link = row.cells[0].querySelector("a");
        if (link) { rowsByHref[link.getAttribute("href")] = row; }
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".sb-mx-list li"), function (li) {
      var link = li.querySelector("a"), row = link && rowsByHref[link.getAttribute("href")];
      if (!row || text(row.cells[1]) === "0") { return; }
      var button = document.createElement("button"), list = document.createElement("ul");
      button.type = "button";
      button.className = "sb-mx-show";
      button.textContent = t("Show its practices");
      button.setAttribute("aria-expanded", "false");
      list.hidden = true;
      button.addEventListener("click", function () {
        if (!list.firstChild) {
          for (var i = 2; i < row.cells.length; i += 1) {
            var letter = text(row.cells[i]);
            if (!STAGES[letter]) { continue; }
            var item = document.createElement("li"), a = document.createElement("a");
            a.href = heads[i].querySelector("a").getAttribute("href");
            a.textContent = names[i];
            item.appendChild(a);
            item.appendChild(document.createTextNode(": " + STAGES[letter]));
            list.appendChild(item);
          }
        }
        list.hidden = !list.hidden;
        button.setAttribute("aria-expanded", String(!list.hidden));
        button.textContent = list.hidden ? t("Show its practices") : t("Hide its practices");
      });
      li.appendChild(button);
      li.appendChild(list);
    });
  }

  function init() {
    var table = document.querySelector("table.sb-mx");
    if (table) { readStages(); setup(table); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
