// Snowball stemmer 'finnish' for language 'fi': self.snowballStem['fi'](word).
// Translated by scripts/stemmers_js.py from finnish_stemmer.py of snowballstemmer 3.1.1
// (Generated from finnish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_AEI = "aei\u00e4";
  var g_C = "bcdfghjklmnpqrstvwxz";
  var g_v = "aeiouy\u00e4\u00f6";
  var g_particle_end = "aeinotuy\u00e4\u00f6";

  function FinnishStemmer() {
    BaseStemmer.call(this);
    this.B_ending_removed = false;
    this.I_p2 = 0;
    this.I_p1 = 0;
  }
  FinnishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = FinnishStemmer.prototype;
  P.highestLiteral = 0x00F8;

  P.r_mark_regions = function () {
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    if (!this.go_out_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    if (!this.go_in_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    this.I_p1 = this.cursor;
    if (!this.go_out_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    if (!this.go_in_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    this.I_p2 = this.cursor;
    return true;
  };
  P.r_particle_etc = function () {
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
      if (!this.in_grouping_b(g_particle_end)) {
        return false;
      }
    } else if (this.I_p2 > this.cursor) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_possessive = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "k")) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_del();
      this.ket = this.cursor;
      if (!this.eq_s_b("kse")) {
        return false;
      }
      this.bra = this.cursor;
      this.slice_from("ksi");
    } else if (among_var === 3) {
      this.slice_del();
    } else if (among_var === 4) {
      if (this.find_among_b(a_1) === 0) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 5) {
      if (this.find_among_b(a_2) === 0) {
        return false;
      }
      this.slice_del();
    } else {
      if (this.find_among_b(a_3) === 0) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_LV = function () {
    return this.find_among_b(a_5) !== 0;
  };
  P.r_VI = function () {
    return this.find_among_b(a_6) !== 0;
  };
  P.r_A = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "a")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_E = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_I = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_O = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "o")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_U = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_A_ = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00e4")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_O_ = function () {
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00f6")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00f8")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_case_ending = function () {
    var v_2, among_var, v_3, v_4, v_5;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      v_3 = this.limit - this.cursor;
      lab0: {
        v_4 = this.limit - this.cursor;
        while (true) {
          v_5 = this.limit - this.cursor;
          lab1: {
            if (!this.r_LV()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_5;
          if (!this.eq_s_b("ie")) {
            this.cursor = this.limit - v_3;
            break lab0;
          }
          break;
        }
        this.cursor = this.limit - v_4;
        if (this.cursor <= this.limit_backward) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.cursor -= 1;
        this.bra = this.cursor;
      }
    } else if (among_var === 2) {
      if (!this.in_grouping_b(g_v)) {
        return false;
      }
      if (!this.in_grouping_b(g_C)) {
        return false;
      }
    } else if (among_var === 3) {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
        return false;
      }
      this.cursor -= 1;
    }
    this.slice_del();
    this.B_ending_removed = true;
    return true;
  };
  P.r_other_endings = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p2) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p2;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      lab0: {
        if (!this.eq_s_b("po")) {
          break lab0;
        }
        return false;
      }
    }
    this.slice_del();
    return true;
  };
  P.r_i_plural = function () {
    var v_2;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if (this.find_among_b(a_9) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_del();
    return true;
  };
  P.r_t_plural = function () {
    var v_2, v_3, v_5, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "t")) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    v_3 = this.limit - this.cursor;
    if (!this.in_grouping_b(g_v)) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor = this.limit - v_3;
    this.slice_del();
    this.limit_backward = v_2;
    if (this.cursor < this.I_p2) {
      return false;
    }
    v_5 = this.limit_backward;
    this.limit_backward = this.I_p2;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_10);
    if (among_var === 0) {
      this.limit_backward = v_5;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_5;
    if (among_var === 1) {
      lab0: {
        if (!this.eq_s_b("po")) {
          break lab0;
        }
        return false;
      }
    }
    this.slice_del();
    return true;
  };
  P.r_tidy = function () {
    var v_2, v_3, v_5, v_6, v_7, v_8, v_4, S_x;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    v_3 = this.limit - this.cursor;
    lab0: {
      v_4 = this.limit - this.cursor;
      if (!this.r_LV()) {
        break lab0;
      }
      this.cursor = this.limit - v_4;
      this.ket = this.cursor;
      if (this.cursor <= this.limit_backward) {
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
    }
    this.cursor = this.limit - v_3;
    v_5 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.in_grouping_b(g_AEI)) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!this.in_grouping_b(g_C)) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = this.limit - v_5;
    v_6 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "j")) {
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      while (true) {
        lab1: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "o")) {
            break lab1;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    }
    this.cursor = this.limit - v_6;
    v_7 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "o")) {
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "j")) {
        break lab0;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    this.cursor = this.limit - v_7;
    this.limit_backward = v_2;
    v_8 = this.limit - this.cursor;
    lab0: {
      if (!this.go_in_grouping_b(g_v)) {
        break lab0;
      }
      this.ket = this.cursor;
      if (!this.in_grouping_b(g_C)) {
        break lab0;
      }
      this.bra = this.cursor;
      S_x = this.slice_to();
      if (!this.eq_s_b(S_x)) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = this.limit - v_8;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_8, v_7, v_6;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.B_ending_removed = false;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    this.r_particle_etc();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_possessive();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_case_ending();
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    this.r_other_endings();
    this.cursor = this.limit - v_5;
    while (true) {
      lab0: {
        if (!this.B_ending_removed) {
          break lab0;
        }
        v_6 = this.limit - this.cursor;
        this.r_i_plural();
        this.cursor = this.limit - v_6;
        break;
      }
      v_7 = this.limit - this.cursor;
      this.r_t_plural();
      this.cursor = this.limit - v_7;
      break;
    }
    v_8 = this.limit - this.cursor;
    this.r_tidy();
    this.cursor = this.limit - v_8;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("pa", -1, 1),
    new Among("sti", -1, 2),
    new Among("kaan", -1, 1),
    new Among("han", -1, 1),
    new Among("kin", -1, 1),
    new Among("h\u00e4n", -1, 1),
    new Among("k\u00e4\u00e4n", -1, 1),
    new Among("ko", -1, 1),
    new Among("p\u00e4", -1, 1),
    new Among("k\u00f6", -1, 1)
  ];
  var a_1 = [
    new Among("lla", -1, -1),
    new Among("na", -1, -1),
    new Among("ssa", -1, -1),
    new Among("ta", -1, -1),
    new Among("lta", 3, -1),
    new Among("sta", 3, -1)
  ];
  var a_2 = [
    new Among("ll\u00e4", -1, -1),
    new Among("n\u00e4", -1, -1),
    new Among("ss\u00e4", -1, -1),
    new Among("t\u00e4", -1, -1),
    new Among("lt\u00e4", 3, -1),
    new Among("st\u00e4", 3, -1)
  ];
  var a_3 = [
    new Among("lle", -1, -1),
    new Among("ine", -1, -1)
  ];
  var a_4 = [
    new Among("nsa", -1, 3),
    new Among("mme", -1, 3),
    new Among("nne", -1, 3),
    new Among("ni", -1, 2),
    new Among("si", -1, 1),
    new Among("an", -1, 4),
    new Among("en", -1, 6),
    new Among("\u00e4n", -1, 5),
    new Among("ns\u00e4", -1, 3)
  ];
  var a_5 = [
    new Among("aa", -1, -1),
    new Among("ee", -1, -1),
    new Among("ii", -1, -1),
    new Among("oo", -1, -1),
    new Among("uu", -1, -1),
    new Among("\u00e4\u00e4", -1, -1),
    new Among("\u00f6\u00f6", -1, -1)
  ];
  var a_6 = [
    new Among("'", -1, -1),
    new Among("ai", -1, -1),
    new Among("ei", -1, -1),
    new Among("ii", -1, -1),
    new Among("oi", -1, -1),
    new Among("ui", -1, -1),
    new Among("\u00e4i", -1, -1),
    new Among("\u00f6i", -1, -1)
  ];
  var a_7 = [
    new Among("a", -1, 2),
    new Among("lla", 0, -1),
    new Among("na", 0, -1),
    new Among("ssa", 0, -1),
    new Among("ta", 0, -1),
    new Among("lta", 4, -1),
    new Among("sta", 4, -1),
    new Among("tta", 4, 3),
    new Among("lle", -1, -1),
    new Among("ine", -1, -1),
    new Among("ksi", -1, -1),
    new Among("n", -1, 1),
    new Among("han", 11, -1, P.r_A),
    new Among("den", 11, -1, P.r_VI),
    new Among("seen", 11, -1, P.r_LV),
    new Among("hen", 11, -1, P.r_E),
    new Among("tten", 11, -1, P.r_VI),
    new Among("hin", 11, -1, P.r_I),
    new Among("siin", 11, -1, P.r_VI),
    new Among("hon", 11, -1, P.r_O),
    new Among("hun", 11, -1, P.r_U),
    new Among("h\u00e4n", 11, -1, P.r_A_),
    new Among("h\u00f6n", 11, -1, P.r_O_),
    new Among("\u00e4", -1, 2),
    new Among("ll\u00e4", 23, -1),
    new Among("n\u00e4", 23, -1),
    new Among("ss\u00e4", 23, -1),
    new Among("t\u00e4", 23, -1),
    new Among("lt\u00e4", 27, -1),
    new Among("st\u00e4", 27, -1),
    new Among("tt\u00e4", 27, 3)
  ];
  var a_8 = [
    new Among("eja", -1, -1),
    new Among("mma", -1, 1),
    new Among("imma", 1, -1),
    new Among("mpa", -1, 1),
    new Among("impa", 3, -1),
    new Among("mmi", -1, 1),
    new Among("immi", 5, -1),
    new Among("mpi", -1, 1),
    new Among("impi", 7, -1),
    new Among("ej\u00e4", -1, -1),
    new Among("mm\u00e4", -1, 1),
    new Among("imm\u00e4", 10, -1),
    new Among("mp\u00e4", -1, 1),
    new Among("imp\u00e4", 12, -1)
  ];
  var a_9 = [
    new Among("i", -1, -1),
    new Among("j", -1, -1)
  ];
  var a_10 = [
    new Among("mma", -1, 1),
    new Among("imma", 0, -1)
  ];

  var stemmer = new FinnishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["fi"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
