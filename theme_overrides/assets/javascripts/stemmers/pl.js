// Snowball stemmer 'polish' for language 'pl': self.snowballStem['pl'](word).
// Translated by scripts/stemmers_js.py from polish_stemmer.py of snowballstemmer 3.1.1
// (Generated from polish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiouy\u00f3\u0105\u0119";
  var as_1 = ["", "s"];
  var as_3 = ["c", "n", "s", "z"];

  function PolishStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  PolishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = PolishStemmer.prototype;
  P.highestLiteral = 0x017A;

  P.r_mark_regions = function () {
    this.I_p1 = this.limit;
    if (!this.go_out_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    if (!this.go_in_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    this.I_p1 = this.cursor;
    return true;
  };
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_remove_endings = function () {
    var v_1, among_var, v_6, v_3, v_4, v_5;
    v_1 = this.limit - this.cursor;
    lab0: {
      if (this.cursor < this.I_p1) {
        break lab0;
      }
      v_3 = this.limit_backward;
      this.limit_backward = this.I_p1;
      this.ket = this.cursor;
      if (this.find_among_b(a_0) === 0) {
        this.limit_backward = v_3;
        break lab0;
      }
      this.bra = this.cursor;
      this.limit_backward = v_3;
      this.slice_del();
    }
    this.cursor = this.limit - v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_del();
    } else if (among_var === 2) {
      this.slice_from("s");
    } else if (among_var === 3) {
      while (true) {
        v_4 = this.limit - this.cursor;
        lab0: {
          if (!this.r_R1()) {
            break lab0;
          }
          this.slice_del();
          break;
        }
        this.cursor = this.limit - v_4;
        this.slice_from("s");
        break;
      }
    } else if (among_var === 4) {
      this.slice_from("\u0142");
    } else {
      this.slice_del();
      v_5 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_1);
        if (among_var === 0) {
          this.cursor = this.limit - v_5;
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_from(as_1[among_var - 1]);
      }
    }
    v_6 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "'")) {
        this.cursor = this.limit - v_6;
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
    }
    return true;
  };
  P.r_normalize_consonant = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.slice_from(as_3[among_var - 1]);
    return true;
  };
  P._stem = function () {
    var v_1, v_2;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    while (true) {
      v_2 = this.cursor;
      lab0: {
        if ((this.cursor + 2) > this.limit) {
          break lab0;
        }
        this.cursor += 2;
        this.limit_backward = this.cursor;
        this.cursor = this.limit;
        if (!this.r_remove_endings()) {
          break lab0;
        }
        this.cursor = this.limit_backward;
        break;
      }
      this.cursor = v_2;
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      if (!this.r_normalize_consonant()) {
        return false;
      }
      this.cursor = this.limit_backward;
      break;
    }
    return true;
  };

  var a_0 = [
    new Among("by\u015bcie", -1, 1),
    new Among("bym", -1, 1),
    new Among("by", -1, 1),
    new Among("by\u015bmy", -1, 1),
    new Among("by\u015b", -1, 1)
  ];
  var a_1 = [
    new Among("\u0105c", -1, 1),
    new Among("aj\u0105c", 0, 1),
    new Among("sz\u0105c", 0, 2),
    new Among("sz", -1, 1),
    new Among("iejsz", 3, 1)
  ];
  var a_2 = [
    new Among("a", -1, 1, P.r_R1),
    new Among("\u0105ca", 0, 1),
    new Among("aj\u0105ca", 1, 1),
    new Among("sz\u0105ca", 1, 2),
    new Among("ia", 0, 1, P.r_R1),
    new Among("sza", 0, 1),
    new Among("iejsza", 5, 1),
    new Among("a\u0142a", 0, 1),
    new Among("ia\u0142a", 7, 1),
    new Among("i\u0142a", 0, 1),
    new Among("\u0105c", -1, 1),
    new Among("aj\u0105c", 10, 1),
    new Among("e", -1, 1, P.r_R1),
    new Among("\u0105ce", 12, 1),
    new Among("aj\u0105ce", 13, 1),
    new Among("sz\u0105ce", 13, 2),
    new Among("ie", 12, 1, P.r_R1),
    new Among("cie", 16, 1),
    new Among("acie", 17, 1),
    new Among("ecie", 17, 1),
    new Among("icie", 17, 1),
    new Among("ajcie", 17, 1),
    new Among("li\u015bcie", 17, 4),
    new Among("ali\u015bcie", 22, 1),
    new Among("ieli\u015bcie", 22, 1),
    new Among("ili\u015bcie", 22, 1),
    new Among("\u0142y\u015bcie", 17, 4),
    new Among("a\u0142y\u015bcie", 26, 1),
    new Among("ia\u0142y\u015bcie", 27, 1),
    new Among("i\u0142y\u015bcie", 26, 1),
    new Among("sze", 12, 1),
    new Among("iejsze", 30, 1),
    new Among("ach", -1, 1, P.r_R1),
    new Among("iach", 32, 1, P.r_R1),
    new Among("ich", -1, 5),
    new Among("ych", -1, 5),
    new Among("i", -1, 1, P.r_R1),
    new Among("ali", 36, 1),
    new Among("ieli", 36, 1),
    new Among("ili", 36, 1),
    new Among("ami", 36, 1, P.r_R1),
    new Among("iami", 40, 1, P.r_R1),
    new Among("imi", 36, 5),
    new Among("ymi", 36, 5),
    new Among("owi", 36, 1, P.r_R1),
    new Among("iowi", 44, 1, P.r_R1),
    new Among("aj", -1, 1),
    new Among("ej", -1, 5),
    new Among("iej", 47, 5),
    new Among("am", -1, 1),
    new Among("a\u0142am", 49, 1),
    new Among("ia\u0142am", 50, 1),
    new Among("i\u0142am", 49, 1),
    new Among("em", -1, 1, P.r_R1),
    new Among("iem", 53, 1, P.r_R1),
    new Among("a\u0142em", 53, 1),
    new Among("ia\u0142em", 55, 1),
    new Among("i\u0142em", 53, 1),
    new Among("im", -1, 5),
    new Among("om", -1, 1, P.r_R1),
    new Among("iom", 59, 1, P.r_R1),
    new Among("ym", -1, 5),
    new Among("o", -1, 1, P.r_R1),
    new Among("ego", 62, 5),
    new Among("iego", 63, 5),
    new Among("a\u0142o", 62, 1),
    new Among("ia\u0142o", 65, 1),
    new Among("i\u0142o", 62, 1),
    new Among("u", -1, 1, P.r_R1),
    new Among("iu", 68, 1, P.r_R1),
    new Among("emu", 68, 5),
    new Among("iemu", 70, 5),
    new Among("\u00f3w", -1, 1, P.r_R1),
    new Among("y", -1, 5),
    new Among("amy", 73, 1),
    new Among("emy", 73, 1),
    new Among("imy", 73, 1),
    new Among("li\u015bmy", 73, 4),
    new Among("ali\u015bmy", 77, 1),
    new Among("ieli\u015bmy", 77, 1),
    new Among("ili\u015bmy", 77, 1),
    new Among("\u0142y\u015bmy", 73, 4),
    new Among("a\u0142y\u015bmy", 81, 1),
    new Among("ia\u0142y\u015bmy", 82, 1),
    new Among("i\u0142y\u015bmy", 81, 1),
    new Among("a\u0142y", 73, 1),
    new Among("ia\u0142y", 85, 1),
    new Among("i\u0142y", 73, 1),
    new Among("asz", -1, 1),
    new Among("esz", -1, 1),
    new Among("isz", -1, 1),
    new Among("\u0105", -1, 1, P.r_R1),
    new Among("\u0105c\u0105", 91, 1),
    new Among("aj\u0105c\u0105", 92, 1),
    new Among("sz\u0105c\u0105", 92, 2),
    new Among("i\u0105", 91, 1, P.r_R1),
    new Among("aj\u0105", 91, 1),
    new Among("sz\u0105", 91, 3),
    new Among("iejsz\u0105", 97, 1),
    new Among("a\u0107", -1, 1),
    new Among("ie\u0107", -1, 1),
    new Among("i\u0107", -1, 1),
    new Among("\u0105\u0107", -1, 1),
    new Among("a\u015b\u0107", -1, 1),
    new Among("e\u015b\u0107", -1, 1),
    new Among("\u0119", -1, 1),
    new Among("sz\u0119", 105, 2),
    new Among("a\u0142", -1, 1),
    new Among("ia\u0142", 107, 1),
    new Among("i\u0142", -1, 1),
    new Among("\u0142a\u015b", -1, 4),
    new Among("a\u0142a\u015b", 110, 1),
    new Among("ia\u0142a\u015b", 111, 1),
    new Among("i\u0142a\u015b", 110, 1),
    new Among("\u0142e\u015b", -1, 4),
    new Among("a\u0142e\u015b", 114, 1),
    new Among("ia\u0142e\u015b", 115, 1),
    new Among("i\u0142e\u015b", 114, 1)
  ];
  var a_3 = [
    new Among("\u0107", -1, 1),
    new Among("\u0144", -1, 2),
    new Among("\u015b", -1, 3),
    new Among("\u017a", -1, 4)
  ];

  var stemmer = new PolishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["pl"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
