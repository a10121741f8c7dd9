// Snowball stemmer 'persian' for language 'fa': self.snowballStem['fa'](word).
// Translated by scripts/stemmers_js.py from persian_stemmer.py of snowballstemmer 3.1.1
// (Generated from persian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var as_4 = ["\u062e\u0628\u0631", "\u0627\u0633\u062a\u0627\u062f"];

  function PersianStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
    this.B_remove_verb_person_endings = false;
    this.B_saw_present_prefix = false;
  }
  PersianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = PersianStemmer.prototype;
  P.highestLiteral = 0x200D;

  P.r_Normalize_Characters = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("\u06a9");
        } else if (among_var === 2) {
          this.slice_from("\u06cc");
        } else if (among_var === 3) {
          this.slice_from("\u0647");
        } else if (among_var === 4) {
          this.slice_from("\u0627");
        } else if (among_var === 5) {
          this.slice_from("\u0648");
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
  P.r_Prefixes = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_1);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (among_var === 1) {
      if ((this.cursor + 2) > this.limit) {
        return false;
      }
      this.cursor += 2;
      this.B_saw_present_prefix = true;
    } else {
      if ((this.cursor + 2) > this.limit) {
        return false;
      }
      this.cursor += 2;
      this.slice_del();
      this.B_saw_present_prefix = true;
    }
    return true;
  };
  P.r_Delete_ZWNJ = function () {
    var v_1, v_2;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            this.bra = this.cursor;
            if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u200c")) {
              break lab1;
            }
            this.cursor += 1;
            this.ket = this.cursor;
            this.slice_del();
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
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_Protect_Lexical_AN = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      if (!this.r_AN_Exception()) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    lab0: {
      if (this.find_among_b(a_2) === 0) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_2;
    return true;
  };
  P.r_AN_Exception = function () {
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    return true;
  };
  P.r_Irregular_Noun = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(as_4[among_var - 1]);
    return true;
  };
  P.r_Stem_Noun_or_Adjective = function () {
    var v_1, v_3, among_var;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (!this.r_Irregular_Noun()) {
          break lab0;
        }
        break;
      }
      this.cursor = this.limit - v_1;
      if (this.cursor < this.I_p1) {
        return false;
      }
      v_3 = this.limit_backward;
      this.limit_backward = this.I_p1;
      this.ket = this.cursor;
      among_var = this.find_among_b(a_5);
      if (among_var === 0) {
        this.limit_backward = v_3;
        return false;
      }
      this.bra = this.cursor;
      if (among_var === 1) {
        this.slice_del();
      } else {
        if (this.cursor <= this.limit_backward) {
          this.limit_backward = v_3;
          return false;
        }
        this.slice_del();
      }
      this.limit_backward = v_3;
      break;
    }
    return true;
  };
  P.r_Stem_Verb = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_6) === 0) {
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R1()) {
          break lab0;
        }
        this.slice_del();
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      among_var = this.find_among_b(a_7);
      if (among_var === 0) {
        return false;
      }
      this.bra = this.cursor;
      if (among_var === 1) {
        if (!this.B_remove_verb_person_endings) {
          return false;
        }
        if (!this.r_R1()) {
          return false;
        }
        this.slice_del();
      } else if (among_var === 2) {
        this.slice_from("\u0631\u0641\u062a");
      } else if (among_var === 3) {
        if (!this.r_R1()) {
          return false;
        }
        this.slice_del();
        this.B_remove_verb_person_endings = true;
      } else if (among_var === 4) {
        if (this.cursor <= this.limit_backward) {
          return false;
        }
        this.slice_from("\u062f");
        this.B_remove_verb_person_endings = true;
      } else {
        if (this.cursor <= this.limit_backward) {
          return false;
        }
        this.slice_from("\u062a");
        this.B_remove_verb_person_endings = true;
      }
      break;
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7;
    this.B_saw_present_prefix = false;
    v_1 = this.cursor;
    this.r_Normalize_Characters();
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_Prefixes();
    this.cursor = v_2;
    v_3 = this.cursor;
    this.r_Delete_ZWNJ();
    this.cursor = v_3;
    this.I_p1 = this.limit;
    v_4 = this.cursor;
    lab0: {
      if ((this.cursor + 3) > this.limit) {
        break lab0;
      }
      this.cursor += 3;
      this.I_p1 = this.cursor;
    }
    this.cursor = v_4;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    while (true) {
      v_5 = this.limit - this.cursor;
      lab0: {
        v_6 = this.limit - this.cursor;
        this.B_remove_verb_person_endings = false;
        lab1: {
          if (!this.B_saw_present_prefix) {
            break lab1;
          }
          this.B_remove_verb_person_endings = true;
        }
        if (!this.r_Protect_Lexical_AN()) {
          break lab0;
        }
        while (true) {
          v_7 = this.limit - this.cursor;
          lab1: {
            if (!this.r_Stem_Noun_or_Adjective()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_7;
          if (!this.r_Stem_Verb()) {
            break lab0;
          }
          break;
        }
        this.cursor = this.limit - v_6;
        continue;
      }
      this.cursor = this.limit - v_5;
      break;
    }
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("", -1, 7),
    new Among(" ", 0, 6),
    new Among("\u0623", 0, 4),
    new Among("\u0624", 0, 5),
    new Among("\u0625", 0, 4),
    new Among("\u0626", 0, 2),
    new Among("\u0629", 0, 3),
    new Among("\u0643", 0, 1),
    new Among("\u064a", 0, 2),
    new Among("\u06c1", 0, 3),
    new Among("\u200d", 0, 6)
  ];
  var a_1 = [
    new Among("\u0645\u06cc\u200c", -1, 2),
    new Among("\u0646\u0645\u06cc\u200c", -1, 1)
  ];
  var a_2 = [
    new Among("\u0633\u062a\u0627\u0646", -1, -1),
    new Among("\u0631\u0627\u0646", -1, -1),
    new Among("\u0633\u0627\u0646", -1, -1),
    new Among("\u0648\u0627\u0646", -1, -1)
  ];
  var a_3 = [
    new Among("\u0622\u0630\u0631\u0628\u0627\u06cc\u062c\u0627\u0646", -1, 1),
    new Among("\u0647\u0645\u062f\u0627\u0646", -1, 1),
    new Among("\u062e\u0627\u0646\u062f\u0627\u0646", -1, 1),
    new Among("\u0632\u0646\u062f\u0627\u0646", -1, 1),
    new Among("\u0645\u06cc\u0632\u0627\u0646", -1, 1),
    new Among("\u062f\u0631\u062e\u0634\u0627\u0646", -1, 1),
    new Among("\u0622\u062a\u0634\u0641\u0634\u0627\u0646", -1, 1),
    new Among("\u0646\u0634\u0627\u0646", -1, 1),
    new Among("\u06a9\u0647\u06a9\u0634\u0627\u0646", -1, 1),
    new Among("\u0627\u06cc\u0634\u0627\u0646", -1, 1),
    new Among("\u067e\u0631\u06cc\u0634\u0627\u0646", -1, 1),
    new Among("\u0633\u0644\u0637\u0627\u0646", -1, 1),
    new Among("\u06af\u06cc\u0644\u0627\u0646", -1, 1),
    new Among("\u0633\u0627\u062e\u062a\u0645\u0627\u0646", -1, 1),
    new Among("\u0631\u0645\u0627\u0646", -1, 1),
    new Among("\u062f\u0631\u0645\u0627\u0646", 14, 1),
    new Among("\u0642\u0647\u0631\u0645\u0627\u0646", 14, 1),
    new Among("\u06a9\u0631\u0645\u0627\u0646", 14, 1),
    new Among("\u0633\u0627\u0632\u0645\u0627\u0646", -1, 1),
    new Among("\u0647\u0645\u0632\u0645\u0627\u0646", -1, 1),
    new Among("\u0622\u0633\u0645\u0627\u0646", -1, 1),
    new Among("\u0622\u0644\u0645\u0627\u0646", -1, 1),
    new Among("\u0645\u0633\u0644\u0645\u0627\u0646", -1, 1),
    new Among("\u0627\u06cc\u0645\u0627\u0646", -1, 1),
    new Among("\u0633\u0644\u06cc\u0645\u0627\u0646", -1, 1),
    new Among("\u067e\u06cc\u0645\u0627\u0646", -1, 1),
    new Among("\u0644\u0628\u0646\u0627\u0646", -1, 1),
    new Among("\u06cc\u0648\u0646\u0627\u0646", -1, 1),
    new Among("\u0627\u0635\u0641\u0647\u0627\u0646", -1, 1),
    new Among("\u0627\u0645\u06a9\u0627\u0646", -1, 1),
    new Among("\u067e\u0627\u06cc\u0627\u0646", -1, 1),
    new Among("\u0628\u06cc\u0627\u0646", -1, 1),
    new Among("\u062c\u0631\u06cc\u0627\u0646", -1, 1)
  ];
  var a_4 = [
    new Among("\u0627\u0633\u0627\u062a\u06cc\u062f", -1, 2),
    new Among("\u0627\u062e\u0628\u0627\u0631", -1, 1)
  ];
  var a_5 = [
    new Among("\u0647\u0627", -1, 1),
    new Among("\u0627\u062a", -1, 1),
    new Among("\u06cc\u062a", -1, 1),
    new Among("\u0645\u0646\u062f", -1, 1),
    new Among("\u0648\u0627\u0631", -1, 1),
    new Among("\u06af\u0627\u0631", -1, 1),
    new Among("\u062a\u0631", -1, 2),
    new Among("\u0627\u0634", -1, 1),
    new Among("\u0627\u0645", -1, 1),
    new Among("\u0627\u0646", -1, 1),
    new Among("\u0628\u0627\u0646", 9, 1),
    new Among("\u06af\u0627\u0646", 9, 1),
    new Among("\u06cc\u0627\u0646", 9, 1),
    new Among("\u06cc\u0646", -1, 1),
    new Among("\u062a\u0631\u06cc\u0646", 13, 1),
    new Among("\u06af\u0627\u0647", -1, 1),
    new Among("\u0627\u0646\u0647", -1, 1),
    new Among("\u0646\u0627\u06a9", -1, 1),
    new Among("\u0647\u0627\u06cc", -1, 1),
    new Among("\u0627\u0646\u06cc", -1, 1),
    new Among("\u06af\u06cc", -1, 1),
    new Among("\u06cc\u06cc", -1, 1)
  ];
  var a_6 = [
    new Among("\u0627\u0633\u062a", -1, 1),
    new Among("\u0627\u0646\u062f", -1, 1),
    new Among("\u06cc\u062f", -1, 1),
    new Among("\u0627\u06cc\u062f", 2, 1),
    new Among("\u0627\u0633", -1, 1),
    new Among("\u06cc\u0645", -1, 1),
    new Among("\u0627\u06cc\u0645", 5, 1),
    new Among("\u0627\u06cc", -1, 1)
  ];
  var a_7 = [
    new Among("\u062f", -1, 1),
    new Among("\u0627\u0646\u062f", 0, 1),
    new Among("\u0631\u0641\u062a\u0627\u0646\u062f", 1, 2),
    new Among("\u06cc\u062f", 0, 1),
    new Among("\u0631\u0641\u062a\u06cc\u062f", 3, 2),
    new Among("\u0645", -1, 1),
    new Among("\u0627\u0645", 5, 1),
    new Among("\u0631\u0641\u062a\u0645", 5, 2),
    new Among("\u06cc\u0645", 5, 1),
    new Among("\u0631\u0641\u062a\u06cc\u0645", 8, 2),
    new Among("\u0627\u0646", -1, 3),
    new Among("\u062a\u0647", -1, 5),
    new Among("\u062f\u0647", -1, 4),
    new Among("\u0646\u062f\u0647", 12, 3),
    new Among("\u0631\u0641\u062a\u06cc", -1, 2)
  ];

  var stemmer = new PersianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["fa"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
