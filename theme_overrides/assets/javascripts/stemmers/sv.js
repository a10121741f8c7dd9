// Snowball stemmer 'swedish' for language 'sv': self.snowballStem['sv'](word).
// Translated by scripts/stemmers_js.py from swedish_stemmer.py of snowballstemmer 3.1.1
// (Generated from swedish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiouy\u00e4\u00e5\u00f6";
  var g_s_ending = "bcdfghjklmnoprtvy";
  var g_ost_ending = "iklnprtuv";

  function SwedishStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  SwedishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = SwedishStemmer.prototype;
  P.highestLiteral = 0x00F6;

  P.r_mark_regions = function () {
    var v_1, I_x;
    this.I_p1 = this.limit;
    v_1 = this.cursor;
    if ((this.cursor + 3) > this.limit) {
      return false;
    }
    this.cursor += 3;
    I_x = this.cursor;
    this.cursor = v_1;
    if (!this.go_out_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    if (!this.go_in_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    this.I_p1 = this.cursor;
    lab0: {
      if (this.I_p1 >= I_x) {
        break lab0;
      }
      this.I_p1 = I_x;
    }
    return true;
  };
  P.r_et_condition = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    if (!this.out_grouping_b(g_v)) {
      return false;
    }
    if (!this.in_grouping_b(g_v)) {
      return false;
    }
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    lab0: {
      if (this.find_among_b(a_0) === 0) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_2;
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
      while (true) {
        v_3 = this.limit - this.cursor;
        lab0: {
          if (!this.eq_s_b("et")) {
            break lab0;
          }
          if (!this.r_et_condition()) {
            break lab0;
          }
          this.bra = this.cursor;
          break;
        }
        this.cursor = this.limit - v_3;
        if (!this.in_grouping_b(g_s_ending)) {
          return false;
        }
        break;
      }
      this.slice_del();
    } else {
      if (!this.r_et_condition()) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_consonant_pair = function () {
    var v_2, v_3;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    v_3 = this.limit - this.cursor;
    if (this.find_among_b(a_2) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor = this.limit - v_3;
    this.ket = this.cursor;
    if (this.cursor <= this.limit_backward) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_other_suffix = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      if (!this.in_grouping_b(g_ost_ending)) {
        return false;
      }
      this.slice_from("\u00f6s");
    } else {
      this.slice_from("full");
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    this.r_main_suffix();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_consonant_pair();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_other_suffix();
    this.cursor = this.limit - v_4;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("fab", -1, -1),
    new Among("h", -1, -1),
    new Among("pak", -1, -1),
    new Among("rak", -1, -1),
    new Among("stak", -1, -1),
    new Among("kom", -1, -1),
    new Among("iet", -1, -1),
    new Among("cit", -1, -1),
    new Among("dit", -1, -1),
    new Among("alit", -1, -1),
    new Among("ilit", -1, -1),
    new Among("mit", -1, -1),
    new Among("nit", -1, -1),
    new Among("pit", -1, -1),
    new Among("rit", -1, -1),
    new Among("sit", -1, -1),
    new Among("tit", -1, -1),
    new Among("uit", -1, -1),
    new Among("ivit", -1, -1),
    new Among("kvit", -1, -1),
    new Among("xit", -1, -1)
  ];
  var a_1 = [
    new Among("a", -1, 1),
    new Among("arna", 0, 1),
    new Among("erna", 0, 1),
    new Among("heterna", 2, 1),
    new Among("orna", 0, 1),
    new Among("ad", -1, 1),
    new Among("e", -1, 1),
    new Among("ade", 6, 1),
    new Among("ande", 6, 1),
    new Among("arne", 6, 1),
    new Among("are", 6, 1),
    new Among("aste", 6, 1),
    new Among("en", -1, 1),
    new Among("anden", 12, 1),
    new Among("aren", 12, 1),
    new Among("heten", 12, 1),
    new Among("ern", -1, 1),
    new Among("ar", -1, 1),
    new Among("er", -1, 1),
    new Among("heter", 18, 1),
    new Among("or", -1, 1),
    new Among("s", -1, 2),
    new Among("as", 21, 1),
    new Among("arnas", 22, 1),
    new Among("ernas", 22, 1),
    new Among("ornas", 22, 1),
    new Among("es", 21, 1),
    new Among("ades", 26, 1),
    new Among("andes", 26, 1),
    new Among("ens", 21, 1),
    new Among("arens", 29, 1),
    new Among("hetens", 29, 1),
    new Among("erns", 21, 1),
    new Among("at", -1, 1),
    new Among("et", -1, 3),
    new Among("andet", 34, 1),
    new Among("het", 34, 1),
    new Among("ast", -1, 1)
  ];
  var a_2 = [
    new Among("dd", -1, -1),
    new Among("gd", -1, -1),
    new Among("nn", -1, -1),
    new Among("dt", -1, -1),
    new Among("gt", -1, -1),
    new Among("kt", -1, -1),
    new Among("tt", -1, -1)
  ];
  var a_3 = [
    new Among("ig", -1, 1),
    new Among("lig", 0, 1),
    new Among("els", -1, 1),
    new Among("fullt", -1, 3),
    new Among("\u00f6st", -1, 2)
  ];

  var stemmer = new SwedishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["sv"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
