// Snowball stemmer 'irish' for language 'ga': self.snowballStem['ga'](word).
// Translated by scripts/stemmers_js.py from irish_stemmer.py of snowballstemmer 3.1.1
// (Generated from irish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e1\u00e9\u00ed\u00f3\u00fa";
  var as_0 = ["", "f", "s", "b", "c", "d", "g", "p", "t", "m"];

  function IrishStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
    this.I_pV = 0;
  }
  IrishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = IrishStemmer.prototype;
  P.highestLiteral = 0x00FA;

  P.r_mark_regions = function () {
    var v_1;
    this.I_pV = this.limit;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      if (!this.go_out_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      this.I_pV = this.cursor;
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p1 = this.cursor;
      if (!this.go_out_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p2 = this.cursor;
    }
    this.cursor = v_1;
    return true;
  };
  P.r_initial_morph = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_0);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    this.slice_from(as_0[among_var - 1]);
    return true;
  };
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_noun_sfx = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
    } else {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_deriv = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_from("arc");
    } else if (among_var === 3) {
      this.slice_from("gin");
    } else if (among_var === 4) {
      this.slice_from("graf");
    } else if (among_var === 5) {
      this.slice_from("paite");
    } else {
      this.slice_from("\u00f3id");
    }
    return true;
  };
  P.r_verb_sfx = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (this.I_pV > this.cursor) {
        return false;
      }
      this.slice_del();
    } else {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4;
    v_1 = this.cursor;
    this.r_initial_morph();
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    this.r_noun_sfx();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_deriv();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_verb_sfx();
    this.cursor = this.limit - v_4;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("b'", -1, 1),
    new Among("bh", -1, 4),
    new Among("bhf", 1, 2),
    new Among("bp", -1, 8),
    new Among("ch", -1, 5),
    new Among("d'", -1, 1),
    new Among("d'fh", 5, 2),
    new Among("dh", -1, 6),
    new Among("dt", -1, 9),
    new Among("fh", -1, 2),
    new Among("gc", -1, 5),
    new Among("gh", -1, 7),
    new Among("h-", -1, 1),
    new Among("m'", -1, 1),
    new Among("mb", -1, 4),
    new Among("mh", -1, 10),
    new Among("n-", -1, 1),
    new Among("nd", -1, 6),
    new Among("ng", -1, 7),
    new Among("ph", -1, 8),
    new Among("sh", -1, 3),
    new Among("t-", -1, 1),
    new Among("th", -1, 9),
    new Among("ts", -1, 3)
  ];
  var a_1 = [
    new Among("\u00edochta", -1, 1),
    new Among("a\u00edochta", 0, 1),
    new Among("ire", -1, 2),
    new Among("aire", 2, 2),
    new Among("abh", -1, 1),
    new Among("eabh", 4, 1),
    new Among("ibh", -1, 1),
    new Among("aibh", 6, 1),
    new Among("amh", -1, 1),
    new Among("eamh", 8, 1),
    new Among("imh", -1, 1),
    new Among("aimh", 10, 1),
    new Among("\u00edocht", -1, 1),
    new Among("a\u00edocht", 12, 1),
    new Among("ir\u00ed", -1, 2),
    new Among("air\u00ed", 14, 2)
  ];
  var a_2 = [
    new Among("\u00f3ideacha", -1, 6),
    new Among("patacha", -1, 5),
    new Among("achta", -1, 1),
    new Among("arcachta", 2, 2),
    new Among("eachta", 2, 1),
    new Among("grafa\u00edochta", -1, 4),
    new Among("paite", -1, 5),
    new Among("ach", -1, 1),
    new Among("each", 7, 1),
    new Among("\u00f3ideach", 8, 6),
    new Among("gineach", 8, 3),
    new Among("patach", 7, 5),
    new Among("grafa\u00edoch", -1, 4),
    new Among("pataigh", -1, 5),
    new Among("\u00f3idigh", -1, 6),
    new Among("acht\u00fail", -1, 1),
    new Among("eacht\u00fail", 15, 1),
    new Among("gineas", -1, 3),
    new Among("ginis", -1, 3),
    new Among("acht", -1, 1),
    new Among("arcacht", 19, 2),
    new Among("eacht", 19, 1),
    new Among("grafa\u00edocht", -1, 4),
    new Among("arcachta\u00ed", -1, 2),
    new Among("grafa\u00edochta\u00ed", -1, 4)
  ];
  var a_3 = [
    new Among("imid", -1, 1),
    new Among("aimid", 0, 1),
    new Among("\u00edmid", -1, 1),
    new Among("a\u00edmid", 2, 1),
    new Among("adh", -1, 2),
    new Among("eadh", 4, 2),
    new Among("faidh", -1, 1),
    new Among("fidh", -1, 1),
    new Among("\u00e1il", -1, 2),
    new Among("ain", -1, 2),
    new Among("tear", -1, 2),
    new Among("tar", -1, 2)
  ];

  var stemmer = new IrishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ga"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
