// Snowball stemmer 'german' for language 'de': self.snowballStem['de'](word).
// Translated by scripts/stemmers_js.py from german_stemmer.py of snowballstemmer 3.1.1
// (Generated from german.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiouy\u00e4\u00f6\u00fc";
  var g_et_ending = "Udfgklmnrstz\u00e4";
  var g_s_ending = "bdfghklmnrt";
  var g_st_ending = "bdfghklmnt";

  function GermanStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
  }
  GermanStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = GermanStemmer.prototype;
  P.highestLiteral = 0x00FC;

  P.r_prelude = function () {
    var v_1, v_2, v_5, among_var, v_3, v_4;
    v_1 = this.cursor;
    while (true) {
      v_2 = this.cursor;
      lab0: {
        while (true) {
          v_3 = this.cursor;
          lab1: {
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            this.bra = this.cursor;
            while (true) {
              v_4 = this.cursor;
              lab2: {
                if ((this.cursor === this.limit) || (this.current[this.cursor] !== "u")) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                if (!this.in_grouping(g_v)) {
                  break lab2;
                }
                this.slice_from("U");
                break;
              }
              this.cursor = v_4;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              if (!this.in_grouping(g_v)) {
                break lab1;
              }
              this.slice_from("Y");
              break;
            }
            this.cursor = v_3;
            break;
          }
          this.cursor = v_3;
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_2;
      break;
    }
    this.cursor = v_1;
    while (true) {
      v_5 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("ss");
        } else if (among_var === 2) {
          this.slice_from("\u00e4");
        } else if (among_var === 3) {
          this.slice_from("\u00f6");
        } else if (among_var === 4) {
          this.slice_from("\u00fc");
        } else if (among_var === 5) {
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_5;
      break;
    }
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, I_x;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
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
  P.r_postlude = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_1);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("y");
        } else if (among_var === 2) {
          this.slice_from("u");
        } else if (among_var === 3) {
          this.slice_from("a");
        } else if (among_var === 4) {
          this.slice_from("o");
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
    return true;
  };
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_standard_suffix = function () {
    var v_1, v_3, v_6, v_10, among_var, v_7, v_4, v_5, v_2, v_8, v_9;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(a_2);
      if (among_var === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!this.r_R1()) {
        break lab0;
      }
      if (among_var === 1) {
        lab1: {
          if (!this.eq_s_b("syst")) {
            break lab1;
          }
          break lab0;
        }
        this.slice_del();
      } else if (among_var === 2) {
        this.slice_del();
      } else if (among_var === 3) {
        this.slice_del();
        v_2 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
            this.cursor = this.limit - v_2;
            break lab1;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          if (!this.eq_s_b("nis")) {
            this.cursor = this.limit - v_2;
            break lab1;
          }
          this.slice_del();
        }
      } else if (among_var === 4) {
        if (!this.in_grouping_b(g_s_ending)) {
          break lab0;
        }
        this.slice_del();
      } else {
        this.slice_from("l");
      }
    }
    this.cursor = this.limit - v_1;
    v_3 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(a_4);
      if (among_var === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!this.r_R1()) {
        break lab0;
      }
      if (among_var === 1) {
        this.slice_del();
      } else if (among_var === 2) {
        if (!this.in_grouping_b(g_st_ending)) {
          break lab0;
        }
        if ((this.cursor - 3) < this.limit_backward) {
          break lab0;
        }
        this.cursor -= 3;
        this.slice_del();
      } else {
        v_4 = this.limit - this.cursor;
        if (!this.in_grouping_b(g_et_ending)) {
          break lab0;
        }
        this.cursor = this.limit - v_4;
        v_5 = this.limit - this.cursor;
        lab1: {
          if (this.find_among_b(a_3) === 0) {
            break lab1;
          }
          break lab0;
        }
        this.cursor = this.limit - v_5;
        this.slice_del();
      }
    }
    this.cursor = this.limit - v_3;
    v_6 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(a_6);
      if (among_var === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!this.r_R2()) {
        break lab0;
      }
      if (among_var === 1) {
        this.slice_del();
        v_7 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          if (!this.eq_s_b("ig")) {
            this.cursor = this.limit - v_7;
            break lab1;
          }
          this.bra = this.cursor;
          lab2: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
              break lab2;
            }
            this.cursor -= 1;
            this.cursor = this.limit - v_7;
            break lab1;
          }
          if (!this.r_R2()) {
            this.cursor = this.limit - v_7;
            break lab1;
          }
          this.slice_del();
        }
      } else if (among_var === 2) {
        lab1: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
            break lab1;
          }
          this.cursor -= 1;
          break lab0;
        }
        this.slice_del();
      } else if (among_var === 3) {
        this.slice_del();
        v_8 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          while (true) {
            lab2: {
              if (!this.eq_s_b("er")) {
                break lab2;
              }
              break;
            }
            if (!this.eq_s_b("en")) {
              this.cursor = this.limit - v_8;
              break lab1;
            }
            break;
          }
          this.bra = this.cursor;
          if (!this.r_R1()) {
            this.cursor = this.limit - v_8;
            break lab1;
          }
          this.slice_del();
        }
      } else {
        this.slice_del();
        v_9 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          if (this.find_among_b(a_5) === 0) {
            this.cursor = this.limit - v_9;
            break lab1;
          }
          this.bra = this.cursor;
          if (!this.r_R2()) {
            this.cursor = this.limit - v_9;
            break lab1;
          }
          this.slice_del();
        }
      }
    }
    this.cursor = this.limit - v_6;
    v_10 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_7) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      if (this.cursor <= this.limit_backward) {
        break lab0;
      }
      this.cursor -= 1;
      if (this.cursor <= this.limit_backward) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = this.limit - v_10;
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
    v_1 = this.cursor;
    this.r_prelude();
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_2;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.r_standard_suffix();
    this.cursor = this.limit_backward;
    v_3 = this.cursor;
    this.r_postlude();
    this.cursor = v_3;
    return true;
  };

  var a_0 = [
    new Among("", -1, 5),
    new Among("ae", 0, 2),
    new Among("oe", 0, 3),
    new Among("qu", 0, -1),
    new Among("ue", 0, 4),
    new Among("\u00df", 0, 1)
  ];
  var a_1 = [
    new Among("", -1, 5),
    new Among("U", 0, 2),
    new Among("Y", 0, 1),
    new Among("\u00e4", 0, 3),
    new Among("\u00f6", 0, 4),
    new Among("\u00fc", 0, 2)
  ];
  var a_2 = [
    new Among("e", -1, 3),
    new Among("em", -1, 1),
    new Among("en", -1, 3),
    new Among("erinnen", 2, 2),
    new Among("erin", -1, 2),
    new Among("ln", -1, 5),
    new Among("ern", -1, 2),
    new Among("er", -1, 2),
    new Among("s", -1, 4),
    new Among("es", 8, 3),
    new Among("lns", 8, 5)
  ];
  var a_3 = [
    new Among("tick", -1, -1),
    new Among("plan", -1, -1),
    new Among("geordn", -1, -1),
    new Among("intern", -1, -1),
    new Among("tr", -1, -1)
  ];
  var a_4 = [
    new Among("en", -1, 1),
    new Among("er", -1, 1),
    new Among("et", -1, 3),
    new Among("st", -1, 2),
    new Among("est", 3, 1)
  ];
  var a_5 = [
    new Among("ig", -1, 1),
    new Among("lich", -1, 1)
  ];
  var a_6 = [
    new Among("end", -1, 1),
    new Among("ig", -1, 2),
    new Among("ung", -1, 1),
    new Among("lich", -1, 3),
    new Among("isch", -1, 2),
    new Among("ik", -1, 2),
    new Among("heit", -1, 3),
    new Among("keit", -1, 4)
  ];
  var a_7 = [
    new Among("'", -1, 1),
    new Among("'sch", -1, 1),
    new Among("'s", -1, 1)
  ];

  var stemmer = new GermanStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["de"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
