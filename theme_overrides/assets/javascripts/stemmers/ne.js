// Snowball stemmer 'nepali' for language 'ne': self.snowballStem['ne'](word).
// Translated by scripts/stemmers_js.py from nepali_stemmer.py of snowballstemmer 3.1.1
// (Generated from nepali.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;


  function NepaliStemmer() {
    BaseStemmer.call(this);
  }
  NepaliStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = NepaliStemmer.prototype;
  P.highestLiteral = 0x094D;

  P.r_remove_category_1 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_0);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_del();
    } else {
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u090f")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0947")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_del();
        break;
      }
    }
    return true;
  };
  P.r_remove_category_2 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if (!this.eq_s_b("\u092f\u094c")) {
            break lab0;
          }
          break;
        }
        lab0: {
          if (!this.eq_s_b("\u091b\u094c")) {
            break lab0;
          }
          break;
        }
        lab0: {
          if (!this.eq_s_b("\u0928\u094c")) {
            break lab0;
          }
          break;
        }
        if (!this.eq_s_b("\u0925\u0947")) {
          return false;
        }
        break;
      }
      this.slice_del();
    } else {
      if (!this.eq_s_b("\u0924\u094d\u0930")) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_remove_category_3 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_2) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_remove_category_1();
    this.cursor = this.limit - v_1;
    while (true) {
      v_2 = this.limit - this.cursor;
      lab0: {
        v_3 = this.limit - this.cursor;
        this.r_remove_category_2();
        this.cursor = this.limit - v_3;
        if (!this.r_remove_category_3()) {
          break lab0;
        }
        continue;
      }
      this.cursor = this.limit - v_2;
      break;
    }
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("\u0932\u093e\u0907", -1, 1),
    new Among("\u0932\u093e\u0908", -1, 1),
    new Among("\u0938\u0901\u0917", -1, 1),
    new Among("\u0938\u0902\u0917", -1, 1),
    new Among("\u092e\u093e\u0930\u094d\u092b\u0924", -1, 1),
    new Among("\u0930\u0924", -1, 1),
    new Among("\u0915\u093e", -1, 2),
    new Among("\u092e\u093e", -1, 1),
    new Among("\u0926\u094d\u0935\u093e\u0930\u093e", -1, 1),
    new Among("\u0915\u093f", -1, 2),
    new Among("\u092a\u091b\u093f", -1, 1),
    new Among("\u0915\u0940", -1, 2),
    new Among("\u0932\u0947", -1, 1),
    new Among("\u0915\u0948", -1, 2),
    new Among("\u0938\u0901\u0917\u0948", -1, 1),
    new Among("\u092e\u0948", -1, 1),
    new Among("\u0915\u094b", -1, 2)
  ];
  var a_1 = [
    new Among("\u0901", -1, 1),
    new Among("\u0902", -1, 1),
    new Among("\u0948", -1, 2)
  ];
  var a_2 = [
    new Among("\u0925\u093f\u090f", -1, 1),
    new Among("\u091b", -1, 1),
    new Among("\u0907\u091b", 1, 1),
    new Among("\u090f\u091b", 1, 1),
    new Among("\u093f\u091b", 1, 1),
    new Among("\u0947\u091b", 1, 1),
    new Among("\u0928\u0947\u091b", 5, 1),
    new Among("\u0939\u0941\u0928\u0947\u091b", 6, 1),
    new Among("\u0907\u0928\u094d\u091b", 1, 1),
    new Among("\u093f\u0928\u094d\u091b", 1, 1),
    new Among("\u0939\u0941\u0928\u094d\u091b", 1, 1),
    new Among("\u090f\u0915\u093e", -1, 1),
    new Among("\u0907\u090f\u0915\u093e", 11, 1),
    new Among("\u093f\u090f\u0915\u093e", 11, 1),
    new Among("\u0947\u0915\u093e", -1, 1),
    new Among("\u0928\u0947\u0915\u093e", 14, 1),
    new Among("\u0926\u093e", -1, 1),
    new Among("\u0907\u0926\u093e", 16, 1),
    new Among("\u093f\u0926\u093e", 16, 1),
    new Among("\u0926\u0947\u0916\u093f", -1, 1),
    new Among("\u092e\u093e\u0925\u093f", -1, 1),
    new Among("\u090f\u0915\u0940", -1, 1),
    new Among("\u0907\u090f\u0915\u0940", 21, 1),
    new Among("\u093f\u090f\u0915\u0940", 21, 1),
    new Among("\u0947\u0915\u0940", -1, 1),
    new Among("\u0926\u0947\u0916\u0940", -1, 1),
    new Among("\u0925\u0940", -1, 1),
    new Among("\u0926\u0940", -1, 1),
    new Among("\u091b\u0941", -1, 1),
    new Among("\u090f\u091b\u0941", 28, 1),
    new Among("\u0947\u091b\u0941", 28, 1),
    new Among("\u0928\u0947\u091b\u0941", 30, 1),
    new Among("\u0928\u0941", -1, 1),
    new Among("\u0939\u0930\u0941", -1, 1),
    new Among("\u0939\u0930\u0942", -1, 1),
    new Among("\u091b\u0947", -1, 1),
    new Among("\u0925\u0947", -1, 1),
    new Among("\u0928\u0947", -1, 1),
    new Among("\u090f\u0915\u0948", -1, 1),
    new Among("\u0947\u0915\u0948", -1, 1),
    new Among("\u0928\u0947\u0915\u0948", 39, 1),
    new Among("\u0926\u0948", -1, 1),
    new Among("\u0907\u0926\u0948", 41, 1),
    new Among("\u093f\u0926\u0948", 41, 1),
    new Among("\u090f\u0915\u094b", -1, 1),
    new Among("\u0907\u090f\u0915\u094b", 44, 1),
    new Among("\u093f\u090f\u0915\u094b", 44, 1),
    new Among("\u0947\u0915\u094b", -1, 1),
    new Among("\u0928\u0947\u0915\u094b", 47, 1),
    new Among("\u0926\u094b", -1, 1),
    new Among("\u0907\u0926\u094b", 49, 1),
    new Among("\u093f\u0926\u094b", 49, 1),
    new Among("\u092f\u094b", -1, 1),
    new Among("\u0907\u092f\u094b", 52, 1),
    new Among("\u092d\u092f\u094b", 52, 1),
    new Among("\u093f\u092f\u094b", 52, 1),
    new Among("\u0925\u093f\u092f\u094b", 55, 1),
    new Among("\u0926\u093f\u092f\u094b", 55, 1),
    new Among("\u0925\u094d\u092f\u094b", 52, 1),
    new Among("\u091b\u094c", -1, 1),
    new Among("\u0907\u091b\u094c", 59, 1),
    new Among("\u090f\u091b\u094c", 59, 1),
    new Among("\u093f\u091b\u094c", 59, 1),
    new Among("\u0947\u091b\u094c", 59, 1),
    new Among("\u0928\u0947\u091b\u094c", 63, 1),
    new Among("\u092f\u094c", -1, 1),
    new Among("\u0925\u093f\u092f\u094c", 65, 1),
    new Among("\u091b\u094d\u092f\u094c", 65, 1),
    new Among("\u0925\u094d\u092f\u094c", 65, 1),
    new Among("\u091b\u0928\u094d", -1, 1),
    new Among("\u0907\u091b\u0928\u094d", 69, 1),
    new Among("\u090f\u091b\u0928\u094d", 69, 1),
    new Among("\u093f\u091b\u0928\u094d", 69, 1),
    new Among("\u0947\u091b\u0928\u094d", 69, 1),
    new Among("\u0928\u0947\u091b\u0928\u094d", 73, 1),
    new Among("\u0932\u093e\u0928\u094d", -1, 1),
    new Among("\u091b\u093f\u0928\u094d", -1, 1),
    new Among("\u0925\u093f\u0928\u094d", -1, 1),
    new Among("\u092a\u0930\u094d", -1, 1),
    new Among("\u0907\u0938\u094d", -1, 1),
    new Among("\u0925\u093f\u0907\u0938\u094d", 79, 1),
    new Among("\u091b\u0938\u094d", -1, 1),
    new Among("\u0907\u091b\u0938\u094d", 81, 1),
    new Among("\u090f\u091b\u0938\u094d", 81, 1),
    new Among("\u093f\u091b\u0938\u094d", 81, 1),
    new Among("\u0947\u091b\u0938\u094d", 81, 1),
    new Among("\u0928\u0947\u091b\u0938\u094d", 85, 1),
    new Among("\u093f\u0938\u094d", -1, 1),
    new Among("\u0925\u093f\u0938\u094d", 87, 1),
    new Among("\u091b\u0947\u0938\u094d", -1, 1),
    new Among("\u0939\u094b\u0938\u094d", -1, 1)
  ];

  var stemmer = new NepaliStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ne"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
