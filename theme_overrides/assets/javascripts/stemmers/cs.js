// Snowball stemmer 'czech' for language 'cs': self.snowballStem['cs'](word).
// Translated by scripts/stemmers_js.py from czech_stemmer.py of snowballstemmer 3.1.1
// (Generated from czech.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiouy\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd\u011b\u016f";
  var g_v_or_syllabic_c = "aeiloruy\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd\u011b\u016f";
  var g_ev_ending = "hknrtz";
  var g_env_ending = "bcdhkprstvz\u010d\u0161\u017e";
  var as_0 = ["k", "\u00ednk"];
  var as_1 = ["k", "\u00ednk", "ck", "sk"];
  var as_3 = ["", "et"];

  function CzechStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  CzechStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = CzechStemmer.prototype;
  P.highestLiteral = 0x017E;

  P.r_mark_regions = function () {
    var v_1, I_x, v_2;
    v_1 = this.cursor;
    if ((this.cursor + 3) > this.limit) {
      return false;
    }
    this.cursor += 3;
    I_x = this.cursor;
    this.cursor = v_1;
    this.I_p1 = this.limit;
    v_2 = this.cursor;
    lab0: {
      while (true) {
        lab1: {
          if (!this.in_grouping(g_v)) {
            break lab1;
          }
          break;
        }
        if (this.cursor >= this.limit) {
          break lab0;
        }
        this.cursor += 1;
        if (!this.go_out_grouping(g_v_or_syllabic_c)) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p1 = this.cursor;
      lab1: {
        if (this.I_p1 >= I_x) {
          break lab1;
        }
        this.I_p1 = I_x;
      }
    }
    this.cursor = v_2;
    return true;
  };
  P.r_palatalise_e = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_0);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var > 0) {
      this.slice_from(as_0[among_var - 1]);
    }
    return true;
  };
  P.r_palatalise_i = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var > 0) {
      this.slice_from(as_1[among_var - 1]);
    }
    return true;
  };
  P.r_possessive_suffix = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.I_p1 > this.cursor) {
      return false;
    }
    if (among_var === 1) {
      this.slice_del();
    } else {
      this.slice_del();
      v_1 = this.limit - this.cursor;
      lab0: {
        if (!this.r_palatalise_i()) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
      }
    }
    return true;
  };
  P.r_case_suffix = function () {
    var v_2, among_var, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_6);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_del();
      v_3 = this.limit - this.cursor;
      lab0: {
        if (!this.r_palatalise_e()) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
      }
    } else if (among_var === 3) {
      among_var = this.find_among_b(a_3);
      this.slice_from(as_3[among_var - 1]);
    } else if (among_var === 4) {
      v_4 = this.limit - this.cursor;
      if (!this.out_grouping_b(g_v)) {
        return false;
      }
      this.cursor = this.limit - v_4;
      lab0: {
        if (!this.eq_s_b("t\u0159")) {
          break lab0;
        }
        return false;
      }
      this.slice_from("b");
    } else if (among_var === 5) {
      v_5 = this.limit - this.cursor;
      if (!this.out_grouping_b(g_v)) {
        return false;
      }
      this.cursor = this.limit - v_5;
      this.slice_del();
      this.insert(this.cursor, this.cursor, "c");
      v_6 = this.limit - this.cursor;
      lab0: {
        if (!this.r_palatalise_e()) {
          this.cursor = this.limit - v_6;
          break lab0;
        }
      }
    } else if (among_var === 6) {
      v_7 = this.limit - this.cursor;
      if (!this.out_grouping_b(g_v)) {
        return false;
      }
      this.cursor = this.limit - v_7;
      v_8 = this.limit - this.cursor;
      lab0: {
        if (this.find_among_b(a_4) === 0) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_8;
      this.slice_from("k");
    } else if (among_var === 7) {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_from("\u0148k");
    } else if (among_var === 8) {
      v_9 = this.limit - this.cursor;
      if (!this.in_grouping_b(g_env_ending)) {
        return false;
      }
      this.cursor = this.limit - v_9;
      this.slice_from("n");
    } else if (among_var === 9) {
      if (this.find_among_b(a_5) === 0) {
        return false;
      }
      this.slice_from("t");
    } else if (among_var === 10) {
      if (!this.in_grouping_b(g_ev_ending)) {
        return false;
      }
      this.slice_from("v");
    } else if (among_var === 11) {
      this.slice_from("t");
    } else {
      this.slice_del();
      v_10 = this.limit - this.cursor;
      lab0: {
        if (!this.r_palatalise_i()) {
          this.cursor = this.limit - v_10;
          break lab0;
        }
      }
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2;
    if (!this.r_mark_regions()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_case_suffix();
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    this.r_possessive_suffix();
    this.cursor = this.limit - v_2;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("c", -1, 1),
    new Among("nc", 0, -1),
    new Among("\u00ednc", 1, 2),
    new Among("avc", 0, -1),
    new Among("ovc", 0, -1)
  ];
  var a_1 = [
    new Among("c", -1, 1),
    new Among("nc", 0, -1),
    new Among("\u00ednc", 1, 2),
    new Among("avc", 0, -1),
    new Among("ovc", 0, -1),
    new Among("\u010dt", -1, 3),
    new Among("\u0161t", -1, 4),
    new Among("de\u0161t", 6, -1),
    new Among("le\u0161t", 6, -1),
    new Among("i\u0161t", 6, -1),
    new Among("pou\u0161t", 6, -1),
    new Among("\u00e1\u0161t", 6, -1),
    new Among("\u00ed\u0161t", 6, -1)
  ];
  var a_2 = [
    new Among("in", -1, 2),
    new Among("ov", -1, 1),
    new Among("\u016fv", -1, 1)
  ];
  var a_3 = [
    new Among("", -1, 2),
    new Among("l", 0, 1),
    new Among("tl", 1, 2),
    new Among("s", 0, 1),
    new Among("es", 3, 2),
    new Among("\u010d", 0, 1),
    new Among("e\u010d", 5, 2),
    new Among("\u0159", 0, 1),
    new Among("\u017e", 0, 1)
  ];
  var a_4 = [
    new Among("obl", -1, -1),
    new Among("sn", -1, -1),
    new Among("dot", -1, -1)
  ];
  var a_5 = [
    new Among("uc", -1, -1),
    new Among("h", -1, -1),
    new Among("ok", -1, -1),
    new Among("kar", -1, -1),
    new Among("\u010d", -1, -1)
  ];
  var a_6 = [
    new Among("a", -1, 1),
    new Among("ama", 0, 1),
    new Among("ata", 0, 1),
    new Among("eb", -1, 4),
    new Among("ec", -1, 5),
    new Among("e", -1, 2),
    new Among("ete", 5, 3),
    new Among("\u011bte", 5, 1),
    new Among("ech", -1, 2),
    new Among("atech", 8, 1),
    new Among("\u00e1ch", -1, 1),
    new Among("\u00edch", -1, 12),
    new Among("\u00fdch", -1, 1),
    new Among("i", -1, 12),
    new Among("mi", 13, 1),
    new Among("ami", 14, 1),
    new Among("emi", 14, 2),
    new Among("\u00edmi", 14, 12),
    new Among("\u00fdmi", 14, 1),
    new Among("\u011bmi", 14, 1),
    new Among("\u0165mi", 14, 11),
    new Among("eti", 13, 3),
    new Among("\u011bti", 13, 1),
    new Among("ovi", 13, 1),
    new Among("ek", -1, 6),
    new Among("\u011bk", -1, 7),
    new Among("em", -1, 2),
    new Among("etem", 26, 3),
    new Among("\u011btem", 26, 1),
    new Among("\u00e1m", -1, 1),
    new Among("\u00e9m", -1, 1),
    new Among("\u00edm", -1, 12),
    new Among("\u00fdm", -1, 1),
    new Among("\u011bm", -1, 1),
    new Among("\u016fm", -1, 1),
    new Among("at\u016fm", 34, 1),
    new Among("o", -1, 1),
    new Among("\u00e9ho", 36, 1),
    new Among("\u00edho", 36, 12),
    new Among("us", -1, 1),
    new Among("at", -1, 1),
    new Among("et", -1, 9),
    new Among("u", -1, 1),
    new Among("\u00e9mu", 42, 1),
    new Among("\u00edmu", 42, 12),
    new Among("ou", 42, 1),
    new Among("ev", -1, 10),
    new Among("y", -1, 1),
    new Among("aty", 47, 1),
    new Among("\u00e1", -1, 1),
    new Among("\u00e9", -1, 1),
    new Among("ov\u00e9", 50, 1),
    new Among("\u00ed", -1, 12),
    new Among("\u00fd", -1, 1),
    new Among("\u011b", -1, 1),
    new Among("e\u0148", -1, 8),
    new Among("\u0165", -1, 11),
    new Among("\u016f", -1, 1)
  ];

  var stemmer = new CzechStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["cs"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
