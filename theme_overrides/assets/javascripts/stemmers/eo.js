// Snowball stemmer 'esperanto' for language 'eo': self.snowballStem['eo'](word).
// Translated by scripts/stemmers_js.py from esperanto_stemmer.py of snowballstemmer 3.1.1
// (Generated from esperanto.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_vowel = "aeiou";
  var g_aou = "aou";
  var g_digit = "0123456789";

  function EsperantoStemmer() {
    BaseStemmer.call(this);
  }
  EsperantoStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = EsperantoStemmer.prototype;
  P.highestLiteral = 0x016D;

  P.r_canonical_form = function () {
    var B_foreign, v_1, among_var;
    B_foreign = false;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("\u0109");
        } else if (among_var === 2) {
          this.slice_from("\u011d");
        } else if (among_var === 3) {
          this.slice_from("\u0125");
        } else if (among_var === 4) {
          this.slice_from("\u0135");
        } else if (among_var === 5) {
          this.slice_from("\u015d");
        } else if (among_var === 6) {
          this.slice_from("\u016d");
        } else if (among_var === 7) {
          this.slice_from("a");
          B_foreign = true;
        } else if (among_var === 8) {
          this.slice_from("e");
          B_foreign = true;
        } else if (among_var === 9) {
          this.slice_from("i");
          B_foreign = true;
        } else if (among_var === 10) {
          this.slice_from("o");
          B_foreign = true;
        } else if (among_var === 11) {
          this.slice_from("u");
          B_foreign = true;
        } else if (among_var === 12) {
          B_foreign = true;
        } else if (among_var === 13) {
          B_foreign = false;
        } else {
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return !B_foreign;
  };
  P.r_initial_apostrophe = function () {
    this.bra = this.cursor;
    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    if (!this.eq_s("st")) {
      return false;
    }
    if (this.find_among(a_1) === 0) {
      return false;
    }
    if (this.cursor < this.limit) {
      return false;
    }
    this.slice_from("e");
    return true;
  };
  P.r_pronoun = function () {
    var v_1;
    this.ket = this.cursor;
    v_1 = this.limit - this.cursor;
    lab0: {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.cursor -= 1;
    }
    this.bra = this.cursor;
    if (this.find_among_b(a_2) === 0) {
      return false;
    }
    while (true) {
      lab0: {
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.slice_del();
    return true;
  };
  P.r_final_apostrophe = function () {
    var v_1;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "l")) {
          break lab0;
        }
        this.cursor -= 1;
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from("a");
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.eq_s_b("un")) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from("u");
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (this.find_among_b(a_3) === 0) {
          break lab0;
        }
        while (true) {
          lab1: {
            if (this.cursor > this.limit_backward) {
              break lab1;
            }
            break;
          }
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_from("a\u016d");
        break;
      }
      this.cursor = this.limit - v_1;
      this.slice_from("o");
      break;
    }
    return true;
  };
  P.r_ujn_suffix = function () {
    var v_1, v_2;
    this.ket = this.cursor;
    v_1 = this.limit - this.cursor;
    lab0: {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.cursor -= 1;
    }
    v_2 = this.limit - this.cursor;
    lab0: {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "j")) {
        this.cursor = this.limit - v_2;
        break lab0;
      }
      this.cursor -= 1;
    }
    this.bra = this.cursor;
    if (this.find_among_b(a_4) === 0) {
      return false;
    }
    while (true) {
      lab0: {
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.slice_del();
    return true;
  };
  P.r_uninflected = function () {
    if (this.find_among_b(a_5) === 0) {
      return false;
    }
    while (true) {
      lab0: {
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_merged_numeral = function () {
    if (this.find_among_b(a_6) === 0) {
      return false;
    }
    return this.find_among_b(a_7) !== 0;
  };
  P.r_correlative = function () {
    var v_1, v_6, v_2, v_4, v_5, v_3;
    this.ket = this.cursor;
    this.bra = this.cursor;
    v_1 = this.limit - this.cursor;
    while (true) {
      v_2 = this.limit - this.cursor;
      lab0: {
        v_3 = this.limit - this.cursor;
        lab1: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
            this.cursor = this.limit - v_3;
            break lab1;
          }
          this.cursor -= 1;
        }
        this.bra = this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      this.cursor = this.limit - v_2;
      v_4 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
          this.cursor = this.limit - v_4;
          break lab0;
        }
        this.cursor -= 1;
      }
      v_5 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "j")) {
          this.cursor = this.limit - v_5;
          break lab0;
        }
        this.cursor -= 1;
      }
      this.bra = this.cursor;
      if (!this.in_grouping_b(g_aou)) {
        return false;
      }
      break;
    }
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
      return false;
    }
    this.cursor -= 1;
    v_6 = this.limit - this.cursor;
    lab0: {
      if (this.find_among_b(a_8) === 0) {
        this.cursor = this.limit - v_6;
        break lab0;
      }
    }
    while (true) {
      lab0: {
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.cursor = this.limit - v_1;
    this.slice_del();
    return true;
  };
  P.r_long_word = function () {
    var v_1, _;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        for (_ = 0; _ < 2; _++) {
          if (!this.go_out_grouping_b(g_vowel)) {
            break lab0;
          }
          this.cursor -= 1;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        while (true) {
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if (this.cursor <= this.limit_backward) {
            break lab0;
          }
          this.cursor -= 1;
        }
        if (this.cursor <= this.limit_backward) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      this.cursor = this.limit - v_1;
      if (!this.go_out_grouping_b(g_digit)) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_standard_suffix = function () {
    var among_var, v_2, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      return false;
    }
    if (among_var === 1) {
      v_1 = this.limit - this.cursor;
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if (!this.in_grouping_b(g_digit)) {
          return false;
        }
        break;
      }
      this.cursor = this.limit - v_1;
    }
    v_2 = this.limit - this.cursor;
    lab0: {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "-")) {
        this.cursor = this.limit - v_2;
        break lab0;
      }
      this.cursor -= 1;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    v_1 = this.cursor;
    if (!this.r_canonical_form()) {
      return false;
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_initial_apostrophe();
    this.cursor = v_2;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = this.limit - this.cursor;
    lab0: {
      if (!this.r_pronoun()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_final_apostrophe();
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    lab0: {
      if (!this.r_correlative()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_5;
    v_6 = this.limit - this.cursor;
    lab0: {
      if (!this.r_uninflected()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_6;
    v_7 = this.limit - this.cursor;
    lab0: {
      if (!this.r_merged_numeral()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_7;
    v_8 = this.limit - this.cursor;
    lab0: {
      if (!this.r_ujn_suffix()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_8;
    v_9 = this.limit - this.cursor;
    if (!this.r_long_word()) {
      return false;
    }
    this.cursor = this.limit - v_9;
    if (!this.r_standard_suffix()) {
      return false;
    }
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("", -1, 14),
    new Among("-", 0, 13),
    new Among("cx", 0, 1),
    new Among("gx", 0, 2),
    new Among("hx", 0, 3),
    new Among("jx", 0, 4),
    new Among("q", 0, 12),
    new Among("sx", 0, 5),
    new Among("ux", 0, 6),
    new Among("w", 0, 12),
    new Among("x", 0, 12),
    new Among("y", 0, 12),
    new Among("\u00e1", 0, 7),
    new Among("\u00e9", 0, 8),
    new Among("\u00ed", 0, 9),
    new Among("\u00f3", 0, 10),
    new Among("\u00fa", 0, 11)
  ];
  var a_1 = [
    new Among("as", -1, -1),
    new Among("i", -1, -1),
    new Among("is", 1, -1),
    new Among("os", -1, -1),
    new Among("u", -1, -1),
    new Among("us", 4, -1)
  ];
  var a_2 = [
    new Among("ci", -1, -1),
    new Among("gi", -1, -1),
    new Among("hi", -1, -1),
    new Among("li", -1, -1),
    new Among("ili", 3, -1),
    new Among("\u015dli", 3, -1),
    new Among("mi", -1, -1),
    new Among("ni", -1, -1),
    new Among("oni", 7, -1),
    new Among("ri", -1, -1),
    new Among("si", -1, -1),
    new Among("vi", -1, -1),
    new Among("ivi", 11, -1),
    new Among("\u011di", -1, -1),
    new Among("\u015di", -1, -1),
    new Among("i\u015di", 14, -1),
    new Among("mal\u015di", 14, -1)
  ];
  var a_3 = [
    new Among("amb", -1, -1),
    new Among("bald", -1, -1),
    new Among("malbald", 1, -1),
    new Among("morg", -1, -1),
    new Among("postmorg", 3, -1),
    new Among("adi", -1, -1),
    new Among("hodi", -1, -1),
    new Among("ank", -1, -1),
    new Among("\u0109irk", -1, -1),
    new Among("tut\u0109irk", 8, -1),
    new Among("presk", -1, -1),
    new Among("almen", -1, -1),
    new Among("apen", -1, -1),
    new Among("hier", -1, -1),
    new Among("anta\u016dhier", 13, -1),
    new Among("malgr", -1, -1),
    new Among("ankor", -1, -1),
    new Among("kontr", -1, -1),
    new Among("anstat", -1, -1),
    new Among("kvaz", -1, -1)
  ];
  var a_4 = [
    new Among("aliu", -1, -1),
    new Among("unu", -1, -1)
  ];
  var a_5 = [
    new Among("aha", -1, -1),
    new Among("haha", 0, -1),
    new Among("haleluja", -1, -1),
    new Among("hola", -1, -1),
    new Among("hosana", -1, -1),
    new Among("maltra", -1, -1),
    new Among("hura", -1, -1),
    new Among("\u0125a\u0125a", -1, -1),
    new Among("ekde", -1, -1),
    new Among("elde", -1, -1),
    new Among("disde", -1, -1),
    new Among("ehe", -1, -1),
    new Among("maltre", -1, -1),
    new Among("dirlididi", -1, -1),
    new Among("malpli", -1, -1),
    new Among("mal\u0109i", -1, -1),
    new Among("malkaj", -1, -1),
    new Among("amen", -1, -1),
    new Among("tamen", 17, -1),
    new Among("oho", -1, -1),
    new Among("maltro", -1, -1),
    new Among("minus", -1, -1),
    new Among("uhu", -1, -1),
    new Among("muu", -1, -1)
  ];
  var a_6 = [
    new Among("tri", -1, -1),
    new Among("du", -1, -1),
    new Among("unu", -1, -1)
  ];
  var a_7 = [
    new Among("dek", -1, -1),
    new Among("cent", -1, -1)
  ];
  var a_8 = [
    new Among("k", -1, -1),
    new Among("kelk", 0, -1),
    new Among("nen", -1, -1),
    new Among("t", -1, -1),
    new Among("mult", 3, -1),
    new Among("samt", 3, -1),
    new Among("\u0109", -1, -1)
  ];
  var a_9 = [
    new Among("a", -1, -1),
    new Among("e", -1, -1),
    new Among("i", -1, -1),
    new Among("j", -1, 1),
    new Among("aj", 3, -1),
    new Among("oj", 3, -1),
    new Among("n", -1, 1),
    new Among("an", 6, -1),
    new Among("en", 6, -1),
    new Among("jn", 6, 1),
    new Among("ajn", 9, -1),
    new Among("ojn", 9, -1),
    new Among("on", 6, -1),
    new Among("o", -1, -1),
    new Among("as", -1, -1),
    new Among("is", -1, -1),
    new Among("os", -1, -1),
    new Among("us", -1, -1),
    new Among("u", -1, -1)
  ];

  var stemmer = new EsperantoStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["eo"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
