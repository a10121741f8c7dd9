// Snowball stemmer 'armenian' for language 'hy': self.snowballStem['hy'](word).
// Translated by scripts/stemmers_js.py from armenian_stemmer.py of snowballstemmer 3.1.1
// (Generated from armenian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "\u0561\u0565\u0567\u0568\u056b\u0578\u0582\u0585";

  function ArmenianStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_pV = 0;
  }
  ArmenianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = ArmenianStemmer.prototype;
  P.highestLiteral = 0x0585;

  P.r_mark_regions = function () {
    var v_1;
    this.I_pV = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      if (!this.go_out_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      this.I_pV = this.cursor;
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
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
  P.r_adjective = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_0) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_verb = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_noun = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_2) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_ending = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.I_p2 > this.cursor) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_2, v_3, v_4, v_5, v_6;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    v_3 = this.limit - this.cursor;
    this.r_ending();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_verb();
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    this.r_adjective();
    this.cursor = this.limit - v_5;
    v_6 = this.limit - this.cursor;
    this.r_noun();
    this.cursor = this.limit - v_6;
    this.limit_backward = v_2;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("\u0580\u0578\u0580\u0564", -1, 1),
    new Among("\u0565\u0580\u0578\u0580\u0564", 0, 1),
    new Among("\u0561\u056c\u056b", -1, 1),
    new Among("\u0561\u056f\u056b", -1, 1),
    new Among("\u0578\u0580\u0561\u056f", -1, 1),
    new Among("\u0565\u0572", -1, 1),
    new Among("\u0561\u056f\u0561\u0576", -1, 1),
    new Among("\u0561\u0580\u0561\u0576", -1, 1),
    new Among("\u0565\u0576", -1, 1),
    new Among("\u0565\u056f\u0565\u0576", 8, 1),
    new Among("\u0565\u0580\u0565\u0576", 8, 1),
    new Among("\u0578\u0580\u0567\u0576", -1, 1),
    new Among("\u056b\u0576", -1, 1),
    new Among("\u0563\u056b\u0576", 12, 1),
    new Among("\u0578\u057e\u056b\u0576", 12, 1),
    new Among("\u056c\u0561\u0575\u0576", -1, 1),
    new Among("\u057e\u0578\u0582\u0576", -1, 1),
    new Among("\u057a\u0565\u057d", -1, 1),
    new Among("\u056b\u057e", -1, 1),
    new Among("\u0561\u057f", -1, 1),
    new Among("\u0561\u057e\u0565\u057f", -1, 1),
    new Among("\u056f\u0578\u057f", -1, 1),
    new Among("\u0562\u0561\u0580", -1, 1)
  ];
  var a_1 = [
    new Among("\u0561", -1, 1),
    new Among("\u0561\u0581\u0561", 0, 1),
    new Among("\u0565\u0581\u0561", 0, 1),
    new Among("\u057e\u0565", -1, 1),
    new Among("\u0561\u0581\u0580\u056b", -1, 1),
    new Among("\u0561\u0581\u056b", -1, 1),
    new Among("\u0565\u0581\u056b", -1, 1),
    new Among("\u057e\u0565\u0581\u056b", 6, 1),
    new Among("\u0561\u056c", -1, 1),
    new Among("\u0568\u0561\u056c", 8, 1),
    new Among("\u0561\u0576\u0561\u056c", 8, 1),
    new Among("\u0565\u0576\u0561\u056c", 8, 1),
    new Among("\u0561\u0581\u0576\u0561\u056c", 8, 1),
    new Among("\u0565\u056c", -1, 1),
    new Among("\u0568\u0565\u056c", 13, 1),
    new Among("\u0576\u0565\u056c", 13, 1),
    new Among("\u0581\u0576\u0565\u056c", 15, 1),
    new Among("\u0565\u0581\u0576\u0565\u056c", 16, 1),
    new Among("\u0579\u0565\u056c", 13, 1),
    new Among("\u057e\u0565\u056c", 13, 1),
    new Among("\u0561\u0581\u057e\u0565\u056c", 19, 1),
    new Among("\u0565\u0581\u057e\u0565\u056c", 19, 1),
    new Among("\u057f\u0565\u056c", 13, 1),
    new Among("\u0561\u057f\u0565\u056c", 22, 1),
    new Among("\u0578\u057f\u0565\u056c", 22, 1),
    new Among("\u056f\u0578\u057f\u0565\u056c", 24, 1),
    new Among("\u057e\u0561\u056e", -1, 1),
    new Among("\u0578\u0582\u0574", -1, 1),
    new Among("\u057e\u0578\u0582\u0574", 27, 1),
    new Among("\u0561\u0576", -1, 1),
    new Among("\u0581\u0561\u0576", 29, 1),
    new Among("\u0561\u0581\u0561\u0576", 30, 1),
    new Among("\u0561\u0581\u0580\u056b\u0576", -1, 1),
    new Among("\u0561\u0581\u056b\u0576", -1, 1),
    new Among("\u0565\u0581\u056b\u0576", -1, 1),
    new Among("\u057e\u0565\u0581\u056b\u0576", 34, 1),
    new Among("\u0561\u056c\u056b\u057d", -1, 1),
    new Among("\u0565\u056c\u056b\u057d", -1, 1),
    new Among("\u0561\u057e", -1, 1),
    new Among("\u0561\u0581\u0561\u057e", 38, 1),
    new Among("\u0565\u0581\u0561\u057e", 38, 1),
    new Among("\u0561\u056c\u0578\u057e", -1, 1),
    new Among("\u0565\u056c\u0578\u057e", -1, 1),
    new Among("\u0561\u0580", -1, 1),
    new Among("\u0561\u0581\u0561\u0580", 43, 1),
    new Among("\u0565\u0581\u0561\u0580", 43, 1),
    new Among("\u0561\u0581\u0580\u056b\u0580", -1, 1),
    new Among("\u0561\u0581\u056b\u0580", -1, 1),
    new Among("\u0565\u0581\u056b\u0580", -1, 1),
    new Among("\u057e\u0565\u0581\u056b\u0580", 48, 1),
    new Among("\u0561\u0581", -1, 1),
    new Among("\u0565\u0581", -1, 1),
    new Among("\u0561\u0581\u0580\u0565\u0581", 51, 1),
    new Among("\u0561\u056c\u0578\u0582\u0581", -1, 1),
    new Among("\u0565\u056c\u0578\u0582\u0581", -1, 1),
    new Among("\u0561\u056c\u0578\u0582", -1, 1),
    new Among("\u0565\u056c\u0578\u0582", -1, 1),
    new Among("\u0561\u0584", -1, 1),
    new Among("\u0581\u0561\u0584", 57, 1),
    new Among("\u0561\u0581\u0561\u0584", 58, 1),
    new Among("\u0561\u0581\u0580\u056b\u0584", -1, 1),
    new Among("\u0561\u0581\u056b\u0584", -1, 1),
    new Among("\u0565\u0581\u056b\u0584", -1, 1),
    new Among("\u057e\u0565\u0581\u056b\u0584", 62, 1),
    new Among("\u0561\u0576\u0584", -1, 1),
    new Among("\u0581\u0561\u0576\u0584", 64, 1),
    new Among("\u0561\u0581\u0561\u0576\u0584", 65, 1),
    new Among("\u0561\u0581\u0580\u056b\u0576\u0584", -1, 1),
    new Among("\u0561\u0581\u056b\u0576\u0584", -1, 1),
    new Among("\u0565\u0581\u056b\u0576\u0584", -1, 1),
    new Among("\u057e\u0565\u0581\u056b\u0576\u0584", 69, 1)
  ];
  var a_2 = [
    new Among("\u0578\u0580\u0564", -1, 1),
    new Among("\u0578\u0582\u0575\u0569", -1, 1),
    new Among("\u0578\u0582\u0570\u056b", -1, 1),
    new Among("\u0581\u056b", -1, 1),
    new Among("\u056b\u056c", -1, 1),
    new Among("\u0561\u056f", -1, 1),
    new Among("\u0575\u0561\u056f", 5, 1),
    new Among("\u0561\u0576\u0561\u056f", 5, 1),
    new Among("\u056b\u056f", -1, 1),
    new Among("\u0578\u0582\u056f", -1, 1),
    new Among("\u0561\u0576", -1, 1),
    new Among("\u057a\u0561\u0576", 10, 1),
    new Among("\u057d\u057f\u0561\u0576", 10, 1),
    new Among("\u0561\u0580\u0561\u0576", 10, 1),
    new Among("\u0565\u0572\u0567\u0576", -1, 1),
    new Among("\u0575\u0578\u0582\u0576", -1, 1),
    new Among("\u0578\u0582\u0569\u0575\u0578\u0582\u0576", 15, 1),
    new Among("\u0561\u056e\u0578", -1, 1),
    new Among("\u056b\u0579", -1, 1),
    new Among("\u0578\u0582\u057d", -1, 1),
    new Among("\u0578\u0582\u057d\u057f", -1, 1),
    new Among("\u0563\u0561\u0580", -1, 1),
    new Among("\u057e\u0578\u0580", -1, 1),
    new Among("\u0561\u057e\u0578\u0580", 22, 1),
    new Among("\u0578\u0581", -1, 1),
    new Among("\u0561\u0576\u0585\u0581", -1, 1),
    new Among("\u0578\u0582", -1, 1),
    new Among("\u0584", -1, 1),
    new Among("\u0579\u0565\u0584", 27, 1),
    new Among("\u056b\u0584", 27, 1),
    new Among("\u0561\u056c\u056b\u0584", 29, 1),
    new Among("\u0561\u0576\u056b\u0584", 29, 1),
    new Among("\u057e\u0561\u056e\u0584", 27, 1),
    new Among("\u0578\u0582\u0575\u0584", 27, 1),
    new Among("\u0565\u0576\u0584", 27, 1),
    new Among("\u0578\u0576\u0584", 27, 1),
    new Among("\u0578\u0582\u0576\u0584", 27, 1),
    new Among("\u0574\u0578\u0582\u0576\u0584", 36, 1),
    new Among("\u056b\u0579\u0584", 27, 1),
    new Among("\u0561\u0580\u0584", 27, 1)
  ];
  var a_3 = [
    new Among("\u057d\u0561", -1, 1),
    new Among("\u057e\u0561", -1, 1),
    new Among("\u0561\u0574\u0562", -1, 1),
    new Among("\u0564", -1, 1),
    new Among("\u0561\u0576\u0564", 3, 1),
    new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u0564", 4, 1),
    new Among("\u057e\u0561\u0576\u0564", 4, 1),
    new Among("\u0578\u057b\u0564", 3, 1),
    new Among("\u0565\u0580\u0564", 3, 1),
    new Among("\u0576\u0565\u0580\u0564", 8, 1),
    new Among("\u0578\u0582\u0564", 3, 1),
    new Among("\u0568", -1, 1),
    new Among("\u0561\u0576\u0568", 11, 1),
    new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u0568", 12, 1),
    new Among("\u057e\u0561\u0576\u0568", 12, 1),
    new Among("\u0578\u057b\u0568", 11, 1),
    new Among("\u0565\u0580\u0568", 11, 1),
    new Among("\u0576\u0565\u0580\u0568", 16, 1),
    new Among("\u056b", -1, 1),
    new Among("\u057e\u056b", 18, 1),
    new Among("\u0565\u0580\u056b", 18, 1),
    new Among("\u0576\u0565\u0580\u056b", 20, 1),
    new Among("\u0561\u0576\u0578\u0582\u0574", -1, 1),
    new Among("\u0565\u0580\u0578\u0582\u0574", -1, 1),
    new Among("\u0576\u0565\u0580\u0578\u0582\u0574", 23, 1),
    new Among("\u0576", -1, 1),
    new Among("\u0561\u0576", 25, 1),
    new Among("\u0578\u0582\u0569\u0575\u0561\u0576", 26, 1),
    new Among("\u057e\u0561\u0576", 26, 1),
    new Among("\u056b\u0576", 25, 1),
    new Among("\u0565\u0580\u056b\u0576", 29, 1),
    new Among("\u0576\u0565\u0580\u056b\u0576", 30, 1),
    new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u0576", 25, 1),
    new Among("\u0565\u0580\u0576", 25, 1),
    new Among("\u0576\u0565\u0580\u0576", 33, 1),
    new Among("\u0578\u0582\u0576", 25, 1),
    new Among("\u0578\u057b", -1, 1),
    new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u057d", -1, 1),
    new Among("\u057e\u0561\u0576\u057d", -1, 1),
    new Among("\u0578\u057b\u057d", -1, 1),
    new Among("\u0578\u057e", -1, 1),
    new Among("\u0561\u0576\u0578\u057e", 40, 1),
    new Among("\u057e\u0578\u057e", 40, 1),
    new Among("\u0565\u0580\u0578\u057e", 40, 1),
    new Among("\u0576\u0565\u0580\u0578\u057e", 43, 1),
    new Among("\u0565\u0580", -1, 1),
    new Among("\u0576\u0565\u0580", 45, 1),
    new Among("\u0581", -1, 1),
    new Among("\u056b\u0581", 47, 1),
    new Among("\u057e\u0561\u0576\u056b\u0581", 48, 1),
    new Among("\u0578\u057b\u056b\u0581", 48, 1),
    new Among("\u057e\u056b\u0581", 48, 1),
    new Among("\u0565\u0580\u056b\u0581", 48, 1),
    new Among("\u0576\u0565\u0580\u056b\u0581", 52, 1),
    new Among("\u0581\u056b\u0581", 48, 1),
    new Among("\u0578\u0581", 47, 1),
    new Among("\u0578\u0582\u0581", 47, 1)
  ];

  var stemmer = new ArmenianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["hy"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
