// Snowball stemmer 'english' for language 'en': self.snowballStem['en'](word).
// Translated by scripts/stemmers_js.py from english_stemmer.py of snowballstemmer 3.1.1
// (Generated from english.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_aeo = "aeo";
  var g_v = "aeiouy";
  var g_v_WXY = "Yaeiouwxy";
  var g_valid_LI = "cdeghkmnrt";
  var as_11 = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"];

  function EnglishStemmer() {
    BaseStemmer.call(this);
    this.B_Y_found = false;
    this.I_p2 = 0;
    this.I_p1 = 0;
  }
  EnglishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = EnglishStemmer.prototype;
  P.highestLiteral = 0x007A;

  P.r_prelude = function () {
    var v_1, v_2, v_3, v_4, v_5;
    this.B_Y_found = false;
    v_1 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
        break lab0;
      }
      this.cursor += 1;
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
        break lab0;
      }
      this.cursor += 1;
      this.ket = this.cursor;
      this.slice_from("Y");
      this.B_Y_found = true;
    }
    this.cursor = v_2;
    v_3 = this.cursor;
    lab0: {
      while (true) {
        v_4 = this.cursor;
        lab1: {
          while (true) {
            v_5 = this.cursor;
            lab2: {
              if (!this.in_grouping(g_v)) {
                break lab2;
              }
              this.bra = this.cursor;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
                break lab2;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.cursor = v_5;
              break;
            }
            this.cursor = v_5;
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
          }
          this.slice_from("Y");
          this.B_Y_found = true;
          continue;
        }
        this.cursor = v_4;
        break;
      }
    }
    this.cursor = v_3;
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, v_2;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (this.find_among(a_0) === 0) {
            break lab1;
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
  P.r_shortv = function () {
    var v_1;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (!this.out_grouping_b(g_v_WXY)) {
          break lab0;
        }
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        if (!this.out_grouping_b(g_v)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.out_grouping_b(g_v)) {
          break lab0;
        }
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      if (!this.eq_s_b("past")) {
        return false;
      }
      break;
    }
    return true;
  };
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_Step_1a = function () {
    var v_1, among_var, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_1) === 0) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
    }
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_from("ss");
    } else if (among_var === 2) {
      while (true) {
        v_2 = this.limit - this.cursor;
        lab0: {
          if ((this.cursor - 2) < this.limit_backward) {
            break lab0;
          }
          this.cursor -= 2;
          this.slice_from("i");
          break;
        }
        this.cursor = this.limit - v_2;
        this.slice_from("ie");
        break;
      }
    } else if (among_var === 3) {
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      if (!this.go_out_grouping_b(g_v)) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  };
  P.r_Step_1b = function () {
    var among_var, v_1, v_5, v_6, v_2, v_7, v_8, v_3, v_4;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_5);
    this.bra = this.cursor;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (among_var === 1) {
          v_2 = this.limit - this.cursor;
          lab1: {
            if (!this.r_R1()) {
              break lab1;
            }
            while (true) {
              v_3 = this.limit - this.cursor;
              lab2: {
                if (this.find_among_b(a_3) === 0) {
                  break lab2;
                }
                if (this.cursor > this.limit_backward) {
                  break lab2;
                }
                break;
              }
              this.cursor = this.limit - v_3;
              this.slice_from("ee");
              break;
            }
          }
          this.cursor = this.limit - v_2;
        } else if (among_var === 2) {
          break lab0;
        } else if (among_var === 3) {
          among_var = this.find_among_b(a_4);
          if (among_var === 0) {
            break lab0;
          }
          if (among_var === 1) {
            v_4 = this.limit - this.cursor;
            if (!this.out_grouping_b(g_v)) {
              break lab0;
            }
            if (this.cursor > this.limit_backward) {
              break lab0;
            }
            this.cursor = this.limit - v_4;
            this.bra = this.cursor;
            this.slice_from("ie");
          } else if (this.cursor > this.limit_backward) {
            break lab0;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      v_5 = this.limit - this.cursor;
      if (!this.go_out_grouping_b(g_v)) {
        return false;
      }
      this.cursor -= 1;
      this.cursor = this.limit - v_5;
      this.slice_del();
      this.ket = this.cursor;
      this.bra = this.cursor;
      v_6 = this.limit - this.cursor;
      among_var = this.find_among_b(a_6);
      if (among_var === 1) {
        this.slice_from("e");
        return false;
      } else if (among_var === 2) {
        v_7 = this.limit - this.cursor;
        lab0: {
          if (!this.in_grouping_b(g_aeo)) {
            break lab0;
          }
          if (this.cursor > this.limit_backward) {
            break lab0;
          }
          return false;
        }
        this.cursor = this.limit - v_7;
      } else {
        if (this.cursor !== this.I_p1) {
          return false;
        }
        v_8 = this.limit - this.cursor;
        if (!this.r_shortv()) {
          return false;
        }
        this.cursor = this.limit - v_8;
        this.slice_from("e");
        return false;
      }
      this.cursor = this.limit - v_6;
      this.ket = this.cursor;
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
      break;
    }
    return true;
  };
  P.r_Step_1c = function () {
    this.ket = this.cursor;
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "y")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "Y")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.bra = this.cursor;
    if (!this.out_grouping_b(g_v)) {
      return false;
    }
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.slice_from("i");
    return true;
  };
  P.r_Step_2 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_from("tion");
    } else if (among_var === 2) {
      this.slice_from("ence");
    } else if (among_var === 3) {
      this.slice_from("ance");
    } else if (among_var === 4) {
      this.slice_from("able");
    } else if (among_var === 5) {
      this.slice_from("ent");
    } else if (among_var === 6) {
      this.slice_from("ize");
    } else if (among_var === 7) {
      this.slice_from("ate");
    } else if (among_var === 8) {
      this.slice_from("al");
    } else if (among_var === 9) {
      this.slice_from("ful");
    } else if (among_var === 10) {
      this.slice_from("ous");
    } else if (among_var === 11) {
      this.slice_from("ive");
    } else if (among_var === 12) {
      this.slice_from("ble");
    } else if (among_var === 13) {
      this.slice_from("og");
    } else if (among_var === 14) {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "l")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_from("og");
    } else if (among_var === 15) {
      this.slice_from("less");
    } else {
      if (!this.in_grouping_b(g_valid_LI)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Step_3 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_from("tion");
    } else if (among_var === 2) {
      this.slice_from("ate");
    } else if (among_var === 3) {
      this.slice_from("al");
    } else if (among_var === 4) {
      this.slice_from("ic");
    } else if (among_var === 5) {
      this.slice_del();
    } else {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Step_4 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R2()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_del();
    } else {
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "t")) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Step_5 = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_10);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if (!this.r_R2()) {
            break lab0;
          }
          break;
        }
        if (!this.r_R1()) {
          return false;
        }
        v_1 = this.limit - this.cursor;
        lab0: {
          if (!this.r_shortv()) {
            break lab0;
          }
          return false;
        }
        this.cursor = this.limit - v_1;
        break;
      }
      this.slice_del();
    } else {
      if (!this.r_R2()) {
        return false;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "l")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  };
  P.r_exception1 = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_11);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (this.cursor < this.limit) {
      return false;
    }
    if (among_var > 0) {
      this.slice_from(as_11[among_var - 1]);
    }
    return true;
  };
  P.r_postlude = function () {
    var v_1, v_2;
    if (!this.B_Y_found) {
      return false;
    }
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            this.bra = this.cursor;
            if ((this.cursor === this.limit) || (this.current[this.cursor] !== "Y")) {
              break lab1;
            }
            this.cursor += 1;
            this.ket = this.cursor;
            this.cursor = v_2;
            break;
          }
          this.cursor = v_2;
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        this.slice_from("y");
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!this.r_exception1()) {
          break lab0;
        }
        break;
      }
      this.cursor = v_1;
      lab0: {
        lab1: {
          if ((this.cursor + 3) > this.limit) {
            break lab1;
          }
          this.cursor += 3;
          break lab0;
        }
        break;
      }
      this.cursor = v_1;
      this.r_prelude();
      this.r_mark_regions();
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      v_2 = this.limit - this.cursor;
      this.r_Step_1a();
      this.cursor = this.limit - v_2;
      v_3 = this.limit - this.cursor;
      this.r_Step_1b();
      this.cursor = this.limit - v_3;
      v_4 = this.limit - this.cursor;
      this.r_Step_1c();
      this.cursor = this.limit - v_4;
      v_5 = this.limit - this.cursor;
      this.r_Step_2();
      this.cursor = this.limit - v_5;
      v_6 = this.limit - this.cursor;
      this.r_Step_3();
      this.cursor = this.limit - v_6;
      v_7 = this.limit - this.cursor;
      this.r_Step_4();
      this.cursor = this.limit - v_7;
      v_8 = this.limit - this.cursor;
      this.r_Step_5();
      this.cursor = this.limit - v_8;
      this.cursor = this.limit_backward;
      v_9 = this.cursor;
      this.r_postlude();
      this.cursor = v_9;
      break;
    }
    return true;
  };

  var a_0 = [
    new Among("arsen", -1, -1),
    new Among("commun", -1, -1),
    new Among("emerg", -1, -1),
    new Among("gener", -1, -1),
    new Among("inter", -1, -1),
    new Among("later", -1, -1),
    new Among("organ", -1, -1),
    new Among("past", -1, -1),
    new Among("univers", -1, -1)
  ];
  var a_1 = [
    new Among("'", -1, 1),
    new Among("'s'", 0, 1),
    new Among("'s", -1, 1)
  ];
  var a_2 = [
    new Among("ied", -1, 2),
    new Among("s", -1, 3),
    new Among("ies", 1, 2),
    new Among("sses", 1, 1),
    new Among("ss", 1, -1),
    new Among("us", 1, -1)
  ];
  var a_3 = [
    new Among("succ", -1, 1),
    new Among("proc", -1, 1),
    new Among("exc", -1, 1)
  ];
  var a_4 = [
    new Among("even", -1, 2),
    new Among("cann", -1, 2),
    new Among("inn", -1, 2),
    new Among("earr", -1, 2),
    new Among("herr", -1, 2),
    new Among("out", -1, 2),
    new Among("y", -1, 1)
  ];
  var a_5 = [
    new Among("", -1, -1),
    new Among("ed", 0, 2),
    new Among("eed", 1, 1),
    new Among("ing", 0, 3),
    new Among("edly", 0, 2),
    new Among("eedly", 4, 1),
    new Among("ingly", 0, 2)
  ];
  var a_6 = [
    new Among("", -1, 3),
    new Among("bb", 0, 2),
    new Among("dd", 0, 2),
    new Among("ff", 0, 2),
    new Among("gg", 0, 2),
    new Among("bl", 0, 1),
    new Among("mm", 0, 2),
    new Among("nn", 0, 2),
    new Among("pp", 0, 2),
    new Among("rr", 0, 2),
    new Among("at", 0, 1),
    new Among("tt", 0, 2),
    new Among("iz", 0, 1)
  ];
  var a_7 = [
    new Among("anci", -1, 3),
    new Among("enci", -1, 2),
    new Among("ogi", -1, 14),
    new Among("li", -1, 16),
    new Among("bli", 3, 12),
    new Among("abli", 4, 4),
    new Among("alli", 3, 8),
    new Among("fulli", 3, 9),
    new Among("lessli", 3, 15),
    new Among("ousli", 3, 10),
    new Among("entli", 3, 5),
    new Among("aliti", -1, 8),
    new Among("biliti", -1, 12),
    new Among("iviti", -1, 11),
    new Among("tional", -1, 1),
    new Among("ational", 14, 7),
    new Among("alism", -1, 8),
    new Among("ation", -1, 7),
    new Among("ization", 17, 6),
    new Among("izer", -1, 6),
    new Among("ator", -1, 7),
    new Among("iveness", -1, 11),
    new Among("fulness", -1, 9),
    new Among("ousness", -1, 10),
    new Among("ogist", -1, 13)
  ];
  var a_8 = [
    new Among("icate", -1, 4),
    new Among("ative", -1, 6),
    new Among("alize", -1, 3),
    new Among("iciti", -1, 4),
    new Among("ical", -1, 4),
    new Among("tional", -1, 1),
    new Among("ational", 5, 2),
    new Among("ful", -1, 5),
    new Among("ness", -1, 5)
  ];
  var a_9 = [
    new Among("ic", -1, 1),
    new Among("ance", -1, 1),
    new Among("ence", -1, 1),
    new Among("able", -1, 1),
    new Among("ible", -1, 1),
    new Among("ate", -1, 1),
    new Among("ive", -1, 1),
    new Among("ize", -1, 1),
    new Among("iti", -1, 1),
    new Among("al", -1, 1),
    new Among("ism", -1, 1),
    new Among("ion", -1, 2),
    new Among("er", -1, 1),
    new Among("ous", -1, 1),
    new Among("ant", -1, 1),
    new Among("ent", -1, 1),
    new Among("ment", 15, 1),
    new Among("ement", 16, 1)
  ];
  var a_10 = [
    new Among("e", -1, 1),
    new Among("l", -1, 2)
  ];
  var a_11 = [
    new Among("andes", -1, -1),
    new Among("atlas", -1, -1),
    new Among("bias", -1, -1),
    new Among("cosmos", -1, -1),
    new Among("early", -1, 6),
    new Among("gently", -1, 4),
    new Among("howe", -1, -1),
    new Among("idly", -1, 3),
    new Among("news", -1, -1),
    new Among("only", -1, 7),
    new Among("singly", -1, 8),
    new Among("skies", -1, 2),
    new Among("skis", -1, 1),
    new Among("sky", -1, -1),
    new Among("ugly", -1, 5)
  ];

  var stemmer = new EnglishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["en"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
