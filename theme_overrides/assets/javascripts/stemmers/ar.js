// Snowball stemmer 'arabic' for language 'ar': self.snowballStem['ar'](word).
// Translated by scripts/stemmers_js.py from arabic_stemmer.py of snowballstemmer 3.1.1
// (Generated from arabic.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var as_0 = ["", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\u0621", "\u0623", "\u0625", "\u0626", "\u0622", "\u0624", "\u0627", "\u0628", "\u0629", "\u062a", "\u062b", "\u062c", "\u062d", "\u062e", "\u062f", "\u0630", "\u0631", "\u0632", "\u0633", "\u0634", "\u0635", "\u0636", "\u0637", "\u0638", "\u0639", "\u063a", "\u0641", "\u0642", "\u0643", "\u0644", "\u0645", "\u0646", "\u0647", "\u0648", "\u0649", "\u064a", "\u0644\u0627", "\u0644\u0623", "\u0644\u0625", "\u0644\u0622"];
  var as_2 = ["\u0627", "\u0648", "\u064a"];

  function ArabicStemmer() {
    BaseStemmer.call(this);
    this.B_is_defined = false;
    this.B_is_verb = false;
    this.B_is_noun = false;
  }
  ArabicStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = ArabicStemmer.prototype;
  P.highestLiteral = 0xFEFC;

  P.r_Normalize_pre = function () {
    var v_1, v_2, v_3, among_var;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          while (true) {
            v_3 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              among_var = this.find_among(a_0);
              if (among_var === 0) {
                break lab2;
              }
              this.ket = this.cursor;
              this.slice_from(as_0[among_var - 1]);
              break;
            }
            this.cursor = v_3;
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
            break;
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
  P.r_Normalize_post = function () {
    var v_1, v_2, v_3, v_4, among_var;
    v_1 = this.cursor;
    lab0: {
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      this.ket = this.cursor;
      if (this.find_among_b(a_1) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u0621");
      this.cursor = this.limit_backward;
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    lab0: {
      while (true) {
        v_3 = this.cursor;
        lab1: {
          while (true) {
            v_4 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              among_var = this.find_among(a_2);
              if (among_var === 0) {
                break lab2;
              }
              this.ket = this.cursor;
              this.slice_from(as_2[among_var - 1]);
              break;
            }
            this.cursor = v_4;
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          continue;
        }
        this.cursor = v_3;
        break;
      }
    }
    this.cursor = v_2;
    return true;
  };
  P.r_Checks1 = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_3);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      if (this.current.length <= 4) {
        return false;
      }
      this.B_is_noun = true;
      this.B_is_verb = false;
      this.B_is_defined = true;
    } else {
      if (this.current.length <= 3) {
        return false;
      }
      this.B_is_noun = true;
      this.B_is_verb = false;
      this.B_is_defined = true;
    }
    return true;
  };
  P.r_Prefix_Step1 = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_4);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_from("\u0623");
    } else if (among_var === 2) {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_from("\u0622");
    } else if (among_var === 3) {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_from("\u0627");
    } else {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_from("\u0625");
    }
    return true;
  };
  P.r_Prefix_Step2 = function () {
    this.bra = this.cursor;
    if (this.find_among(a_5) === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (this.current.length <= 3) {
      return false;
    }
    lab0: {
      if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0627")) {
        break lab0;
      }
      this.cursor += 1;
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Prefix_Step3a_Noun = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_6);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      if (this.current.length <= 5) {
        return false;
      }
      this.slice_del();
    } else {
      if (this.current.length <= 4) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Prefix_Step3b_Noun = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_7);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_from("\u0628");
    } else if (among_var === 3) {
      if (this.current.length <= 3) {
        return false;
      }
      this.slice_from("\u0643");
    }
    return true;
  };
  P.r_Prefix_Step3_Verb = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_8);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      if (this.current.length <= 4) {
        return false;
      }
      this.slice_from("\u064a");
    } else if (among_var === 2) {
      if (this.current.length <= 4) {
        return false;
      }
      this.slice_from("\u062a");
    } else if (among_var === 3) {
      if (this.current.length <= 4) {
        return false;
      }
      this.slice_from("\u0646");
    } else {
      if (this.current.length <= 4) {
        return false;
      }
      this.slice_from("\u0623");
    }
    return true;
  };
  P.r_Prefix_Step4_Verb = function () {
    this.bra = this.cursor;
    if (this.find_among(a_9) === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (this.current.length <= 4) {
      return false;
    }
    this.B_is_verb = true;
    this.B_is_noun = false;
    this.slice_from("\u0627\u0633\u062a");
    return true;
  };
  P.r_Suffix_Noun_Step1a = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_10);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (this.current.length < 4) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (this.current.length < 5) {
        return false;
      }
      this.slice_del();
    } else {
      if (this.current.length < 6) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Suffix_Noun_Step1b = function () {
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0646")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if (this.current.length <= 5) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2a = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_11) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.current.length <= 4) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2b = function () {
    this.ket = this.cursor;
    if (!this.eq_s_b("\u0627\u062a")) {
      return false;
    }
    this.bra = this.cursor;
    if (this.current.length < 5) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2c1 = function () {
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u062a")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if (this.current.length < 4) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2c2 = function () {
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0629")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if (this.current.length < 4) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step3 = function () {
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u064a")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if (this.current.length < 3) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Verb_Step1 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_12);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (this.current.length < 4) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (this.current.length < 5) {
        return false;
      }
      this.slice_del();
    } else {
      if (this.current.length < 6) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Suffix_Verb_Step2a = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_13);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (this.current.length < 4) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (this.current.length < 5) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 3) {
      if (this.current.length <= 5) {
        return false;
      }
      this.slice_del();
    } else {
      if (this.current.length < 6) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Suffix_Verb_Step2b = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_14) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.current.length < 5) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Verb_Step2c = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_15);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (this.current.length < 4) {
        return false;
      }
      this.slice_del();
    } else {
      if (this.current.length < 6) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Suffix_All_alef_maqsura = function () {
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0649")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_from("\u064a");
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_12, v_13, v_14, v_3, v_15, v_16, v_8, v_4, v_5, v_9, v_6, v_7, v_10, v_11;
    this.B_is_noun = true;
    this.B_is_verb = true;
    this.B_is_defined = false;
    v_1 = this.cursor;
    this.r_Checks1();
    this.cursor = v_1;
    this.r_Normalize_pre();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_3 = this.limit - this.cursor;
        lab1: {
          if (!this.B_is_verb) {
            break lab1;
          }
          while (true) {
            v_4 = this.limit - this.cursor;
            lab2: {
              v_5 = 1;
              while (true) {
                v_6 = this.limit - this.cursor;
                lab3: {
                  if (!this.r_Suffix_Verb_Step1()) {
                    break lab3;
                  }
                  v_5 -= 1;
                  continue;
                }
                this.cursor = this.limit - v_6;
                break;
              }
              if (v_5 > 0) {
                break lab2;
              }
              while (true) {
                v_7 = this.limit - this.cursor;
                lab3: {
                  if (!this.r_Suffix_Verb_Step2a()) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = this.limit - v_7;
                lab3: {
                  if (!this.r_Suffix_Verb_Step2c()) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = this.limit - v_7;
                if (this.cursor <= this.limit_backward) {
                  break lab2;
                }
                this.cursor -= 1;
                break;
              }
              break;
            }
            this.cursor = this.limit - v_4;
            lab2: {
              if (!this.r_Suffix_Verb_Step2b()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_4;
            if (!this.r_Suffix_Verb_Step2a()) {
              break lab1;
            }
            break;
          }
          break;
        }
        this.cursor = this.limit - v_3;
        lab1: {
          if (!this.B_is_noun) {
            break lab1;
          }
          v_8 = this.limit - this.cursor;
          lab2: {
            while (true) {
              v_9 = this.limit - this.cursor;
              lab3: {
                if (!this.r_Suffix_Noun_Step2c2()) {
                  break lab3;
                }
                break;
              }
              this.cursor = this.limit - v_9;
              lab3: {
                if (this.B_is_defined) {
                  break lab3;
                }
                if (!this.r_Suffix_Noun_Step1a()) {
                  break lab3;
                }
                while (true) {
                  v_10 = this.limit - this.cursor;
                  lab4: {
                    if (!this.r_Suffix_Noun_Step2a()) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = this.limit - v_10;
                  lab4: {
                    if (!this.r_Suffix_Noun_Step2b()) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = this.limit - v_10;
                  lab4: {
                    if (!this.r_Suffix_Noun_Step2c1()) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = this.limit - v_10;
                  if (this.cursor <= this.limit_backward) {
                    break lab3;
                  }
                  this.cursor -= 1;
                  break;
                }
                break;
              }
              this.cursor = this.limit - v_9;
              lab3: {
                if (!this.r_Suffix_Noun_Step1b()) {
                  break lab3;
                }
                while (true) {
                  v_11 = this.limit - this.cursor;
                  lab4: {
                    if (!this.r_Suffix_Noun_Step2a()) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = this.limit - v_11;
                  lab4: {
                    if (!this.r_Suffix_Noun_Step2b()) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = this.limit - v_11;
                  if (!this.r_Suffix_Noun_Step2c1()) {
                    break lab3;
                  }
                  break;
                }
                break;
              }
              this.cursor = this.limit - v_9;
              lab3: {
                if (this.B_is_defined) {
                  break lab3;
                }
                if (!this.r_Suffix_Noun_Step2a()) {
                  break lab3;
                }
                break;
              }
              this.cursor = this.limit - v_9;
              if (!this.r_Suffix_Noun_Step2b()) {
                this.cursor = this.limit - v_8;
                break lab2;
              }
              break;
            }
          }
          if (!this.r_Suffix_Noun_Step3()) {
            break lab1;
          }
          break;
        }
        this.cursor = this.limit - v_3;
        if (!this.r_Suffix_All_alef_maqsura()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = this.limit - v_2;
    this.cursor = this.limit_backward;
    v_12 = this.cursor;
    lab0: {
      v_13 = this.cursor;
      lab1: {
        if (!this.r_Prefix_Step1()) {
          this.cursor = v_13;
          break lab1;
        }
      }
      v_14 = this.cursor;
      lab1: {
        if (!this.r_Prefix_Step2()) {
          this.cursor = v_14;
          break lab1;
        }
      }
      while (true) {
        v_15 = this.cursor;
        lab1: {
          if (!this.r_Prefix_Step3a_Noun()) {
            break lab1;
          }
          break;
        }
        this.cursor = v_15;
        lab1: {
          if (!this.B_is_noun) {
            break lab1;
          }
          if (!this.r_Prefix_Step3b_Noun()) {
            break lab1;
          }
          break;
        }
        this.cursor = v_15;
        if (!this.B_is_verb) {
          break lab0;
        }
        v_16 = this.cursor;
        lab1: {
          if (!this.r_Prefix_Step3_Verb()) {
            this.cursor = v_16;
            break lab1;
          }
        }
        if (!this.r_Prefix_Step4_Verb()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = v_12;
    this.r_Normalize_post();
    return true;
  };

  var a_0 = [
    new Among("\u0640", -1, 1),
    new Among("\u064b", -1, 1),
    new Among("\u064c", -1, 1),
    new Among("\u064d", -1, 1),
    new Among("\u064e", -1, 1),
    new Among("\u064f", -1, 1),
    new Among("\u0650", -1, 1),
    new Among("\u0651", -1, 1),
    new Among("\u0652", -1, 1),
    new Among("\u0660", -1, 2),
    new Among("\u0661", -1, 3),
    new Among("\u0662", -1, 4),
    new Among("\u0663", -1, 5),
    new Among("\u0664", -1, 6),
    new Among("\u0665", -1, 7),
    new Among("\u0666", -1, 8),
    new Among("\u0667", -1, 9),
    new Among("\u0668", -1, 10),
    new Among("\u0669", -1, 11),
    new Among("\ufe80", -1, 12),
    new Among("\ufe81", -1, 16),
    new Among("\ufe82", -1, 16),
    new Among("\ufe83", -1, 13),
    new Among("\ufe84", -1, 13),
    new Among("\ufe85", -1, 17),
    new Among("\ufe86", -1, 17),
    new Among("\ufe87", -1, 14),
    new Among("\ufe88", -1, 14),
    new Among("\ufe89", -1, 15),
    new Among("\ufe8a", -1, 15),
    new Among("\ufe8b", -1, 15),
    new Among("\ufe8c", -1, 15),
    new Among("\ufe8d", -1, 18),
    new Among("\ufe8e", -1, 18),
    new Among("\ufe8f", -1, 19),
    new Among("\ufe90", -1, 19),
    new Among("\ufe91", -1, 19),
    new Among("\ufe92", -1, 19),
    new Among("\ufe93", -1, 20),
    new Among("\ufe94", -1, 20),
    new Among("\ufe95", -1, 21),
    new Among("\ufe96", -1, 21),
    new Among("\ufe97", -1, 21),
    new Among("\ufe98", -1, 21),
    new Among("\ufe99", -1, 22),
    new Among("\ufe9a", -1, 22),
    new Among("\ufe9b", -1, 22),
    new Among("\ufe9c", -1, 22),
    new Among("\ufe9d", -1, 23),
    new Among("\ufe9e", -1, 23),
    new Among("\ufe9f", -1, 23),
    new Among("\ufea0", -1, 23),
    new Among("\ufea1", -1, 24),
    new Among("\ufea2", -1, 24),
    new Among("\ufea3", -1, 24),
    new Among("\ufea4", -1, 24),
    new Among("\ufea5", -1, 25),
    new Among("\ufea6", -1, 25),
    new Among("\ufea7", -1, 25),
    new Among("\ufea8", -1, 25),
    new Among("\ufea9", -1, 26),
    new Among("\ufeaa", -1, 26),
    new Among("\ufeab", -1, 27),
    new Among("\ufeac", -1, 27),
    new Among("\ufead", -1, 28),
    new Among("\ufeae", -1, 28),
    new Among("\ufeaf", -1, 29),
    new Among("\ufeb0", -1, 29),
    new Among("\ufeb1", -1, 30),
    new Among("\ufeb2", -1, 30),
    new Among("\ufeb3", -1, 30),
    new Among("\ufeb4", -1, 30),
    new Among("\ufeb5", -1, 31),
    new Among("\ufeb6", -1, 31),
    new Among("\ufeb7", -1, 31),
    new Among("\ufeb8", -1, 31),
    new Among("\ufeb9", -1, 32),
    new Among("\ufeba", -1, 32),
    new Among("\ufebb", -1, 32),
    new Among("\ufebc", -1, 32),
    new Among("\ufebd", -1, 33),
    new Among("\ufebe", -1, 33),
    new Among("\ufebf", -1, 33),
    new Among("\ufec0", -1, 33),
    new Among("\ufec1", -1, 34),
    new Among("\ufec2", -1, 34),
    new Among("\ufec3", -1, 34),
    new Among("\ufec4", -1, 34),
    new Among("\ufec5", -1, 35),
    new Among("\ufec6", -1, 35),
    new Among("\ufec7", -1, 35),
    new Among("\ufec8", -1, 35),
    new Among("\ufec9", -1, 36),
    new Among("\ufeca", -1, 36),
    new Among("\ufecb", -1, 36),
    new Among("\ufecc", -1, 36),
    new Among("\ufecd", -1, 37),
    new Among("\ufece", -1, 37),
    new Among("\ufecf", -1, 37),
    new Among("\ufed0", -1, 37),
    new Among("\ufed1", -1, 38),
    new Among("\ufed2", -1, 38),
    new Among("\ufed3", -1, 38),
    new Among("\ufed4", -1, 38),
    new Among("\ufed5", -1, 39),
    new Among("\ufed6", -1, 39),
    new Among("\ufed7", -1, 39),
    new Among("\ufed8", -1, 39),
    new Among("\ufed9", -1, 40),
    new Among("\ufeda", -1, 40),
    new Among("\ufedb", -1, 40),
    new Among("\ufedc", -1, 40),
    new Among("\ufedd", -1, 41),
    new Among("\ufede", -1, 41),
    new Among("\ufedf", -1, 41),
    new Among("\ufee0", -1, 41),
    new Among("\ufee1", -1, 42),
    new Among("\ufee2", -1, 42),
    new Among("\ufee3", -1, 42),
    new Among("\ufee4", -1, 42),
    new Among("\ufee5", -1, 43),
    new Among("\ufee6", -1, 43),
    new Among("\ufee7", -1, 43),
    new Among("\ufee8", -1, 43),
    new Among("\ufee9", -1, 44),
    new Among("\ufeea", -1, 44),
    new Among("\ufeeb", -1, 44),
    new Among("\ufeec", -1, 44),
    new Among("\ufeed", -1, 45),
    new Among("\ufeee", -1, 45),
    new Among("\ufeef", -1, 46),
    new Among("\ufef0", -1, 46),
    new Among("\ufef1", -1, 47),
    new Among("\ufef2", -1, 47),
    new Among("\ufef3", -1, 47),
    new Among("\ufef4", -1, 47),
    new Among("\ufef5", -1, 51),
    new Among("\ufef6", -1, 51),
    new Among("\ufef7", -1, 49),
    new Among("\ufef8", -1, 49),
    new Among("\ufef9", -1, 50),
    new Among("\ufefa", -1, 50),
    new Among("\ufefb", -1, 48),
    new Among("\ufefc", -1, 48)
  ];
  var a_1 = [
    new Among("\u0622", -1, 1),
    new Among("\u0623", -1, 1),
    new Among("\u0624", -1, 1),
    new Among("\u0625", -1, 1),
    new Among("\u0626", -1, 1)
  ];
  var a_2 = [
    new Among("\u0622", -1, 1),
    new Among("\u0623", -1, 1),
    new Among("\u0624", -1, 2),
    new Among("\u0625", -1, 1),
    new Among("\u0626", -1, 3)
  ];
  var a_3 = [
    new Among("\u0627\u0644", -1, 2),
    new Among("\u0628\u0627\u0644", -1, 1),
    new Among("\u0643\u0627\u0644", -1, 1),
    new Among("\u0644\u0644", -1, 2)
  ];
  var a_4 = [
    new Among("\u0623\u0622", -1, 2),
    new Among("\u0623\u0623", -1, 1),
    new Among("\u0623\u0624", -1, 1),
    new Among("\u0623\u0625", -1, 4),
    new Among("\u0623\u0627", -1, 3)
  ];
  var a_5 = [
    new Among("\u0641", -1, 1),
    new Among("\u0648", -1, 1)
  ];
  var a_6 = [
    new Among("\u0627\u0644", -1, 2),
    new Among("\u0628\u0627\u0644", -1, 1),
    new Among("\u0643\u0627\u0644", -1, 1),
    new Among("\u0644\u0644", -1, 2)
  ];
  var a_7 = [
    new Among("\u0628", -1, 1),
    new Among("\u0628\u0627", 0, -1),
    new Among("\u0628\u0628", 0, 2),
    new Among("\u0643\u0643", -1, 3)
  ];
  var a_8 = [
    new Among("\u0633\u0623", -1, 4),
    new Among("\u0633\u062a", -1, 2),
    new Among("\u0633\u0646", -1, 3),
    new Among("\u0633\u064a", -1, 1)
  ];
  var a_9 = [
    new Among("\u062a\u0633\u062a", -1, 1),
    new Among("\u0646\u0633\u062a", -1, 1),
    new Among("\u064a\u0633\u062a", -1, 1)
  ];
  var a_10 = [
    new Among("\u0643\u0645\u0627", -1, 3),
    new Among("\u0647\u0645\u0627", -1, 3),
    new Among("\u0646\u0627", -1, 2),
    new Among("\u0647\u0627", -1, 2),
    new Among("\u0643", -1, 1),
    new Among("\u0643\u0645", -1, 2),
    new Among("\u0647\u0645", -1, 2),
    new Among("\u0647\u0646", -1, 2),
    new Among("\u0647", -1, 1),
    new Among("\u064a", -1, 1)
  ];
  var a_11 = [
    new Among("\u0627", -1, 1),
    new Among("\u0648", -1, 1),
    new Among("\u064a", -1, 1)
  ];
  var a_12 = [
    new Among("\u0643\u0645\u0627", -1, 3),
    new Among("\u0647\u0645\u0627", -1, 3),
    new Among("\u0646\u0627", -1, 2),
    new Among("\u0647\u0627", -1, 2),
    new Among("\u0643", -1, 1),
    new Among("\u0643\u0645", -1, 2),
    new Among("\u0647\u0645", -1, 2),
    new Among("\u0643\u0646", -1, 2),
    new Among("\u0647\u0646", -1, 2),
    new Among("\u0647", -1, 1),
    new Among("\u0643\u0645\u0648", -1, 3),
    new Among("\u0646\u064a", -1, 2)
  ];
  var a_13 = [
    new Among("\u0627", -1, 1),
    new Among("\u062a\u0627", 0, 2),
    new Among("\u062a\u0645\u0627", 0, 4),
    new Among("\u0646\u0627", 0, 2),
    new Among("\u062a", -1, 1),
    new Among("\u0646", -1, 1),
    new Among("\u0627\u0646", 5, 3),
    new Among("\u062a\u0646", 5, 2),
    new Among("\u0648\u0646", 5, 3),
    new Among("\u064a\u0646", 5, 3),
    new Among("\u064a", -1, 1)
  ];
  var a_14 = [
    new Among("\u0648\u0627", -1, 1),
    new Among("\u062a\u0645", -1, 1)
  ];
  var a_15 = [
    new Among("\u0648", -1, 1),
    new Among("\u062a\u0645\u0648", 0, 2)
  ];

  var stemmer = new ArabicStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ar"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
