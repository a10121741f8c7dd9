// Snowball stemmer 'french' for language 'fr': self.snowballStem['fr'](word).
// Translated by scripts/stemmers_js.py from french_stemmer.py of snowballstemmer 3.1.1
// (Generated from french.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiouy\u00e0\u00e2\u00e8\u00e9\u00ea\u00eb\u00ee\u00ef\u00f4\u00f9\u00fb";
  var g_oux_ending = "bhjlnp";
  var g_elision_char = "cdjlmnst";
  var g_keep_with_s = "aiosu\u00e8";

  function FrenchStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
    this.I_pV = 0;
  }
  FrenchStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = FrenchStemmer.prototype;
  P.highestLiteral = 0x00FB;

  P.r_elisions = function () {
    this.bra = this.cursor;
    while (true) {
      lab0: {
        if (!this.in_grouping(g_elision_char)) {
          break lab0;
        }
        break;
      }
      if (!this.eq_s("qu")) {
        return false;
      }
      break;
    }
    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    if (this.cursor >= this.limit) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_prelude = function () {
    var v_1, v_2, v_3, v_4;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            while (true) {
              v_3 = this.cursor;
              lab2: {
                if (!this.in_grouping(g_v)) {
                  break lab2;
                }
                this.bra = this.cursor;
                while (true) {
                  v_4 = this.cursor;
                  lab3: {
                    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "u")) {
                      break lab3;
                    }
                    this.cursor += 1;
                    this.ket = this.cursor;
                    if (!this.in_grouping(g_v)) {
                      break lab3;
                    }
                    this.slice_from("U");
                    break;
                  }
                  this.cursor = v_4;
                  lab3: {
                    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "i")) {
                      break lab3;
                    }
                    this.cursor += 1;
                    this.ket = this.cursor;
                    if (!this.in_grouping(g_v)) {
                      break lab3;
                    }
                    this.slice_from("I");
                    break;
                  }
                  this.cursor = v_4;
                  if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
                    break lab2;
                  }
                  this.cursor += 1;
                  this.ket = this.cursor;
                  this.slice_from("Y");
                  break;
                }
                break;
              }
              this.cursor = v_3;
              lab2: {
                this.bra = this.cursor;
                if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u00eb")) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                this.slice_from("He");
                break;
              }
              this.cursor = v_3;
              lab2: {
                this.bra = this.cursor;
                if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u00ef")) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                this.slice_from("Hi");
                break;
              }
              this.cursor = v_3;
              lab2: {
                this.bra = this.cursor;
                if ((this.cursor === this.limit) || (this.current[this.cursor] !== "y")) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                if (!this.in_grouping(g_v)) {
                  break lab2;
                }
                this.slice_from("Y");
                break;
              }
              this.cursor = v_3;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "q")) {
                break lab1;
              }
              this.cursor += 1;
              this.bra = this.cursor;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "u")) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.slice_from("U");
              break;
            }
            this.cursor = v_2;
            break;
          }
          this.cursor = v_2;
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
  P.r_mark_regions = function () {
    var v_1, v_3, v_2, among_var;
    this.I_pV = this.limit;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!this.in_grouping(g_v)) {
            break lab1;
          }
          if (!this.in_grouping(g_v)) {
            break lab1;
          }
          if (this.cursor >= this.limit) {
            break lab1;
          }
          this.cursor += 1;
          break;
        }
        this.cursor = v_2;
        lab1: {
          among_var = this.find_among(a_0);
          if (among_var === 0) {
            break lab1;
          }
          if (among_var === 1) {
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
          }
          break;
        }
        this.cursor = v_2;
        if (this.cursor >= this.limit) {
          break lab0;
        }
        this.cursor += 1;
        if (!this.go_out_grouping(g_v)) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
      this.I_pV = this.cursor;
    }
    this.cursor = v_1;
    v_3 = this.cursor;
    lab0: {
      if (!this.go_out_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
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
    this.cursor = v_3;
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
          this.slice_from("i");
        } else if (among_var === 2) {
          this.slice_from("u");
        } else if (among_var === 3) {
          this.slice_from("y");
        } else if (among_var === 4) {
          this.slice_from("\u00eb");
        } else if (among_var === 5) {
          this.slice_from("\u00ef");
        } else if (among_var === 6) {
          this.slice_del();
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
  P.r_RV = function () {
    return this.I_pV <= this.cursor;
  };
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_standard_suffix = function () {
    var among_var, v_1, v_2, v_3, v_5, v_8, v_4, v_6, v_9, v_7, v_10, v_11;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("ic")) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        this.bra = this.cursor;
        while (true) {
          v_2 = this.limit - this.cursor;
          lab1: {
            if (!this.r_R2()) {
              break lab1;
            }
            this.slice_del();
            break;
          }
          this.cursor = this.limit - v_2;
          this.slice_from("iqU");
          break;
        }
      }
    } else if (among_var === 3) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("log");
    } else if (among_var === 4) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("u");
    } else if (among_var === 5) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("ent");
    } else if (among_var === 6) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
      v_3 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_2);
        if (among_var === 0) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.bra = this.cursor;
        if (among_var === 1) {
          if (!this.r_R2()) {
            this.cursor = this.limit - v_3;
            break lab0;
          }
          this.slice_del();
          this.ket = this.cursor;
          if (!this.eq_s_b("at")) {
            this.cursor = this.limit - v_3;
            break lab0;
          }
          this.bra = this.cursor;
          if (!this.r_R2()) {
            this.cursor = this.limit - v_3;
            break lab0;
          }
          this.slice_del();
        } else if (among_var === 2) {
          while (true) {
            v_4 = this.limit - this.cursor;
            lab1: {
              if (!this.r_R2()) {
                break lab1;
              }
              this.slice_del();
              break;
            }
            this.cursor = this.limit - v_4;
            if (!this.r_R1()) {
              this.cursor = this.limit - v_3;
              break lab0;
            }
            this.slice_from("eux");
            break;
          }
        } else if (among_var === 3) {
          if (!this.r_R2()) {
            this.cursor = this.limit - v_3;
            break lab0;
          }
          this.slice_del();
        } else {
          if (!this.r_RV()) {
            this.cursor = this.limit - v_3;
            break lab0;
          }
          this.slice_from("i");
        }
      }
    } else if (among_var === 7) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_5 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_3);
        if (among_var === 0) {
          this.cursor = this.limit - v_5;
          break lab0;
        }
        this.bra = this.cursor;
        if (among_var === 1) {
          while (true) {
            v_6 = this.limit - this.cursor;
            lab1: {
              if (!this.r_R2()) {
                break lab1;
              }
              this.slice_del();
              break;
            }
            this.cursor = this.limit - v_6;
            this.slice_from("abl");
            break;
          }
        } else if (among_var === 2) {
          while (true) {
            v_7 = this.limit - this.cursor;
            lab1: {
              if (!this.r_R2()) {
                break lab1;
              }
              this.slice_del();
              break;
            }
            this.cursor = this.limit - v_7;
            this.slice_from("iqU");
            break;
          }
        } else {
          if (!this.r_R2()) {
            this.cursor = this.limit - v_5;
            break lab0;
          }
          this.slice_del();
        }
      }
    } else if (among_var === 8) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_8 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("at")) {
          this.cursor = this.limit - v_8;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_8;
          break lab0;
        }
        this.slice_del();
        this.ket = this.cursor;
        if (!this.eq_s_b("ic")) {
          this.cursor = this.limit - v_8;
          break lab0;
        }
        this.bra = this.cursor;
        while (true) {
          v_9 = this.limit - this.cursor;
          lab1: {
            if (!this.r_R2()) {
              break lab1;
            }
            this.slice_del();
            break;
          }
          this.cursor = this.limit - v_9;
          this.slice_from("iqU");
          break;
        }
      }
    } else if (among_var === 9) {
      this.slice_from("eau");
    } else if (among_var === 10) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("al");
    } else if (among_var === 11) {
      if (!this.in_grouping_b(g_oux_ending)) {
        return false;
      }
      this.slice_from("ou");
    } else if (among_var === 12) {
      while (true) {
        v_10 = this.limit - this.cursor;
        lab0: {
          if (!this.r_R2()) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_10;
        if (!this.r_R1()) {
          return false;
        }
        this.slice_from("eux");
        break;
      }
    } else if (among_var === 13) {
      if (!this.r_R1()) {
        return false;
      }
      if (!this.out_grouping_b(g_v)) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 14) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_from("ant");
      return false;
    } else if (among_var === 15) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_from("ent");
      return false;
    } else {
      v_11 = this.limit - this.cursor;
      if (!this.in_grouping_b(g_v)) {
        return false;
      }
      if (!this.r_RV()) {
        return false;
      }
      this.cursor = this.limit - v_11;
      this.slice_del();
      return false;
    }
    return true;
  };
  P.r_i_verb_suffix = function () {
    var v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_5) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    lab0: {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "H")) {
        break lab0;
      }
      this.cursor -= 1;
      this.limit_backward = v_2;
      return false;
    }
    if (!this.out_grouping_b(g_v)) {
      this.limit_backward = v_2;
      return false;
    }
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_verb_suffix = function () {
    var v_2, among_var, v_3, v_4;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_del();
    } else if (among_var === 3) {
      v_3 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.cursor -= 1;
        if (!this.r_RV()) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.bra = this.cursor;
      }
      this.slice_del();
    } else {
      v_4 = this.limit - this.cursor;
      lab0: {
        among_var = this.find_among_b(a_6);
        if (among_var === 0) {
          break lab0;
        }
        if (among_var === 1) {
          if (this.cursor <= this.limit_backward) {
            break lab0;
          }
          this.cursor -= 1;
          if (this.cursor > this.limit_backward) {
            break lab0;
          }
        }
        return false;
      }
      this.cursor = this.limit - v_4;
      this.slice_del();
    }
    return true;
  };
  P.r_residual_suffix = function () {
    var v_1, v_4, among_var, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      v_2 = this.limit - this.cursor;
      while (true) {
        lab1: {
          if (!this.eq_s_b("Hi")) {
            break lab1;
          }
          break;
        }
        if (!this.out_grouping_b(g_keep_with_s)) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      this.slice_del();
    }
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_4 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      this.limit_backward = v_4;
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R2()) {
        this.limit_backward = v_4;
        return false;
      }
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "t")) {
          this.limit_backward = v_4;
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_from("i");
    } else {
      this.slice_del();
    }
    this.limit_backward = v_4;
    return true;
  };
  P.r_un_double = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    if (this.find_among_b(a_9) === 0) {
      return false;
    }
    this.cursor = this.limit - v_1;
    this.ket = this.cursor;
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_un_accent = function () {
    var v_1;
    v_1 = 1;
    while (true) {
      lab0: {
        if (!this.out_grouping_b(g_v)) {
          break lab0;
        }
        v_1 -= 1;
        continue;
      }
      break;
    }
    if (v_1 > 0) {
      return false;
    }
    this.ket = this.cursor;
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00e9")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00e8")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.bra = this.cursor;
    this.slice_from("e");
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_9, v_10, v_11, v_4, v_5, v_7, v_6, v_8;
    v_1 = this.cursor;
    this.r_elisions();
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_prelude();
    this.cursor = v_2;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_4 = this.limit - this.cursor;
        lab1: {
          v_5 = this.limit - this.cursor;
          while (true) {
            v_6 = this.limit - this.cursor;
            lab2: {
              if (!this.r_standard_suffix()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_6;
            lab2: {
              if (!this.r_i_verb_suffix()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_6;
            if (!this.r_verb_suffix()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_5;
          v_7 = this.limit - this.cursor;
          lab2: {
            this.ket = this.cursor;
            while (true) {
              v_8 = this.limit - this.cursor;
              lab3: {
                if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "Y")) {
                  break lab3;
                }
                this.cursor -= 1;
                this.bra = this.cursor;
                this.slice_from("i");
                break;
              }
              this.cursor = this.limit - v_8;
              if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00e7")) {
                this.cursor = this.limit - v_7;
                break lab2;
              }
              this.cursor -= 1;
              this.bra = this.cursor;
              this.slice_from("c");
              break;
            }
          }
          break;
        }
        this.cursor = this.limit - v_4;
        if (!this.r_residual_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = this.limit - v_3;
    v_9 = this.limit - this.cursor;
    this.r_un_double();
    this.cursor = this.limit - v_9;
    v_10 = this.limit - this.cursor;
    this.r_un_accent();
    this.cursor = this.limit - v_10;
    this.cursor = this.limit_backward;
    v_11 = this.cursor;
    this.r_postlude();
    this.cursor = v_11;
    return true;
  };

  var a_0 = [
    new Among("col", -1, -1),
    new Among("ni", -1, 1),
    new Among("par", -1, -1),
    new Among("tap", -1, -1)
  ];
  var a_1 = [
    new Among("", -1, 7),
    new Among("H", 0, 6),
    new Among("He", 1, 4),
    new Among("Hi", 1, 5),
    new Among("I", 0, 1),
    new Among("U", 0, 2),
    new Among("Y", 0, 3)
  ];
  var a_2 = [
    new Among("iqU", -1, 3),
    new Among("abl", -1, 3),
    new Among("I\u00e8r", -1, 4),
    new Among("i\u00e8r", -1, 4),
    new Among("eus", -1, 2),
    new Among("iv", -1, 1)
  ];
  var a_3 = [
    new Among("ic", -1, 2),
    new Among("abil", -1, 1),
    new Among("iv", -1, 3)
  ];
  var a_4 = [
    new Among("iqUe", -1, 1),
    new Among("atrice", -1, 2),
    new Among("ance", -1, 1),
    new Among("ence", -1, 5),
    new Among("logie", -1, 3),
    new Among("able", -1, 1),
    new Among("isme", -1, 1),
    new Among("euse", -1, 12),
    new Among("iste", -1, 1),
    new Among("ive", -1, 8),
    new Among("if", -1, 8),
    new Among("usion", -1, 4),
    new Among("ation", -1, 2),
    new Among("ution", -1, 4),
    new Among("ateur", -1, 2),
    new Among("iqUes", -1, 1),
    new Among("atrices", -1, 2),
    new Among("ances", -1, 1),
    new Among("ences", -1, 5),
    new Among("logies", -1, 3),
    new Among("ables", -1, 1),
    new Among("ismes", -1, 1),
    new Among("euses", -1, 12),
    new Among("istes", -1, 1),
    new Among("ives", -1, 8),
    new Among("ifs", -1, 8),
    new Among("usions", -1, 4),
    new Among("ations", -1, 2),
    new Among("utions", -1, 4),
    new Among("ateurs", -1, 2),
    new Among("ments", -1, 16),
    new Among("ements", 30, 6),
    new Among("issements", 31, 13),
    new Among("it\u00e9s", -1, 7),
    new Among("ment", -1, 16),
    new Among("ement", 34, 6),
    new Among("issement", 35, 13),
    new Among("amment", 34, 14),
    new Among("emment", 34, 15),
    new Among("aux", -1, 10),
    new Among("eaux", 39, 9),
    new Among("eux", -1, 1),
    new Among("oux", -1, 11),
    new Among("it\u00e9", -1, 7)
  ];
  var a_5 = [
    new Among("ira", -1, 1),
    new Among("ie", -1, 1),
    new Among("isse", -1, 1),
    new Among("issante", -1, 1),
    new Among("i", -1, 1),
    new Among("irai", 4, 1),
    new Among("ir", -1, 1),
    new Among("iras", -1, 1),
    new Among("ies", -1, 1),
    new Among("\u00eemes", -1, 1),
    new Among("isses", -1, 1),
    new Among("issantes", -1, 1),
    new Among("\u00eetes", -1, 1),
    new Among("is", -1, 1),
    new Among("irais", 13, 1),
    new Among("issais", 13, 1),
    new Among("irions", -1, 1),
    new Among("issions", -1, 1),
    new Among("irons", -1, 1),
    new Among("issons", -1, 1),
    new Among("issants", -1, 1),
    new Among("it", -1, 1),
    new Among("irait", 21, 1),
    new Among("issait", 21, 1),
    new Among("issant", -1, 1),
    new Among("iraIent", -1, 1),
    new Among("issaIent", -1, 1),
    new Among("irent", -1, 1),
    new Among("issent", -1, 1),
    new Among("iront", -1, 1),
    new Among("\u00eet", -1, 1),
    new Among("iriez", -1, 1),
    new Among("issiez", -1, 1),
    new Among("irez", -1, 1),
    new Among("issez", -1, 1)
  ];
  var a_6 = [
    new Among("al", -1, 1),
    new Among("\u00e9pl", -1, -1),
    new Among("auv", -1, -1)
  ];
  var a_7 = [
    new Among("a", -1, 3),
    new Among("era", 0, 2),
    new Among("aise", -1, 4),
    new Among("asse", -1, 3),
    new Among("ante", -1, 3),
    new Among("\u00e9e", -1, 2),
    new Among("ai", -1, 3),
    new Among("erai", 6, 2),
    new Among("er", -1, 2),
    new Among("as", -1, 3),
    new Among("eras", 9, 2),
    new Among("\u00e2mes", -1, 3),
    new Among("aises", -1, 4),
    new Among("asses", -1, 3),
    new Among("antes", -1, 3),
    new Among("\u00e2tes", -1, 3),
    new Among("\u00e9es", -1, 2),
    new Among("ais", -1, 4),
    new Among("eais", 17, 2),
    new Among("erais", 17, 2),
    new Among("ions", -1, 1),
    new Among("erions", 20, 2),
    new Among("assions", 20, 3),
    new Among("erons", -1, 2),
    new Among("ants", -1, 3),
    new Among("\u00e9s", -1, 2),
    new Among("ait", -1, 3),
    new Among("erait", 26, 2),
    new Among("ant", -1, 3),
    new Among("aIent", -1, 3),
    new Among("eraIent", 29, 2),
    new Among("\u00e8rent", -1, 2),
    new Among("assent", -1, 3),
    new Among("eront", -1, 2),
    new Among("\u00e2t", -1, 3),
    new Among("ez", -1, 2),
    new Among("iez", 35, 2),
    new Among("eriez", 36, 2),
    new Among("assiez", 36, 3),
    new Among("erez", 35, 2),
    new Among("\u00e9", -1, 2)
  ];
  var a_8 = [
    new Among("e", -1, 3),
    new Among("I\u00e8re", 0, 2),
    new Among("i\u00e8re", 0, 2),
    new Among("ion", -1, 1),
    new Among("Ier", -1, 2),
    new Among("ier", -1, 2)
  ];
  var a_9 = [
    new Among("ell", -1, -1),
    new Among("eill", -1, -1),
    new Among("enn", -1, -1),
    new Among("onn", -1, -1),
    new Among("ett", -1, -1)
  ];

  var stemmer = new FrenchStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["fr"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
