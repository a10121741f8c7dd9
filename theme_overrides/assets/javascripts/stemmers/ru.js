// Snowball stemmer 'russian' for language 'ru': self.snowballStem['ru'](word).
// Translated by scripts/stemmers_js.py from russian_stemmer.py of snowballstemmer 3.1.1
// (Generated from russian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "\u0430\u0435\u0438\u043e\u0443\u044b\u044d\u044e\u044f";

  function RussianStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_pV = 0;
  }
  RussianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = RussianStemmer.prototype;
  P.highestLiteral = 0x0451;

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
  P.r_perfective_gerund = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_0);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0430")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u044f")) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P.r_adjective = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_adjectival = function () {
    var v_1, among_var;
    if (!this.r_adjective()) {
      return false;
    }
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(a_2);
      if (among_var === 0) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.bra = this.cursor;
      if (among_var === 1) {
        while (true) {
          lab1: {
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0430")) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u044f")) {
            this.cursor = this.limit - v_1;
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_del();
      } else {
        this.slice_del();
      }
    }
    return true;
  };
  P.r_reflexive = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_verb = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0430")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u044f")) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P.r_noun = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_5) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_derivational = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_6) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (this.I_p2 > this.cursor) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_tidy_up = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_del();
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u043d")) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u043d")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    } else if (among_var === 2) {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u043d")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_5, v_6, v_10, v_11, v_12, v_2, v_7, v_8, v_9, v_3;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          while (true) {
            v_3 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0451")) {
                break lab2;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.cursor = v_3;
              break;
            }
            this.cursor = v_3;
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
          }
          this.slice_from("\u0435");
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_5 = this.limit_backward;
    this.limit_backward = this.I_pV;
    v_6 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_7 = this.limit - this.cursor;
        lab1: {
          if (!this.r_perfective_gerund()) {
            break lab1;
          }
          break;
        }
        this.cursor = this.limit - v_7;
        v_8 = this.limit - this.cursor;
        lab1: {
          if (!this.r_reflexive()) {
            this.cursor = this.limit - v_8;
            break lab1;
          }
        }
        while (true) {
          v_9 = this.limit - this.cursor;
          lab1: {
            if (!this.r_adjectival()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_9;
          lab1: {
            if (!this.r_verb()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_9;
          if (!this.r_noun()) {
            break lab0;
          }
          break;
        }
        break;
      }
    }
    this.cursor = this.limit - v_6;
    v_10 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "\u0438")) {
        this.cursor = this.limit - v_10;
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
    }
    v_11 = this.limit - this.cursor;
    this.r_derivational();
    this.cursor = this.limit - v_11;
    v_12 = this.limit - this.cursor;
    this.r_tidy_up();
    this.cursor = this.limit - v_12;
    this.limit_backward = v_5;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("\u0432", -1, 1),
    new Among("\u0438\u0432", 0, 2),
    new Among("\u044b\u0432", 0, 2),
    new Among("\u0432\u0448\u0438", -1, 1),
    new Among("\u0438\u0432\u0448\u0438", 3, 2),
    new Among("\u044b\u0432\u0448\u0438", 3, 2),
    new Among("\u0432\u0448\u0438\u0441\u044c", -1, 1),
    new Among("\u0438\u0432\u0448\u0438\u0441\u044c", 6, 2),
    new Among("\u044b\u0432\u0448\u0438\u0441\u044c", 6, 2)
  ];
  var a_1 = [
    new Among("\u0435\u0435", -1, 1),
    new Among("\u0438\u0435", -1, 1),
    new Among("\u043e\u0435", -1, 1),
    new Among("\u044b\u0435", -1, 1),
    new Among("\u0438\u043c\u0438", -1, 1),
    new Among("\u044b\u043c\u0438", -1, 1),
    new Among("\u0435\u0439", -1, 1),
    new Among("\u0438\u0439", -1, 1),
    new Among("\u043e\u0439", -1, 1),
    new Among("\u044b\u0439", -1, 1),
    new Among("\u0435\u043c", -1, 1),
    new Among("\u0438\u043c", -1, 1),
    new Among("\u043e\u043c", -1, 1),
    new Among("\u044b\u043c", -1, 1),
    new Among("\u0435\u0433\u043e", -1, 1),
    new Among("\u043e\u0433\u043e", -1, 1),
    new Among("\u0435\u043c\u0443", -1, 1),
    new Among("\u043e\u043c\u0443", -1, 1),
    new Among("\u0438\u0445", -1, 1),
    new Among("\u044b\u0445", -1, 1),
    new Among("\u0435\u044e", -1, 1),
    new Among("\u043e\u044e", -1, 1),
    new Among("\u0443\u044e", -1, 1),
    new Among("\u044e\u044e", -1, 1),
    new Among("\u0430\u044f", -1, 1),
    new Among("\u044f\u044f", -1, 1)
  ];
  var a_2 = [
    new Among("\u0435\u043c", -1, 1),
    new Among("\u043d\u043d", -1, 1),
    new Among("\u0432\u0448", -1, 1),
    new Among("\u0438\u0432\u0448", 2, 2),
    new Among("\u044b\u0432\u0448", 2, 2),
    new Among("\u0449", -1, 1),
    new Among("\u044e\u0449", 5, 1),
    new Among("\u0443\u044e\u0449", 6, 2)
  ];
  var a_3 = [
    new Among("\u0441\u044c", -1, 1),
    new Among("\u0441\u044f", -1, 1)
  ];
  var a_4 = [
    new Among("\u043b\u0430", -1, 1),
    new Among("\u0438\u043b\u0430", 0, 2),
    new Among("\u044b\u043b\u0430", 0, 2),
    new Among("\u043d\u0430", -1, 1),
    new Among("\u0435\u043d\u0430", 3, 2),
    new Among("\u0435\u0442\u0435", -1, 1),
    new Among("\u0438\u0442\u0435", -1, 2),
    new Among("\u0439\u0442\u0435", -1, 1),
    new Among("\u0435\u0439\u0442\u0435", 7, 2),
    new Among("\u0443\u0439\u0442\u0435", 7, 2),
    new Among("\u043b\u0438", -1, 1),
    new Among("\u0438\u043b\u0438", 10, 2),
    new Among("\u044b\u043b\u0438", 10, 2),
    new Among("\u0439", -1, 1),
    new Among("\u0435\u0439", 13, 2),
    new Among("\u0443\u0439", 13, 2),
    new Among("\u043b", -1, 1),
    new Among("\u0438\u043b", 16, 2),
    new Among("\u044b\u043b", 16, 2),
    new Among("\u0435\u043c", -1, 1),
    new Among("\u0438\u043c", -1, 2),
    new Among("\u044b\u043c", -1, 2),
    new Among("\u043d", -1, 1),
    new Among("\u0435\u043d", 22, 2),
    new Among("\u043b\u043e", -1, 1),
    new Among("\u0438\u043b\u043e", 24, 2),
    new Among("\u044b\u043b\u043e", 24, 2),
    new Among("\u043d\u043e", -1, 1),
    new Among("\u0435\u043d\u043e", 27, 2),
    new Among("\u043d\u043d\u043e", 27, 1),
    new Among("\u0435\u0442", -1, 1),
    new Among("\u0443\u0435\u0442", 30, 2),
    new Among("\u0438\u0442", -1, 2),
    new Among("\u044b\u0442", -1, 2),
    new Among("\u044e\u0442", -1, 1),
    new Among("\u0443\u044e\u0442", 34, 2),
    new Among("\u044f\u0442", -1, 2),
    new Among("\u043d\u044b", -1, 1),
    new Among("\u0435\u043d\u044b", 37, 2),
    new Among("\u0442\u044c", -1, 1),
    new Among("\u0438\u0442\u044c", 39, 2),
    new Among("\u044b\u0442\u044c", 39, 2),
    new Among("\u0435\u0448\u044c", -1, 1),
    new Among("\u0438\u0448\u044c", -1, 2),
    new Among("\u044e", -1, 2),
    new Among("\u0443\u044e", 44, 2)
  ];
  var a_5 = [
    new Among("\u0430", -1, 1),
    new Among("\u0435\u0432", -1, 1),
    new Among("\u043e\u0432", -1, 1),
    new Among("\u0435", -1, 1),
    new Among("\u0438\u0435", 3, 1),
    new Among("\u044c\u0435", 3, 1),
    new Among("\u0438", -1, 1),
    new Among("\u0435\u0438", 6, 1),
    new Among("\u0438\u0438", 6, 1),
    new Among("\u0430\u043c\u0438", 6, 1),
    new Among("\u044f\u043c\u0438", 6, 1),
    new Among("\u0438\u044f\u043c\u0438", 10, 1),
    new Among("\u0439", -1, 1),
    new Among("\u0435\u0439", 12, 1),
    new Among("\u0438\u0435\u0439", 13, 1),
    new Among("\u0438\u0439", 12, 1),
    new Among("\u043e\u0439", 12, 1),
    new Among("\u0430\u043c", -1, 1),
    new Among("\u0435\u043c", -1, 1),
    new Among("\u0438\u0435\u043c", 18, 1),
    new Among("\u043e\u043c", -1, 1),
    new Among("\u044f\u043c", -1, 1),
    new Among("\u0438\u044f\u043c", 21, 1),
    new Among("\u043e", -1, 1),
    new Among("\u0443", -1, 1),
    new Among("\u0430\u0445", -1, 1),
    new Among("\u044f\u0445", -1, 1),
    new Among("\u0438\u044f\u0445", 26, 1),
    new Among("\u044b", -1, 1),
    new Among("\u044c", -1, 1),
    new Among("\u044e", -1, 1),
    new Among("\u0438\u044e", 30, 1),
    new Among("\u044c\u044e", 30, 1),
    new Among("\u044f", -1, 1),
    new Among("\u0438\u044f", 33, 1),
    new Among("\u044c\u044f", 33, 1)
  ];
  var a_6 = [
    new Among("\u043e\u0441\u0442", -1, 1),
    new Among("\u043e\u0441\u0442\u044c", -1, 1)
  ];
  var a_7 = [
    new Among("\u0435\u0439\u0448\u0435", -1, 1),
    new Among("\u043d", -1, 2),
    new Among("\u0435\u0439\u0448", -1, 1),
    new Among("\u044c", -1, 3)
  ];

  var stemmer = new RussianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ru"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
