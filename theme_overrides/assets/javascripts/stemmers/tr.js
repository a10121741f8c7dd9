// Snowball stemmer 'turkish' for language 'tr': self.snowballStem['tr'](word).
// Translated by scripts/stemmers_js.py from turkish_stemmer.py of snowballstemmer 3.1.1
// (Generated from turkish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_vowel = "aeiou\u00f6\u00fc\u0131";
  var g_U = "iu\u00fc\u0131";
  var g_vowel1 = "aou\u0131";
  var g_vowel2 = "ei\u00f6\u00fc";
  var g_vowel3 = "a\u0131";
  var g_vowel4 = "ei";
  var g_vowel5 = "ou";
  var g_vowel6 = "\u00f6\u00fc";
  var as_23 = ["p", "\u00e7", "t", "k"];

  function TurkishStemmer() {
    BaseStemmer.call(this);
    this.B_continue_stemming_noun_suffixes = false;
  }
  TurkishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = TurkishStemmer.prototype;
  P.highestLiteral = 0x015F;

  P.r_check_vowel_harmony = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    if (!this.go_out_grouping_b(g_vowel)) {
      return false;
    }
    while (true) {
      v_2 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "a")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel1)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel2)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0131")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel3)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel4)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "o")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel5)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00f6")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel6)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
          break lab0;
        }
        this.cursor -= 1;
        if (!this.go_out_grouping_b(g_vowel5)) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_2;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00fc")) {
        return false;
      }
      this.cursor -= 1;
      if (!this.go_out_grouping_b(g_vowel6)) {
        return false;
      }
      break;
    }
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_mark_suffix_with_optional_n_consonant = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
          break lab0;
        }
        this.cursor -= 1;
        v_2 = this.limit - this.cursor;
        if (!this.in_grouping_b(g_vowel)) {
          break lab0;
        }
        this.cursor = this.limit - v_2;
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "n")) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      v_3 = this.limit - this.cursor;
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      if (!this.in_grouping_b(g_vowel)) {
        return false;
      }
      this.cursor = this.limit - v_3;
      break;
    }
    return true;
  };
  P.r_mark_suffix_with_optional_s_consonant = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
          break lab0;
        }
        this.cursor -= 1;
        v_2 = this.limit - this.cursor;
        if (!this.in_grouping_b(g_vowel)) {
          break lab0;
        }
        this.cursor = this.limit - v_2;
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "s")) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      v_3 = this.limit - this.cursor;
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      if (!this.in_grouping_b(g_vowel)) {
        return false;
      }
      this.cursor = this.limit - v_3;
      break;
    }
    return true;
  };
  P.r_mark_suffix_with_optional_y_consonant = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "y")) {
          break lab0;
        }
        this.cursor -= 1;
        v_2 = this.limit - this.cursor;
        if (!this.in_grouping_b(g_vowel)) {
          break lab0;
        }
        this.cursor = this.limit - v_2;
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "y")) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      v_3 = this.limit - this.cursor;
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      if (!this.in_grouping_b(g_vowel)) {
        return false;
      }
      this.cursor = this.limit - v_3;
      break;
    }
    return true;
  };
  P.r_mark_suffix_with_optional_U_vowel = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (!this.in_grouping_b(g_U)) {
          break lab0;
        }
        v_2 = this.limit - this.cursor;
        if (!this.out_grouping_b(g_vowel)) {
          break lab0;
        }
        this.cursor = this.limit - v_2;
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.in_grouping_b(g_U)) {
          break lab0;
        }
        return false;
      }
      v_3 = this.limit - this.cursor;
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      if (!this.out_grouping_b(g_vowel)) {
        return false;
      }
      this.cursor = this.limit - v_3;
      break;
    }
    return true;
  };
  P.r_mark_possessives = function () {
    if (this.find_among_b(a_0) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_U_vowel();
  };
  P.r_mark_sU = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (!this.in_grouping_b(g_U)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_s_consonant();
  };
  P.r_mark_lArI = function () {
    return this.find_among_b(a_1) !== 0;
  };
  P.r_mark_yU = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (!this.in_grouping_b(g_U)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_nU = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_2) !== 0;
  };
  P.r_mark_nUn = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_n_consonant();
  };
  P.r_mark_yA = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_4) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_nA = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_5) !== 0;
  };
  P.r_mark_DA = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_6) !== 0;
  };
  P.r_mark_ndA = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_7) !== 0;
  };
  P.r_mark_DAn = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_8) !== 0;
  };
  P.r_mark_ndAn = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_9) !== 0;
  };
  P.r_mark_ylA = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_10) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_ncA = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_11) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_n_consonant();
  };
  P.r_mark_yUm = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_12) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_sUn = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_13) !== 0;
  };
  P.r_mark_yUz = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_14) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_sUnUz = function () {
    return this.find_among_b(a_15) !== 0;
  };
  P.r_mark_lAr = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_16) !== 0;
  };
  P.r_mark_nUz = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_17) !== 0;
  };
  P.r_mark_DUr = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    return this.find_among_b(a_18) !== 0;
  };
  P.r_mark_cAsInA = function () {
    return this.find_among_b(a_19) !== 0;
  };
  P.r_mark_yDU = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_20) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_ysA = function () {
    if (this.find_among_b(a_21) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_ymUs_ = function () {
    if (!this.r_check_vowel_harmony()) {
      return false;
    }
    if (this.find_among_b(a_22) === 0) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_yken = function () {
    if (!this.eq_s_b("ken")) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_stem_nominal_verb_suffixes = function () {
    var v_1, v_9, v_4, v_8, v_2, v_3, v_6, v_7, v_10, v_5;
    this.ket = this.cursor;
    this.B_continue_stemming_noun_suffixes = true;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        while (true) {
          v_2 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_ymUs_()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_2;
          lab1: {
            if (!this.r_mark_yDU()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_2;
          lab1: {
            if (!this.r_mark_ysA()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_2;
          if (!this.r_mark_yken()) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.r_mark_cAsInA()) {
          break lab0;
        }
        while (true) {
          v_3 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_sUnUz()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_3;
          lab1: {
            if (!this.r_mark_lAr()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_3;
          lab1: {
            if (!this.r_mark_yUm()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_3;
          lab1: {
            if (!this.r_mark_sUn()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_3;
          lab1: {
            if (!this.r_mark_yUz()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_3;
          break;
        }
        if (!this.r_mark_ymUs_()) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.r_mark_lAr()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_4 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_5 = this.limit - this.cursor;
            lab2: {
              if (!this.r_mark_DUr()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_5;
            lab2: {
              if (!this.r_mark_yDU()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_5;
            lab2: {
              if (!this.r_mark_ysA()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_5;
            if (!this.r_mark_ymUs_()) {
              this.cursor = this.limit - v_4;
              break lab1;
            }
            break;
          }
        }
        this.B_continue_stemming_noun_suffixes = false;
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.r_mark_nUz()) {
          break lab0;
        }
        while (true) {
          v_6 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_yDU()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_6;
          if (!this.r_mark_ysA()) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        while (true) {
          v_7 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_sUnUz()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_7;
          lab1: {
            if (!this.r_mark_yUz()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_7;
          lab1: {
            if (!this.r_mark_sUn()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_7;
          if (!this.r_mark_yUm()) {
            break lab0;
          }
          break;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_8 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          if (!this.r_mark_ymUs_()) {
            this.cursor = this.limit - v_8;
            break lab1;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      if (!this.r_mark_DUr()) {
        return false;
      }
      this.bra = this.cursor;
      this.slice_del();
      v_9 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_10 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_sUnUz()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_10;
          lab1: {
            if (!this.r_mark_lAr()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_10;
          lab1: {
            if (!this.r_mark_yUm()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_10;
          lab1: {
            if (!this.r_mark_sUn()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_10;
          lab1: {
            if (!this.r_mark_yUz()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_10;
          break;
        }
        if (!this.r_mark_ymUs_()) {
          this.cursor = this.limit - v_9;
          break lab0;
        }
      }
      break;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_stem_suffix_chain_before_ki = function () {
    var v_1, v_2, v_6, v_10, v_11, v_3, v_5, v_7, v_4, v_9, v_8;
    this.ket = this.cursor;
    if (!this.eq_s_b("ki")) {
      return false;
    }
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (!this.r_mark_DA()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_2 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_3 = this.limit - this.cursor;
            lab2: {
              if (!this.r_mark_lAr()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_4 = this.limit - this.cursor;
              lab3: {
                if (!this.r_stem_suffix_chain_before_ki()) {
                  this.cursor = this.limit - v_4;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_3;
            if (!this.r_mark_possessives()) {
              this.cursor = this.limit - v_2;
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            v_5 = this.limit - this.cursor;
            lab2: {
              this.ket = this.cursor;
              if (!this.r_mark_lAr()) {
                this.cursor = this.limit - v_5;
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!this.r_stem_suffix_chain_before_ki()) {
                this.cursor = this.limit - v_5;
                break lab2;
              }
            }
            break;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.r_mark_nUn()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_6 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_7 = this.limit - this.cursor;
            lab2: {
              if (!this.r_mark_lArI()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              break;
            }
            this.cursor = this.limit - v_7;
            lab2: {
              this.ket = this.cursor;
              while (true) {
                v_8 = this.limit - this.cursor;
                lab3: {
                  if (!this.r_mark_possessives()) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = this.limit - v_8;
                if (!this.r_mark_sU()) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_9 = this.limit - this.cursor;
              lab3: {
                this.ket = this.cursor;
                if (!this.r_mark_lAr()) {
                  this.cursor = this.limit - v_9;
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!this.r_stem_suffix_chain_before_ki()) {
                  this.cursor = this.limit - v_9;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_7;
            if (!this.r_stem_suffix_chain_before_ki()) {
              this.cursor = this.limit - v_6;
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      if (!this.r_mark_ndA()) {
        return false;
      }
      while (true) {
        v_10 = this.limit - this.cursor;
        lab0: {
          if (!this.r_mark_lArI()) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_10;
        lab0: {
          if (!this.r_mark_sU()) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_del();
          v_11 = this.limit - this.cursor;
          lab1: {
            this.ket = this.cursor;
            if (!this.r_mark_lAr()) {
              this.cursor = this.limit - v_11;
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            if (!this.r_stem_suffix_chain_before_ki()) {
              this.cursor = this.limit - v_11;
              break lab1;
            }
          }
          break;
        }
        this.cursor = this.limit - v_10;
        if (!this.r_stem_suffix_chain_before_ki()) {
          return false;
        }
        break;
      }
      break;
    }
    return true;
  };
  P.r_stem_noun_suffixes = function () {
    var v_1, v_27, v_2, v_3, v_13, v_18, v_23, v_26, v_7, v_8, v_10, v_11, v_17, v_22, v_4, v_9, v_12, v_14, v_19, v_24, v_6, v_15, v_16, v_21, v_25, v_5, v_20;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.r_mark_lAr()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_2 = this.limit - this.cursor;
        lab1: {
          if (!this.r_stem_suffix_chain_before_ki()) {
            this.cursor = this.limit - v_2;
            break lab1;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        if (!this.r_mark_ncA()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_3 = this.limit - this.cursor;
        lab1: {
          while (true) {
            v_4 = this.limit - this.cursor;
            lab2: {
              this.ket = this.cursor;
              if (!this.r_mark_lArI()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              break;
            }
            this.cursor = this.limit - v_4;
            lab2: {
              this.ket = this.cursor;
              while (true) {
                v_5 = this.limit - this.cursor;
                lab3: {
                  if (!this.r_mark_possessives()) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = this.limit - v_5;
                if (!this.r_mark_sU()) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_6 = this.limit - this.cursor;
              lab3: {
                this.ket = this.cursor;
                if (!this.r_mark_lAr()) {
                  this.cursor = this.limit - v_6;
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!this.r_stem_suffix_chain_before_ki()) {
                  this.cursor = this.limit - v_6;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_4;
            this.ket = this.cursor;
            if (!this.r_mark_lAr()) {
              this.cursor = this.limit - v_3;
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            if (!this.r_stem_suffix_chain_before_ki()) {
              this.cursor = this.limit - v_3;
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_7 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_ndA()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_7;
          if (!this.r_mark_nA()) {
            break lab0;
          }
          break;
        }
        while (true) {
          v_8 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_lArI()) {
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            break;
          }
          this.cursor = this.limit - v_8;
          lab1: {
            if (!this.r_mark_sU()) {
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            v_9 = this.limit - this.cursor;
            lab2: {
              this.ket = this.cursor;
              if (!this.r_mark_lAr()) {
                this.cursor = this.limit - v_9;
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!this.r_stem_suffix_chain_before_ki()) {
                this.cursor = this.limit - v_9;
                break lab2;
              }
            }
            break;
          }
          this.cursor = this.limit - v_8;
          if (!this.r_stem_suffix_chain_before_ki()) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_10 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_ndAn()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_10;
          if (!this.r_mark_nU()) {
            break lab0;
          }
          break;
        }
        while (true) {
          v_11 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_sU()) {
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            v_12 = this.limit - this.cursor;
            lab2: {
              this.ket = this.cursor;
              if (!this.r_mark_lAr()) {
                this.cursor = this.limit - v_12;
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!this.r_stem_suffix_chain_before_ki()) {
                this.cursor = this.limit - v_12;
                break lab2;
              }
            }
            break;
          }
          this.cursor = this.limit - v_11;
          if (!this.r_mark_lArI()) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        if (!this.r_mark_DAn()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_13 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_14 = this.limit - this.cursor;
            lab2: {
              if (!this.r_mark_possessives()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_15 = this.limit - this.cursor;
              lab3: {
                this.ket = this.cursor;
                if (!this.r_mark_lAr()) {
                  this.cursor = this.limit - v_15;
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!this.r_stem_suffix_chain_before_ki()) {
                  this.cursor = this.limit - v_15;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_14;
            lab2: {
              if (!this.r_mark_lAr()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_16 = this.limit - this.cursor;
              lab3: {
                if (!this.r_stem_suffix_chain_before_ki()) {
                  this.cursor = this.limit - v_16;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_14;
            if (!this.r_stem_suffix_chain_before_ki()) {
              this.cursor = this.limit - v_13;
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_17 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_nUn()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_17;
          if (!this.r_mark_ylA()) {
            break lab0;
          }
          break;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_18 = this.limit - this.cursor;
        lab1: {
          while (true) {
            v_19 = this.limit - this.cursor;
            lab2: {
              this.ket = this.cursor;
              if (!this.r_mark_lAr()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!this.r_stem_suffix_chain_before_ki()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_19;
            lab2: {
              this.ket = this.cursor;
              while (true) {
                v_20 = this.limit - this.cursor;
                lab3: {
                  if (!this.r_mark_possessives()) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = this.limit - v_20;
                if (!this.r_mark_sU()) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_21 = this.limit - this.cursor;
              lab3: {
                this.ket = this.cursor;
                if (!this.r_mark_lAr()) {
                  this.cursor = this.limit - v_21;
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!this.r_stem_suffix_chain_before_ki()) {
                  this.cursor = this.limit - v_21;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_19;
            if (!this.r_stem_suffix_chain_before_ki()) {
              this.cursor = this.limit - v_18;
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        if (!this.r_mark_lArI()) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        if (!this.r_stem_suffix_chain_before_ki()) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_22 = this.limit - this.cursor;
          lab1: {
            if (!this.r_mark_DA()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_22;
          lab1: {
            if (!this.r_mark_yU()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_22;
          if (!this.r_mark_yA()) {
            break lab0;
          }
          break;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_23 = this.limit - this.cursor;
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_24 = this.limit - this.cursor;
            lab2: {
              if (!this.r_mark_possessives()) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_25 = this.limit - this.cursor;
              lab3: {
                this.ket = this.cursor;
                if (!this.r_mark_lAr()) {
                  this.cursor = this.limit - v_25;
                  break lab3;
                }
              }
              break;
            }
            this.cursor = this.limit - v_24;
            if (!this.r_mark_lAr()) {
              this.cursor = this.limit - v_23;
              break lab1;
            }
            break;
          }
          this.bra = this.cursor;
          this.slice_del();
          this.ket = this.cursor;
          if (!this.r_stem_suffix_chain_before_ki()) {
            this.cursor = this.limit - v_23;
            break lab1;
          }
        }
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      while (true) {
        v_26 = this.limit - this.cursor;
        lab0: {
          if (!this.r_mark_possessives()) {
            break lab0;
          }
          break;
        }
        this.cursor = this.limit - v_26;
        if (!this.r_mark_sU()) {
          return false;
        }
        break;
      }
      this.bra = this.cursor;
      this.slice_del();
      v_27 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.r_mark_lAr()) {
          this.cursor = this.limit - v_27;
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        if (!this.r_stem_suffix_chain_before_ki()) {
          this.cursor = this.limit - v_27;
          break lab0;
        }
      }
      break;
    }
    return true;
  };
  P.r_post_process_last_consonants = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_23);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(as_23[among_var - 1]);
    return true;
  };
  P.r_append_U_to_stems_ending_with_d_or_g = function () {
    var v_1;
    this.ket = this.cursor;
    this.bra = this.cursor;
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "d")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "g")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    if (!this.go_out_grouping_b(g_vowel)) {
      return false;
    }
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        while (true) {
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "a")) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0131")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_from("\u0131");
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
        while (true) {
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_from("i");
        break;
      }
      this.cursor = this.limit - v_1;
      lab0: {
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
        this.slice_from("u");
        break;
      }
      this.cursor = this.limit - v_1;
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00f6")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u00fc")) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_from("\u00fc");
      break;
    }
    return true;
  };
  P.r_is_reserved_word = function () {
    var v_1;
    if (!this.eq_s_b("ad")) {
      return false;
    }
    v_1 = this.limit - this.cursor;
    lab0: {
      if (!this.eq_s_b("soy")) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
    }
    return this.cursor <= this.limit_backward;
  };
  P.r_remove_proper_noun_suffix = function () {
    var v_1, v_3, v_2, v_4;
    v_1 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      while (true) {
        v_2 = this.cursor;
        lab1: {
          lab2: {
            if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
              break lab2;
            }
            this.cursor += 1;
            break lab1;
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
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_1;
    v_3 = this.cursor;
    lab0: {
      if ((this.cursor + 2) > this.limit) {
        break lab0;
      }
      this.cursor += 2;
      while (true) {
        v_4 = this.cursor;
        lab1: {
          if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
            break lab1;
          }
          this.cursor += 1;
          this.cursor = v_4;
          break;
        }
        this.cursor = v_4;
        if (this.cursor >= this.limit) {
          break lab0;
        }
        this.cursor += 1;
      }
      this.bra = this.cursor;
      this.cursor = this.limit;
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_3;
    return true;
  };
  P.r_more_than_one_syllable_word = function () {
    var v_1, _;
    v_1 = this.cursor;
    for (_ = 0; _ < 2; _++) {
      if (!this.go_out_grouping(g_vowel)) {
        return false;
      }
      this.cursor += 1;
    }
    this.cursor = v_1;
    return true;
  };
  P.r_postlude = function () {
    var v_1, v_2, v_3;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    lab0: {
      if (!this.r_is_reserved_word()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    this.r_append_U_to_stems_ending_with_d_or_g();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_post_process_last_consonants();
    this.cursor = this.limit - v_3;
    this.cursor = this.limit_backward;
    return true;
  };
  P._stem = function () {
    var v_1, v_2;
    this.r_remove_proper_noun_suffix();
    if (!this.r_more_than_one_syllable_word()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_stem_nominal_verb_suffixes();
    this.cursor = this.limit - v_1;
    if (!this.B_continue_stemming_noun_suffixes) {
      return false;
    }
    v_2 = this.limit - this.cursor;
    this.r_stem_noun_suffixes();
    this.cursor = this.limit - v_2;
    this.cursor = this.limit_backward;
    return this.r_postlude();
  };

  var a_0 = [
    new Among("m", -1, -1),
    new Among("n", -1, -1),
    new Among("miz", -1, -1),
    new Among("niz", -1, -1),
    new Among("muz", -1, -1),
    new Among("nuz", -1, -1),
    new Among("m\u00fcz", -1, -1),
    new Among("n\u00fcz", -1, -1),
    new Among("m\u0131z", -1, -1),
    new Among("n\u0131z", -1, -1)
  ];
  var a_1 = [
    new Among("leri", -1, -1),
    new Among("lar\u0131", -1, -1)
  ];
  var a_2 = [
    new Among("ni", -1, -1),
    new Among("nu", -1, -1),
    new Among("n\u00fc", -1, -1),
    new Among("n\u0131", -1, -1)
  ];
  var a_3 = [
    new Among("in", -1, -1),
    new Among("un", -1, -1),
    new Among("\u00fcn", -1, -1),
    new Among("\u0131n", -1, -1)
  ];
  var a_4 = [
    new Among("a", -1, -1),
    new Among("e", -1, -1)
  ];
  var a_5 = [
    new Among("na", -1, -1),
    new Among("ne", -1, -1)
  ];
  var a_6 = [
    new Among("da", -1, -1),
    new Among("ta", -1, -1),
    new Among("de", -1, -1),
    new Among("te", -1, -1)
  ];
  var a_7 = [
    new Among("nda", -1, -1),
    new Among("nde", -1, -1)
  ];
  var a_8 = [
    new Among("dan", -1, -1),
    new Among("tan", -1, -1),
    new Among("den", -1, -1),
    new Among("ten", -1, -1)
  ];
  var a_9 = [
    new Among("ndan", -1, -1),
    new Among("nden", -1, -1)
  ];
  var a_10 = [
    new Among("la", -1, -1),
    new Among("le", -1, -1)
  ];
  var a_11 = [
    new Among("ca", -1, -1),
    new Among("ce", -1, -1)
  ];
  var a_12 = [
    new Among("im", -1, -1),
    new Among("um", -1, -1),
    new Among("\u00fcm", -1, -1),
    new Among("\u0131m", -1, -1)
  ];
  var a_13 = [
    new Among("sin", -1, -1),
    new Among("sun", -1, -1),
    new Among("s\u00fcn", -1, -1),
    new Among("s\u0131n", -1, -1)
  ];
  var a_14 = [
    new Among("iz", -1, -1),
    new Among("uz", -1, -1),
    new Among("\u00fcz", -1, -1),
    new Among("\u0131z", -1, -1)
  ];
  var a_15 = [
    new Among("siniz", -1, -1),
    new Among("sunuz", -1, -1),
    new Among("s\u00fcn\u00fcz", -1, -1),
    new Among("s\u0131n\u0131z", -1, -1)
  ];
  var a_16 = [
    new Among("lar", -1, -1),
    new Among("ler", -1, -1)
  ];
  var a_17 = [
    new Among("niz", -1, -1),
    new Among("nuz", -1, -1),
    new Among("n\u00fcz", -1, -1),
    new Among("n\u0131z", -1, -1)
  ];
  var a_18 = [
    new Among("dir", -1, -1),
    new Among("tir", -1, -1),
    new Among("dur", -1, -1),
    new Among("tur", -1, -1),
    new Among("d\u00fcr", -1, -1),
    new Among("t\u00fcr", -1, -1),
    new Among("d\u0131r", -1, -1),
    new Among("t\u0131r", -1, -1)
  ];
  var a_19 = [
    new Among("cas\u0131na", -1, -1),
    new Among("cesine", -1, -1)
  ];
  var a_20 = [
    new Among("di", -1, -1),
    new Among("ti", -1, -1),
    new Among("dik", -1, -1),
    new Among("tik", -1, -1),
    new Among("duk", -1, -1),
    new Among("tuk", -1, -1),
    new Among("d\u00fck", -1, -1),
    new Among("t\u00fck", -1, -1),
    new Among("d\u0131k", -1, -1),
    new Among("t\u0131k", -1, -1),
    new Among("dim", -1, -1),
    new Among("tim", -1, -1),
    new Among("dum", -1, -1),
    new Among("tum", -1, -1),
    new Among("d\u00fcm", -1, -1),
    new Among("t\u00fcm", -1, -1),
    new Among("d\u0131m", -1, -1),
    new Among("t\u0131m", -1, -1),
    new Among("din", -1, -1),
    new Among("tin", -1, -1),
    new Among("dun", -1, -1),
    new Among("tun", -1, -1),
    new Among("d\u00fcn", -1, -1),
    new Among("t\u00fcn", -1, -1),
    new Among("d\u0131n", -1, -1),
    new Among("t\u0131n", -1, -1),
    new Among("du", -1, -1),
    new Among("tu", -1, -1),
    new Among("d\u00fc", -1, -1),
    new Among("t\u00fc", -1, -1),
    new Among("d\u0131", -1, -1),
    new Among("t\u0131", -1, -1)
  ];
  var a_21 = [
    new Among("sa", -1, -1),
    new Among("se", -1, -1),
    new Among("sak", -1, -1),
    new Among("sek", -1, -1),
    new Among("sam", -1, -1),
    new Among("sem", -1, -1),
    new Among("san", -1, -1),
    new Among("sen", -1, -1)
  ];
  var a_22 = [
    new Among("mi\u015f", -1, -1),
    new Among("mu\u015f", -1, -1),
    new Among("m\u00fc\u015f", -1, -1),
    new Among("m\u0131\u015f", -1, -1)
  ];
  var a_23 = [
    new Among("b", -1, 1),
    new Among("c", -1, 2),
    new Among("d", -1, 3),
    new Among("\u011f", -1, 4)
  ];

  var stemmer = new TurkishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["tr"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
