// Snowball stemmer 'hindi' for language 'hi': self.snowballStem['hi'](word).
// Translated by scripts/stemmers_js.py from hindi_stemmer.py of snowballstemmer 3.1.1
// (Generated from hindi.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_consonant = "\u0915\u0916\u0917\u0918\u0919\u091a\u091b\u091c\u091d\u091e\u091f\u0920\u0921\u0922\u0923\u0924\u0925\u0926\u0927\u0928\u0929\u092a\u092b\u092c\u092d\u092e\u092f\u0930\u0931\u0932\u0933\u0934\u0935\u0936\u0937\u0938\u0939\u093c\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f";

  function HindiStemmer() {
    BaseStemmer.call(this);
  }
  HindiStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = HindiStemmer.prototype;
  P.highestLiteral = 0x095F;

  P.r_CONSONANT = function () {
    return this.in_grouping_b(g_consonant);
  };
  P._stem = function () {
    if (this.cursor >= this.limit) {
      return false;
    }
    this.cursor += 1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    if (this.find_among_b(a_0) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("\u0906\u0901", -1, -1),
    new Among("\u093e\u0901", -1, -1),
    new Among("\u0907\u092f\u093e\u0901", 1, -1),
    new Among("\u0906\u0907\u092f\u093e\u0901", 2, -1),
    new Among("\u093e\u0907\u092f\u093e\u0901", 2, -1),
    new Among("\u093f\u092f\u093e\u0901", 1, -1),
    new Among("\u0906\u0902", -1, -1),
    new Among("\u0909\u0906\u0902", 6, -1),
    new Among("\u0941\u0906\u0902", 6, -1),
    new Among("\u0908\u0902", -1, -1),
    new Among("\u0906\u0908\u0902", 9, -1),
    new Among("\u093e\u0908\u0902", 9, -1),
    new Among("\u090f\u0902", -1, -1),
    new Among("\u0906\u090f\u0902", 12, -1),
    new Among("\u0909\u090f\u0902", 12, -1),
    new Among("\u093e\u090f\u0902", 12, -1),
    new Among("\u0924\u093e\u090f\u0902", 15, -1, P.r_CONSONANT),
    new Among("\u0905\u0924\u093e\u090f\u0902", 16, -1),
    new Among("\u0928\u093e\u090f\u0902", 15, -1, P.r_CONSONANT),
    new Among("\u0905\u0928\u093e\u090f\u0902", 18, -1),
    new Among("\u0941\u090f\u0902", 12, -1),
    new Among("\u0913\u0902", -1, -1),
    new Among("\u0906\u0913\u0902", 21, -1),
    new Among("\u0909\u0913\u0902", 21, -1),
    new Among("\u093e\u0913\u0902", 21, -1),
    new Among("\u0924\u093e\u0913\u0902", 24, -1, P.r_CONSONANT),
    new Among("\u0905\u0924\u093e\u0913\u0902", 25, -1),
    new Among("\u0928\u093e\u0913\u0902", 24, -1, P.r_CONSONANT),
    new Among("\u0905\u0928\u093e\u0913\u0902", 27, -1),
    new Among("\u0941\u0913\u0902", 21, -1),
    new Among("\u093e\u0902", -1, -1),
    new Among("\u0907\u092f\u093e\u0902", 30, -1),
    new Among("\u0906\u0907\u092f\u093e\u0902", 31, -1),
    new Among("\u093e\u0907\u092f\u093e\u0902", 31, -1),
    new Among("\u093f\u092f\u093e\u0902", 30, -1),
    new Among("\u0940\u0902", -1, -1),
    new Among("\u0924\u0940\u0902", 35, -1, P.r_CONSONANT),
    new Among("\u0905\u0924\u0940\u0902", 36, -1),
    new Among("\u0906\u0924\u0940\u0902", 36, -1),
    new Among("\u093e\u0924\u0940\u0902", 36, -1),
    new Among("\u0947\u0902", -1, -1),
    new Among("\u094b\u0902", -1, -1),
    new Among("\u0907\u092f\u094b\u0902", 41, -1),
    new Among("\u0906\u0907\u092f\u094b\u0902", 42, -1),
    new Among("\u093e\u0907\u092f\u094b\u0902", 42, -1),
    new Among("\u093f\u092f\u094b\u0902", 41, -1),
    new Among("\u0905", -1, -1),
    new Among("\u0906", -1, -1),
    new Among("\u0907", -1, -1),
    new Among("\u0908", -1, -1),
    new Among("\u0906\u0908", 49, -1),
    new Among("\u093e\u0908", 49, -1),
    new Among("\u0909", -1, -1),
    new Among("\u090a", -1, -1),
    new Among("\u090f", -1, -1),
    new Among("\u0906\u090f", 54, -1),
    new Among("\u0907\u090f", 54, -1),
    new Among("\u0906\u0907\u090f", 56, -1),
    new Among("\u093e\u0907\u090f", 56, -1),
    new Among("\u093e\u090f", 54, -1),
    new Among("\u093f\u090f", 54, -1),
    new Among("\u0913", -1, -1),
    new Among("\u0906\u0913", 61, -1),
    new Among("\u093e\u0913", 61, -1),
    new Among("\u0915\u0930", -1, -1, P.r_CONSONANT),
    new Among("\u0905\u0915\u0930", 64, -1),
    new Among("\u0906\u0915\u0930", 64, -1),
    new Among("\u093e\u0915\u0930", 64, -1),
    new Among("\u093e", -1, -1),
    new Among("\u090a\u0902\u0917\u093e", 68, -1),
    new Among("\u0906\u090a\u0902\u0917\u093e", 69, -1),
    new Among("\u093e\u090a\u0902\u0917\u093e", 69, -1),
    new Among("\u0942\u0902\u0917\u093e", 68, -1),
    new Among("\u090f\u0917\u093e", 68, -1),
    new Among("\u0906\u090f\u0917\u093e", 73, -1),
    new Among("\u093e\u090f\u0917\u093e", 73, -1),
    new Among("\u0947\u0917\u093e", 68, -1),
    new Among("\u0924\u093e", 68, -1, P.r_CONSONANT),
    new Among("\u0905\u0924\u093e", 77, -1),
    new Among("\u0906\u0924\u093e", 77, -1),
    new Among("\u093e\u0924\u093e", 77, -1),
    new Among("\u0928\u093e", 68, -1, P.r_CONSONANT),
    new Among("\u0905\u0928\u093e", 81, -1),
    new Among("\u0906\u0928\u093e", 81, -1),
    new Among("\u093e\u0928\u093e", 81, -1),
    new Among("\u0906\u092f\u093e", 68, -1),
    new Among("\u093e\u092f\u093e", 68, -1),
    new Among("\u093f", -1, -1),
    new Among("\u0940", -1, -1),
    new Among("\u090a\u0902\u0917\u0940", 88, -1),
    new Among("\u0906\u090a\u0902\u0917\u0940", 89, -1),
    new Among("\u093e\u090a\u0902\u0917\u0940", 89, -1),
    new Among("\u090f\u0902\u0917\u0940", 88, -1),
    new Among("\u0906\u090f\u0902\u0917\u0940", 92, -1),
    new Among("\u093e\u090f\u0902\u0917\u0940", 92, -1),
    new Among("\u0942\u0902\u0917\u0940", 88, -1),
    new Among("\u0947\u0902\u0917\u0940", 88, -1),
    new Among("\u090f\u0917\u0940", 88, -1),
    new Among("\u0906\u090f\u0917\u0940", 97, -1),
    new Among("\u093e\u090f\u0917\u0940", 97, -1),
    new Among("\u0913\u0917\u0940", 88, -1),
    new Among("\u0906\u0913\u0917\u0940", 100, -1),
    new Among("\u093e\u0913\u0917\u0940", 100, -1),
    new Among("\u0947\u0917\u0940", 88, -1),
    new Among("\u094b\u0917\u0940", 88, -1),
    new Among("\u0924\u0940", 88, -1, P.r_CONSONANT),
    new Among("\u0905\u0924\u0940", 105, -1),
    new Among("\u0906\u0924\u0940", 105, -1),
    new Among("\u093e\u0924\u0940", 105, -1),
    new Among("\u0928\u0940", 88, -1, P.r_CONSONANT),
    new Among("\u0905\u0928\u0940", 109, -1),
    new Among("\u0941", -1, -1),
    new Among("\u0942", -1, -1),
    new Among("\u0947", -1, -1),
    new Among("\u090f\u0902\u0917\u0947", 113, -1),
    new Among("\u0906\u090f\u0902\u0917\u0947", 114, -1),
    new Among("\u093e\u090f\u0902\u0917\u0947", 114, -1),
    new Among("\u0947\u0902\u0917\u0947", 113, -1),
    new Among("\u0913\u0917\u0947", 113, -1),
    new Among("\u0906\u0913\u0917\u0947", 118, -1),
    new Among("\u093e\u0913\u0917\u0947", 118, -1),
    new Among("\u094b\u0917\u0947", 113, -1),
    new Among("\u0924\u0947", 113, -1, P.r_CONSONANT),
    new Among("\u0905\u0924\u0947", 122, -1),
    new Among("\u0906\u0924\u0947", 122, -1),
    new Among("\u093e\u0924\u0947", 122, -1),
    new Among("\u0928\u0947", 113, -1, P.r_CONSONANT),
    new Among("\u0905\u0928\u0947", 126, -1),
    new Among("\u0906\u0928\u0947", 126, -1),
    new Among("\u093e\u0928\u0947", 126, -1),
    new Among("\u094b", -1, -1),
    new Among("\u094d", -1, -1)
  ];

  var stemmer = new HindiStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["hi"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
