// Snowball stemmer 'estonian' for language 'et': self.snowballStem['et'](word).
// Translated by scripts/stemmers_js.py from estonian_stemmer.py of snowballstemmer 3.1.1
// (Generated from estonian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_V1 = "aeiou\u00e4\u00f5\u00f6\u00fc";
  var g_RV = "'aeiou";
  var g_KI = "bdfghkpstz\u0161\u017e";
  var g_GI = "aceijlmnoqruvwx\u00e4\u00f5\u00f6\u00fc";
  var as_3 = ["lase", "mise", "lise"];
  var as_5 = ["e", ""];
  var as_8 = ["k", "p", "t"];
  var as_10 = ["joo", "saa", "viima", "keesi", "l\u00f6\u00f6", "l\u00f5i", "loo", "k\u00e4isi", "s\u00f6\u00f6", "too", "v\u00f5isi", "j\u00e4\u00e4ma", "m\u00fc\u00fcsi", "luge", "p\u00f5de", "ladu", "tegi", "n\u00e4gi"];

  function EstonianStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  EstonianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = EstonianStemmer.prototype;
  P.highestLiteral = 0x017E;

  P.r_mark_regions = function () {
    var v_1;
    this.I_p1 = this.limit;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if ((this.cursor + 2) > this.limit) {
          break lab0;
        }
        this.cursor += 2;
        while (true) {
          lab1: {
            if ((this.cursor === this.limit) || (this.current[this.cursor] !== "'")) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        break;
      }
      this.cursor = v_1;
      if (!this.go_out_grouping(g_V1)) {
        return false;
      }
      this.cursor += 1;
      if (!this.go_in_grouping(g_V1)) {
        return false;
      }
      this.cursor += 1;
      break;
    }
    this.I_p1 = this.cursor;
    return true;
  };
  P.r_emphasis = function () {
    var v_2, among_var, v_3, v_4, v_5;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_0);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    v_3 = this.limit - this.cursor;
    if ((this.cursor - 4) < this.limit_backward) {
      return false;
    }
    this.cursor -= 4;
    this.cursor = this.limit - v_3;
    if (among_var === 1) {
      v_4 = this.limit - this.cursor;
      if (!this.in_grouping_b(g_GI)) {
        return false;
      }
      this.cursor = this.limit - v_4;
      v_5 = this.limit - this.cursor;
      lab0: {
        if (!this.r_LONGV()) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_5;
      this.slice_del();
    } else {
      if (!this.in_grouping_b(g_KI)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_verb = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_from("a");
    } else {
      if (!this.in_grouping_b(g_V1)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_LONGV = function () {
    return this.find_among_b(a_2) !== 0;
  };
  P.r_i_plural = function () {
    var v_2;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (!this.in_grouping_b(g_RV)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_special_noun_endings = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_from(as_3[among_var - 1]);
    return true;
  };
  P.r_case_ending = function () {
    var v_2, among_var, v_3;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if (!this.in_grouping_b(g_RV)) {
            break lab0;
          }
          break;
        }
        if (!this.r_LONGV()) {
          return false;
        }
        break;
      }
    } else {
      v_3 = this.limit - this.cursor;
      if ((this.cursor - 4) < this.limit_backward) {
        return false;
      }
      this.cursor -= 4;
      this.cursor = this.limit - v_3;
    }
    this.slice_del();
    return true;
  };
  P.r_plural_three_first_cases = function () {
    var v_2, among_var, v_3, v_4, v_5;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_6);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      this.slice_from("iku");
    } else if (among_var === 2) {
      v_3 = this.limit - this.cursor;
      lab0: {
        if (!this.r_LONGV()) {
          break lab0;
        }
        return false;
      }
      this.cursor = this.limit - v_3;
      this.slice_del();
    } else if (among_var === 3) {
      while (true) {
        v_4 = this.limit - this.cursor;
        lab0: {
          v_5 = this.limit - this.cursor;
          if ((this.cursor - 4) < this.limit_backward) {
            break lab0;
          }
          this.cursor -= 4;
          this.cursor = this.limit - v_5;
          among_var = this.find_among_b(a_5);
          if (among_var > 0) {
            this.slice_from(as_5[among_var - 1]);
          }
          break;
        }
        this.cursor = this.limit - v_4;
        this.slice_from("t");
        break;
      }
    } else {
      while (true) {
        lab0: {
          if (!this.in_grouping_b(g_RV)) {
            break lab0;
          }
          break;
        }
        if (!this.r_LONGV()) {
          return false;
        }
        break;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_nu = function () {
    var v_2;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if (this.find_among_b(a_7) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_del();
    return true;
  };
  P.r_undouble_kpt = function () {
    var among_var;
    if (!this.in_grouping_b(g_V1)) {
      return false;
    }
    if (this.I_p1 > this.cursor) {
      return false;
    }
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(as_8[among_var - 1]);
    return true;
  };
  P.r_degrees = function () {
    var v_2, among_var;
    if (this.cursor < this.I_p1) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      if (!this.in_grouping_b(g_RV)) {
        return false;
      }
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P.r_substantive = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6;
    v_1 = this.limit - this.cursor;
    this.r_special_noun_endings();
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    this.r_case_ending();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_plural_three_first_cases();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_degrees();
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    this.r_i_plural();
    this.cursor = this.limit - v_5;
    v_6 = this.limit - this.cursor;
    this.r_nu();
    this.cursor = this.limit - v_6;
    return true;
  };
  P.r_verb_exceptions = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_10);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (this.cursor < this.limit) {
      return false;
    }
    this.slice_from(as_10[among_var - 1]);
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_6, v_5;
    v_1 = this.cursor;
    lab0: {
      if (!this.r_verb_exceptions()) {
        break lab0;
      }
      return false;
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_2;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = this.limit - this.cursor;
    this.r_emphasis();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_5 = this.limit - this.cursor;
        lab1: {
          if (!this.r_verb()) {
            break lab1;
          }
          break;
        }
        this.cursor = this.limit - v_5;
        this.r_substantive();
        break;
      }
    }
    this.cursor = this.limit - v_4;
    v_6 = this.limit - this.cursor;
    this.r_undouble_kpt();
    this.cursor = this.limit - v_6;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("gi", -1, 1),
    new Among("ki", -1, 2)
  ];
  var a_1 = [
    new Among("da", -1, 3),
    new Among("mata", -1, 1),
    new Among("b", -1, 3),
    new Among("ksid", -1, 1),
    new Among("nuksid", 3, 1),
    new Among("me", -1, 3),
    new Among("sime", 5, 1),
    new Among("ksime", 6, 1),
    new Among("nuksime", 7, 1),
    new Among("akse", -1, 2),
    new Among("dakse", 9, 1),
    new Among("takse", 9, 1),
    new Among("site", -1, 1),
    new Among("ksite", 12, 1),
    new Among("nuksite", 13, 1),
    new Among("n", -1, 3),
    new Among("sin", 15, 1),
    new Among("ksin", 16, 1),
    new Among("nuksin", 17, 1),
    new Among("daks", -1, 1),
    new Among("taks", -1, 1)
  ];
  var a_2 = [
    new Among("aa", -1, -1),
    new Among("ee", -1, -1),
    new Among("ii", -1, -1),
    new Among("oo", -1, -1),
    new Among("uu", -1, -1),
    new Among("\u00e4\u00e4", -1, -1),
    new Among("\u00f5\u00f5", -1, -1),
    new Among("\u00f6\u00f6", -1, -1),
    new Among("\u00fc\u00fc", -1, -1)
  ];
  var a_3 = [
    new Among("lane", -1, 1),
    new Among("line", -1, 3),
    new Among("mine", -1, 2),
    new Among("lasse", -1, 1),
    new Among("lisse", -1, 3),
    new Among("misse", -1, 2),
    new Among("lasi", -1, 1),
    new Among("lisi", -1, 3),
    new Among("misi", -1, 2),
    new Among("last", -1, 1),
    new Among("list", -1, 3),
    new Among("mist", -1, 2)
  ];
  var a_4 = [
    new Among("ga", -1, 1),
    new Among("ta", -1, 1),
    new Among("le", -1, 1),
    new Among("sse", -1, 1),
    new Among("l", -1, 1),
    new Among("s", -1, 1),
    new Among("ks", 5, 1),
    new Among("t", -1, 2),
    new Among("lt", 7, 1),
    new Among("st", 7, 1)
  ];
  var a_5 = [
    new Among("", -1, 2),
    new Among("las", 0, 1),
    new Among("lis", 0, 1),
    new Among("mis", 0, 1),
    new Among("t", 0, -1)
  ];
  var a_6 = [
    new Among("d", -1, 4),
    new Among("sid", 0, 2),
    new Among("de", -1, 4),
    new Among("ikkude", 2, 1),
    new Among("ike", -1, 1),
    new Among("ikke", -1, 1),
    new Among("te", -1, 3)
  ];
  var a_7 = [
    new Among("va", -1, -1),
    new Among("du", -1, -1),
    new Among("nu", -1, -1),
    new Among("tu", -1, -1)
  ];
  var a_8 = [
    new Among("kk", -1, 1),
    new Among("pp", -1, 2),
    new Among("tt", -1, 3)
  ];
  var a_9 = [
    new Among("ma", -1, 2),
    new Among("mai", -1, 1),
    new Among("m", -1, 1)
  ];
  var a_10 = [
    new Among("joob", -1, 1),
    new Among("jood", -1, 1),
    new Among("joodakse", 1, 1),
    new Among("jooma", -1, 1),
    new Among("joomata", 3, 1),
    new Among("joome", -1, 1),
    new Among("joon", -1, 1),
    new Among("joote", -1, 1),
    new Among("joovad", -1, 1),
    new Among("juua", -1, 1),
    new Among("juuakse", 9, 1),
    new Among("j\u00e4i", -1, 12),
    new Among("j\u00e4id", 11, 12),
    new Among("j\u00e4ime", 11, 12),
    new Among("j\u00e4in", 11, 12),
    new Among("j\u00e4ite", 11, 12),
    new Among("j\u00e4\u00e4b", -1, 12),
    new Among("j\u00e4\u00e4d", -1, 12),
    new Among("j\u00e4\u00e4da", 17, 12),
    new Among("j\u00e4\u00e4dakse", 18, 12),
    new Among("j\u00e4\u00e4di", 17, 12),
    new Among("j\u00e4\u00e4ks", -1, 12),
    new Among("j\u00e4\u00e4ksid", 21, 12),
    new Among("j\u00e4\u00e4ksime", 21, 12),
    new Among("j\u00e4\u00e4ksin", 21, 12),
    new Among("j\u00e4\u00e4ksite", 21, 12),
    new Among("j\u00e4\u00e4ma", -1, 12),
    new Among("j\u00e4\u00e4mata", 26, 12),
    new Among("j\u00e4\u00e4me", -1, 12),
    new Among("j\u00e4\u00e4n", -1, 12),
    new Among("j\u00e4\u00e4te", -1, 12),
    new Among("j\u00e4\u00e4vad", -1, 12),
    new Among("j\u00f5i", -1, 1),
    new Among("j\u00f5id", 32, 1),
    new Among("j\u00f5ime", 32, 1),
    new Among("j\u00f5in", 32, 1),
    new Among("j\u00f5ite", 32, 1),
    new Among("keeb", -1, 4),
    new Among("keed", -1, 4),
    new Among("keedakse", 38, 4),
    new Among("keeks", -1, 4),
    new Among("keeksid", 40, 4),
    new Among("keeksime", 40, 4),
    new Among("keeksin", 40, 4),
    new Among("keeksite", 40, 4),
    new Among("keema", -1, 4),
    new Among("keemata", 45, 4),
    new Among("keeme", -1, 4),
    new Among("keen", -1, 4),
    new Among("kees", -1, 4),
    new Among("keeta", -1, 4),
    new Among("keete", -1, 4),
    new Among("keevad", -1, 4),
    new Among("k\u00e4ia", -1, 8),
    new Among("k\u00e4iakse", 53, 8),
    new Among("k\u00e4ib", -1, 8),
    new Among("k\u00e4id", -1, 8),
    new Among("k\u00e4idi", 56, 8),
    new Among("k\u00e4iks", -1, 8),
    new Among("k\u00e4iksid", 58, 8),
    new Among("k\u00e4iksime", 58, 8),
    new Among("k\u00e4iksin", 58, 8),
    new Among("k\u00e4iksite", 58, 8),
    new Among("k\u00e4ima", -1, 8),
    new Among("k\u00e4imata", 63, 8),
    new Among("k\u00e4ime", -1, 8),
    new Among("k\u00e4in", -1, 8),
    new Among("k\u00e4is", -1, 8),
    new Among("k\u00e4ite", -1, 8),
    new Among("k\u00e4ivad", -1, 8),
    new Among("laob", -1, 16),
    new Among("laod", -1, 16),
    new Among("laoks", -1, 16),
    new Among("laoksid", 72, 16),
    new Among("laoksime", 72, 16),
    new Among("laoksin", 72, 16),
    new Among("laoksite", 72, 16),
    new Among("laome", -1, 16),
    new Among("laon", -1, 16),
    new Among("laote", -1, 16),
    new Among("laovad", -1, 16),
    new Among("loeb", -1, 14),
    new Among("loed", -1, 14),
    new Among("loeks", -1, 14),
    new Among("loeksid", 83, 14),
    new Among("loeksime", 83, 14),
    new Among("loeksin", 83, 14),
    new Among("loeksite", 83, 14),
    new Among("loeme", -1, 14),
    new Among("loen", -1, 14),
    new Among("loete", -1, 14),
    new Among("loevad", -1, 14),
    new Among("loob", -1, 7),
    new Among("lood", -1, 7),
    new Among("loodi", 93, 7),
    new Among("looks", -1, 7),
    new Among("looksid", 95, 7),
    new Among("looksime", 95, 7),
    new Among("looksin", 95, 7),
    new Among("looksite", 95, 7),
    new Among("looma", -1, 7),
    new Among("loomata", 100, 7),
    new Among("loome", -1, 7),
    new Among("loon", -1, 7),
    new Among("loote", -1, 7),
    new Among("loovad", -1, 7),
    new Among("luua", -1, 7),
    new Among("luuakse", 106, 7),
    new Among("l\u00f5i", -1, 6),
    new Among("l\u00f5id", 108, 6),
    new Among("l\u00f5ime", 108, 6),
    new Among("l\u00f5in", 108, 6),
    new Among("l\u00f5ite", 108, 6),
    new Among("l\u00f6\u00f6b", -1, 5),
    new Among("l\u00f6\u00f6d", -1, 5),
    new Among("l\u00f6\u00f6dakse", 114, 5),
    new Among("l\u00f6\u00f6di", 114, 5),
    new Among("l\u00f6\u00f6ks", -1, 5),
    new Among("l\u00f6\u00f6ksid", 117, 5),
    new Among("l\u00f6\u00f6ksime", 117, 5),
    new Among("l\u00f6\u00f6ksin", 117, 5),
    new Among("l\u00f6\u00f6ksite", 117, 5),
    new Among("l\u00f6\u00f6ma", -1, 5),
    new Among("l\u00f6\u00f6mata", 122, 5),
    new Among("l\u00f6\u00f6me", -1, 5),
    new Among("l\u00f6\u00f6n", -1, 5),
    new Among("l\u00f6\u00f6te", -1, 5),
    new Among("l\u00f6\u00f6vad", -1, 5),
    new Among("l\u00fc\u00fca", -1, 5),
    new Among("l\u00fc\u00fcakse", 128, 5),
    new Among("m\u00fc\u00fca", -1, 13),
    new Among("m\u00fc\u00fcakse", 130, 13),
    new Among("m\u00fc\u00fcb", -1, 13),
    new Among("m\u00fc\u00fcd", -1, 13),
    new Among("m\u00fc\u00fcdi", 133, 13),
    new Among("m\u00fc\u00fcks", -1, 13),
    new Among("m\u00fc\u00fcksid", 135, 13),
    new Among("m\u00fc\u00fcksime", 135, 13),
    new Among("m\u00fc\u00fcksin", 135, 13),
    new Among("m\u00fc\u00fcksite", 135, 13),
    new Among("m\u00fc\u00fcma", -1, 13),
    new Among("m\u00fc\u00fcmata", 140, 13),
    new Among("m\u00fc\u00fcme", -1, 13),
    new Among("m\u00fc\u00fcn", -1, 13),
    new Among("m\u00fc\u00fcs", -1, 13),
    new Among("m\u00fc\u00fcte", -1, 13),
    new Among("m\u00fc\u00fcvad", -1, 13),
    new Among("n\u00e4eb", -1, 18),
    new Among("n\u00e4ed", -1, 18),
    new Among("n\u00e4eks", -1, 18),
    new Among("n\u00e4eksid", 149, 18),
    new Among("n\u00e4eksime", 149, 18),
    new Among("n\u00e4eksin", 149, 18),
    new Among("n\u00e4eksite", 149, 18),
    new Among("n\u00e4eme", -1, 18),
    new Among("n\u00e4en", -1, 18),
    new Among("n\u00e4ete", -1, 18),
    new Among("n\u00e4evad", -1, 18),
    new Among("n\u00e4gema", -1, 18),
    new Among("n\u00e4gemata", 158, 18),
    new Among("n\u00e4ha", -1, 18),
    new Among("n\u00e4hakse", 160, 18),
    new Among("n\u00e4hti", -1, 18),
    new Among("p\u00f5eb", -1, 15),
    new Among("p\u00f5ed", -1, 15),
    new Among("p\u00f5eks", -1, 15),
    new Among("p\u00f5eksid", 165, 15),
    new Among("p\u00f5eksime", 165, 15),
    new Among("p\u00f5eksin", 165, 15),
    new Among("p\u00f5eksite", 165, 15),
    new Among("p\u00f5eme", -1, 15),
    new Among("p\u00f5en", -1, 15),
    new Among("p\u00f5ete", -1, 15),
    new Among("p\u00f5evad", -1, 15),
    new Among("saab", -1, 2),
    new Among("saad", -1, 2),
    new Among("saada", 175, 2),
    new Among("saadakse", 176, 2),
    new Among("saadi", 175, 2),
    new Among("saaks", -1, 2),
    new Among("saaksid", 179, 2),
    new Among("saaksime", 179, 2),
    new Among("saaksin", 179, 2),
    new Among("saaksite", 179, 2),
    new Among("saama", -1, 2),
    new Among("saamata", 184, 2),
    new Among("saame", -1, 2),
    new Among("saan", -1, 2),
    new Among("saate", -1, 2),
    new Among("saavad", -1, 2),
    new Among("sai", -1, 2),
    new Among("said", 190, 2),
    new Among("saime", 190, 2),
    new Among("sain", 190, 2),
    new Among("saite", 190, 2),
    new Among("s\u00f5i", -1, 9),
    new Among("s\u00f5id", 195, 9),
    new Among("s\u00f5ime", 195, 9),
    new Among("s\u00f5in", 195, 9),
    new Among("s\u00f5ite", 195, 9),
    new Among("s\u00f6\u00f6b", -1, 9),
    new Among("s\u00f6\u00f6d", -1, 9),
    new Among("s\u00f6\u00f6dakse", 201, 9),
    new Among("s\u00f6\u00f6di", 201, 9),
    new Among("s\u00f6\u00f6ks", -1, 9),
    new Among("s\u00f6\u00f6ksid", 204, 9),
    new Among("s\u00f6\u00f6ksime", 204, 9),
    new Among("s\u00f6\u00f6ksin", 204, 9),
    new Among("s\u00f6\u00f6ksite", 204, 9),
    new Among("s\u00f6\u00f6ma", -1, 9),
    new Among("s\u00f6\u00f6mata", 209, 9),
    new Among("s\u00f6\u00f6me", -1, 9),
    new Among("s\u00f6\u00f6n", -1, 9),
    new Among("s\u00f6\u00f6te", -1, 9),
    new Among("s\u00f6\u00f6vad", -1, 9),
    new Among("s\u00fc\u00fca", -1, 9),
    new Among("s\u00fc\u00fcakse", 215, 9),
    new Among("teeb", -1, 17),
    new Among("teed", -1, 17),
    new Among("teeks", -1, 17),
    new Among("teeksid", 219, 17),
    new Among("teeksime", 219, 17),
    new Among("teeksin", 219, 17),
    new Among("teeksite", 219, 17),
    new Among("teeme", -1, 17),
    new Among("teen", -1, 17),
    new Among("teete", -1, 17),
    new Among("teevad", -1, 17),
    new Among("tegema", -1, 17),
    new Among("tegemata", 228, 17),
    new Among("teha", -1, 17),
    new Among("tehakse", 230, 17),
    new Among("tehti", -1, 17),
    new Among("toob", -1, 10),
    new Among("tood", -1, 10),
    new Among("toodi", 234, 10),
    new Among("tooks", -1, 10),
    new Among("tooksid", 236, 10),
    new Among("tooksime", 236, 10),
    new Among("tooksin", 236, 10),
    new Among("tooksite", 236, 10),
    new Among("tooma", -1, 10),
    new Among("toomata", 241, 10),
    new Among("toome", -1, 10),
    new Among("toon", -1, 10),
    new Among("toote", -1, 10),
    new Among("toovad", -1, 10),
    new Among("tuua", -1, 10),
    new Among("tuuakse", 247, 10),
    new Among("t\u00f5i", -1, 10),
    new Among("t\u00f5id", 249, 10),
    new Among("t\u00f5ime", 249, 10),
    new Among("t\u00f5in", 249, 10),
    new Among("t\u00f5ite", 249, 10),
    new Among("viia", -1, 3),
    new Among("viiakse", 254, 3),
    new Among("viib", -1, 3),
    new Among("viid", -1, 3),
    new Among("viidi", 257, 3),
    new Among("viiks", -1, 3),
    new Among("viiksid", 259, 3),
    new Among("viiksime", 259, 3),
    new Among("viiksin", 259, 3),
    new Among("viiksite", 259, 3),
    new Among("viima", -1, 3),
    new Among("viimata", 264, 3),
    new Among("viime", -1, 3),
    new Among("viin", -1, 3),
    new Among("viisime", -1, 3),
    new Among("viisin", -1, 3),
    new Among("viisite", -1, 3),
    new Among("viite", -1, 3),
    new Among("viivad", -1, 3),
    new Among("v\u00f5ib", -1, 11),
    new Among("v\u00f5id", -1, 11),
    new Among("v\u00f5ida", 274, 11),
    new Among("v\u00f5idakse", 275, 11),
    new Among("v\u00f5idi", 274, 11),
    new Among("v\u00f5iks", -1, 11),
    new Among("v\u00f5iksid", 278, 11),
    new Among("v\u00f5iksime", 278, 11),
    new Among("v\u00f5iksin", 278, 11),
    new Among("v\u00f5iksite", 278, 11),
    new Among("v\u00f5ima", -1, 11),
    new Among("v\u00f5imata", 283, 11),
    new Among("v\u00f5ime", -1, 11),
    new Among("v\u00f5in", -1, 11),
    new Among("v\u00f5is", -1, 11),
    new Among("v\u00f5ite", -1, 11),
    new Among("v\u00f5ivad", -1, 11)
  ];

  var stemmer = new EstonianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["et"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
