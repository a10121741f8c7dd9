// Snowball stemmer 'indonesian' for language 'id': self.snowballStem['id'](word).
// Translated by scripts/stemmers_js.py from indonesian_stemmer.py of snowballstemmer 3.1.1
// (Generated from indonesian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_vowel = "aeiou";

  function IndonesianStemmer() {
    BaseStemmer.call(this);
    this.I_prefix = 0;
    this.I_measure = 0;
  }
  IndonesianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = IndonesianStemmer.prototype;
  P.highestLiteral = 0x0079;

  P.r_remove_particle = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_0) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.I_measure -= 1;
    return true;
  };
  P.r_remove_possessive_pronoun = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.I_measure -= 1;
    return true;
  };
  P.r_remove_suffix = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        v_1 = this.limit - this.cursor;
        lab0: {
          if (this.I_prefix === 3) {
            break lab0;
          }
          if (this.I_prefix === 2) {
            break lab0;
          }
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "k")) {
            break lab0;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          break;
        }
        this.cursor = this.limit - v_1;
        if (this.I_prefix === 1) {
          return false;
        }
        break;
      }
    } else {
      if (this.I_prefix > 2) {
        return false;
      }
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
    }
    this.slice_del();
    this.I_measure -= 1;
    return true;
  };
  P.r_remove_first_order_prefix = function () {
    var among_var, v_1, v_2, v_3, v_4, v_5, v_7, v_6, v_8;
    this.bra = this.cursor;
    among_var = this.find_among(a_3);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      this.slice_del();
      this.I_prefix = 1;
      this.I_measure -= 1;
    } else if (among_var === 2) {
      while (true) {
        v_1 = this.cursor;
        lab0: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
            break lab0;
          }
          this.cursor += 1;
          v_2 = this.cursor;
          if (!this.in_grouping(g_vowel)) {
            break lab0;
          }
          this.cursor = v_2;
          this.ket = this.cursor;
          this.slice_from("s");
          this.I_prefix = 1;
          this.I_measure -= 1;
          break;
        }
        this.cursor = v_1;
        this.slice_del();
        this.I_prefix = 1;
        this.I_measure -= 1;
        break;
      }
    } else if (among_var === 3) {
      this.slice_del();
      this.I_prefix = 3;
      this.I_measure -= 1;
    } else if (among_var === 4) {
      while (true) {
        v_3 = this.cursor;
        lab0: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
            break lab0;
          }
          this.cursor += 1;
          v_4 = this.cursor;
          if (!this.in_grouping(g_vowel)) {
            break lab0;
          }
          this.cursor = v_4;
          this.ket = this.cursor;
          this.slice_from("s");
          this.I_prefix = 3;
          this.I_measure -= 1;
          break;
        }
        this.cursor = v_3;
        this.slice_del();
        this.I_prefix = 3;
        this.I_measure -= 1;
        break;
      }
    } else if (among_var === 5) {
      this.I_prefix = 1;
      this.I_measure -= 1;
      while (true) {
        v_5 = this.cursor;
        lab0: {
          v_6 = this.cursor;
          if (!this.in_grouping(g_vowel)) {
            break lab0;
          }
          this.cursor = v_6;
          this.slice_from("p");
          break;
        }
        this.cursor = v_5;
        this.slice_del();
        break;
      }
    } else {
      this.I_prefix = 3;
      this.I_measure -= 1;
      while (true) {
        v_7 = this.cursor;
        lab0: {
          v_8 = this.cursor;
          if (!this.in_grouping(g_vowel)) {
            break lab0;
          }
          this.cursor = v_8;
          this.slice_from("p");
          break;
        }
        this.cursor = v_7;
        this.slice_del();
        break;
      }
    }
    return true;
  };
  P.r_remove_second_order_prefix = function () {
    var among_var, v_1, v_2;
    this.bra = this.cursor;
    among_var = this.find_among(a_4);
    if (among_var === 0) {
      return false;
    }
    if (among_var === 1) {
      while (true) {
        v_1 = this.cursor;
        lab0: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "r")) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          this.I_prefix = 2;
          break;
        }
        this.cursor = v_1;
        lab0: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "l")) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          if (!this.eq_s("ajar")) {
            break lab0;
          }
          break;
        }
        this.cursor = v_1;
        this.ket = this.cursor;
        this.I_prefix = 2;
        break;
      }
    } else {
      while (true) {
        v_2 = this.cursor;
        lab0: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "r")) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          break;
        }
        this.cursor = v_2;
        lab0: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "l")) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          if (!this.eq_s("ajar")) {
            break lab0;
          }
          break;
        }
        this.cursor = v_2;
        this.ket = this.cursor;
        if (!this.out_grouping(g_vowel)) {
          return false;
        }
        if (!this.eq_s("er")) {
          return false;
        }
        break;
      }
      this.I_prefix = 4;
    }
    this.I_measure -= 1;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_3, v_4, v_5, v_9, v_10, v_2, v_6, v_7, v_8;
    this.I_measure = 0;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!this.go_out_grouping(g_vowel)) {
            break lab1;
          }
          this.cursor += 1;
          this.I_measure += 1;
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    if (this.I_measure <= 2) {
      return false;
    }
    this.I_prefix = 0;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = this.limit - this.cursor;
    this.r_remove_particle();
    this.cursor = this.limit - v_3;
    if (this.I_measure <= 2) {
      return false;
    }
    v_4 = this.limit - this.cursor;
    this.r_remove_possessive_pronoun();
    this.cursor = this.limit - v_4;
    this.cursor = this.limit_backward;
    if (this.I_measure <= 2) {
      return false;
    }
    while (true) {
      v_5 = this.cursor;
      lab0: {
        v_6 = this.cursor;
        if (!this.r_remove_first_order_prefix()) {
          break lab0;
        }
        v_7 = this.cursor;
        lab1: {
          v_8 = this.cursor;
          if (this.I_measure <= 2) {
            break lab1;
          }
          this.limit_backward = this.cursor;
          this.cursor = this.limit;
          if (!this.r_remove_suffix()) {
            break lab1;
          }
          this.cursor = this.limit_backward;
          this.cursor = v_8;
          if (this.I_measure <= 2) {
            break lab1;
          }
          if (!this.r_remove_second_order_prefix()) {
            break lab1;
          }
        }
        this.cursor = v_7;
        this.cursor = v_6;
        break;
      }
      this.cursor = v_5;
      v_9 = this.cursor;
      this.r_remove_second_order_prefix();
      this.cursor = v_9;
      v_10 = this.cursor;
      lab0: {
        if (this.I_measure <= 2) {
          break lab0;
        }
        this.limit_backward = this.cursor;
        this.cursor = this.limit;
        if (!this.r_remove_suffix()) {
          break lab0;
        }
        this.cursor = this.limit_backward;
      }
      this.cursor = v_10;
      break;
    }
    return true;
  };

  var a_0 = [
    new Among("kah", -1, 1),
    new Among("lah", -1, 1),
    new Among("pun", -1, 1)
  ];
  var a_1 = [
    new Among("nya", -1, 1),
    new Among("ku", -1, 1),
    new Among("mu", -1, 1)
  ];
  var a_2 = [
    new Among("i", -1, 2),
    new Among("an", -1, 1)
  ];
  var a_3 = [
    new Among("di", -1, 1),
    new Among("ke", -1, 3),
    new Among("me", -1, 1),
    new Among("mem", 2, 5),
    new Among("men", 2, 2),
    new Among("meng", 4, 1),
    new Among("pem", -1, 6),
    new Among("pen", -1, 4),
    new Among("peng", 7, 3),
    new Among("ter", -1, 1)
  ];
  var a_4 = [
    new Among("be", -1, 2),
    new Among("pe", -1, 1)
  ];

  var stemmer = new IndonesianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["id"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
