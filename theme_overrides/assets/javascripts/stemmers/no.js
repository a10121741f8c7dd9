// Snowball stemmer 'norwegian' for language 'no': self.snowballStem['no'](word).
// Translated by scripts/stemmers_js.py from norwegian_stemmer.py of snowballstemmer 3.1.1
// (Generated from norwegian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiouy\u00e5\u00e6\u00ea\u00f2\u00f3\u00f4\u00f8";
  var g_s_ending = "bcdfghjlmnoptvyz";

  function NorwegianStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  NorwegianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = NorwegianStemmer.prototype;
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
    var v_2, among_var, v_3;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      among_var = this.find_among_b(a_0);
      if (among_var === 1) {
        this.slice_del();
      }
    } else if (among_var === 3) {
      while (true) {
        v_3 = this.limit - this.cursor;
        lab0: {
          if (!this.in_grouping_b(g_s_ending)) {
            break lab0;
          }
          break;
        }
        this.cursor = this.limit - v_3;
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "r")) {
            break lab0;
          }
          this.cursor -= 1;
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
              break lab1;
            }
            this.cursor -= 1;
            break lab0;
          }
          break;
        }
        this.cursor = this.limit - v_3;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "k")) {
          return false;
        }
        this.cursor -= 1;
        if (!this.out_grouping_b(g_v)) {
          return false;
        }
        break;
      }
      this.slice_del();
    } else {
      this.slice_from("er");
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
    if (this.find_among_b(a_2) === 0) {
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
    var v_2;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if (this.find_among_b(a_3) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
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
    new Among("", -1, 1),
    new Among("ind", 0, -1),
    new Among("kk", 0, -1),
    new Among("nk", 0, -1),
    new Among("amm", 0, -1),
    new Among("omm", 0, -1),
    new Among("kap", 0, -1),
    new Among("skap", 6, 1),
    new Among("pp", 0, -1),
    new Among("lt", 0, -1),
    new Among("ast", 0, -1),
    new Among("\u00f8st", 0, -1),
    new Among("v", 0, -1),
    new Among("hav", 12, 1),
    new Among("giv", 12, 1)
  ];
  var a_1 = [
    new Among("a", -1, 1),
    new Among("e", -1, 1),
    new Among("ede", 1, 1),
    new Among("ande", 1, 1),
    new Among("ende", 1, 1),
    new Among("ane", 1, 1),
    new Among("ene", 1, 1),
    new Among("hetene", 6, 1),
    new Among("erte", 1, 4),
    new Among("en", -1, 1),
    new Among("heten", 9, 1),
    new Among("ar", -1, 1),
    new Among("er", -1, 1),
    new Among("heter", 12, 1),
    new Among("s", -1, 3),
    new Among("as", 14, 1),
    new Among("es", 14, 1),
    new Among("edes", 16, 1),
    new Among("endes", 16, 1),
    new Among("enes", 16, 1),
    new Among("hetenes", 19, 1),
    new Among("ens", 14, 1),
    new Among("hetens", 21, 1),
    new Among("ers", 14, 2),
    new Among("ets", 14, 1),
    new Among("et", -1, 1),
    new Among("het", 25, 1),
    new Among("ert", -1, 4),
    new Among("ast", -1, 1)
  ];
  var a_2 = [
    new Among("dt", -1, -1),
    new Among("vt", -1, -1)
  ];
  var a_3 = [
    new Among("leg", -1, 1),
    new Among("eleg", 0, 1),
    new Among("ig", -1, 1),
    new Among("eig", 2, 1),
    new Among("lig", 2, 1),
    new Among("elig", 4, 1),
    new Among("els", -1, 1),
    new Among("lov", -1, 1),
    new Among("elov", 7, 1),
    new Among("slov", 7, 1),
    new Among("hetslov", 9, 1)
  ];

  var stemmer = new NorwegianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["no"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
