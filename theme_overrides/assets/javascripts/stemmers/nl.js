// Snowball stemmer 'dutch' for language 'nl': self.snowballStem['nl'](word).
// Translated by scripts/stemmers_js.py from dutch_stemmer.py of snowballstemmer 3.1.1
// (Generated from dutch.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_E = "e\u00e8\u00e9\u00ea\u00eb";
  var g_AIOU = "aiou\u00e0\u00e1\u00e2\u00e4\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc";
  var g_AEIOU = "aeiou\u00e0\u00e1\u00e2\u00e4\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc";
  var g_v = "aeiouy\u00e0\u00e1\u00e2\u00e4\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc";
  var g_v_WX = "aeiouwxy\u00e0\u00e1\u00e2\u00e4\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc";
  var as_6 = ["k", "f", "p"];
  var as_10 = ["e", "i"];
  var as_11 = ["e", "i"];

  function DutchStemmer() {
    BaseStemmer.call(this);
    this.B_GE_removed = false;
    this.I_p2 = 0;
    this.I_p1 = 0;
  }
  DutchStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = DutchStemmer.prototype;
  P.highestLiteral = 0x00FC;

  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_V = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    while (true) {
      lab0: {
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        break;
      }
      if (!this.eq_s_b("ij")) {
        return false;
      }
      break;
    }
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_VX = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.cursor -= 1;
    while (true) {
      lab0: {
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        break;
      }
      if (!this.eq_s_b("ij")) {
        return false;
      }
      break;
    }
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_C = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    lab0: {
      if (!this.eq_s_b("ij")) {
        break lab0;
      }
      return false;
    }
    if (!this.out_grouping_b(g_v)) {
      return false;
    }
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_lengthen_V = function () {
    var v_1, among_var, v_2, S_ch, c, v_3, v_4, v_5;
    v_1 = this.limit - this.cursor;
    lab0: {
      if (!this.out_grouping_b(g_v_WX)) {
        break lab0;
      }
      this.ket = this.cursor;
      among_var = this.find_among_b(a_0);
      if (among_var === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      if (among_var === 1) {
        v_2 = this.limit - this.cursor;
        while (true) {
          lab1: {
            if (!this.out_grouping_b(g_AEIOU)) {
              break lab1;
            }
            break;
          }
          if (this.cursor > this.limit_backward) {
            break lab0;
          }
          break;
        }
        this.cursor = this.limit - v_2;
        S_ch = this.slice_to();
        c = this.cursor;
        this.insert(this.cursor, this.cursor, S_ch);
        this.cursor = c;
      } else if (among_var === 2) {
        v_3 = this.limit - this.cursor;
        while (true) {
          lab1: {
            if (!this.out_grouping_b(g_AEIOU)) {
              break lab1;
            }
            break;
          }
          if (this.cursor > this.limit_backward) {
            break lab0;
          }
          break;
        }
        v_4 = this.limit - this.cursor;
        lab1: {
          while (true) {
            lab2: {
              if (!this.in_grouping_b(g_AIOU)) {
                break lab2;
              }
              break;
            }
            if (!this.in_grouping_b(g_E)) {
              break lab1;
            }
            if (this.cursor > this.limit_backward) {
              break lab1;
            }
            break;
          }
          break lab0;
        }
        this.cursor = this.limit - v_4;
        v_5 = this.limit - this.cursor;
        lab1: {
          if (this.cursor <= this.limit_backward) {
            break lab1;
          }
          this.cursor -= 1;
          if (!this.in_grouping_b(g_AIOU)) {
            break lab1;
          }
          if (!this.out_grouping_b(g_AEIOU)) {
            break lab1;
          }
          break lab0;
        }
        this.cursor = this.limit - v_5;
        this.cursor = this.limit - v_3;
        S_ch = this.slice_to();
        c = this.cursor;
        this.insert(this.cursor, this.cursor, S_ch);
        this.cursor = c;
      } else if (among_var === 3) {
        this.slice_from("e\u00ebe");
      } else {
        this.slice_from("iee");
      }
    }
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_Step_1 = function () {
    var among_var, v_1, v_2, v_3, v_4, v_5;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      if (!this.r_R1()) {
        return false;
      }
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "t")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.r_R1()) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_1;
      if (!this.r_C()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 3) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("ie");
    } else if (among_var === 4) {
      while (true) {
        v_2 = this.limit - this.cursor;
        lab0: {
          v_3 = this.limit - this.cursor;
          if (!this.eq_s_b("ar")) {
            break lab0;
          }
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_C()) {
            break lab0;
          }
          this.cursor = this.limit - v_3;
          this.slice_del();
          this.r_lengthen_V();
          break;
        }
        this.cursor = this.limit - v_2;
        lab0: {
          v_4 = this.limit - this.cursor;
          if (!this.eq_s_b("er")) {
            break lab0;
          }
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_C()) {
            break lab0;
          }
          this.cursor = this.limit - v_4;
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_2;
        if (!this.r_R1()) {
          return false;
        }
        if (!this.r_C()) {
          return false;
        }
        this.slice_from("e");
        break;
      }
    } else if (among_var === 5) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("\u00e9");
    } else if (among_var === 6) {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_V()) {
        return false;
      }
      this.slice_from("au");
    } else if (among_var === 7) {
      while (true) {
        v_5 = this.limit - this.cursor;
        lab0: {
          if (!this.eq_s_b("hed")) {
            break lab0;
          }
          if (!this.r_R1()) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_from("heid");
          break;
        }
        this.cursor = this.limit - v_5;
        lab0: {
          if (!this.eq_s_b("nd")) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_5;
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "d")) {
            break lab0;
          }
          this.cursor -= 1;
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_C()) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_5;
        lab0: {
          while (true) {
            lab1: {
              if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
                break lab1;
              }
              this.cursor -= 1;
              break;
            }
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "j")) {
              break lab0;
            }
            this.cursor -= 1;
            break;
          }
          if (!this.r_V()) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_5;
        if (!this.r_R1()) {
          return false;
        }
        if (!this.r_C()) {
          return false;
        }
        this.slice_del();
        this.r_lengthen_V();
        break;
      }
    } else {
      this.slice_from("nd");
    }
    return true;
  };
  P.r_Step_2 = function () {
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
          if (!this.eq_s_b("'t")) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_1;
        lab0: {
          if (!this.eq_s_b("et")) {
            break lab0;
          }
          this.bra = this.cursor;
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_C()) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_1;
        lab0: {
          if (!this.eq_s_b("rnt")) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_from("rn");
          break;
        }
        this.cursor = this.limit - v_1;
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "t")) {
            break lab0;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_VX()) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_1;
        lab0: {
          if (!this.eq_s_b("ink")) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_from("ing");
          break;
        }
        this.cursor = this.limit - v_1;
        lab0: {
          if (!this.eq_s_b("mp")) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_from("m");
          break;
        }
        this.cursor = this.limit - v_1;
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
            break lab0;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_1;
        this.bra = this.cursor;
        if (!this.r_R1()) {
          return false;
        }
        if (!this.r_C()) {
          return false;
        }
        this.slice_del();
        break;
      }
    } else if (among_var === 2) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("g");
    } else if (among_var === 3) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("lijk");
    } else if (among_var === 4) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("isch");
    } else if (among_var === 5) {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_C()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 6) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("t");
    } else if (among_var === 7) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("s");
    } else if (among_var === 8) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("r");
    } else if (among_var === 9) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
      this.insert(this.cursor, this.cursor, "l");
      this.r_lengthen_V();
    } else if (among_var === 10) {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_C()) {
        return false;
      }
      this.slice_del();
      this.insert(this.cursor, this.cursor, "en");
      this.r_lengthen_V();
    } else {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_C()) {
        return false;
      }
      this.slice_from("ief");
    }
    return true;
  };
  P.r_Step_3 = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("eer");
    } else if (among_var === 2) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
      this.r_lengthen_V();
    } else if (among_var === 3) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 4) {
      this.slice_from("r");
    } else if (among_var === 5) {
      while (true) {
        v_1 = this.limit - this.cursor;
        lab0: {
          if (!this.eq_s_b("ild")) {
            break lab0;
          }
          this.slice_from("er");
          break;
        }
        this.cursor = this.limit - v_1;
        if (!this.r_R1()) {
          return false;
        }
        this.slice_del();
        this.r_lengthen_V();
        break;
      }
    } else if (among_var === 6) {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_C()) {
        return false;
      }
      this.slice_from("aar");
    } else if (among_var === 7) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      this.insert(this.cursor, this.cursor, "f");
      this.r_lengthen_V();
    } else if (among_var === 8) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      this.insert(this.cursor, this.cursor, "g");
      this.r_lengthen_V();
    } else if (among_var === 9) {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_C()) {
        return false;
      }
      this.slice_from("t");
    } else {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.r_C()) {
        return false;
      }
      this.slice_from("d");
    }
    return true;
  };
  P.r_Step_4 = function () {
    var v_1, v_2, among_var;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_4);
        if (among_var === 0) {
          break lab0;
        }
        this.bra = this.cursor;
        if (among_var === 1) {
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_from("ie");
        } else if (among_var === 2) {
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_from("eer");
        } else if (among_var === 3) {
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_del();
        } else if (among_var === 4) {
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_V()) {
            break lab0;
          }
          this.slice_from("n");
        } else if (among_var === 5) {
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_V()) {
            break lab0;
          }
          this.slice_from("l");
        } else if (among_var === 6) {
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_V()) {
            break lab0;
          }
          this.slice_from("r");
        } else if (among_var === 7) {
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_from("teer");
        } else if (among_var === 8) {
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_from("lijk");
        } else {
          if (!this.r_R1()) {
            break lab0;
          }
          if (!this.r_C()) {
            break lab0;
          }
          this.slice_del();
          this.r_lengthen_V();
        }
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      if (this.find_among_b(a_5) === 0) {
        return false;
      }
      this.bra = this.cursor;
      if (!this.r_R1()) {
        return false;
      }
      v_2 = this.limit - this.cursor;
      lab0: {
        if (!this.eq_s_b("inn")) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_2;
      if (!this.r_C()) {
        return false;
      }
      this.slice_del();
      this.r_lengthen_V();
      break;
    }
    return true;
  };
  P.r_Step_7 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_6);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(as_6[among_var - 1]);
    return true;
  };
  P.r_Step_6 = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_from("b");
    } else if (among_var === 2) {
      this.slice_from("c");
    } else if (among_var === 3) {
      this.slice_from("d");
    } else if (among_var === 4) {
      this.slice_from("f");
    } else if (among_var === 5) {
      this.slice_from("g");
    } else if (among_var === 6) {
      this.slice_from("h");
    } else if (among_var === 7) {
      this.slice_from("j");
    } else if (among_var === 8) {
      this.slice_from("k");
    } else if (among_var === 9) {
      this.slice_from("l");
    } else if (among_var === 10) {
      this.slice_from("m");
    } else if (among_var === 11) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
          break lab0;
        }
        this.cursor -= 1;
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_1;
      this.slice_from("n");
    } else if (among_var === 12) {
      this.slice_from("p");
    } else if (among_var === 13) {
      this.slice_from("q");
    } else if (among_var === 14) {
      this.slice_from("r");
    } else if (among_var === 15) {
      this.slice_from("s");
    } else if (among_var === 16) {
      this.slice_from("t");
    } else if (among_var === 17) {
      this.slice_from("v");
    } else if (among_var === 18) {
      this.slice_from("w");
    } else if (among_var === 19) {
      this.slice_from("x");
    } else {
      this.slice_from("z");
    }
    return true;
  };
  P.r_Step_1c = function () {
    var among_var, v_1, v_3, v_4, v_2;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (!this.r_C()) {
      return false;
    }
    if (among_var === 1) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.r_R1()) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_1;
      while (true) {
        v_2 = this.limit - this.cursor;
        lab0: {
          if (!this.eq_s_b("in")) {
            break lab0;
          }
          if (this.cursor > this.limit_backward) {
            break lab0;
          }
          this.slice_from("n");
          break;
        }
        this.cursor = this.limit - v_2;
        this.slice_del();
        break;
      }
    } else {
      v_3 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "h")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.r_R1()) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_3;
      v_4 = this.limit - this.cursor;
      lab0: {
        if (!this.eq_s_b("en")) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_4;
      this.slice_del();
    }
    return true;
  };
  P.r_Lose_prefix = function () {
    var v_1, v_2, among_var, v_5, v_3, v_4;
    this.bra = this.cursor;
    if (!this.eq_s("ge")) {
      return false;
    }
    this.ket = this.cursor;
    v_1 = this.cursor;
    if ((this.cursor + 3) > this.limit) {
      return false;
    }
    this.cursor += 3;
    this.cursor = v_1;
    v_2 = this.cursor;
    while (true) {
      v_3 = this.cursor;
      lab0: {
        while (true) {
          lab1: {
            if (!this.eq_s("ij")) {
              break lab1;
            }
            break;
          }
          if (!this.in_grouping(g_v)) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = v_3;
      if (this.cursor >= this.limit) {
        return false;
      }
      this.cursor += 1;
    }
    while (true) {
      v_4 = this.cursor;
      lab0: {
        while (true) {
          lab1: {
            if (!this.eq_s("ij")) {
              break lab1;
            }
            break;
          }
          if (!this.in_grouping(g_v)) {
            break lab0;
          }
          break;
        }
        continue;
      }
      this.cursor = v_4;
      break;
    }
    if (this.cursor >= this.limit) {
      return false;
    }
    this.cursor = v_2;
    among_var = this.find_among(a_9);
    if (among_var === 1) {
      return false;
    }
    this.B_GE_removed = true;
    this.slice_del();
    v_5 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      among_var = this.find_among(a_10);
      if (among_var === 0) {
        break lab0;
      }
      this.ket = this.cursor;
      this.slice_from(as_10[among_var - 1]);
    }
    this.cursor = v_5;
    return true;
  };
  P.r_Lose_infix = function () {
    var v_1, v_2, v_5, v_3, v_4, among_var;
    if (this.cursor >= this.limit) {
      return false;
    }
    this.cursor += 1;
    while (true) {
      lab0: {
        this.bra = this.cursor;
        if (!this.eq_s("ge")) {
          break lab0;
        }
        this.ket = this.cursor;
        break;
      }
      if (this.cursor >= this.limit) {
        return false;
      }
      this.cursor += 1;
    }
    v_1 = this.cursor;
    if ((this.cursor + 3) > this.limit) {
      return false;
    }
    this.cursor += 3;
    this.cursor = v_1;
    v_2 = this.cursor;
    while (true) {
      v_3 = this.cursor;
      lab0: {
        while (true) {
          lab1: {
            if (!this.eq_s("ij")) {
              break lab1;
            }
            break;
          }
          if (!this.in_grouping(g_v)) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = v_3;
      if (this.cursor >= this.limit) {
        return false;
      }
      this.cursor += 1;
    }
    while (true) {
      v_4 = this.cursor;
      lab0: {
        while (true) {
          lab1: {
            if (!this.eq_s("ij")) {
              break lab1;
            }
            break;
          }
          if (!this.in_grouping(g_v)) {
            break lab0;
          }
          break;
        }
        continue;
      }
      this.cursor = v_4;
      break;
    }
    if (this.cursor >= this.limit) {
      return false;
    }
    this.cursor = v_2;
    this.B_GE_removed = true;
    this.slice_del();
    v_5 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      among_var = this.find_among(a_11);
      if (among_var === 0) {
        break lab0;
      }
      this.ket = this.cursor;
      this.slice_from(as_11[among_var - 1]);
    }
    this.cursor = v_5;
    return true;
  };
  P.r_measure = function () {
    var v_1, v_2, v_4, v_3, v_5;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        lab1: {
          if (!this.out_grouping(g_v)) {
            break lab1;
          }
          continue;
        }
        break;
      }
      v_2 = 1;
      while (true) {
        v_3 = this.cursor;
        lab1: {
          while (true) {
            lab2: {
              if (!this.eq_s("ij")) {
                break lab2;
              }
              break;
            }
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            break;
          }
          v_2 -= 1;
          continue;
        }
        this.cursor = v_3;
        break;
      }
      if (v_2 > 0) {
        break lab0;
      }
      if (!this.out_grouping(g_v)) {
        break lab0;
      }
      this.I_p1 = this.cursor;
      while (true) {
        lab1: {
          if (!this.out_grouping(g_v)) {
            break lab1;
          }
          continue;
        }
        break;
      }
      v_4 = 1;
      while (true) {
        v_5 = this.cursor;
        lab1: {
          while (true) {
            lab2: {
              if (!this.eq_s("ij")) {
                break lab2;
              }
              break;
            }
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            break;
          }
          v_4 -= 1;
          continue;
        }
        this.cursor = v_5;
        break;
      }
      if (v_4 > 0) {
        break lab0;
      }
      if (!this.out_grouping(g_v)) {
        break lab0;
      }
      this.I_p2 = this.cursor;
    }
    this.cursor = v_1;
    return true;
  };
  P._stem = function () {
    var B_stemmed, v_1, v_2, v_3, v_4, v_5, v_7, v_8, v_10, v_11, v_12, v_6, v_9;
    B_stemmed = false;
    this.r_measure();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    lab0: {
      if (!this.r_Step_1()) {
        break lab0;
      }
      B_stemmed = true;
    }
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    lab0: {
      if (!this.r_Step_2()) {
        break lab0;
      }
      B_stemmed = true;
    }
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    lab0: {
      if (!this.r_Step_3()) {
        break lab0;
      }
      B_stemmed = true;
    }
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    lab0: {
      if (!this.r_Step_4()) {
        break lab0;
      }
      B_stemmed = true;
    }
    this.cursor = this.limit - v_4;
    this.cursor = this.limit_backward;
    this.B_GE_removed = false;
    v_5 = this.cursor;
    lab0: {
      v_6 = this.cursor;
      if (!this.r_Lose_prefix()) {
        break lab0;
      }
      this.cursor = v_6;
      this.r_measure();
    }
    this.cursor = v_5;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_7 = this.limit - this.cursor;
    lab0: {
      if (!this.B_GE_removed) {
        break lab0;
      }
      B_stemmed = true;
      if (!this.r_Step_1c()) {
        break lab0;
      }
    }
    this.cursor = this.limit - v_7;
    this.cursor = this.limit_backward;
    this.B_GE_removed = false;
    v_8 = this.cursor;
    lab0: {
      v_9 = this.cursor;
      if (!this.r_Lose_infix()) {
        break lab0;
      }
      this.cursor = v_9;
      this.r_measure();
    }
    this.cursor = v_8;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_10 = this.limit - this.cursor;
    lab0: {
      if (!this.B_GE_removed) {
        break lab0;
      }
      B_stemmed = true;
      if (!this.r_Step_1c()) {
        break lab0;
      }
    }
    this.cursor = this.limit - v_10;
    this.cursor = this.limit_backward;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_11 = this.limit - this.cursor;
    lab0: {
      if (!this.r_Step_7()) {
        break lab0;
      }
      B_stemmed = true;
    }
    this.cursor = this.limit - v_11;
    v_12 = this.limit - this.cursor;
    lab0: {
      if (!B_stemmed) {
        break lab0;
      }
      if (!this.r_Step_6()) {
        break lab0;
      }
    }
    this.cursor = this.limit - v_12;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("a", -1, 1),
    new Among("e", -1, 2),
    new Among("o", -1, 1),
    new Among("u", -1, 1),
    new Among("\u00e0", -1, 1),
    new Among("\u00e1", -1, 1),
    new Among("\u00e2", -1, 1),
    new Among("\u00e4", -1, 1),
    new Among("\u00e8", -1, 2),
    new Among("\u00e9", -1, 2),
    new Among("\u00ea", -1, 2),
    new Among("e\u00eb", -1, 3),
    new Among("i\u00eb", -1, 4),
    new Among("\u00f2", -1, 1),
    new Among("\u00f3", -1, 1),
    new Among("\u00f4", -1, 1),
    new Among("\u00f6", -1, 1),
    new Among("\u00f9", -1, 1),
    new Among("\u00fa", -1, 1),
    new Among("\u00fb", -1, 1),
    new Among("\u00fc", -1, 1)
  ];
  var a_1 = [
    new Among("nde", -1, 8),
    new Among("en", -1, 7),
    new Among("s", -1, 2),
    new Among("'s", 2, 1),
    new Among("es", 2, 4),
    new Among("ies", 4, 3),
    new Among("aus", 2, 6),
    new Among("\u00e9s", 2, 5)
  ];
  var a_2 = [
    new Among("de", -1, 5),
    new Among("ge", -1, 2),
    new Among("ische", -1, 4),
    new Among("je", -1, 1),
    new Among("lijke", -1, 3),
    new Among("le", -1, 9),
    new Among("ene", -1, 10),
    new Among("re", -1, 8),
    new Among("se", -1, 7),
    new Among("te", -1, 6),
    new Among("ieve", -1, 11)
  ];
  var a_3 = [
    new Among("heid", -1, 3),
    new Among("fie", -1, 7),
    new Among("gie", -1, 8),
    new Among("atie", -1, 1),
    new Among("isme", -1, 5),
    new Among("ing", -1, 5),
    new Among("arij", -1, 6),
    new Among("erij", -1, 5),
    new Among("sel", -1, 3),
    new Among("rder", -1, 4),
    new Among("ster", -1, 3),
    new Among("iteit", -1, 2),
    new Among("dst", -1, 10),
    new Among("tst", -1, 9)
  ];
  var a_4 = [
    new Among("end", -1, 9),
    new Among("atief", -1, 2),
    new Among("erig", -1, 9),
    new Among("achtig", -1, 3),
    new Among("ioneel", -1, 1),
    new Among("baar", -1, 3),
    new Among("laar", -1, 5),
    new Among("naar", -1, 4),
    new Among("raar", -1, 6),
    new Among("eriger", -1, 9),
    new Among("achtiger", -1, 3),
    new Among("lijker", -1, 8),
    new Among("tant", -1, 7),
    new Among("erigst", -1, 9),
    new Among("achtigst", -1, 3),
    new Among("lijkst", -1, 8)
  ];
  var a_5 = [
    new Among("ig", -1, 1),
    new Among("iger", -1, 1),
    new Among("igst", -1, 1)
  ];
  var a_6 = [
    new Among("ft", -1, 2),
    new Among("kt", -1, 1),
    new Among("pt", -1, 3)
  ];
  var a_7 = [
    new Among("bb", -1, 1),
    new Among("cc", -1, 2),
    new Among("dd", -1, 3),
    new Among("ff", -1, 4),
    new Among("gg", -1, 5),
    new Among("hh", -1, 6),
    new Among("jj", -1, 7),
    new Among("kk", -1, 8),
    new Among("ll", -1, 9),
    new Among("mm", -1, 10),
    new Among("nn", -1, 11),
    new Among("pp", -1, 12),
    new Among("qq", -1, 13),
    new Among("rr", -1, 14),
    new Among("ss", -1, 15),
    new Among("tt", -1, 16),
    new Among("v", -1, 4),
    new Among("vv", 16, 17),
    new Among("ww", -1, 18),
    new Among("xx", -1, 19),
    new Among("z", -1, 15),
    new Among("zz", 20, 20)
  ];
  var a_8 = [
    new Among("d", -1, 1),
    new Among("t", -1, 2)
  ];
  var a_9 = [
    new Among("", -1, -1),
    new Among("eft", 0, 1),
    new Among("vaa", 0, 1),
    new Among("val", 0, 1),
    new Among("vali", 3, -1),
    new Among("vare", 0, 1)
  ];
  var a_10 = [
    new Among("\u00eb", -1, 1),
    new Among("\u00ef", -1, 2)
  ];
  var a_11 = [
    new Among("\u00eb", -1, 1),
    new Among("\u00ef", -1, 2)
  ];

  var stemmer = new DutchStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["nl"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
