// Snowball stemmer 'hungarian' for language 'hu': self.snowballStem['hu'](word).
// Translated by scripts/stemmers_js.py from hungarian_stemmer.py of snowballstemmer 3.1.1
// (Generated from hungarian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e1\u00e9\u00ed\u00f3\u00f6\u00fa\u00fc\u0151\u0171";
  var as_0 = ["a", "e"];
  var as_4 = ["e", "a"];
  var as_5 = ["", "a", "e"];
  var as_7 = ["a", "e", ""];
  var as_8 = ["", "e", "a"];
  var as_9 = ["", "a", "e"];
  var as_10 = ["", "a", "e"];

  function HungarianStemmer() {
    BaseStemmer.call(this);
    this.I_p1 = 0;
  }
  HungarianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = HungarianStemmer.prototype;
  P.highestLiteral = 0x0171;

  P.r_mark_regions = function () {
    var v_1, v_2;
    this.I_p1 = this.limit;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!this.in_grouping(g_v)) {
          break lab0;
        }
        v_2 = this.cursor;
        lab1: {
          if (!this.go_in_grouping(g_v)) {
            break lab1;
          }
          this.cursor += 1;
          this.I_p1 = this.cursor;
        }
        this.cursor = v_2;
        break;
      }
      this.cursor = v_1;
      if (!this.go_out_grouping(g_v)) {
        return false;
      }
      this.cursor += 1;
      this.I_p1 = this.cursor;
      break;
    }
    return true;
  };
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_v_ending = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_0);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_0[among_var - 1]);
    return true;
  };
  P.r_double = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.cursor = this.limit - v_1;
    return true;
  };
  P.r_undouble = function () {
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.cursor -= 1;
    this.ket = this.cursor;
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_instrum = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_2) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (!this.r_double()) {
      return false;
    }
    this.slice_del();
    return this.r_undouble();
  };
  P.r_case = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_del();
    return this.r_v_ending();
  };
  P.r_case_special = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_4[among_var - 1]);
    return true;
  };
  P.r_case_other = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_5);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_5[among_var - 1]);
    return true;
  };
  P.r_factive = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_6) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (!this.r_double()) {
      return false;
    }
    this.slice_del();
    return this.r_undouble();
  };
  P.r_plural = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_7[among_var - 1]);
    return true;
  };
  P.r_owned = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_8[among_var - 1]);
    return true;
  };
  P.r_sing_owner = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_9[among_var - 1]);
    return true;
  };
  P.r_plur_owner = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_10);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_from(as_10[among_var - 1]);
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    this.r_instrum();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_case();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_case_special();
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    this.r_case_other();
    this.cursor = this.limit - v_5;
    v_6 = this.limit - this.cursor;
    this.r_factive();
    this.cursor = this.limit - v_6;
    v_7 = this.limit - this.cursor;
    this.r_owned();
    this.cursor = this.limit - v_7;
    v_8 = this.limit - this.cursor;
    this.r_sing_owner();
    this.cursor = this.limit - v_8;
    v_9 = this.limit - this.cursor;
    this.r_plur_owner();
    this.cursor = this.limit - v_9;
    v_10 = this.limit - this.cursor;
    this.r_plural();
    this.cursor = this.limit - v_10;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("\u00e1", -1, 1),
    new Among("\u00e9", -1, 2)
  ];
  var a_1 = [
    new Among("bb", -1, -1),
    new Among("cc", -1, -1),
    new Among("dd", -1, -1),
    new Among("ff", -1, -1),
    new Among("gg", -1, -1),
    new Among("jj", -1, -1),
    new Among("kk", -1, -1),
    new Among("ll", -1, -1),
    new Among("mm", -1, -1),
    new Among("nn", -1, -1),
    new Among("pp", -1, -1),
    new Among("rr", -1, -1),
    new Among("ccs", -1, -1),
    new Among("ss", -1, -1),
    new Among("zzs", -1, -1),
    new Among("tt", -1, -1),
    new Among("vv", -1, -1),
    new Among("ggy", -1, -1),
    new Among("lly", -1, -1),
    new Among("nny", -1, -1),
    new Among("tty", -1, -1),
    new Among("ssz", -1, -1),
    new Among("zz", -1, -1)
  ];
  var a_2 = [
    new Among("al", -1, 1),
    new Among("el", -1, 1)
  ];
  var a_3 = [
    new Among("ba", -1, -1),
    new Among("ra", -1, -1),
    new Among("be", -1, -1),
    new Among("re", -1, -1),
    new Among("ig", -1, -1),
    new Among("nak", -1, -1),
    new Among("nek", -1, -1),
    new Among("val", -1, -1),
    new Among("vel", -1, -1),
    new Among("ul", -1, -1),
    new Among("n\u00e1l", -1, -1),
    new Among("n\u00e9l", -1, -1),
    new Among("b\u00f3l", -1, -1),
    new Among("r\u00f3l", -1, -1),
    new Among("t\u00f3l", -1, -1),
    new Among("\u00fcl", -1, -1),
    new Among("b\u0151l", -1, -1),
    new Among("r\u0151l", -1, -1),
    new Among("t\u0151l", -1, -1),
    new Among("n", -1, -1),
    new Among("an", 19, -1),
    new Among("ban", 20, -1),
    new Among("en", 19, -1),
    new Among("ben", 22, -1),
    new Among("k\u00e9ppen", 22, -1),
    new Among("on", 19, -1),
    new Among("\u00f6n", 19, -1),
    new Among("k\u00e9pp", -1, -1),
    new Among("kor", -1, -1),
    new Among("t", -1, -1),
    new Among("at", 29, -1),
    new Among("et", 29, -1),
    new Among("k\u00e9nt", 29, -1),
    new Among("ank\u00e9nt", 32, -1),
    new Among("enk\u00e9nt", 32, -1),
    new Among("onk\u00e9nt", 32, -1),
    new Among("ot", 29, -1),
    new Among("\u00e9rt", 29, -1),
    new Among("\u00f6t", 29, -1),
    new Among("hez", -1, -1),
    new Among("hoz", -1, -1),
    new Among("h\u00f6z", -1, -1),
    new Among("v\u00e1", -1, -1),
    new Among("v\u00e9", -1, -1)
  ];
  var a_4 = [
    new Among("\u00e1n", -1, 2),
    new Among("\u00e9n", -1, 1),
    new Among("\u00e1nk\u00e9nt", -1, 2)
  ];
  var a_5 = [
    new Among("stul", -1, 1),
    new Among("astul", 0, 1),
    new Among("\u00e1stul", 0, 2),
    new Among("st\u00fcl", -1, 1),
    new Among("est\u00fcl", 3, 1),
    new Among("\u00e9st\u00fcl", 3, 3)
  ];
  var a_6 = [
    new Among("\u00e1", -1, 1),
    new Among("\u00e9", -1, 1)
  ];
  var a_7 = [
    new Among("k", -1, 3),
    new Among("ak", 0, 3),
    new Among("ek", 0, 3),
    new Among("ok", 0, 3),
    new Among("\u00e1k", 0, 1),
    new Among("\u00e9k", 0, 2),
    new Among("\u00f6k", 0, 3)
  ];
  var a_8 = [
    new Among("\u00e9i", -1, 1),
    new Among("\u00e1\u00e9i", 0, 3),
    new Among("\u00e9\u00e9i", 0, 2),
    new Among("\u00e9", -1, 1),
    new Among("k\u00e9", 3, 1),
    new Among("ak\u00e9", 4, 1),
    new Among("ek\u00e9", 4, 1),
    new Among("ok\u00e9", 4, 1),
    new Among("\u00e1k\u00e9", 4, 3),
    new Among("\u00e9k\u00e9", 4, 2),
    new Among("\u00f6k\u00e9", 4, 1),
    new Among("\u00e9\u00e9", 3, 2)
  ];
  var a_9 = [
    new Among("a", -1, 1),
    new Among("ja", 0, 1),
    new Among("d", -1, 1),
    new Among("ad", 2, 1),
    new Among("ed", 2, 1),
    new Among("od", 2, 1),
    new Among("\u00e1d", 2, 2),
    new Among("\u00e9d", 2, 3),
    new Among("\u00f6d", 2, 1),
    new Among("e", -1, 1),
    new Among("je", 9, 1),
    new Among("nk", -1, 1),
    new Among("unk", 11, 1),
    new Among("\u00e1nk", 11, 2),
    new Among("\u00e9nk", 11, 3),
    new Among("\u00fcnk", 11, 1),
    new Among("uk", -1, 1),
    new Among("juk", 16, 1),
    new Among("\u00e1juk", 17, 2),
    new Among("\u00fck", -1, 1),
    new Among("j\u00fck", 19, 1),
    new Among("\u00e9j\u00fck", 20, 3),
    new Among("m", -1, 1),
    new Among("am", 22, 1),
    new Among("em", 22, 1),
    new Among("om", 22, 1),
    new Among("\u00e1m", 22, 2),
    new Among("\u00e9m", 22, 3),
    new Among("o", -1, 1),
    new Among("\u00e1", -1, 2),
    new Among("\u00e9", -1, 3)
  ];
  var a_10 = [
    new Among("id", -1, 1),
    new Among("aid", 0, 1),
    new Among("jaid", 1, 1),
    new Among("eid", 0, 1),
    new Among("jeid", 3, 1),
    new Among("\u00e1id", 0, 2),
    new Among("\u00e9id", 0, 3),
    new Among("i", -1, 1),
    new Among("ai", 7, 1),
    new Among("jai", 8, 1),
    new Among("ei", 7, 1),
    new Among("jei", 10, 1),
    new Among("\u00e1i", 7, 2),
    new Among("\u00e9i", 7, 3),
    new Among("itek", -1, 1),
    new Among("eitek", 14, 1),
    new Among("jeitek", 15, 1),
    new Among("\u00e9itek", 14, 3),
    new Among("ik", -1, 1),
    new Among("aik", 18, 1),
    new Among("jaik", 19, 1),
    new Among("eik", 18, 1),
    new Among("jeik", 21, 1),
    new Among("\u00e1ik", 18, 2),
    new Among("\u00e9ik", 18, 3),
    new Among("ink", -1, 1),
    new Among("aink", 25, 1),
    new Among("jaink", 26, 1),
    new Among("eink", 25, 1),
    new Among("jeink", 28, 1),
    new Among("\u00e1ink", 25, 2),
    new Among("\u00e9ink", 25, 3),
    new Among("aitok", -1, 1),
    new Among("jaitok", 32, 1),
    new Among("\u00e1itok", -1, 2),
    new Among("im", -1, 1),
    new Among("aim", 35, 1),
    new Among("jaim", 36, 1),
    new Among("eim", 35, 1),
    new Among("jeim", 38, 1),
    new Among("\u00e1im", 35, 2),
    new Among("\u00e9im", 35, 3)
  ];

  var stemmer = new HungarianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["hu"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
