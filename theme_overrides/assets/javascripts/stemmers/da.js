// Snowball stemmer 'danish' for language 'da': self.snowballStem['da'](word).
// Translated by scripts/stemmers_js.py from danish_stemmer.py of snowballstemmer 3.1.1
// (Generated from danish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_undouble_c = "bdfgklmnprst";
  var g_v = "aeiouy\u00e5\u00e6\u00f8";
  var g_s_ending = "'abcdfghjklmnoprtvyz\u00e5";

  function DanishStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  DanishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = DanishStemmer.prototype;
  P.highestLiteral = 0x00F8;

  P.r_mark_regions = function () {
    var v_1, v_3, v_2;
    this.I_p1 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          while (true) {
            lab2: {
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
                break lab2;
              }
              this.cursor += 1;
              break;
            }
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
          }
          break;
        }
        this.cursor = v_2;
        if (!this.go_out_grouping(g_v)) {
          break lab0;
        }
        this.cursor += 1;
        if (!this.go_in_grouping(g_v)) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
      this.I_p1 = this.cursor;
    }
    this.cursor = v_1;
    v_3 = this.cursor;
    if ((this.cursor + 3) > this.limit) {
      return false;
    }
    this.cursor += 3;
    lab0: {
      if (this.I_p1 >= this.cursor) {
        break lab0;
      }
      this.I_p1 = this.cursor;
    }
    this.cursor = v_3;
    return true;
  };
  P.r_main_suffix = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_0);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      this.slice_del();
    } else {
      if (!this.in_grouping_b(g_s_ending)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_consonant_pair = function () {
    var v_1, v_3;
    v_1 = this.limit - this.cursor;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_3 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      this.limit_backward = v_3;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_3;
    this.cursor = this.limit - v_1;
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_other_suffix = function () {
    var v_1, v_3, among_var, v_4;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.eq_s_b("st")) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!this.eq_s_b("ig")) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = this.limit - v_1;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_3 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      this.limit_backward = v_3;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_3;
    if (among_var === 1) {
      this.slice_del();
      v_4 = this.limit - this.cursor;
      this.r_consonant_pair();
      this.cursor = this.limit - v_4;
    } else {
      this.slice_from("l\u00f8s");
    }
    return true;
  };
  P.r_undouble = function () {
    var v_2, S_ch;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if (!this.in_grouping_b(g_undouble_c)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    S_ch = this.slice_to();
    this.limit_backward = v_2;
    if (!this.eq_s_b(S_ch)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4;
    if (!this.r_mark_regions()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_main_suffix();
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    this.r_consonant_pair();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_other_suffix();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_undouble();
    this.cursor = this.limit - v_4;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("hed", -1, 1),
    new Among("ethed", 0, 1),
    new Among("ered", -1, 1),
    new Among("e", -1, 1),
    new Among("erede", 3, 1),
    new Among("ende", 3, 1),
    new Among("erende", 5, 1),
    new Among("ene", 3, 1),
    new Among("erne", 3, 1),
    new Among("ere", 3, 1),
    new Among("en", -1, 1),
    new Among("heden", 10, 1),
    new Among("eren", 10, 1),
    new Among("er", -1, 1),
    new Among("heder", 13, 1),
    new Among("erer", 13, 1),
    new Among("s", -1, 2),
    new Among("heds", 16, 1),
    new Among("es", 16, 1),
    new Among("endes", 18, 1),
    new Among("erendes", 19, 1),
    new Among("enes", 18, 1),
    new Among("ernes", 18, 1),
    new Among("eres", 18, 1),
    new Among("ens", 16, 1),
    new Among("hedens", 24, 1),
    new Among("erens", 24, 1),
    new Among("ers", 16, 1),
    new Among("ets", 16, 1),
    new Among("erets", 28, 1),
    new Among("et", -1, 1),
    new Among("eret", 30, 1)
  ];
  var a_1 = [
    new Among("gd", -1, -1),
    new Among("dt", -1, -1),
    new Among("gt", -1, -1),
    new Among("kt", -1, -1)
  ];
  var a_2 = [
    new Among("ig", -1, 1),
    new Among("lig", 0, 1),
    new Among("elig", 1, 1),
    new Among("els", -1, 1),
    new Among("l\u00f8st", -1, 2)
  ];

  var stemmer = new DanishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["da"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
