// Snowball stemmer 'romanian' for language 'ro': self.snowballStem['ro'](word).
// Translated by scripts/stemmers_js.py from romanian_stemmer.py of snowballstemmer 3.1.1
// (Generated from romanian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e2\u00ee\u0103";
  var as_0 = ["\u0219", "\u021b"];
  var as_3 = ["abil", "ibil", "iv", "ic", "at", "it"];

  function RomanianStemmer() {
    BaseStemmer.call(this);
    this.B_standard_suffix_removed = false;
    this.I_p2 = 0;
    this.I_p1 = 0;
    this.I_pV = 0;
  }
  RomanianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = RomanianStemmer.prototype;
  P.highestLiteral = 0x021B;

  P.r_norm = function () {
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
              this.cursor = v_3;
              break;
            }
            this.cursor = v_3;
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
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
  P.r_prelude = function () {
    var v_1, v_2, v_3;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            this.bra = this.cursor;
            while (true) {
              v_3 = this.cursor;
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
              this.cursor = v_3;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "i")) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              if (!this.in_grouping(g_v)) {
                break lab1;
              }
              this.slice_from("I");
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
    var v_1, v_5, v_2, v_4, v_3;
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
          while (true) {
            v_3 = this.cursor;
            lab2: {
              if (!this.out_grouping(g_v)) {
                break lab2;
              }
              if (!this.go_out_grouping(g_v)) {
                break lab2;
              }
              this.cursor += 1;
              break;
            }
            this.cursor = v_3;
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            if (!this.go_in_grouping(g_v)) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          break;
        }
        this.cursor = v_2;
        if (!this.out_grouping(g_v)) {
          break lab0;
        }
        while (true) {
          v_4 = this.cursor;
          lab1: {
            if (!this.out_grouping(g_v)) {
              break lab1;
            }
            if (!this.go_out_grouping(g_v)) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          this.cursor = v_4;
          if (!this.in_grouping(g_v)) {
            break lab0;
          }
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
          break;
        }
        break;
      }
      this.I_pV = this.cursor;
    }
    this.cursor = v_1;
    v_5 = this.cursor;
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
    this.cursor = v_5;
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
  P.r_step_0 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_from("a");
    } else if (among_var === 3) {
      this.slice_from("e");
    } else if (among_var === 4) {
      this.slice_from("i");
    } else if (among_var === 5) {
      lab0: {
        if (!this.eq_s_b("ab")) {
          break lab0;
        }
        return false;
      }
      this.slice_from("i");
    } else if (among_var === 6) {
      this.slice_from("at");
    } else {
      this.slice_from("a\u021bi");
    }
    return true;
  };
  P.r_combo_suffix = function () {
    var v_1, among_var;
    v_1 = this.limit - this.cursor;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_3[among_var - 1]);
    this.B_standard_suffix_removed = true;
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_standard_suffix = function () {
    var among_var, v_1;
    this.B_standard_suffix_removed = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        if (!this.r_combo_suffix()) {
          break lab0;
        }
        continue;
      }
      this.cursor = this.limit - v_1;
      break;
    }
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.I_p2 > this.cursor) {
      return false;
    }
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u021b")) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_from("t");
    } else {
      this.slice_from("ist");
    }
    this.B_standard_suffix_removed = true;
    return true;
  };
  P.r_verb_suffix = function () {
    var v_2, among_var;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_5);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if (!this.out_grouping_b(g_v)) {
            break lab0;
          }
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
          this.limit_backward = v_2;
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else {
      this.slice_del();
    }
    this.limit_backward = v_2;
    return true;
  };
  P.r_vowel_suffix = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_6) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.I_pV > this.cursor) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6;
    this.r_norm();
    v_1 = this.cursor;
    this.r_prelude();
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    this.r_step_0();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_standard_suffix();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    lab0: {
      while (true) {
        lab1: {
          if (!this.B_standard_suffix_removed) {
            break lab1;
          }
          break;
        }
        if (!this.r_verb_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    this.r_vowel_suffix();
    this.cursor = this.limit - v_5;
    this.cursor = this.limit_backward;
    v_6 = this.cursor;
    this.r_postlude();
    this.cursor = v_6;
    return true;
  };

  var a_0 = [
    new Among("\u015f", -1, 1),
    new Among("\u0163", -1, 2)
  ];
  var a_1 = [
    new Among("", -1, 3),
    new Among("I", 0, 1),
    new Among("U", 0, 2)
  ];
  var a_2 = [
    new Among("ea", -1, 3),
    new Among("a\u021bia", -1, 7),
    new Among("aua", -1, 2),
    new Among("iua", -1, 4),
    new Among("a\u021bie", -1, 7),
    new Among("ele", -1, 3),
    new Among("ile", -1, 5),
    new Among("iile", 6, 4),
    new Among("iei", -1, 4),
    new Among("atei", -1, 6),
    new Among("ii", -1, 4),
    new Among("ului", -1, 1),
    new Among("ul", -1, 1),
    new Among("elor", -1, 3),
    new Among("ilor", -1, 4),
    new Among("iilor", 14, 4)
  ];
  var a_3 = [
    new Among("icala", -1, 4),
    new Among("iciva", -1, 4),
    new Among("ativa", -1, 5),
    new Among("itiva", -1, 6),
    new Among("icale", -1, 4),
    new Among("a\u021biune", -1, 5),
    new Among("i\u021biune", -1, 6),
    new Among("atoare", -1, 5),
    new Among("itoare", -1, 6),
    new Among("\u0103toare", -1, 5),
    new Among("icitate", -1, 4),
    new Among("abilitate", -1, 1),
    new Among("ibilitate", -1, 2),
    new Among("ivitate", -1, 3),
    new Among("icive", -1, 4),
    new Among("ative", -1, 5),
    new Among("itive", -1, 6),
    new Among("icali", -1, 4),
    new Among("atori", -1, 5),
    new Among("icatori", 18, 4),
    new Among("itori", -1, 6),
    new Among("\u0103tori", -1, 5),
    new Among("icitati", -1, 4),
    new Among("abilitati", -1, 1),
    new Among("ivitati", -1, 3),
    new Among("icivi", -1, 4),
    new Among("ativi", -1, 5),
    new Among("itivi", -1, 6),
    new Among("icit\u0103i", -1, 4),
    new Among("abilit\u0103i", -1, 1),
    new Among("ivit\u0103i", -1, 3),
    new Among("icit\u0103\u021bi", -1, 4),
    new Among("abilit\u0103\u021bi", -1, 1),
    new Among("ivit\u0103\u021bi", -1, 3),
    new Among("ical", -1, 4),
    new Among("ator", -1, 5),
    new Among("icator", 35, 4),
    new Among("itor", -1, 6),
    new Among("\u0103tor", -1, 5),
    new Among("iciv", -1, 4),
    new Among("ativ", -1, 5),
    new Among("itiv", -1, 6),
    new Among("ical\u0103", -1, 4),
    new Among("iciv\u0103", -1, 4),
    new Among("ativ\u0103", -1, 5),
    new Among("itiv\u0103", -1, 6)
  ];
  var a_4 = [
    new Among("ica", -1, 1),
    new Among("abila", -1, 1),
    new Among("ibila", -1, 1),
    new Among("oasa", -1, 1),
    new Among("ata", -1, 1),
    new Among("ita", -1, 1),
    new Among("anta", -1, 1),
    new Among("ista", -1, 3),
    new Among("uta", -1, 1),
    new Among("iva", -1, 1),
    new Among("ic", -1, 1),
    new Among("ice", -1, 1),
    new Among("abile", -1, 1),
    new Among("ibile", -1, 1),
    new Among("isme", -1, 3),
    new Among("iune", -1, 2),
    new Among("oase", -1, 1),
    new Among("ate", -1, 1),
    new Among("itate", 17, 1),
    new Among("ite", -1, 1),
    new Among("ante", -1, 1),
    new Among("iste", -1, 3),
    new Among("ute", -1, 1),
    new Among("ive", -1, 1),
    new Among("ici", -1, 1),
    new Among("abili", -1, 1),
    new Among("ibili", -1, 1),
    new Among("iuni", -1, 2),
    new Among("atori", -1, 1),
    new Among("osi", -1, 1),
    new Among("ati", -1, 1),
    new Among("itati", 30, 1),
    new Among("iti", -1, 1),
    new Among("anti", -1, 1),
    new Among("isti", -1, 3),
    new Among("uti", -1, 1),
    new Among("i\u0219ti", -1, 3),
    new Among("ivi", -1, 1),
    new Among("it\u0103i", -1, 1),
    new Among("o\u0219i", -1, 1),
    new Among("it\u0103\u021bi", -1, 1),
    new Among("abil", -1, 1),
    new Among("ibil", -1, 1),
    new Among("ism", -1, 3),
    new Among("ator", -1, 1),
    new Among("os", -1, 1),
    new Among("at", -1, 1),
    new Among("it", -1, 1),
    new Among("ant", -1, 1),
    new Among("ist", -1, 3),
    new Among("ut", -1, 1),
    new Among("iv", -1, 1),
    new Among("ic\u0103", -1, 1),
    new Among("abil\u0103", -1, 1),
    new Among("ibil\u0103", -1, 1),
    new Among("oas\u0103", -1, 1),
    new Among("at\u0103", -1, 1),
    new Among("it\u0103", -1, 1),
    new Among("ant\u0103", -1, 1),
    new Among("ist\u0103", -1, 3),
    new Among("ut\u0103", -1, 1),
    new Among("iv\u0103", -1, 1)
  ];
  var a_5 = [
    new Among("ea", -1, 1),
    new Among("ia", -1, 1),
    new Among("esc", -1, 1),
    new Among("\u0103sc", -1, 1),
    new Among("ind", -1, 1),
    new Among("\u00e2nd", -1, 1),
    new Among("are", -1, 1),
    new Among("ere", -1, 1),
    new Among("ire", -1, 1),
    new Among("\u00e2re", -1, 1),
    new Among("se", -1, 2),
    new Among("ase", 10, 1),
    new Among("sese", 10, 2),
    new Among("ise", 10, 1),
    new Among("use", 10, 1),
    new Among("\u00e2se", 10, 1),
    new Among("e\u0219te", -1, 1),
    new Among("\u0103\u0219te", -1, 1),
    new Among("eze", -1, 1),
    new Among("ai", -1, 1),
    new Among("eai", 19, 1),
    new Among("iai", 19, 1),
    new Among("sei", -1, 2),
    new Among("e\u0219ti", -1, 1),
    new Among("\u0103\u0219ti", -1, 1),
    new Among("ui", -1, 1),
    new Among("ezi", -1, 1),
    new Among("\u00e2i", -1, 1),
    new Among("a\u0219i", -1, 1),
    new Among("se\u0219i", -1, 2),
    new Among("ase\u0219i", 29, 1),
    new Among("sese\u0219i", 29, 2),
    new Among("ise\u0219i", 29, 1),
    new Among("use\u0219i", 29, 1),
    new Among("\u00e2se\u0219i", 29, 1),
    new Among("i\u0219i", -1, 1),
    new Among("u\u0219i", -1, 1),
    new Among("\u00e2\u0219i", -1, 1),
    new Among("a\u021bi", -1, 2),
    new Among("ea\u021bi", 38, 1),
    new Among("ia\u021bi", 38, 1),
    new Among("e\u021bi", -1, 2),
    new Among("i\u021bi", -1, 2),
    new Among("\u00e2\u021bi", -1, 2),
    new Among("ar\u0103\u021bi", -1, 1),
    new Among("ser\u0103\u021bi", -1, 2),
    new Among("aser\u0103\u021bi", 45, 1),
    new Among("seser\u0103\u021bi", 45, 2),
    new Among("iser\u0103\u021bi", 45, 1),
    new Among("user\u0103\u021bi", 45, 1),
    new Among("\u00e2ser\u0103\u021bi", 45, 1),
    new Among("ir\u0103\u021bi", -1, 1),
    new Among("ur\u0103\u021bi", -1, 1),
    new Among("\u00e2r\u0103\u021bi", -1, 1),
    new Among("am", -1, 1),
    new Among("eam", 54, 1),
    new Among("iam", 54, 1),
    new Among("em", -1, 2),
    new Among("asem", 57, 1),
    new Among("sesem", 57, 2),
    new Among("isem", 57, 1),
    new Among("usem", 57, 1),
    new Among("\u00e2sem", 57, 1),
    new Among("im", -1, 2),
    new Among("\u00e2m", -1, 2),
    new Among("\u0103m", -1, 2),
    new Among("ar\u0103m", 65, 1),
    new Among("ser\u0103m", 65, 2),
    new Among("aser\u0103m", 67, 1),
    new Among("seser\u0103m", 67, 2),
    new Among("iser\u0103m", 67, 1),
    new Among("user\u0103m", 67, 1),
    new Among("\u00e2ser\u0103m", 67, 1),
    new Among("ir\u0103m", 65, 1),
    new Among("ur\u0103m", 65, 1),
    new Among("\u00e2r\u0103m", 65, 1),
    new Among("au", -1, 1),
    new Among("eau", 76, 1),
    new Among("iau", 76, 1),
    new Among("indu", -1, 1),
    new Among("\u00e2ndu", -1, 1),
    new Among("ez", -1, 1),
    new Among("easc\u0103", -1, 1),
    new Among("ar\u0103", -1, 1),
    new Among("ser\u0103", -1, 2),
    new Among("aser\u0103", 84, 1),
    new Among("seser\u0103", 84, 2),
    new Among("iser\u0103", 84, 1),
    new Among("user\u0103", 84, 1),
    new Among("\u00e2ser\u0103", 84, 1),
    new Among("ir\u0103", -1, 1),
    new Among("ur\u0103", -1, 1),
    new Among("\u00e2r\u0103", -1, 1),
    new Among("eaz\u0103", -1, 1)
  ];
  var a_6 = [
    new Among("a", -1, 1),
    new Among("e", -1, 1),
    new Among("ie", 1, 1),
    new Among("i", -1, 1),
    new Among("\u0103", -1, 1)
  ];

  var stemmer = new RomanianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ro"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
