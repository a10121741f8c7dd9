// Snowball stemmer 'tamil' for language 'ta': self.snowballStem['ta'](word).
// Translated by scripts/stemmers_js.py from tamil_stemmer.py of snowballstemmer 3.1.1
// (Generated from tamil.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var as_0 = ["\u0b93", "\u0b92", "\u0b89", "\u0b8a"];
  var as_4 = ["", "\u0bae\u0bcd"];

  function TamilStemmer() {
    BaseStemmer.call(this);
    this.B_found_vetrumai_urupu = false;
  }
  TamilStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = TamilStemmer.prototype;
  P.highestLiteral = 0x0BCD;

  P.r_has_min_length = function () {
    return this.current.length > 4;
  };
  P.r_fix_va_start = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_0);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    this.slice_from(as_0[among_var - 1]);
    return true;
  };
  P.r_fix_endings = function () {
    var v_1, v_2;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!this.r_fix_ending()) {
            break lab1;
          }
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    return true;
  };
  P.r_remove_question_prefixes = function () {
    var v_1;
    this.bra = this.cursor;
    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0b8e")) {
      return false;
    }
    this.cursor += 1;
    if (this.find_among(a_1) === 0) {
      return false;
    }
    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0bcd")) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    this.slice_del();
    v_1 = this.cursor;
    this.r_fix_va_start();
    this.cursor = v_1;
    return true;
  };
  P.r_fix_ending = function () {
    var v_1, among_var, v_4, v_6, v_5, v_2, v_3;
    if (this.current.length <= 3) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_5);
        if (among_var === 0) {
          break lab0;
        }
        this.bra = this.cursor;
        if (among_var === 1) {
          this.slice_del();
        } else if (among_var === 2) {
          v_2 = this.limit - this.cursor;
          if (this.find_among_b(a_2) === 0) {
            break lab0;
          }
          this.cursor = this.limit - v_2;
          this.slice_del();
        } else if (among_var === 3) {
          this.slice_from("\u0bb3\u0bcd");
        } else if (among_var === 4) {
          this.slice_from("\u0bb2\u0bcd");
        } else if (among_var === 5) {
          this.slice_from("\u0b9f\u0bc1");
        } else if (among_var === 6) {
          if (!this.B_found_vetrumai_urupu) {
            break lab0;
          }
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bc8")) {
              break lab1;
            }
            this.cursor -= 1;
            break lab0;
          }
          this.slice_from("\u0bae\u0bcd");
        } else if (among_var === 7) {
          this.slice_from("\u0bcd");
        } else if (among_var === 8) {
          v_3 = this.limit - this.cursor;
          lab1: {
            if (this.find_among_b(a_3) === 0) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = this.limit - v_3;
          this.slice_del();
        } else {
          among_var = this.find_among_b(a_4);
          this.slice_from(as_4[among_var - 1]);
        }
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bcd")) {
        return false;
      }
      this.cursor -= 1;
      while (true) {
        v_4 = this.limit - this.cursor;
        lab0: {
          if (this.find_among_b(a_6) === 0) {
            break lab0;
          }
          v_5 = this.limit - this.cursor;
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bcd")) {
              this.cursor = this.limit - v_5;
              break lab1;
            }
            this.cursor -= 1;
            if (this.find_among_b(a_7) === 0) {
              this.cursor = this.limit - v_5;
              break lab1;
            }
          }
          this.bra = this.cursor;
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_4;
        lab0: {
          if (this.find_among_b(a_8) === 0) {
            break lab0;
          }
          this.bra = this.cursor;
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bcd")) {
            break lab0;
          }
          this.cursor -= 1;
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_4;
        v_6 = this.limit - this.cursor;
        if (this.find_among_b(a_9) === 0) {
          return false;
        }
        this.cursor = this.limit - v_6;
        this.bra = this.cursor;
        this.slice_del();
        break;
      }
      break;
    }
    this.cursor = this.limit_backward;
    return true;
  };
  P.r_remove_pronoun_prefixes = function () {
    var v_1;
    this.bra = this.cursor;
    if (this.find_among(a_10) === 0) {
      return false;
    }
    if (this.find_among(a_11) === 0) {
      return false;
    }
    if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0bcd")) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    this.slice_del();
    v_1 = this.cursor;
    this.r_fix_va_start();
    this.cursor = v_1;
    return true;
  };
  P.r_remove_plural_suffix = function () {
    var among_var, v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_13);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        v_1 = this.limit - this.cursor;
        lab0: {
          if (this.find_among_b(a_12) === 0) {
            break lab0;
          }
          this.slice_from("\u0bc1\u0b99\u0bcd");
          break;
        }
        this.cursor = this.limit - v_1;
        this.slice_from("\u0bcd");
        break;
      }
    } else if (among_var === 2) {
      this.slice_from("\u0bb2\u0bcd");
    } else if (among_var === 3) {
      this.slice_from("\u0bb3\u0bcd");
    } else {
      this.slice_del();
    }
    this.cursor = this.limit_backward;
    return true;
  };
  P.r_remove_question_suffixes = function () {
    var v_1;
    if (!this.r_has_min_length()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_14) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u0bcd");
    }
    this.cursor = this.limit - v_1;
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return true;
  };
  P.r_remove_command_suffixes = function () {
    if (!this.r_has_min_length()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    if (this.find_among_b(a_15) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };
  P.r_remove_um = function () {
    var v_1;
    if (!this.r_has_min_length()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    if (!this.eq_s_b("\u0bc1\u0bae\u0bcd")) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from("\u0bcd");
    this.cursor = this.limit_backward;
    v_1 = this.cursor;
    this.r_fix_ending();
    this.cursor = v_1;
    return true;
  };
  P.r_remove_common_word_endings = function () {
    var among_var, v_1;
    if (!this.r_has_min_length()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_17);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_from("\u0bcd");
    } else if (among_var === 2) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (this.find_among_b(a_16) === 0) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_1;
      this.slice_from("\u0bcd");
    } else {
      this.slice_del();
    }
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return true;
  };
  P.r_remove_vetrumai_urupukal = function () {
    var v_9, v_1, v_5, v_2, among_var, v_6, v_8, v_7, v_3, v_4;
    this.B_found_vetrumai_urupu = false;
    if (!this.r_has_min_length()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        v_2 = this.limit - this.cursor;
        this.ket = this.cursor;
        among_var = this.find_among_b(a_20);
        if (among_var === 0) {
          break lab0;
        }
        this.bra = this.cursor;
        if (among_var === 1) {
          this.slice_del();
        } else if (among_var === 2) {
          this.slice_from("\u0bcd");
        } else if (among_var === 3) {
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bae")) {
              break lab1;
            }
            this.cursor -= 1;
            break lab0;
          }
          this.slice_from("\u0bcd");
        } else if (among_var === 4) {
          if (this.current.length < 7) {
            break lab0;
          }
          this.slice_from("\u0bcd");
        } else if (among_var === 5) {
          v_3 = this.limit - this.cursor;
          lab1: {
            if (this.find_among_b(a_18) === 0) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = this.limit - v_3;
          this.slice_from("\u0bcd");
        } else if (among_var === 6) {
          v_4 = this.limit - this.cursor;
          lab1: {
            if (this.find_among_b(a_19) === 0) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = this.limit - v_4;
          this.slice_del();
        } else {
          this.slice_from("\u0bbf");
        }
        this.cursor = this.limit - v_2;
        break;
      }
      this.cursor = this.limit - v_1;
      v_5 = this.limit - this.cursor;
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bc8")) {
        return false;
      }
      this.cursor -= 1;
      while (true) {
        v_6 = this.limit - this.cursor;
        lab0: {
          v_7 = this.limit - this.cursor;
          lab1: {
            if (this.find_among_b(a_21) === 0) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = this.limit - v_7;
          break;
        }
        this.cursor = this.limit - v_6;
        v_8 = this.limit - this.cursor;
        if (this.find_among_b(a_22) === 0) {
          return false;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bcd")) {
          return false;
        }
        this.cursor -= 1;
        this.cursor = this.limit - v_8;
        break;
      }
      this.bra = this.cursor;
      this.slice_from("\u0bcd");
      this.cursor = this.limit - v_5;
      break;
    }
    this.B_found_vetrumai_urupu = true;
    v_9 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.eq_s_b("\u0bbf\u0ba9\u0bcd")) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u0bcd");
    }
    this.cursor = this.limit - v_9;
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return true;
  };
  P.r_remove_tense_suffixes = function () {
    var v_1;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!this.r_remove_tense_suffix()) {
          break lab0;
        }
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P.r_remove_tense_suffix = function () {
    var B_found_a_match, v_1, v_6, v_2, among_var, v_3, v_4, v_5;
    B_found_a_match = false;
    if (!this.r_has_min_length()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    lab0: {
      v_2 = this.limit - this.cursor;
      this.ket = this.cursor;
      among_var = this.find_among_b(a_25);
      if (among_var === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      if (among_var === 1) {
        this.slice_del();
      } else if (among_var === 2) {
        v_3 = this.limit - this.cursor;
        lab1: {
          if (this.find_among_b(a_23) === 0) {
            break lab1;
          }
          break lab0;
        }
        this.cursor = this.limit - v_3;
        this.slice_del();
      } else if (among_var === 3) {
        v_4 = this.limit - this.cursor;
        lab1: {
          if (this.find_among_b(a_24) === 0) {
            break lab1;
          }
          break lab0;
        }
        this.cursor = this.limit - v_4;
        this.slice_del();
      } else if (among_var === 4) {
        lab1: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0b9a")) {
            break lab1;
          }
          this.cursor -= 1;
          break lab0;
        }
        this.slice_from("\u0bcd");
      } else if (among_var === 5) {
        this.slice_from("\u0bcd");
      } else {
        v_5 = this.limit - this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0bcd")) {
          break lab0;
        }
        this.cursor -= 1;
        this.cursor = this.limit - v_5;
        this.slice_del();
      }
      B_found_a_match = true;
      this.cursor = this.limit - v_2;
    }
    this.cursor = this.limit - v_1;
    v_6 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_26) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      B_found_a_match = true;
    }
    this.cursor = this.limit - v_6;
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return B_found_a_match;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    this.B_found_vetrumai_urupu = false;
    v_1 = this.cursor;
    this.r_fix_ending();
    this.cursor = v_1;
    if (!this.r_has_min_length()) {
      return false;
    }
    v_2 = this.cursor;
    this.r_remove_question_prefixes();
    this.cursor = v_2;
    v_3 = this.cursor;
    this.r_remove_pronoun_prefixes();
    this.cursor = v_3;
    this.r_remove_question_suffixes();
    v_4 = this.cursor;
    this.r_remove_um();
    this.cursor = v_4;
    v_5 = this.cursor;
    this.r_remove_common_word_endings();
    this.cursor = v_5;
    v_6 = this.cursor;
    this.r_remove_vetrumai_urupukal();
    this.cursor = v_6;
    v_7 = this.cursor;
    this.r_remove_plural_suffix();
    this.cursor = v_7;
    v_8 = this.cursor;
    this.r_remove_command_suffixes();
    this.cursor = v_8;
    v_9 = this.cursor;
    this.r_remove_tense_suffixes();
    this.cursor = v_9;
    return true;
  };

  var a_0 = [
    new Among("\u0bb5\u0bc1", -1, 3),
    new Among("\u0bb5\u0bc2", -1, 4),
    new Among("\u0bb5\u0bca", -1, 2),
    new Among("\u0bb5\u0bcb", -1, 1)
  ];
  var a_1 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b99", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9e", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0ba8", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bae", -1, -1),
    new Among("\u0baf", -1, -1),
    new Among("\u0bb5", -1, -1)
  ];
  var a_2 = [
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc8", -1, -1)
  ];
  var a_3 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc1", -1, -1),
    new Among("\u0bc2", -1, -1),
    new Among("\u0bc6", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bc8", -1, -1)
  ];
  var a_4 = [
    new Among("", -1, 2),
    new Among("\u0bc8", 0, 1),
    new Among("\u0bcd", 0, 1)
  ];
  var a_5 = [
    new Among("\u0ba8\u0bcd\u0ba4", -1, 1),
    new Among("\u0baf", -1, 1),
    new Among("\u0bb5", -1, 1),
    new Among("\u0ba9\u0bc1", -1, 8),
    new Among("\u0bc1\u0b95\u0bcd", -1, 7),
    new Among("\u0bc1\u0b95\u0bcd\u0b95\u0bcd", -1, 7),
    new Among("\u0b9f\u0bcd\u0b95\u0bcd", -1, 3),
    new Among("\u0bb1\u0bcd\u0b95\u0bcd", -1, 4),
    new Among("\u0b99\u0bcd", -1, 9),
    new Among("\u0b9f\u0bcd\u0b9f\u0bcd", -1, 5),
    new Among("\u0ba4\u0bcd\u0ba4\u0bcd", -1, 6),
    new Among("\u0ba8\u0bcd\u0ba4\u0bcd", -1, 1),
    new Among("\u0ba8\u0bcd", -1, 1),
    new Among("\u0b9f\u0bcd\u0baa\u0bcd", -1, 3),
    new Among("\u0baf\u0bcd", -1, 2),
    new Among("\u0ba9\u0bcd\u0bb1\u0bcd", -1, 4),
    new Among("\u0bb5\u0bcd", -1, 1)
  ];
  var a_6 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9f", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bb1", -1, -1)
  ];
  var a_7 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9f", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bb1", -1, -1)
  ];
  var a_8 = [
    new Among("\u0b9e", -1, -1),
    new Among("\u0ba3", -1, -1),
    new Among("\u0ba8", -1, -1),
    new Among("\u0ba9", -1, -1),
    new Among("\u0bae", -1, -1),
    new Among("\u0baf", -1, -1),
    new Among("\u0bb0", -1, -1),
    new Among("\u0bb2", -1, -1),
    new Among("\u0bb3", -1, -1),
    new Among("\u0bb4", -1, -1),
    new Among("\u0bb5", -1, -1)
  ];
  var a_9 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc1", -1, -1),
    new Among("\u0bc2", -1, -1),
    new Among("\u0bc6", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bc8", -1, -1),
    new Among("\u0bcd", -1, -1)
  ];
  var a_10 = [
    new Among("\u0b85", -1, -1),
    new Among("\u0b87", -1, -1),
    new Among("\u0b89", -1, -1)
  ];
  var a_11 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b99", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9e", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0ba8", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bae", -1, -1),
    new Among("\u0baf", -1, -1),
    new Among("\u0bb5", -1, -1)
  ];
  var a_12 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9f", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bb1", -1, -1)
  ];
  var a_13 = [
    new Among("\u0b95\u0bb3\u0bcd", -1, 4),
    new Among("\u0bc1\u0b99\u0bcd\u0b95\u0bb3\u0bcd", 0, 1),
    new Among("\u0b9f\u0bcd\u0b95\u0bb3\u0bcd", 0, 3),
    new Among("\u0bb1\u0bcd\u0b95\u0bb3\u0bcd", 0, 2)
  ];
  var a_14 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bcb", -1, -1)
  ];
  var a_15 = [
    new Among("\u0baa\u0bbf", -1, -1),
    new Among("\u0bb5\u0bbf", -1, -1)
  ];
  var a_16 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc1", -1, -1),
    new Among("\u0bc2", -1, -1),
    new Among("\u0bc6", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bc8", -1, -1)
  ];
  var a_17 = [
    new Among("\u0baa\u0b9f\u0bcd\u0b9f", -1, 3),
    new Among("\u0baa\u0b9f\u0bcd\u0b9f\u0ba3", -1, 3),
    new Among("\u0ba4\u0bbe\u0ba9", -1, 3),
    new Among("\u0baa\u0b9f\u0bbf\u0ba4\u0bbe\u0ba9", 2, 3),
    new Among("\u0bc6\u0ba9", -1, 1),
    new Among("\u0bbe\u0b95\u0bbf\u0baf", -1, 1),
    new Among("\u0b95\u0bc1\u0bb0\u0bbf\u0baf", -1, 3),
    new Among("\u0bc1\u0b9f\u0bc8\u0baf", -1, 1),
    new Among("\u0bb2\u0bcd\u0bb2", -1, 2),
    new Among("\u0bc1\u0bb3\u0bcd\u0bb3", -1, 1),
    new Among("\u0bbe\u0b95\u0bbf", -1, 1),
    new Among("\u0baa\u0b9f\u0bbf", -1, 3),
    new Among("\u0bbf\u0ba9\u0bcd\u0bb1\u0bbf", -1, 1),
    new Among("\u0baa\u0bb1\u0bcd\u0bb1\u0bbf", -1, 3),
    new Among("\u0baa\u0b9f\u0bc1", -1, 3),
    new Among("\u0bb5\u0bbf\u0b9f\u0bc1", -1, 3),
    new Among("\u0baa\u0b9f\u0bcd\u0b9f\u0bc1", -1, 3),
    new Among("\u0bb5\u0bbf\u0b9f\u0bcd\u0b9f\u0bc1", -1, 3),
    new Among("\u0baa\u0b9f\u0bcd\u0b9f\u0ba4\u0bc1", -1, 3),
    new Among("\u0bc6\u0ba9\u0bcd\u0bb1\u0bc1", -1, 1),
    new Among("\u0bc1\u0b9f\u0bc8", -1, 1),
    new Among("\u0bbf\u0bb2\u0bcd\u0bb2\u0bc8", -1, 1),
    new Among("\u0bc1\u0b9f\u0ba9\u0bcd", -1, 1),
    new Among("\u0bbf\u0b9f\u0bae\u0bcd", -1, 1),
    new Among("\u0bc6\u0bb2\u0bcd\u0bb2\u0bbe\u0bae\u0bcd", -1, 3),
    new Among("\u0bc6\u0ba9\u0bc1\u0bae\u0bcd", -1, 1)
  ];
  var a_18 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc1", -1, -1),
    new Among("\u0bc2", -1, -1),
    new Among("\u0bc6", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bc8", -1, -1)
  ];
  var a_19 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc1", -1, -1),
    new Among("\u0bc2", -1, -1),
    new Among("\u0bc6", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bc8", -1, -1)
  ];
  var a_20 = [
    new Among("\u0bb5\u0bbf\u0b9f", -1, 2),
    new Among("\u0bc0", -1, 7),
    new Among("\u0bca\u0b9f\u0bc1", -1, 2),
    new Among("\u0bcb\u0b9f\u0bc1", -1, 2),
    new Among("\u0ba4\u0bc1", -1, 6),
    new Among("\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1", 4, 2),
    new Among("\u0bbf\u0ba9\u0bcd\u0bb1\u0bc1", -1, 2),
    new Among("\u0bc1\u0b9f\u0bc8", -1, 2),
    new Among("\u0ba9\u0bc8", -1, 1),
    new Among("\u0b95\u0ba3\u0bcd", -1, 1),
    new Among("\u0bbf\u0ba9\u0bcd", -1, 3),
    new Among("\u0bae\u0bc1\u0ba9\u0bcd", -1, 1),
    new Among("\u0bbf\u0b9f\u0bae\u0bcd", -1, 4),
    new Among("\u0bbf\u0bb1\u0bcd", -1, 2),
    new Among("\u0bae\u0bc7\u0bb1\u0bcd", -1, 1),
    new Among("\u0bb2\u0bcd", -1, 5),
    new Among("\u0bbe\u0bae\u0bb2\u0bcd", 15, 2),
    new Among("\u0bbe\u0bb2\u0bcd", 15, 2),
    new Among("\u0bbf\u0bb2\u0bcd", 15, 2),
    new Among("\u0bae\u0bc7\u0bb2\u0bcd", 15, 1),
    new Among("\u0bc1\u0bb3\u0bcd", -1, 2),
    new Among("\u0b95\u0bc0\u0bb4\u0bcd", -1, 1)
  ];
  var a_21 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9f", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bb1", -1, -1)
  ];
  var a_22 = [
    new Among("\u0b95", -1, -1),
    new Among("\u0b9a", -1, -1),
    new Among("\u0b9f", -1, -1),
    new Among("\u0ba4", -1, -1),
    new Among("\u0baa", -1, -1),
    new Among("\u0bb1", -1, -1)
  ];
  var a_23 = [
    new Among("\u0b85", -1, -1),
    new Among("\u0b86", -1, -1),
    new Among("\u0b87", -1, -1),
    new Among("\u0b88", -1, -1),
    new Among("\u0b89", -1, -1),
    new Among("\u0b8a", -1, -1),
    new Among("\u0b8e", -1, -1),
    new Among("\u0b8f", -1, -1),
    new Among("\u0b90", -1, -1),
    new Among("\u0b92", -1, -1),
    new Among("\u0b93", -1, -1),
    new Among("\u0b94", -1, -1)
  ];
  var a_24 = [
    new Among("\u0bbe", -1, -1),
    new Among("\u0bbf", -1, -1),
    new Among("\u0bc0", -1, -1),
    new Among("\u0bc1", -1, -1),
    new Among("\u0bc2", -1, -1),
    new Among("\u0bc6", -1, -1),
    new Among("\u0bc7", -1, -1),
    new Among("\u0bc8", -1, -1)
  ];
  var a_25 = [
    new Among("\u0b95", -1, 1),
    new Among("\u0ba4", -1, 1),
    new Among("\u0ba9", -1, 1),
    new Among("\u0baa", -1, 1),
    new Among("\u0baf", -1, 1),
    new Among("\u0bbe", -1, 5),
    new Among("\u0b95\u0bc1", -1, 6),
    new Among("\u0baa\u0b9f\u0bc1", -1, 1),
    new Among("\u0ba4\u0bc1", -1, 3),
    new Among("\u0bbf\u0bb1\u0bcd\u0bb1\u0bc1", -1, 1),
    new Among("\u0ba9\u0bc8", -1, 1),
    new Among("\u0bb5\u0bc8", -1, 1),
    new Among("\u0ba9\u0ba9\u0bcd", -1, 1),
    new Among("\u0baa\u0ba9\u0bcd", -1, 1),
    new Among("\u0bb5\u0ba9\u0bcd", -1, 2),
    new Among("\u0bbe\u0ba9\u0bcd", -1, 4),
    new Among("\u0ba9\u0bbe\u0ba9\u0bcd", 15, 1),
    new Among("\u0bae\u0bbf\u0ba9\u0bcd", -1, 1),
    new Among("\u0ba9\u0bc6\u0ba9\u0bcd", -1, 1),
    new Among("\u0bc7\u0ba9\u0bcd", -1, 5),
    new Among("\u0ba9\u0bae\u0bcd", -1, 1),
    new Among("\u0baa\u0bae\u0bcd", -1, 1),
    new Among("\u0bbe\u0bae\u0bcd", -1, 5),
    new Among("\u0b95\u0bc1\u0bae\u0bcd", -1, 1),
    new Among("\u0b9f\u0bc1\u0bae\u0bcd", -1, 5),
    new Among("\u0ba4\u0bc1\u0bae\u0bcd", -1, 1),
    new Among("\u0bb1\u0bc1\u0bae\u0bcd", -1, 1),
    new Among("\u0bc6\u0bae\u0bcd", -1, 5),
    new Among("\u0bc7\u0bae\u0bcd", -1, 5),
    new Among("\u0bcb\u0bae\u0bcd", -1, 5),
    new Among("\u0bbe\u0baf\u0bcd", -1, 5),
    new Among("\u0ba9\u0bb0\u0bcd", -1, 1),
    new Among("\u0baa\u0bb0\u0bcd", -1, 1),
    new Among("\u0bc0\u0baf\u0bb0\u0bcd", -1, 5),
    new Among("\u0bb5\u0bb0\u0bcd", -1, 1),
    new Among("\u0bbe\u0bb0\u0bcd", -1, 5),
    new Among("\u0ba9\u0bbe\u0bb0\u0bcd", 35, 1),
    new Among("\u0bae\u0bbe\u0bb0\u0bcd", 35, 1),
    new Among("\u0b95\u0bca\u0ba3\u0bcd\u0b9f\u0bbf\u0bb0\u0bcd", -1, 1),
    new Among("\u0ba9\u0bbf\u0bb0\u0bcd", -1, 5),
    new Among("\u0bc0\u0bb0\u0bcd", -1, 5),
    new Among("\u0ba9\u0bb3\u0bcd", -1, 1),
    new Among("\u0baa\u0bb3\u0bcd", -1, 1),
    new Among("\u0bb5\u0bb3\u0bcd", -1, 1),
    new Among("\u0bbe\u0bb3\u0bcd", -1, 5),
    new Among("\u0ba9\u0bbe\u0bb3\u0bcd", 44, 1)
  ];
  var a_26 = [
    new Among("\u0b95\u0bbf\u0bb1", -1, -1),
    new Among("\u0b95\u0bbf\u0ba9\u0bcd\u0bb1", -1, -1),
    new Among("\u0bbe\u0ba8\u0bbf\u0ba9\u0bcd\u0bb1", -1, -1),
    new Among("\u0b95\u0bbf\u0bb1\u0bcd", -1, -1),
    new Among("\u0b95\u0bbf\u0ba9\u0bcd\u0bb1\u0bcd", -1, -1),
    new Among("\u0bbe\u0ba8\u0bbf\u0ba9\u0bcd\u0bb1\u0bcd", -1, -1)
  ];

  var stemmer = new TamilStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ta"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
