// Snowball stemmer 'sesotho' for language 'st': self.snowballStem['st'](word).
// Translated by scripts/stemmers_js.py from sesotho_stemmer.py of snowballstemmer 3.1.1
// (Generated from sesotho.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou";

  function SesothoStemmer() {
    BaseStemmer.call(this);
    this.I_pV = 0;
  }
  SesothoStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = SesothoStemmer.prototype;
  P.highestLiteral = 0x0079;

  P.r_mark_regions = function () {
    var v_1, v_2;
    v_1 = this.cursor;
    if (!this.go_out_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    this.I_pV = this.cursor;
    this.cursor = v_1;
    v_2 = this.cursor;
    if ((this.cursor + 2) > this.limit) {
      return false;
    }
    this.cursor += 2;
    lab0: {
      if (this.cursor <= this.I_pV) {
        break lab0;
      }
      this.I_pV = this.cursor;
    }
    this.cursor = v_2;
    return true;
  };
  P.r_remove_noun_prefixes = function () {
    var v_1;
    this.bra = this.cursor;
    if (this.find_among(a_0) === 0) {
      return false;
    }
    this.ket = this.cursor;
    v_1 = this.cursor;
    if (this.cursor >= this.limit) {
      return false;
    }
    this.cursor += 1;
    if (this.cursor >= this.limit) {
      return false;
    }
    this.cursor = v_1;
    if (!this.go_out_grouping(g_v)) {
      return false;
    }
    this.cursor += 1;
    this.slice_del();
    return true;
  };
  P.r_remove_verb_suffixes = function () {
    var v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_remove_nominal_suffixes = function () {
    var v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_2) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
    if (!this.r_mark_regions()) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_remove_nominal_suffixes();
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    this.r_remove_verb_suffixes();
    this.cursor = this.limit - v_2;
    this.cursor = this.limit_backward;
    v_3 = this.cursor;
    this.r_remove_noun_prefixes();
    this.cursor = v_3;
    return true;
  };

  var a_0 = [
    new Among("ba", -1, -1),
    new Among("boi", -1, -1),
    new Among("le", -1, -1),
    new Among("li", -1, -1),
    new Among("ma", -1, -1),
    new Among("me", -1, -1),
    new Among("mo", -1, -1),
    new Among("se", -1, -1)
  ];
  var a_1 = [
    new Among("a", -1, 1),
    new Among("ela", 0, 1),
    new Among("isa", 0, 1),
    new Among("wa", 0, 1),
    new Among("ile", -1, 1),
    new Among("etse", -1, 1),
    new Among("ang", -1, 1),
    new Among("eng", -1, 1),
    new Among("ong", -1, 1)
  ];
  var a_2 = [
    new Among("ana", -1, 1),
    new Among("nyana", 0, 1),
    new Among("oa", -1, 1),
    new Among("i", -1, 1),
    new Among("ano", -1, 1)
  ];

  var stemmer = new SesothoStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["st"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
