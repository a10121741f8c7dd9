// Snowball stemmer 'greek' for language 'el': self.snowballStem['el'](word).
// Translated by scripts/stemmers_js.py from greek_stemmer.py of snowballstemmer 3.1.1
// (Generated from greek.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9";
  var g_v2 = "\u03b1\u03b5\u03b7\u03b9\u03bf\u03c9";
  var as_1 = ["\u03c6\u03b1", "\u03c3\u03ba\u03b1", "\u03bf\u03bb\u03bf", "\u03c3\u03bf", "\u03c4\u03b1\u03c4\u03bf", "\u03ba\u03c1\u03b5", "\u03c0\u03b5\u03c1", "\u03c4\u03b5\u03c1", "\u03c6\u03c9", "\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4", "\u03b3\u03b5\u03b3\u03bf\u03bd"];
  var as_2 = ["\u03b9", "\u03b9\u03b6"];
  var as_6 = ["\u03b9", "\u03b9\u03c3"];
  var as_10 = ["\u03b9", "\u03b9\u03c3\u03c4"];
  var as_12 = ["\u03b9\u03c3\u03bc", "\u03b9"];
  var as_13 = ["\u03b1\u03b3\u03bd\u03c9\u03c3\u03c4", "\u03b1\u03c4\u03bf\u03bc", "\u03b3\u03bd\u03c9\u03c3\u03c4", "\u03b5\u03b8\u03bd", "\u03b5\u03ba\u03bb\u03b5\u03ba\u03c4", "\u03c3\u03ba\u03b5\u03c0\u03c4", "\u03c4\u03bf\u03c0", "\u03b1\u03bb\u03b5\u03be\u03b1\u03bd\u03b4\u03c1", "\u03b2\u03c5\u03b6\u03b1\u03bd\u03c4", "\u03b8\u03b5\u03b1\u03c4\u03c1"];
  var as_17 = ["\u03b1\u03ba", "\u03b9\u03c4\u03c3"];

  function GreekStemmer() {
    BaseStemmer.call(this);
    this.B_test1 = false;
  }
  GreekStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = GreekStemmer.prototype;
  P.highestLiteral = 0x03CE;

  P.r_tolower = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_0);
        this.bra = this.cursor;
        if (among_var === 1) {
          this.slice_from("\u03b1");
        } else if (among_var === 2) {
          this.slice_from("\u03b2");
        } else if (among_var === 3) {
          this.slice_from("\u03b3");
        } else if (among_var === 4) {
          this.slice_from("\u03b4");
        } else if (among_var === 5) {
          this.slice_from("\u03b5");
        } else if (among_var === 6) {
          this.slice_from("\u03b6");
        } else if (among_var === 7) {
          this.slice_from("\u03b7");
        } else if (among_var === 8) {
          this.slice_from("\u03b8");
        } else if (among_var === 9) {
          this.slice_from("\u03b9");
        } else if (among_var === 10) {
          this.slice_from("\u03ba");
        } else if (among_var === 11) {
          this.slice_from("\u03bb");
        } else if (among_var === 12) {
          this.slice_from("\u03bc");
        } else if (among_var === 13) {
          this.slice_from("\u03bd");
        } else if (among_var === 14) {
          this.slice_from("\u03be");
        } else if (among_var === 15) {
          this.slice_from("\u03bf");
        } else if (among_var === 16) {
          this.slice_from("\u03c0");
        } else if (among_var === 17) {
          this.slice_from("\u03c1");
        } else if (among_var === 18) {
          this.slice_from("\u03c3");
        } else if (among_var === 19) {
          this.slice_from("\u03c4");
        } else if (among_var === 20) {
          this.slice_from("\u03c5");
        } else if (among_var === 21) {
          this.slice_from("\u03c6");
        } else if (among_var === 22) {
          this.slice_from("\u03c7");
        } else if (among_var === 23) {
          this.slice_from("\u03c8");
        } else if (among_var === 24) {
          this.slice_from("\u03c9");
        } else {
          if (this.cursor <= this.limit_backward) {
            break lab0;
          }
          this.cursor -= 1;
        }
        continue;
      }
      this.cursor = this.limit - v_1;
      break;
    }
    return true;
  };
  P.r_step_1 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_1);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(as_1[among_var - 1]);
    this.B_test1 = false;
    return true;
  };
  P.r_step_s1 = function () {
    var among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from(as_2[among_var - 1]);
    return true;
  };
  P.r_step_s2 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_5) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_4) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03c9\u03bd");
    return true;
  };
  P.r_step_s3 = function () {
    var among_var, v_1;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("\u03b9\u03c3\u03b1")) {
          break lab0;
        }
        this.bra = this.cursor;
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from("\u03b9\u03c3");
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      break;
    }
    if (this.find_among_b(a_7) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    among_var = this.find_among_b(a_6);
    if (among_var === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from(as_6[among_var - 1]);
    return true;
  };
  P.r_step_s4 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_9) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_8) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b9");
    return true;
  };
  P.r_step_s5 = function () {
    var among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_11) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    among_var = this.find_among_b(a_10);
    if (among_var === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from(as_10[among_var - 1]);
    return true;
  };
  P.r_step_s6 = function () {
    var v_1, among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_14) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        among_var = this.find_among_b(a_12);
        if (among_var === 0) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from(as_12[among_var - 1]);
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      among_var = this.find_among_b(a_13);
      if (among_var === 0) {
        return false;
      }
      this.bra = this.cursor;
      this.slice_from(as_13[among_var - 1]);
      break;
    }
    return true;
  };
  P.r_step_s7 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_16) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_15) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b1\u03c1\u03b1\u03ba");
    return true;
  };
  P.r_step_s8 = function () {
    var v_1, among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_18) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        among_var = this.find_among_b(a_17);
        if (among_var === 0) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from(as_17[among_var - 1]);
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (!this.eq_s_b("\u03ba\u03bf\u03c1")) {
        return false;
      }
      this.slice_from("\u03b9\u03c4\u03c3");
      break;
    }
    return true;
  };
  P.r_step_s9 = function () {
    var v_1;
    this.ket = this.cursor;
    if (this.find_among_b(a_21) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (this.find_among_b(a_19) === 0) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from("\u03b9\u03b4");
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (this.find_among_b(a_20) === 0) {
        return false;
      }
      this.slice_from("\u03b9\u03b4");
      break;
    }
    return true;
  };
  P.r_step_s10 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_23) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_22) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b9\u03c3\u03ba");
    return true;
  };
  P.r_step_2a = function () {
    var v_1, c;
    this.ket = this.cursor;
    if (this.find_among_b(a_24) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    v_1 = this.limit - this.cursor;
    lab0: {
      if (this.find_among_b(a_25) === 0) {
        break lab0;
      }
      return false;
    }
    this.cursor = this.limit - v_1;
    c = this.cursor;
    this.insert(this.cursor, this.cursor, "\u03b1\u03b4");
    this.cursor = c;
    return true;
  };
  P.r_step_2b = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_26) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_27) === 0) {
      return false;
    }
    this.slice_from("\u03b5\u03b4");
    return true;
  };
  P.r_step_2c = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_28) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_29) === 0) {
      return false;
    }
    this.slice_from("\u03bf\u03c5\u03b4");
    return true;
  };
  P.r_step_2d = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_30) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_31) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b5");
    return true;
  };
  P.r_step_3 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_32) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (!this.in_grouping_b(g_v)) {
      return false;
    }
    this.slice_from("\u03b9");
    return true;
  };
  P.r_step_4 = function () {
    var v_1;
    this.ket = this.cursor;
    if (this.find_among_b(a_33) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        this.slice_from("\u03b9\u03ba");
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      break;
    }
    this.bra = this.cursor;
    if (this.find_among_b(a_34) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b9\u03ba");
    return true;
  };
  P.r_step_5a = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.eq_s_b("\u03b1\u03b3\u03b1\u03bc\u03b5")) {
        break lab0;
      }
      this.bra = this.cursor;
      if (this.cursor > this.limit_backward) {
        break lab0;
      }
      this.slice_from("\u03b1\u03b3\u03b1\u03bc");
    }
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_35) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
    }
    this.cursor = this.limit - v_2;
    this.ket = this.cursor;
    if (!this.eq_s_b("\u03b1\u03bc\u03b5")) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_36) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b1\u03bc");
    return true;
  };
  P.r_step_5b = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_38) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (this.find_among_b(a_37) === 0) {
        break lab0;
      }
      if (this.cursor > this.limit_backward) {
        break lab0;
      }
      this.slice_from("\u03b1\u03b3\u03b1\u03bd");
    }
    this.cursor = this.limit - v_1;
    this.ket = this.cursor;
    if (!this.eq_s_b("\u03b1\u03bd\u03b5")) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_2 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!this.in_grouping_b(g_v2)) {
          break lab0;
        }
        this.slice_from("\u03b1\u03bd");
        break;
      }
      this.cursor = this.limit - v_2;
      this.ket = this.cursor;
      break;
    }
    this.bra = this.cursor;
    if (this.find_among_b(a_39) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b1\u03bd");
    return true;
  };
  P.r_step_5c = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.eq_s_b("\u03b7\u03c3\u03b5\u03c4\u03b5")) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
    }
    this.cursor = this.limit - v_1;
    this.ket = this.cursor;
    if (!this.eq_s_b("\u03b5\u03c4\u03b5")) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_2 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!this.in_grouping_b(g_v2)) {
          break lab0;
        }
        this.slice_from("\u03b5\u03c4");
        break;
      }
      this.cursor = this.limit - v_2;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (this.find_among_b(a_40) === 0) {
          break lab0;
        }
        this.slice_from("\u03b5\u03c4");
        break;
      }
      this.cursor = this.limit - v_2;
      this.ket = this.cursor;
      break;
    }
    this.bra = this.cursor;
    if (this.find_among_b(a_41) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b5\u03c4");
    return true;
  };
  P.r_step_5d = function () {
    var v_1;
    this.ket = this.cursor;
    if (this.find_among_b(a_42) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!this.eq_s_b("\u03b1\u03c1\u03c7")) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        this.slice_from("\u03bf\u03bd\u03c4");
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (!this.eq_s_b("\u03ba\u03c1\u03b5")) {
        return false;
      }
      this.slice_from("\u03c9\u03bd\u03c4");
      break;
    }
    return true;
  };
  P.r_step_5e = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_43) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (!this.eq_s_b("\u03bf\u03bd")) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03bf\u03bc\u03b1\u03c3\u03c4");
    return true;
  };
  P.r_step_5f = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.eq_s_b("\u03b9\u03b5\u03c3\u03c4\u03b5")) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (this.find_among_b(a_44) === 0) {
        break lab0;
      }
      if (this.cursor > this.limit_backward) {
        break lab0;
      }
      this.slice_from("\u03b9\u03b5\u03c3\u03c4");
    }
    this.cursor = this.limit - v_1;
    this.ket = this.cursor;
    if (!this.eq_s_b("\u03b5\u03c3\u03c4\u03b5")) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_45) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b9\u03b5\u03c3\u03c4");
    return true;
  };
  P.r_step_5g = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_46) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
    }
    this.cursor = this.limit - v_1;
    this.ket = this.cursor;
    if (this.find_among_b(a_49) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_2 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (this.find_among_b(a_47) === 0) {
          break lab0;
        }
        this.slice_from("\u03b7\u03ba");
        break;
      }
      this.cursor = this.limit - v_2;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (this.find_among_b(a_48) === 0) {
        return false;
      }
      if (this.cursor > this.limit_backward) {
        return false;
      }
      this.slice_from("\u03b7\u03ba");
      break;
    }
    return true;
  };
  P.r_step_5h = function () {
    var v_1;
    this.ket = this.cursor;
    if (this.find_among_b(a_52) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (this.find_among_b(a_50) === 0) {
          break lab0;
        }
        this.slice_from("\u03bf\u03c5\u03c3");
        break;
      }
      this.cursor = this.limit - v_1;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (this.find_among_b(a_51) === 0) {
        return false;
      }
      if (this.cursor > this.limit_backward) {
        return false;
      }
      this.slice_from("\u03bf\u03c5\u03c3");
      break;
    }
    return true;
  };
  P.r_step_5i = function () {
    var v_1, v_2, among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_55) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!this.eq_s_b("\u03ba\u03bf\u03bb\u03bb")) {
          break lab0;
        }
        this.slice_from("\u03b1\u03b3");
        break;
      }
      this.cursor = this.limit - v_1;
      while (true) {
        v_2 = this.limit - this.cursor;
        lab0: {
          this.ket = this.cursor;
          this.bra = this.cursor;
          among_var = this.find_among_b(a_53);
          if (among_var === 0) {
            break lab0;
          }
          if (among_var === 1) {
            this.slice_from("\u03b1\u03b3");
          }
          break;
        }
        this.cursor = this.limit - v_2;
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (this.find_among_b(a_54) === 0) {
          return false;
        }
        if (this.cursor > this.limit_backward) {
          return false;
        }
        this.slice_from("\u03b1\u03b3");
        break;
      }
      break;
    }
    return true;
  };
  P.r_step_5j = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_56) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_57) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b7\u03c3");
    return true;
  };
  P.r_step_5k = function () {
    this.ket = this.cursor;
    if (!this.eq_s_b("\u03b7\u03c3\u03c4\u03b5")) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_58) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03b7\u03c3\u03c4");
    return true;
  };
  P.r_step_5l = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_59) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_60) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03bf\u03c5\u03bd");
    return true;
  };
  P.r_step_5m = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_61) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (this.find_among_b(a_62) === 0) {
      return false;
    }
    if (this.cursor > this.limit_backward) {
      return false;
    }
    this.slice_from("\u03bf\u03c5\u03bc");
    return true;
  };
  P.r_step_6 = function () {
    var v_1;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_63) === 0) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u03bc\u03b1");
    }
    this.cursor = this.limit - v_1;
    if (!this.B_test1) {
      return false;
    }
    this.ket = this.cursor;
    if (this.find_among_b(a_64) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_step_7 = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_65) === 0) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10, v_11, v_12, v_13, v_14, v_15, v_16, v_17, v_18, v_19, v_20, v_21, v_22, v_23, v_24, v_25, v_26, v_27, v_28, v_29, v_30, v_31, v_32, v_33;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_tolower();
    this.cursor = this.limit - v_1;
    if (this.current.length < 3) {
      return false;
    }
    this.B_test1 = true;
    v_2 = this.limit - this.cursor;
    this.r_step_1();
    this.cursor = this.limit - v_2;
    v_3 = this.limit - this.cursor;
    this.r_step_s1();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    this.r_step_s2();
    this.cursor = this.limit - v_4;
    v_5 = this.limit - this.cursor;
    this.r_step_s3();
    this.cursor = this.limit - v_5;
    v_6 = this.limit - this.cursor;
    this.r_step_s4();
    this.cursor = this.limit - v_6;
    v_7 = this.limit - this.cursor;
    this.r_step_s5();
    this.cursor = this.limit - v_7;
    v_8 = this.limit - this.cursor;
    this.r_step_s6();
    this.cursor = this.limit - v_8;
    v_9 = this.limit - this.cursor;
    this.r_step_s7();
    this.cursor = this.limit - v_9;
    v_10 = this.limit - this.cursor;
    this.r_step_s8();
    this.cursor = this.limit - v_10;
    v_11 = this.limit - this.cursor;
    this.r_step_s9();
    this.cursor = this.limit - v_11;
    v_12 = this.limit - this.cursor;
    this.r_step_s10();
    this.cursor = this.limit - v_12;
    v_13 = this.limit - this.cursor;
    this.r_step_2a();
    this.cursor = this.limit - v_13;
    v_14 = this.limit - this.cursor;
    this.r_step_2b();
    this.cursor = this.limit - v_14;
    v_15 = this.limit - this.cursor;
    this.r_step_2c();
    this.cursor = this.limit - v_15;
    v_16 = this.limit - this.cursor;
    this.r_step_2d();
    this.cursor = this.limit - v_16;
    v_17 = this.limit - this.cursor;
    this.r_step_3();
    this.cursor = this.limit - v_17;
    v_18 = this.limit - this.cursor;
    this.r_step_4();
    this.cursor = this.limit - v_18;
    v_19 = this.limit - this.cursor;
    this.r_step_5a();
    this.cursor = this.limit - v_19;
    v_20 = this.limit - this.cursor;
    this.r_step_5b();
    this.cursor = this.limit - v_20;
    v_21 = this.limit - this.cursor;
    this.r_step_5c();
    this.cursor = this.limit - v_21;
    v_22 = this.limit - this.cursor;
    this.r_step_5d();
    this.cursor = this.limit - v_22;
    v_23 = this.limit - this.cursor;
    this.r_step_5e();
    this.cursor = this.limit - v_23;
    v_24 = this.limit - this.cursor;
    this.r_step_5f();
    this.cursor = this.limit - v_24;
    v_25 = this.limit - this.cursor;
    this.r_step_5g();
    this.cursor = this.limit - v_25;
    v_26 = this.limit - this.cursor;
    this.r_step_5h();
    this.cursor = this.limit - v_26;
    v_27 = this.limit - this.cursor;
    this.r_step_5j();
    this.cursor = this.limit - v_27;
    v_28 = this.limit - this.cursor;
    this.r_step_5i();
    this.cursor = this.limit - v_28;
    v_29 = this.limit - this.cursor;
    this.r_step_5k();
    this.cursor = this.limit - v_29;
    v_30 = this.limit - this.cursor;
    this.r_step_5l();
    this.cursor = this.limit - v_30;
    v_31 = this.limit - this.cursor;
    this.r_step_5m();
    this.cursor = this.limit - v_31;
    v_32 = this.limit - this.cursor;
    this.r_step_6();
    this.cursor = this.limit - v_32;
    v_33 = this.limit - this.cursor;
    this.r_step_7();
    this.cursor = this.limit - v_33;
    this.cursor = this.limit_backward;
    return true;
  };

  var a_0 = [
    new Among("", -1, 25),
    new Among("\u0386", 0, 1),
    new Among("\u0388", 0, 5),
    new Among("\u0389", 0, 7),
    new Among("\u038a", 0, 9),
    new Among("\u038c", 0, 15),
    new Among("\u038e", 0, 20),
    new Among("\u038f", 0, 24),
    new Among("\u0390", 0, 7),
    new Among("\u0391", 0, 1),
    new Among("\u0392", 0, 2),
    new Among("\u0393", 0, 3),
    new Among("\u0394", 0, 4),
    new Among("\u0395", 0, 5),
    new Among("\u0396", 0, 6),
    new Among("\u0397", 0, 7),
    new Among("\u0398", 0, 8),
    new Among("\u0399", 0, 9),
    new Among("\u039a", 0, 10),
    new Among("\u039b", 0, 11),
    new Among("\u039c", 0, 12),
    new Among("\u039d", 0, 13),
    new Among("\u039e", 0, 14),
    new Among("\u039f", 0, 15),
    new Among("\u03a0", 0, 16),
    new Among("\u03a1", 0, 17),
    new Among("\u03a3", 0, 18),
    new Among("\u03a4", 0, 19),
    new Among("\u03a5", 0, 20),
    new Among("\u03a6", 0, 21),
    new Among("\u03a7", 0, 22),
    new Among("\u03a8", 0, 23),
    new Among("\u03a9", 0, 24),
    new Among("\u03aa", 0, 9),
    new Among("\u03ab", 0, 20),
    new Among("\u03ac", 0, 1),
    new Among("\u03ad", 0, 5),
    new Among("\u03ae", 0, 7),
    new Among("\u03af", 0, 9),
    new Among("\u03b0", 0, 20),
    new Among("\u03c2", 0, 18),
    new Among("\u03ca", 0, 7),
    new Among("\u03cb", 0, 20),
    new Among("\u03cc", 0, 15),
    new Among("\u03cd", 0, 20),
    new Among("\u03ce", 0, 24)
  ];
  var a_1 = [
    new Among("\u03c3\u03ba\u03b1\u03b3\u03b9\u03b1", -1, 2),
    new Among("\u03c6\u03b1\u03b3\u03b9\u03b1", -1, 1),
    new Among("\u03bf\u03bb\u03bf\u03b3\u03b9\u03b1", -1, 3),
    new Among("\u03c3\u03bf\u03b3\u03b9\u03b1", -1, 4),
    new Among("\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03b1", -1, 5),
    new Among("\u03ba\u03c1\u03b5\u03b1\u03c4\u03b1", -1, 6),
    new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03b1", -1, 7),
    new Among("\u03c4\u03b5\u03c1\u03b1\u03c4\u03b1", -1, 8),
    new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03b1", -1, 11),
    new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03b1", -1, 10),
    new Among("\u03c6\u03c9\u03c4\u03b1", -1, 9),
    new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03b7", -1, 7),
    new Among("\u03c3\u03ba\u03b1\u03b3\u03b9\u03c9\u03bd", -1, 2),
    new Among("\u03c6\u03b1\u03b3\u03b9\u03c9\u03bd", -1, 1),
    new Among("\u03bf\u03bb\u03bf\u03b3\u03b9\u03c9\u03bd", -1, 3),
    new Among("\u03c3\u03bf\u03b3\u03b9\u03c9\u03bd", -1, 4),
    new Among("\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03c9\u03bd", -1, 5),
    new Among("\u03ba\u03c1\u03b5\u03b1\u03c4\u03c9\u03bd", -1, 6),
    new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03c9\u03bd", -1, 7),
    new Among("\u03c4\u03b5\u03c1\u03b1\u03c4\u03c9\u03bd", -1, 8),
    new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03c9\u03bd", -1, 11),
    new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03c9\u03bd", -1, 10),
    new Among("\u03c6\u03c9\u03c4\u03c9\u03bd", -1, 9),
    new Among("\u03ba\u03c1\u03b5\u03b1\u03c3", -1, 6),
    new Among("\u03c0\u03b5\u03c1\u03b1\u03c3", -1, 7),
    new Among("\u03c4\u03b5\u03c1\u03b1\u03c3", -1, 8),
    new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c3", -1, 11),
    new Among("\u03ba\u03c1\u03b5\u03b1\u03c4\u03bf\u03c3", -1, 6),
    new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03bf\u03c3", -1, 7),
    new Among("\u03c4\u03b5\u03c1\u03b1\u03c4\u03bf\u03c3", -1, 8),
    new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03bf\u03c3", -1, 11),
    new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03bf\u03c3", -1, 10),
    new Among("\u03c6\u03c9\u03c4\u03bf\u03c3", -1, 9),
    new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c3", -1, 10),
    new Among("\u03c6\u03c9\u03c3", -1, 9),
    new Among("\u03c3\u03ba\u03b1\u03b3\u03b9\u03bf\u03c5", -1, 2),
    new Among("\u03c6\u03b1\u03b3\u03b9\u03bf\u03c5", -1, 1),
    new Among("\u03bf\u03bb\u03bf\u03b3\u03b9\u03bf\u03c5", -1, 3),
    new Among("\u03c3\u03bf\u03b3\u03b9\u03bf\u03c5", -1, 4),
    new Among("\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03bf\u03c5", -1, 5)
  ];
  var a_2 = [
    new Among("\u03c0\u03b1", -1, 1),
    new Among("\u03be\u03b1\u03bd\u03b1\u03c0\u03b1", 0, 1),
    new Among("\u03b5\u03c0\u03b1", 0, 1),
    new Among("\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1", 0, 1),
    new Among("\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1", 0, 1),
    new Among("\u03b5\u03bc\u03c0\u03b1", 0, 1),
    new Among("\u03b2", -1, 2),
    new Among("\u03b4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b2\u03b1\u03b8\u03c5\u03c1\u03b9", -1, 2),
    new Among("\u03b2\u03b1\u03c1\u03ba", -1, 2),
    new Among("\u03bc\u03b1\u03c1\u03ba", -1, 2),
    new Among("\u03bb", -1, 2),
    new Among("\u03bc", -1, 2),
    new Among("\u03ba\u03bf\u03c1\u03bd", -1, 2),
    new Among("\u03b1\u03b8\u03c1\u03bf", -1, 1),
    new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", 14, 1),
    new Among("\u03c0", -1, 2),
    new Among("\u03b9\u03bc\u03c0", 16, 2),
    new Among("\u03c1", -1, 2),
    new Among("\u03bc\u03b1\u03c1", 18, 2),
    new Among("\u03b1\u03bc\u03c0\u03b1\u03c1", 18, 2),
    new Among("\u03b3\u03ba\u03c1", 18, 2),
    new Among("\u03b2\u03bf\u03bb\u03b2\u03bf\u03c1", 18, 2),
    new Among("\u03b3\u03bb\u03c5\u03ba\u03bf\u03c1", 18, 2),
    new Among("\u03c0\u03b9\u03c0\u03b5\u03c1\u03bf\u03c1", 18, 2),
    new Among("\u03c0\u03c1", 18, 2),
    new Among("\u03bc\u03c0\u03c1", 25, 2),
    new Among("\u03b1\u03c1\u03c1", 18, 2),
    new Among("\u03b3\u03bb\u03c5\u03ba\u03c5\u03c1", 18, 2),
    new Among("\u03c0\u03bf\u03bb\u03c5\u03c1", 18, 2),
    new Among("\u03bb\u03bf\u03c5", -1, 2)
  ];
  var a_3 = [
    new Among("\u03b9\u03b6\u03b1", -1, 1),
    new Among("\u03b9\u03b6\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03b1\u03bc\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03bf\u03c5\u03bc\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03bf\u03c5\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03b1\u03c4\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03b5\u03c4\u03b5", -1, 1),
    new Among("\u03b9\u03b6\u03b5\u03b9", -1, 1),
    new Among("\u03b9\u03b6\u03b1\u03bd", -1, 1),
    new Among("\u03b9\u03b6\u03bf\u03c5\u03bd", -1, 1),
    new Among("\u03b9\u03b6\u03b5\u03c3", -1, 1),
    new Among("\u03b9\u03b6\u03b5\u03b9\u03c3", -1, 1),
    new Among("\u03b9\u03b6\u03c9", -1, 1)
  ];
  var a_4 = [
    new Among("\u03b2\u03b9", -1, 1),
    new Among("\u03bb\u03b9", -1, 1),
    new Among("\u03b1\u03bb", -1, 1),
    new Among("\u03b5\u03bd", -1, 1),
    new Among("\u03c3", -1, 1),
    new Among("\u03c7", -1, 1),
    new Among("\u03c5\u03c8", -1, 1),
    new Among("\u03b6\u03c9", -1, 1)
  ];
  var a_5 = [
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b1", -1, 1),
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b5", -1, 1),
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03bc\u03b5", -1, 1),
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03c4\u03b5", -1, 1),
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03bd", -1, 1),
    new Among("\u03c9\u03b8\u03b7\u03ba\u03b5\u03c3", -1, 1)
  ];
  var a_6 = [
    new Among("\u03be\u03b1\u03bd\u03b1\u03c0\u03b1", -1, 1),
    new Among("\u03b5\u03c0\u03b1", -1, 1),
    new Among("\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1", -1, 1),
    new Among("\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1", -1, 1),
    new Among("\u03b5\u03bc\u03c0\u03b1", -1, 1),
    new Among("\u03c7\u03b1\u03c1\u03c4\u03bf\u03c0\u03b1", -1, 1),
    new Among("\u03b5\u03be\u03b1\u03c1\u03c7\u03b1", -1, 1),
    new Among("\u03b3\u03b5", -1, 2),
    new Among("\u03b3\u03ba\u03b5", -1, 2),
    new Among("\u03ba\u03bb\u03b5", -1, 1),
    new Among("\u03b5\u03ba\u03bb\u03b5", 9, 1),
    new Among("\u03b1\u03c0\u03b5\u03ba\u03bb\u03b5", 10, 1),
    new Among("\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5", 9, 1),
    new Among("\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5", 9, 1),
    new Among("\u03b4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03c0\u03b5", -1, 1),
    new Among("\u03b5\u03c0\u03b5", 15, 1),
    new Among("\u03bc\u03b5\u03c4\u03b5\u03c0\u03b5", 16, 1),
    new Among("\u03b5\u03c3\u03b5", -1, 1),
    new Among("\u03b3\u03ba", -1, 2),
    new Among("\u03bc", -1, 2),
    new Among("\u03c0\u03bf\u03c5\u03ba\u03b1\u03bc", 20, 2),
    new Among("\u03ba\u03bf\u03bc", 20, 2),
    new Among("\u03b1\u03bd", -1, 2),
    new Among("\u03bf\u03bb\u03bf", -1, 2),
    new Among("\u03b1\u03b8\u03c1\u03bf", -1, 1),
    new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", 25, 1),
    new Among("\u03c0", -1, 2),
    new Among("\u03bb\u03b1\u03c1", -1, 2),
    new Among("\u03b4\u03b7\u03bc\u03bf\u03ba\u03c1\u03b1\u03c4", -1, 2),
    new Among("\u03b1\u03c6", -1, 2),
    new Among("\u03b3\u03b9\u03b3\u03b1\u03bd\u03c4\u03bf\u03b1\u03c6", 30, 2)
  ];
  var a_7 = [
    new Among("\u03b9\u03c3\u03b1", -1, 1),
    new Among("\u03b9\u03c3\u03b1\u03bc\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03b1\u03c4\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03b1\u03bd", -1, 1),
    new Among("\u03b9\u03c3\u03b5\u03c3", -1, 1)
  ];
  var a_8 = [
    new Among("\u03be\u03b1\u03bd\u03b1\u03c0\u03b1", -1, 1),
    new Among("\u03b5\u03c0\u03b1", -1, 1),
    new Among("\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1", -1, 1),
    new Among("\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1", -1, 1),
    new Among("\u03b5\u03bc\u03c0\u03b1", -1, 1),
    new Among("\u03c7\u03b1\u03c1\u03c4\u03bf\u03c0\u03b1", -1, 1),
    new Among("\u03b5\u03be\u03b1\u03c1\u03c7\u03b1", -1, 1),
    new Among("\u03ba\u03bb\u03b5", -1, 1),
    new Among("\u03b5\u03ba\u03bb\u03b5", 7, 1),
    new Among("\u03b1\u03c0\u03b5\u03ba\u03bb\u03b5", 8, 1),
    new Among("\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5", 7, 1),
    new Among("\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5", 7, 1),
    new Among("\u03b4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03c0\u03b5", -1, 1),
    new Among("\u03b5\u03c0\u03b5", 13, 1),
    new Among("\u03bc\u03b5\u03c4\u03b5\u03c0\u03b5", 14, 1),
    new Among("\u03b5\u03c3\u03b5", -1, 1),
    new Among("\u03b1\u03b8\u03c1\u03bf", -1, 1),
    new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", 17, 1)
  ];
  var a_9 = [
    new Among("\u03b9\u03c3\u03bf\u03c5\u03bc\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03bf\u03c5\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03b5\u03c4\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03b5\u03b9", -1, 1),
    new Among("\u03b9\u03c3\u03bf\u03c5\u03bd", -1, 1),
    new Among("\u03b9\u03c3\u03b5\u03b9\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03c9", -1, 1)
  ];
  var a_10 = [
    new Among("\u03b1\u03c4\u03b1", -1, 2),
    new Among("\u03c6\u03b1", -1, 2),
    new Among("\u03b7\u03c6\u03b1", 1, 2),
    new Among("\u03bc\u03b5\u03b3", -1, 2),
    new Among("\u03bb\u03c5\u03b3", -1, 2),
    new Among("\u03b7\u03b4", -1, 2),
    new Among("\u03ba\u03bb\u03b5", -1, 1),
    new Among("\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5", 6, 1),
    new Among("\u03c0\u03bb\u03b5", -1, 1),
    new Among("\u03b4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03c3\u03b5", -1, 1),
    new Among("\u03b1\u03c3\u03b5", 10, 1),
    new Among("\u03ba\u03b1\u03b8", -1, 2),
    new Among("\u03b5\u03c7\u03b8", -1, 2),
    new Among("\u03ba\u03b1\u03ba", -1, 2),
    new Among("\u03bc\u03b1\u03ba", -1, 2),
    new Among("\u03c3\u03ba", -1, 2),
    new Among("\u03c6\u03b9\u03bb", -1, 2),
    new Among("\u03ba\u03c5\u03bb", -1, 2),
    new Among("\u03bc", -1, 2),
    new Among("\u03b3\u03b5\u03bc", 19, 2),
    new Among("\u03b1\u03c7\u03bd", -1, 2),
    new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", -1, 1),
    new Among("\u03c0", -1, 2),
    new Among("\u03b1\u03c0", 23, 2),
    new Among("\u03b5\u03bc\u03c0", 23, 2),
    new Among("\u03b5\u03c5\u03c0", 23, 2),
    new Among("\u03b1\u03c1", -1, 2),
    new Among("\u03b1\u03bf\u03c1", -1, 2),
    new Among("\u03b3\u03c5\u03c1", -1, 2),
    new Among("\u03c7\u03c1", -1, 2),
    new Among("\u03c7\u03c9\u03c1", -1, 2),
    new Among("\u03ba\u03c4", -1, 2),
    new Among("\u03b1\u03ba\u03c4", 32, 2),
    new Among("\u03c7\u03c4", -1, 2),
    new Among("\u03b1\u03c7\u03c4", 34, 2),
    new Among("\u03c4\u03b1\u03c7", -1, 2),
    new Among("\u03c3\u03c7", -1, 2),
    new Among("\u03b1\u03c3\u03c7", 37, 2),
    new Among("\u03c5\u03c8", -1, 2)
  ];
  var a_11 = [
    new Among("\u03b9\u03c3\u03c4\u03b1", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03b7", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03bf\u03b9", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03c9\u03bd", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03bf", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03b5\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03b7\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03bf\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03bf\u03c5\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03c4\u03bf\u03c5", -1, 1)
  ];
  var a_12 = [
    new Among("\u03b5\u03b3\u03ba\u03bb\u03b5", -1, 1),
    new Among("\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5", -1, 1),
    new Among("\u03b4\u03b1\u03bd\u03b5", -1, 2),
    new Among("\u03b1\u03bd\u03c4\u03b9\u03b4\u03b1\u03bd\u03b5", 2, 2),
    new Among("\u03c3\u03b5", -1, 1),
    new Among("\u03bc\u03b5\u03c4\u03b1\u03c3\u03b5", 4, 1),
    new Among("\u03bc\u03b9\u03ba\u03c1\u03bf\u03c3\u03b5", 4, 1)
  ];
  var a_13 = [
    new Among("\u03b1\u03c4\u03bf\u03bc\u03b9\u03ba", -1, 2),
    new Among("\u03b5\u03b8\u03bd\u03b9\u03ba", -1, 4),
    new Among("\u03c4\u03bf\u03c0\u03b9\u03ba", -1, 7),
    new Among("\u03b5\u03ba\u03bb\u03b5\u03ba\u03c4\u03b9\u03ba", -1, 5),
    new Among("\u03c3\u03ba\u03b5\u03c0\u03c4\u03b9\u03ba", -1, 6),
    new Among("\u03b3\u03bd\u03c9\u03c3\u03c4\u03b9\u03ba", -1, 3),
    new Among("\u03b1\u03b3\u03bd\u03c9\u03c3\u03c4\u03b9\u03ba", 5, 1),
    new Among("\u03b1\u03bb\u03b5\u03be\u03b1\u03bd\u03b4\u03c1\u03b9\u03bd", -1, 8),
    new Among("\u03b8\u03b5\u03b1\u03c4\u03c1\u03b9\u03bd", -1, 10),
    new Among("\u03b2\u03c5\u03b6\u03b1\u03bd\u03c4\u03b9\u03bd", -1, 9)
  ];
  var a_14 = [
    new Among("\u03b9\u03c3\u03bc\u03bf\u03b9", -1, 1),
    new Among("\u03b9\u03c3\u03bc\u03c9\u03bd", -1, 1),
    new Among("\u03b9\u03c3\u03bc\u03bf", -1, 1),
    new Among("\u03b9\u03c3\u03bc\u03bf\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03bc\u03bf\u03c5\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03bc\u03bf\u03c5", -1, 1)
  ];
  var a_15 = [
    new Among("\u03c3", -1, 1),
    new Among("\u03c7", -1, 1)
  ];
  var a_16 = [
    new Among("\u03bf\u03c5\u03b4\u03b1\u03ba\u03b9\u03b1", -1, 1),
    new Among("\u03b1\u03c1\u03b1\u03ba\u03b9\u03b1", -1, 1),
    new Among("\u03bf\u03c5\u03b4\u03b1\u03ba\u03b9", -1, 1),
    new Among("\u03b1\u03c1\u03b1\u03ba\u03b9", -1, 1)
  ];
  var a_17 = [
    new Among("\u03b2", -1, 2),
    new Among("\u03b2\u03b1\u03bc\u03b2", 0, 1),
    new Among("\u03c3\u03bb\u03bf\u03b2", 0, 1),
    new Among("\u03c4\u03c3\u03b5\u03c7\u03bf\u03c3\u03bb\u03bf\u03b2", 2, 1),
    new Among("\u03ba\u03b1\u03c1\u03b4", -1, 2),
    new Among("\u03b6", -1, 2),
    new Among("\u03c4\u03b6", 5, 1),
    new Among("\u03ba", -1, 1),
    new Among("\u03ba\u03b1\u03c0\u03b1\u03ba", 7, 1),
    new Among("\u03c3\u03bf\u03ba", 7, 1),
    new Among("\u03c3\u03ba", 7, 1),
    new Among("\u03b2\u03b1\u03bb", -1, 2),
    new Among("\u03bc\u03b1\u03bb", -1, 1),
    new Among("\u03b3\u03bb", -1, 2),
    new Among("\u03c4\u03c1\u03b9\u03c0\u03bf\u03bb", -1, 2),
    new Among("\u03c0\u03bb", -1, 1),
    new Among("\u03bb\u03bf\u03c5\u03bb", -1, 1),
    new Among("\u03c6\u03c5\u03bb", -1, 1),
    new Among("\u03ba\u03b1\u03b9\u03bc", -1, 1),
    new Among("\u03ba\u03bb\u03b9\u03bc", -1, 1),
    new Among("\u03c6\u03b1\u03c1\u03bc", -1, 1),
    new Among("\u03b3\u03b9\u03b1\u03bd", -1, 2),
    new Among("\u03c3\u03c0\u03b1\u03bd", -1, 1),
    new Among("\u03b7\u03b3\u03bf\u03c5\u03bc\u03b5\u03bd", -1, 2),
    new Among("\u03ba\u03bf\u03bd", -1, 1),
    new Among("\u03bc\u03b1\u03ba\u03c1\u03c5\u03bd", -1, 2),
    new Among("\u03c0", -1, 2),
    new Among("\u03ba\u03b1\u03c4\u03c1\u03b1\u03c0", 26, 1),
    new Among("\u03c1", -1, 1),
    new Among("\u03b2\u03c1", 28, 1),
    new Among("\u03bb\u03b1\u03b2\u03c1", 29, 1),
    new Among("\u03b1\u03bc\u03b2\u03c1", 29, 1),
    new Among("\u03bc\u03b5\u03c1", 28, 1),
    new Among("\u03c0\u03b1\u03c4\u03b5\u03c1", 28, 2),
    new Among("\u03b1\u03bd\u03b8\u03c1", 28, 1),
    new Among("\u03ba\u03bf\u03c1", 28, 1),
    new Among("\u03c3", -1, 1),
    new Among("\u03bd\u03b1\u03b3\u03ba\u03b1\u03c3", 36, 1),
    new Among("\u03c4\u03bf\u03c3", 36, 2),
    new Among("\u03bc\u03bf\u03c5\u03c3\u03c4", -1, 1),
    new Among("\u03c1\u03c5", -1, 1),
    new Among("\u03c6", -1, 1),
    new Among("\u03c3\u03c6", 41, 1),
    new Among("\u03b1\u03bb\u03b9\u03c3\u03c6", 42, 1),
    new Among("\u03bd\u03c5\u03c6", 41, 2),
    new Among("\u03c7", -1, 1)
  ];
  var a_18 = [
    new Among("\u03b1\u03ba\u03b9\u03b1", -1, 1),
    new Among("\u03b1\u03c1\u03b1\u03ba\u03b9\u03b1", 0, 1),
    new Among("\u03b9\u03c4\u03c3\u03b1", -1, 1),
    new Among("\u03b1\u03ba\u03b9", -1, 1),
    new Among("\u03b1\u03c1\u03b1\u03ba\u03b9", 3, 1),
    new Among("\u03b9\u03c4\u03c3\u03c9\u03bd", -1, 1),
    new Among("\u03b9\u03c4\u03c3\u03b1\u03c3", -1, 1),
    new Among("\u03b9\u03c4\u03c3\u03b5\u03c3", -1, 1)
  ];
  var a_19 = [
    new Among("\u03c8\u03b1\u03bb", -1, 1),
    new Among("\u03b1\u03b9\u03c6\u03bd", -1, 1),
    new Among("\u03bf\u03bb\u03bf", -1, 1),
    new Among("\u03b9\u03c1", -1, 1)
  ];
  var a_20 = [
    new Among("\u03b5", -1, 1),
    new Among("\u03c0\u03b1\u03b9\u03c7\u03bd", -1, 1)
  ];
  var a_21 = [
    new Among("\u03b9\u03b4\u03b9\u03b1", -1, 1),
    new Among("\u03b9\u03b4\u03b9\u03c9\u03bd", -1, 1),
    new Among("\u03b9\u03b4\u03b9\u03bf", -1, 1)
  ];
  var a_22 = [
    new Among("\u03b9\u03b2", -1, 1),
    new Among("\u03b4", -1, 1),
    new Among("\u03c6\u03c1\u03b1\u03b3\u03ba", -1, 1),
    new Among("\u03bb\u03c5\u03ba", -1, 1),
    new Among("\u03bf\u03b2\u03b5\u03bb", -1, 1),
    new Among("\u03bc\u03b7\u03bd", -1, 1),
    new Among("\u03c1", -1, 1)
  ];
  var a_23 = [
    new Among("\u03b9\u03c3\u03ba\u03b5", -1, 1),
    new Among("\u03b9\u03c3\u03ba\u03bf", -1, 1),
    new Among("\u03b9\u03c3\u03ba\u03bf\u03c3", -1, 1),
    new Among("\u03b9\u03c3\u03ba\u03bf\u03c5", -1, 1)
  ];
  var a_24 = [
    new Among("\u03b1\u03b4\u03c9\u03bd", -1, 1),
    new Among("\u03b1\u03b4\u03b5\u03c3", -1, 1)
  ];
  var a_25 = [
    new Among("\u03b3\u03b9\u03b1\u03b3\u03b9", -1, -1),
    new Among("\u03b8\u03b5\u03b9", -1, -1),
    new Among("\u03bf\u03ba", -1, -1),
    new Among("\u03bc\u03b1\u03bc", -1, -1),
    new Among("\u03bc\u03b1\u03bd", -1, -1),
    new Among("\u03bc\u03c0\u03b1\u03bc\u03c0", -1, -1),
    new Among("\u03c0\u03b5\u03b8\u03b5\u03c1", -1, -1),
    new Among("\u03c0\u03b1\u03c4\u03b5\u03c1", -1, -1),
    new Among("\u03ba\u03c5\u03c1", -1, -1),
    new Among("\u03bd\u03c4\u03b1\u03bd\u03c4", -1, -1)
  ];
  var a_26 = [
    new Among("\u03b5\u03b4\u03c9\u03bd", -1, 1),
    new Among("\u03b5\u03b4\u03b5\u03c3", -1, 1)
  ];
  var a_27 = [
    new Among("\u03bc\u03b9\u03bb", -1, 1),
    new Among("\u03b4\u03b1\u03c0", -1, 1),
    new Among("\u03b3\u03b7\u03c0", -1, 1),
    new Among("\u03b9\u03c0", -1, 1),
    new Among("\u03b5\u03bc\u03c0", -1, 1),
    new Among("\u03bf\u03c0", -1, 1),
    new Among("\u03ba\u03c1\u03b1\u03c3\u03c0", -1, 1),
    new Among("\u03c5\u03c0", -1, 1)
  ];
  var a_28 = [
    new Among("\u03bf\u03c5\u03b4\u03c9\u03bd", -1, 1),
    new Among("\u03bf\u03c5\u03b4\u03b5\u03c3", -1, 1)
  ];
  var a_29 = [
    new Among("\u03c4\u03c1\u03b1\u03b3", -1, 1),
    new Among("\u03c6\u03b5", -1, 1),
    new Among("\u03ba\u03b1\u03bb\u03b9\u03b1\u03ba", -1, 1),
    new Among("\u03b1\u03c1\u03ba", -1, 1),
    new Among("\u03c3\u03ba", -1, 1),
    new Among("\u03c0\u03b5\u03c4\u03b1\u03bb", -1, 1),
    new Among("\u03b2\u03b5\u03bb", -1, 1),
    new Among("\u03bb\u03bf\u03c5\u03bb", -1, 1),
    new Among("\u03c6\u03bb", -1, 1),
    new Among("\u03c7\u03bd", -1, 1),
    new Among("\u03c0\u03bb\u03b5\u03be", -1, 1),
    new Among("\u03c3\u03c0", -1, 1),
    new Among("\u03c6\u03c1", -1, 1),
    new Among("\u03c3", -1, 1),
    new Among("\u03bb\u03b9\u03c7", -1, 1)
  ];
  var a_30 = [
    new Among("\u03b5\u03c9\u03bd", -1, 1),
    new Among("\u03b5\u03c9\u03c3", -1, 1)
  ];
  var a_31 = [
    new Among("\u03b4", -1, 1),
    new Among("\u03b9\u03b4", 0, 1),
    new Among("\u03b8", -1, 1),
    new Among("\u03b3\u03b1\u03bb", -1, 1),
    new Among("\u03b5\u03bb", -1, 1),
    new Among("\u03bd", -1, 1),
    new Among("\u03c0", -1, 1),
    new Among("\u03c0\u03b1\u03c1", -1, 1)
  ];
  var a_32 = [
    new Among("\u03b9\u03b1", -1, 1),
    new Among("\u03b9\u03c9\u03bd", -1, 1),
    new Among("\u03b9\u03bf\u03c5", -1, 1)
  ];
  var a_33 = [
    new Among("\u03b9\u03ba\u03b1", -1, 1),
    new Among("\u03b9\u03ba\u03c9\u03bd", -1, 1),
    new Among("\u03b9\u03ba\u03bf", -1, 1),
    new Among("\u03b9\u03ba\u03bf\u03c5", -1, 1)
  ];
  var a_34 = [
    new Among("\u03b1\u03b4", -1, 1),
    new Among("\u03c3\u03c5\u03bd\u03b1\u03b4", 0, 1),
    new Among("\u03ba\u03b1\u03c4\u03b1\u03b4", 0, 1),
    new Among("\u03b1\u03bd\u03c4\u03b9\u03b4", -1, 1),
    new Among("\u03b5\u03bd\u03b4", -1, 1),
    new Among("\u03c6\u03c5\u03bb\u03bf\u03b4", -1, 1),
    new Among("\u03c5\u03c0\u03bf\u03b4", -1, 1),
    new Among("\u03c0\u03c1\u03c9\u03c4\u03bf\u03b4", -1, 1),
    new Among("\u03b5\u03be\u03c9\u03b4", -1, 1),
    new Among("\u03b7\u03b8", -1, 1),
    new Among("\u03b1\u03bd\u03b7\u03b8", 9, 1),
    new Among("\u03be\u03b9\u03ba", -1, 1),
    new Among("\u03b1\u03bb", -1, 1),
    new Among("\u03b1\u03bc\u03bc\u03bf\u03c7\u03b1\u03bb", 12, 1),
    new Among("\u03c3\u03c5\u03bd\u03bf\u03bc\u03b7\u03bb", -1, 1),
    new Among("\u03bc\u03c0\u03bf\u03bb", -1, 1),
    new Among("\u03bc\u03bf\u03c5\u03bb", -1, 1),
    new Among("\u03c4\u03c3\u03b1\u03bc", -1, 1),
    new Among("\u03b2\u03c1\u03c9\u03bc", -1, 1),
    new Among("\u03b1\u03bc\u03b1\u03bd", -1, 1),
    new Among("\u03bc\u03c0\u03b1\u03bd", -1, 1),
    new Among("\u03ba\u03b1\u03bb\u03bb\u03b9\u03bd", -1, 1),
    new Among("\u03c0\u03bf\u03c3\u03c4\u03b5\u03bb\u03bd", -1, 1),
    new Among("\u03c6\u03b9\u03bb\u03bf\u03bd", -1, 1),
    new Among("\u03ba\u03b1\u03bb\u03c0", -1, 1),
    new Among("\u03b3\u03b5\u03c1", -1, 1),
    new Among("\u03c7\u03b1\u03c3", -1, 1),
    new Among("\u03bc\u03c0\u03bf\u03c3", -1, 1),
    new Among("\u03c0\u03bb\u03b9\u03b1\u03c4\u03c3", -1, 1),
    new Among("\u03c0\u03b5\u03c4\u03c3", -1, 1),
    new Among("\u03c0\u03b9\u03c4\u03c3", -1, 1),
    new Among("\u03c6\u03c5\u03c3", -1, 1),
    new Among("\u03bc\u03c0\u03b1\u03b3\u03b9\u03b1\u03c4", -1, 1),
    new Among("\u03bd\u03b9\u03c4", -1, 1),
    new Among("\u03c0\u03b9\u03ba\u03b1\u03bd\u03c4", -1, 1),
    new Among("\u03c3\u03b5\u03c1\u03c4", -1, 1)
  ];
  var a_35 = [
    new Among("\u03b1\u03b3\u03b1\u03bc\u03b5", -1, 1),
    new Among("\u03b7\u03ba\u03b1\u03bc\u03b5", -1, 1),
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03bc\u03b5", 1, 1),
    new Among("\u03b7\u03c3\u03b1\u03bc\u03b5", -1, 1),
    new Among("\u03bf\u03c5\u03c3\u03b1\u03bc\u03b5", -1, 1)
  ];
  var a_36 = [
    new Among("\u03b2\u03bf\u03c5\u03b2", -1, 1),
    new Among("\u03be\u03b5\u03b8", -1, 1),
    new Among("\u03c0\u03b5\u03b8", -1, 1),
    new Among("\u03b1\u03c0\u03bf\u03b8", -1, 1),
    new Among("\u03b1\u03c0\u03bf\u03ba", -1, 1),
    new Among("\u03bf\u03c5\u03bb", -1, 1),
    new Among("\u03b1\u03bd\u03b1\u03c0", -1, 1),
    new Among("\u03c0\u03b9\u03ba\u03c1", -1, 1),
    new Among("\u03c0\u03bf\u03c4", -1, 1),
    new Among("\u03b1\u03c0\u03bf\u03c3\u03c4", -1, 1),
    new Among("\u03c7", -1, 1),
    new Among("\u03c3\u03b9\u03c7", 10, 1)
  ];
  var a_37 = [
    new Among("\u03c4\u03c1", -1, 1),
    new Among("\u03c4\u03c3", -1, 1)
  ];
  var a_38 = [
    new Among("\u03b1\u03b3\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b7\u03ba\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03bd\u03b5", 1, 1),
    new Among("\u03b7\u03c3\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03bf\u03c5\u03c3\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03bf\u03bd\u03c4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03bf\u03bd\u03c4\u03b1\u03bd\u03b5", 5, 1),
    new Among("\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd\u03b5", 7, 1),
    new Among("\u03bf\u03c4\u03b1\u03bd\u03b5", -1, 1),
    new Among("\u03b9\u03bf\u03c4\u03b1\u03bd\u03b5", 9, 1)
  ];
  var a_39 = [
    new Among("\u03c4\u03b1\u03b2", -1, 1),
    new Among("\u03bd\u03c4\u03b1\u03b2", 0, 1),
    new Among("\u03c8\u03b7\u03bb\u03bf\u03c4\u03b1\u03b2", 0, 1),
    new Among("\u03bb\u03b9\u03b2", -1, 1),
    new Among("\u03ba\u03bb\u03b9\u03b2", 3, 1),
    new Among("\u03be\u03b7\u03c1\u03bf\u03ba\u03bb\u03b9\u03b2", 4, 1),
    new Among("\u03b3", -1, 1),
    new Among("\u03b1\u03b3", 6, 1),
    new Among("\u03c4\u03c1\u03b1\u03b3", 7, 1),
    new Among("\u03c4\u03c3\u03b1\u03b3", 7, 1),
    new Among("\u03b1\u03b8\u03b9\u03b3\u03b3", 6, 1),
    new Among("\u03c4\u03c3\u03b9\u03b3\u03b3", 6, 1),
    new Among("\u03b1\u03c4\u03c3\u03b9\u03b3\u03b3", 11, 1),
    new Among("\u03c3\u03c4\u03b5\u03b3", 6, 1),
    new Among("\u03b1\u03c0\u03b7\u03b3", 6, 1),
    new Among("\u03c3\u03b9\u03b3", 6, 1),
    new Among("\u03b1\u03bd\u03bf\u03c1\u03b3", 6, 1),
    new Among("\u03b5\u03bd\u03bf\u03c1\u03b3", 6, 1),
    new Among("\u03ba\u03b1\u03bb\u03c0\u03bf\u03c5\u03b6", -1, 1),
    new Among("\u03b8", -1, 1),
    new Among("\u03bc\u03c9\u03b1\u03bc\u03b5\u03b8", 19, 1),
    new Among("\u03c0\u03b9\u03b8", 19, 1),
    new Among("\u03b1\u03c0\u03b9\u03b8", 21, 1),
    new Among("\u03b4\u03b5\u03ba", -1, 1),
    new Among("\u03c0\u03b5\u03bb\u03b5\u03ba", -1, 1),
    new Among("\u03b9\u03ba", -1, 1),
    new Among("\u03b1\u03bd\u03b9\u03ba", 25, 1),
    new Among("\u03b2\u03bf\u03c5\u03bb\u03ba", -1, 1),
    new Among("\u03b2\u03b1\u03c3\u03ba", -1, 1),
    new Among("\u03b2\u03c1\u03b1\u03c7\u03c5\u03ba", -1, 1),
    new Among("\u03b3\u03b1\u03bb", -1, 1),
    new Among("\u03ba\u03b1\u03c4\u03b1\u03b3\u03b1\u03bb", 30, 1),
    new Among("\u03bf\u03bb\u03bf\u03b3\u03b1\u03bb", 30, 1),
    new Among("\u03b2\u03b1\u03b8\u03c5\u03b3\u03b1\u03bb", 30, 1),
    new Among("\u03bc\u03b5\u03bb", -1, 1),
    new Among("\u03ba\u03b1\u03c3\u03c4\u03b5\u03bb", -1, 1),
    new Among("\u03c0\u03bf\u03c1\u03c4\u03bf\u03bb", -1, 1),
    new Among("\u03c0\u03bb", -1, 1),
    new Among("\u03b4\u03b9\u03c0\u03bb", 37, 1),
    new Among("\u03bb\u03b1\u03bf\u03c0\u03bb", 37, 1),
    new Among("\u03c8\u03c5\u03c7\u03bf\u03c0\u03bb", 37, 1),
    new Among("\u03bf\u03c5\u03bb", -1, 1),
    new Among("\u03bc", -1, 1),
    new Among("\u03bf\u03bb\u03b9\u03b3\u03bf\u03b4\u03b1\u03bc", 42, 1),
    new Among("\u03bc\u03bf\u03c5\u03c3\u03bf\u03c5\u03bb\u03bc", 42, 1),
    new Among("\u03b4\u03c1\u03b1\u03b4\u03bf\u03c5\u03bc", 42, 1),
    new Among("\u03b2\u03c1\u03b1\u03c7\u03bc", 42, 1),
    new Among("\u03bd", -1, 1),
    new Among("\u03b1\u03bc\u03b5\u03c1\u03b9\u03ba\u03b1\u03bd", 47, 1),
    new Among("\u03c0", -1, 1),
    new Among("\u03b1\u03b4\u03b1\u03c0", 49, 1),
    new Among("\u03c7\u03b1\u03bc\u03b7\u03bb\u03bf\u03b4\u03b1\u03c0", 49, 1),
    new Among("\u03c0\u03bf\u03bb\u03c5\u03b4\u03b1\u03c0", 49, 1),
    new Among("\u03ba\u03bf\u03c0", 49, 1),
    new Among("\u03c5\u03c0\u03bf\u03ba\u03bf\u03c0", 53, 1),
    new Among("\u03c4\u03c3\u03bf\u03c0", 49, 1),
    new Among("\u03c3\u03c0", 49, 1),
    new Among("\u03b5\u03c1", -1, 1),
    new Among("\u03b3\u03b5\u03c1", 57, 1),
    new Among("\u03b2\u03b5\u03c4\u03b5\u03c1", 57, 1),
    new Among("\u03bb\u03bf\u03c5\u03b8\u03b7\u03c1", -1, 1),
    new Among("\u03ba\u03bf\u03c1\u03bc\u03bf\u03c1", -1, 1),
    new Among("\u03c0\u03b5\u03c1\u03b9\u03c4\u03c1", -1, 1),
    new Among("\u03bf\u03c5\u03c1", -1, 1),
    new Among("\u03c3", -1, 1),
    new Among("\u03b2\u03b1\u03c3", 64, 1),
    new Among("\u03c0\u03bf\u03bb\u03b9\u03c3", 64, 1),
    new Among("\u03c3\u03b1\u03c1\u03b1\u03ba\u03b1\u03c4\u03c3", 64, 1),
    new Among("\u03b8\u03c5\u03c3", 64, 1),
    new Among("\u03b4\u03b9\u03b1\u03c4", -1, 1),
    new Among("\u03c0\u03bb\u03b1\u03c4", -1, 1),
    new Among("\u03c4\u03c3\u03b1\u03c1\u03bb\u03b1\u03c4", -1, 1),
    new Among("\u03c4\u03b5\u03c4", -1, 1),
    new Among("\u03c0\u03bf\u03c5\u03c1\u03b9\u03c4", -1, 1),
    new Among("\u03c3\u03bf\u03c5\u03bb\u03c4", -1, 1),
    new Among("\u03bc\u03b1\u03b9\u03bd\u03c4", -1, 1),
    new Among("\u03b6\u03c9\u03bd\u03c4", -1, 1),
    new Among("\u03ba\u03b1\u03c3\u03c4", -1, 1),
    new Among("\u03c6", -1, 1),
    new Among("\u03b4\u03b9\u03b1\u03c6", 78, 1),
    new Among("\u03c3\u03c4\u03b5\u03c6", 78, 1),
    new Among("\u03c6\u03c9\u03c4\u03bf\u03c3\u03c4\u03b5\u03c6", 80, 1),
    new Among("\u03c0\u03b5\u03c1\u03b7\u03c6", 78, 1),
    new Among("\u03c5\u03c0\u03b5\u03c1\u03b7\u03c6", 82, 1),
    new Among("\u03ba\u03bf\u03b9\u03bb\u03b1\u03c1\u03c6", 78, 1),
    new Among("\u03c0\u03b5\u03bd\u03c4\u03b1\u03c1\u03c6", 78, 1),
    new Among("\u03bf\u03c1\u03c6", 78, 1),
    new Among("\u03c7", -1, 1),
    new Among("\u03b1\u03bc\u03b7\u03c7", 87, 1),
    new Among("\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 87, 1),
    new Among("\u03bc\u03b5\u03b3\u03bb\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 89, 1),
    new Among("\u03ba\u03b1\u03c0\u03bd\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 89, 1),
    new Among("\u03bc\u03b9\u03ba\u03c1\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 89, 1),
    new Among("\u03c0\u03bf\u03bb\u03c5\u03bc\u03b7\u03c7", 87, 1),
    new Among("\u03bb\u03b9\u03c7", 87, 1)
  ];
  var a_40 = [
    new Among("\u03b5\u03bd\u03b4", -1, 1),
    new Among("\u03c3\u03c5\u03bd\u03b4", -1, 1),
    new Among("\u03bf\u03b4", -1, 1),
    new Among("\u03b4\u03b9\u03b1\u03b8", -1, 1),
    new Among("\u03ba\u03b1\u03b8", -1, 1),
    new Among("\u03c1\u03b1\u03b8", -1, 1),
    new Among("\u03c4\u03b1\u03b8", -1, 1),
    new Among("\u03c4\u03b9\u03b8", -1, 1),
    new Among("\u03b5\u03ba\u03b8", -1, 1),
    new Among("\u03b5\u03bd\u03b8", -1, 1),
    new Among("\u03c3\u03c5\u03bd\u03b8", -1, 1),
    new Among("\u03c1\u03bf\u03b8", -1, 1),
    new Among("\u03c5\u03c0\u03b5\u03c1\u03b8", -1, 1),
    new Among("\u03c3\u03b8", -1, 1),
    new Among("\u03b5\u03c5\u03b8", -1, 1),
    new Among("\u03b1\u03c1\u03ba", -1, 1),
    new Among("\u03c9\u03c6\u03b5\u03bb", -1, 1),
    new Among("\u03b2\u03bf\u03bb", -1, 1),
    new Among("\u03b1\u03b9\u03bd", -1, 1),
    new Among("\u03c0\u03bf\u03bd", -1, 1),
    new Among("\u03c1\u03bf\u03bd", -1, 1),
    new Among("\u03c3\u03c5\u03bd", -1, 1),
    new Among("\u03b2\u03b1\u03c1", -1, 1),
    new Among("\u03b2\u03c1", -1, 1),
    new Among("\u03b1\u03b9\u03c1", -1, 1),
    new Among("\u03c6\u03bf\u03c1", -1, 1),
    new Among("\u03b5\u03c5\u03c1", -1, 1),
    new Among("\u03c0\u03c5\u03c1", -1, 1),
    new Among("\u03c7\u03c9\u03c1", -1, 1),
    new Among("\u03bd\u03b5\u03c4", -1, 1),
    new Among("\u03c3\u03c7", -1, 1)
  ];
  var a_41 = [
    new Among("\u03c0\u03b1\u03b3", -1, 1),
    new Among("\u03b4", -1, 1),
    new Among("\u03b1\u03b4", 1, 1),
    new Among("\u03b8", -1, 1),
    new Among("\u03b1\u03b8", 3, 1),
    new Among("\u03c4\u03bf\u03ba", -1, 1),
    new Among("\u03c3\u03ba", -1, 1),
    new Among("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb", -1, 1),
    new Among("\u03c3\u03ba\u03b5\u03bb", -1, 1),
    new Among("\u03b1\u03c0\u03bb", -1, 1),
    new Among("\u03b5\u03bc", -1, 1),
    new Among("\u03b1\u03bd", -1, 1),
    new Among("\u03b2\u03b5\u03bd", -1, 1),
    new Among("\u03b2\u03b1\u03c1\u03bf\u03bd", -1, 1),
    new Among("\u03ba\u03bf\u03c0", -1, 1),
    new Among("\u03c3\u03b5\u03c1\u03c0", -1, 1),
    new Among("\u03b1\u03b2\u03b1\u03c1", -1, 1),
    new Among("\u03b5\u03bd\u03b1\u03c1", -1, 1),
    new Among("\u03b1\u03b2\u03c1", -1, 1),
    new Among("\u03bc\u03c0\u03bf\u03c1", -1, 1),
    new Among("\u03b8\u03b1\u03c1\u03c1", -1, 1),
    new Among("\u03bd\u03c4\u03c1", -1, 1),
    new Among("\u03c5", -1, 1),
    new Among("\u03bd\u03b9\u03c6", -1, 1),
    new Among("\u03c3\u03c5\u03c1\u03c6", -1, 1)
  ];
  var a_42 = [
    new Among("\u03bf\u03bd\u03c4\u03b1\u03c3", -1, 1),
    new Among("\u03c9\u03bd\u03c4\u03b1\u03c3", -1, 1)
  ];
  var a_43 = [
    new Among("\u03bf\u03bc\u03b1\u03c3\u03c4\u03b5", -1, 1),
    new Among("\u03b9\u03bf\u03bc\u03b1\u03c3\u03c4\u03b5", 0, 1)
  ];
  var a_44 = [
    new Among("\u03c0", -1, 1),
    new Among("\u03b1\u03c0", 0, 1),
    new Among("\u03b1\u03ba\u03b1\u03c4\u03b1\u03c0", 1, 1),
    new Among("\u03c3\u03c5\u03bc\u03c0", 0, 1),
    new Among("\u03b1\u03c3\u03c5\u03bc\u03c0", 3, 1),
    new Among("\u03b1\u03bc\u03b5\u03c4\u03b1\u03bc\u03c6", -1, 1)
  ];
  var a_45 = [
    new Among("\u03b6", -1, 1),
    new Among("\u03b1\u03bb", -1, 1),
    new Among("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb", 1, 1),
    new Among("\u03b5\u03ba\u03c4\u03b5\u03bb", -1, 1),
    new Among("\u03bc", -1, 1),
    new Among("\u03be", -1, 1),
    new Among("\u03c0\u03c1\u03bf", -1, 1),
    new Among("\u03b1\u03c1", -1, 1),
    new Among("\u03bd\u03b9\u03c3", -1, 1)
  ];
  var a_46 = [
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b1", -1, 1),
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b5", -1, 1),
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b5\u03c3", -1, 1)
  ];
  var a_47 = [
    new Among("\u03c0\u03b9\u03b8", -1, 1),
    new Among("\u03bf\u03b8", -1, 1),
    new Among("\u03bd\u03b1\u03c1\u03b8", -1, 1),
    new Among("\u03c3\u03ba\u03bf\u03c5\u03bb", -1, 1),
    new Among("\u03c3\u03ba\u03c9\u03bb", -1, 1),
    new Among("\u03c3\u03c6", -1, 1)
  ];
  var a_48 = [
    new Among("\u03b8", -1, 1),
    new Among("\u03b4\u03b9\u03b1\u03b8", 0, 1),
    new Among("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03c4\u03b1\u03b8", 0, 1),
    new Among("\u03c3\u03c5\u03bd\u03b8", 0, 1),
    new Among("\u03c0\u03c1\u03bf\u03c3\u03b8", 0, 1)
  ];
  var a_49 = [
    new Among("\u03b7\u03ba\u03b1", -1, 1),
    new Among("\u03b7\u03ba\u03b5", -1, 1),
    new Among("\u03b7\u03ba\u03b5\u03c3", -1, 1)
  ];
  var a_50 = [
    new Among("\u03c6\u03b1\u03b3", -1, 1),
    new Among("\u03bb\u03b7\u03b3", -1, 1),
    new Among("\u03c6\u03c1\u03c5\u03b4", -1, 1),
    new Among("\u03bc\u03b1\u03bd\u03c4\u03b9\u03bb", -1, 1),
    new Among("\u03bc\u03b1\u03bb\u03bb", -1, 1),
    new Among("\u03bf\u03bc", -1, 1),
    new Among("\u03b2\u03bb\u03b5\u03c0", -1, 1),
    new Among("\u03c0\u03bf\u03b4\u03b1\u03c1", -1, 1),
    new Among("\u03ba\u03c5\u03bc\u03b1\u03c4", -1, 1),
    new Among("\u03c0\u03c1\u03c9\u03c4", -1, 1),
    new Among("\u03bb\u03b1\u03c7", -1, 1),
    new Among("\u03c0\u03b1\u03bd\u03c4\u03b1\u03c7", -1, 1)
  ];
  var a_51 = [
    new Among("\u03c4\u03c3\u03b1", -1, 1),
    new Among("\u03c7\u03b1\u03b4", -1, 1),
    new Among("\u03bc\u03b5\u03b4", -1, 1),
    new Among("\u03bb\u03b1\u03bc\u03c0\u03b9\u03b4", -1, 1),
    new Among("\u03b4\u03b5", -1, 1),
    new Among("\u03c0\u03bb\u03b5", -1, 1),
    new Among("\u03bc\u03b5\u03c3\u03b1\u03b6", -1, 1),
    new Among("\u03b4\u03b5\u03c3\u03c0\u03bf\u03b6", -1, 1),
    new Among("\u03b1\u03b9\u03b8", -1, 1),
    new Among("\u03c6\u03b1\u03c1\u03bc\u03b1\u03ba", -1, 1),
    new Among("\u03b1\u03b3\u03ba", -1, 1),
    new Among("\u03b1\u03bd\u03b7\u03ba", -1, 1),
    new Among("\u03bb", -1, 1),
    new Among("\u03bc", -1, 1),
    new Among("\u03b1\u03bc", 13, 1),
    new Among("\u03b2\u03c1\u03bf\u03bc", 13, 1),
    new Among("\u03c5\u03c0\u03bf\u03c4\u03b5\u03b9\u03bd", -1, 1),
    new Among("\u03b5\u03ba\u03bb\u03b9\u03c0", -1, 1),
    new Among("\u03c1", -1, 1),
    new Among("\u03b5\u03bd\u03b4\u03b9\u03b1\u03c6\u03b5\u03c1", 18, 1),
    new Among("\u03b1\u03bd\u03b1\u03c1\u03c1", 18, 1),
    new Among("\u03c0\u03b1\u03c4", -1, 1),
    new Among("\u03ba\u03b1\u03b8\u03b1\u03c1\u03b5\u03c5", -1, 1),
    new Among("\u03b4\u03b5\u03c5\u03c4\u03b5\u03c1\u03b5\u03c5", -1, 1),
    new Among("\u03bb\u03b5\u03c7", -1, 1)
  ];
  var a_52 = [
    new Among("\u03bf\u03c5\u03c3\u03b1", -1, 1),
    new Among("\u03bf\u03c5\u03c3\u03b5", -1, 1),
    new Among("\u03bf\u03c5\u03c3\u03b5\u03c3", -1, 1)
  ];
  var a_53 = [
    new Among("\u03c0\u03b5\u03bb", -1, 1),
    new Among("\u03bb\u03bb", -1, 1),
    new Among("\u03c3\u03bc\u03b7\u03bd", -1, 1),
    new Among("\u03c1\u03c0", -1, 1),
    new Among("\u03c0\u03c1", -1, 1),
    new Among("\u03c6\u03c1", -1, 1),
    new Among("\u03c7\u03bf\u03c1\u03c4", -1, 1),
    new Among("\u03bf\u03c6", -1, 1),
    new Among("\u03c8\u03bf\u03c6", 7, -1),
    new Among("\u03c3\u03c6", -1, 1),
    new Among("\u03bb\u03bf\u03c7", -1, 1),
    new Among("\u03bd\u03b1\u03c5\u03bb\u03bf\u03c7", 10, -1)
  ];
  var a_54 = [
    new Among("\u03b1\u03bc\u03b1\u03bb\u03bb\u03b9", -1, 1),
    new Among("\u03bb", -1, 1),
    new Among("\u03b1\u03bc\u03b1\u03bb", 1, 1),
    new Among("\u03bc", -1, 1),
    new Among("\u03bf\u03c5\u03bb\u03b1\u03bc", 3, 1),
    new Among("\u03b5\u03bd", -1, 1),
    new Among("\u03b4\u03b5\u03c1\u03b2\u03b5\u03bd", 5, 1),
    new Among("\u03c0", -1, 1),
    new Among("\u03b1\u03b5\u03b9\u03c0", 7, 1),
    new Among("\u03b1\u03c1\u03c4\u03b9\u03c0", 7, 1),
    new Among("\u03c3\u03c5\u03bc\u03c0", 7, 1),
    new Among("\u03bd\u03b5\u03bf\u03c0", 7, 1),
    new Among("\u03ba\u03c1\u03bf\u03ba\u03b1\u03bb\u03bf\u03c0", 7, 1),
    new Among("\u03bf\u03bb\u03bf\u03c0", 7, 1),
    new Among("\u03c0\u03c1\u03bf\u03c3\u03c9\u03c0\u03bf\u03c0", 7, 1),
    new Among("\u03c3\u03b9\u03b4\u03b7\u03c1\u03bf\u03c0", 7, 1),
    new Among("\u03b4\u03c1\u03bf\u03c3\u03bf\u03c0", 7, 1),
    new Among("\u03b1\u03c3\u03c0", 7, 1),
    new Among("\u03b1\u03bd\u03c5\u03c0", 7, 1),
    new Among("\u03c1", -1, 1),
    new Among("\u03b1\u03c3\u03c0\u03b1\u03c1", 19, 1),
    new Among("\u03c7\u03b1\u03c1", 19, 1),
    new Among("\u03b1\u03c7\u03b1\u03c1", 21, 1),
    new Among("\u03b1\u03c0\u03b5\u03c1", 19, 1),
    new Among("\u03c4\u03c1", 19, 1),
    new Among("\u03bf\u03c5\u03c1", 19, 1),
    new Among("\u03c4", -1, 1),
    new Among("\u03b4\u03b9\u03b1\u03c4", 26, 1),
    new Among("\u03b5\u03c0\u03b9\u03c4", 26, 1),
    new Among("\u03c3\u03c5\u03bd\u03c4", 26, 1),
    new Among("\u03bf\u03bc\u03bf\u03c4", 26, 1),
    new Among("\u03bd\u03bf\u03bc\u03bf\u03c4", 30, 1),
    new Among("\u03b1\u03c0\u03bf\u03c4", 26, 1),
    new Among("\u03c5\u03c0\u03bf\u03c4", 26, 1),
    new Among("\u03b1\u03b2\u03b1\u03c3\u03c4", 26, 1),
    new Among("\u03b1\u03b9\u03bc\u03bf\u03c3\u03c4", 26, 1),
    new Among("\u03c0\u03c1\u03bf\u03c3\u03c4", 26, 1),
    new Among("\u03b1\u03bd\u03c5\u03c3\u03c4", 26, 1),
    new Among("\u03bd\u03b1\u03c5", -1, 1),
    new Among("\u03b1\u03c6", -1, 1),
    new Among("\u03be\u03b5\u03c6", -1, 1),
    new Among("\u03b1\u03b4\u03b7\u03c6", -1, 1),
    new Among("\u03c0\u03b1\u03bc\u03c6", -1, 1),
    new Among("\u03c0\u03bf\u03bb\u03c5\u03c6", -1, 1)
  ];
  var a_55 = [
    new Among("\u03b1\u03b3\u03b1", -1, 1),
    new Among("\u03b1\u03b3\u03b5", -1, 1),
    new Among("\u03b1\u03b3\u03b5\u03c3", -1, 1)
  ];
  var a_56 = [
    new Among("\u03b7\u03c3\u03b1", -1, 1),
    new Among("\u03b7\u03c3\u03b5", -1, 1),
    new Among("\u03b7\u03c3\u03bf\u03c5", -1, 1)
  ];
  var a_57 = [
    new Among("\u03bd", -1, 1),
    new Among("\u03b4\u03c9\u03b4\u03b5\u03ba\u03b1\u03bd", 0, 1),
    new Among("\u03b5\u03c0\u03c4\u03b1\u03bd", 0, 1),
    new Among("\u03bc\u03b5\u03b3\u03b1\u03bb\u03bf\u03bd", 0, 1),
    new Among("\u03b5\u03c1\u03b7\u03bc\u03bf\u03bd", 0, 1),
    new Among("\u03c7\u03b5\u03c1\u03c3\u03bf\u03bd", 0, 1)
  ];
  var a_58 = [
    new Among("\u03c3\u03b2", -1, 1),
    new Among("\u03b1\u03c3\u03b2", 0, 1),
    new Among("\u03b1\u03c0\u03bb", -1, 1),
    new Among("\u03b1\u03b5\u03b9\u03bc\u03bd", -1, 1),
    new Among("\u03c7\u03c1", -1, 1),
    new Among("\u03b1\u03c7\u03c1", 4, 1),
    new Among("\u03ba\u03bf\u03b9\u03bd\u03bf\u03c7\u03c1", 4, 1),
    new Among("\u03b4\u03c5\u03c3\u03c7\u03c1", 4, 1),
    new Among("\u03b5\u03c5\u03c7\u03c1", 4, 1),
    new Among("\u03c0\u03b1\u03bb\u03b9\u03bc\u03c8", -1, 1)
  ];
  var a_59 = [
    new Among("\u03bf\u03c5\u03bd\u03b5", -1, 1),
    new Among("\u03b7\u03b8\u03bf\u03c5\u03bd\u03b5", 0, 1),
    new Among("\u03b7\u03c3\u03bf\u03c5\u03bd\u03b5", 0, 1)
  ];
  var a_60 = [
    new Among("\u03c3\u03c0\u03b9", -1, 1),
    new Among("\u03bd", -1, 1),
    new Among("\u03b5\u03be\u03c9\u03bd", 1, 1),
    new Among("\u03c1", -1, 1),
    new Among("\u03c3\u03c4\u03c1\u03b1\u03b2\u03bf\u03bc\u03bf\u03c5\u03c4\u03c3", -1, 1),
    new Among("\u03ba\u03b1\u03ba\u03bf\u03bc\u03bf\u03c5\u03c4\u03c3", -1, 1)
  ];
  var a_61 = [
    new Among("\u03bf\u03c5\u03bc\u03b5", -1, 1),
    new Among("\u03b7\u03b8\u03bf\u03c5\u03bc\u03b5", 0, 1),
    new Among("\u03b7\u03c3\u03bf\u03c5\u03bc\u03b5", 0, 1)
  ];
  var a_62 = [
    new Among("\u03b1\u03b6", -1, 1),
    new Among("\u03c9\u03c1\u03b9\u03bf\u03c0\u03bb", -1, 1),
    new Among("\u03b1\u03c3\u03bf\u03c5\u03c3", -1, 1),
    new Among("\u03c0\u03b1\u03c1\u03b1\u03c3\u03bf\u03c5\u03c3", 2, 1),
    new Among("\u03b1\u03bb\u03bb\u03bf\u03c3\u03bf\u03c5\u03c3", -1, 1),
    new Among("\u03c6", -1, 1),
    new Among("\u03c7", -1, 1)
  ];
  var a_63 = [
    new Among("\u03bc\u03b1\u03c4\u03b1", -1, 1),
    new Among("\u03bc\u03b1\u03c4\u03c9\u03bd", -1, 1),
    new Among("\u03bc\u03b1\u03c4\u03bf\u03c3", -1, 1)
  ];
  var a_64 = [
    new Among("\u03b1", -1, 1),
    new Among("\u03b9\u03bf\u03c5\u03bc\u03b1", 0, 1),
    new Among("\u03bf\u03bc\u03bf\u03c5\u03bd\u03b1", 0, 1),
    new Among("\u03b9\u03bf\u03bc\u03bf\u03c5\u03bd\u03b1", 2, 1),
    new Among("\u03bf\u03c3\u03bf\u03c5\u03bd\u03b1", 0, 1),
    new Among("\u03b9\u03bf\u03c3\u03bf\u03c5\u03bd\u03b1", 4, 1),
    new Among("\u03b5", -1, 1),
    new Among("\u03b1\u03b3\u03b1\u03c4\u03b5", 6, 1),
    new Among("\u03b7\u03ba\u03b1\u03c4\u03b5", 6, 1),
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03c4\u03b5", 8, 1),
    new Among("\u03b7\u03c3\u03b1\u03c4\u03b5", 6, 1),
    new Among("\u03bf\u03c5\u03c3\u03b1\u03c4\u03b5", 6, 1),
    new Among("\u03b5\u03b9\u03c4\u03b5", 6, 1),
    new Among("\u03b7\u03b8\u03b5\u03b9\u03c4\u03b5", 12, 1),
    new Among("\u03b9\u03b5\u03bc\u03b1\u03c3\u03c4\u03b5", 6, 1),
    new Among("\u03bf\u03c5\u03bc\u03b1\u03c3\u03c4\u03b5", 6, 1),
    new Among("\u03b9\u03bf\u03c5\u03bc\u03b1\u03c3\u03c4\u03b5", 15, 1),
    new Among("\u03b9\u03b5\u03c3\u03b1\u03c3\u03c4\u03b5", 6, 1),
    new Among("\u03bf\u03c3\u03b1\u03c3\u03c4\u03b5", 6, 1),
    new Among("\u03b9\u03bf\u03c3\u03b1\u03c3\u03c4\u03b5", 18, 1),
    new Among("\u03b7", -1, 1),
    new Among("\u03b9", -1, 1),
    new Among("\u03b1\u03bc\u03b1\u03b9", 21, 1),
    new Among("\u03b9\u03b5\u03bc\u03b1\u03b9", 21, 1),
    new Among("\u03bf\u03bc\u03b1\u03b9", 21, 1),
    new Among("\u03bf\u03c5\u03bc\u03b1\u03b9", 21, 1),
    new Among("\u03b1\u03c3\u03b1\u03b9", 21, 1),
    new Among("\u03b5\u03c3\u03b1\u03b9", 21, 1),
    new Among("\u03b9\u03b5\u03c3\u03b1\u03b9", 27, 1),
    new Among("\u03b1\u03c4\u03b1\u03b9", 21, 1),
    new Among("\u03b5\u03c4\u03b1\u03b9", 21, 1),
    new Among("\u03b9\u03b5\u03c4\u03b1\u03b9", 30, 1),
    new Among("\u03bf\u03bd\u03c4\u03b1\u03b9", 21, 1),
    new Among("\u03bf\u03c5\u03bd\u03c4\u03b1\u03b9", 21, 1),
    new Among("\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03b9", 33, 1),
    new Among("\u03b5\u03b9", 21, 1),
    new Among("\u03b1\u03b5\u03b9", 35, 1),
    new Among("\u03b7\u03b8\u03b5\u03b9", 35, 1),
    new Among("\u03b7\u03c3\u03b5\u03b9", 35, 1),
    new Among("\u03bf\u03b9", 21, 1),
    new Among("\u03b1\u03bd", -1, 1),
    new Among("\u03b1\u03b3\u03b1\u03bd", 40, 1),
    new Among("\u03b7\u03ba\u03b1\u03bd", 40, 1),
    new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03bd", 42, 1),
    new Among("\u03b7\u03c3\u03b1\u03bd", 40, 1),
    new Among("\u03bf\u03c5\u03c3\u03b1\u03bd", 40, 1),
    new Among("\u03bf\u03bd\u03c4\u03bf\u03c5\u03c3\u03b1\u03bd", 45, 1),
    new Among("\u03b9\u03bf\u03bd\u03c4\u03bf\u03c5\u03c3\u03b1\u03bd", 46, 1),
    new Among("\u03bf\u03bd\u03c4\u03b1\u03bd", 40, 1),
    new Among("\u03b9\u03bf\u03bd\u03c4\u03b1\u03bd", 48, 1),
    new Among("\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd", 40, 1),
    new Among("\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd", 50, 1),
    new Among("\u03bf\u03c4\u03b1\u03bd", 40, 1),
    new Among("\u03b9\u03bf\u03c4\u03b1\u03bd", 52, 1),
    new Among("\u03bf\u03bc\u03b1\u03c3\u03c4\u03b1\u03bd", 40, 1),
    new Among("\u03b9\u03bf\u03bc\u03b1\u03c3\u03c4\u03b1\u03bd", 54, 1),
    new Among("\u03bf\u03c3\u03b1\u03c3\u03c4\u03b1\u03bd", 40, 1),
    new Among("\u03b9\u03bf\u03c3\u03b1\u03c3\u03c4\u03b1\u03bd", 56, 1),
    new Among("\u03bf\u03c5\u03bd", -1, 1),
    new Among("\u03b7\u03b8\u03bf\u03c5\u03bd", 58, 1),
    new Among("\u03bf\u03bc\u03bf\u03c5\u03bd", 58, 1),
    new Among("\u03b9\u03bf\u03bc\u03bf\u03c5\u03bd", 60, 1),
    new Among("\u03b7\u03c3\u03bf\u03c5\u03bd", 58, 1),
    new Among("\u03bf\u03c3\u03bf\u03c5\u03bd", 58, 1),
    new Among("\u03b9\u03bf\u03c3\u03bf\u03c5\u03bd", 63, 1),
    new Among("\u03c9\u03bd", -1, 1),
    new Among("\u03b7\u03b4\u03c9\u03bd", 65, 1),
    new Among("\u03bf", -1, 1),
    new Among("\u03b1\u03c3", -1, 1),
    new Among("\u03b5\u03c3", -1, 1),
    new Among("\u03b7\u03b4\u03b5\u03c3", 69, 1),
    new Among("\u03b7\u03c3\u03b5\u03c3", 69, 1),
    new Among("\u03b7\u03c3", -1, 1),
    new Among("\u03b5\u03b9\u03c3", -1, 1),
    new Among("\u03b7\u03b8\u03b5\u03b9\u03c3", 73, 1),
    new Among("\u03bf\u03c3", -1, 1),
    new Among("\u03c5\u03c3", -1, 1),
    new Among("\u03bf\u03c5\u03c3", 76, 1),
    new Among("\u03c5", -1, 1),
    new Among("\u03bf\u03c5", 78, 1),
    new Among("\u03c9", -1, 1),
    new Among("\u03b1\u03c9", 80, 1),
    new Among("\u03b7\u03b8\u03c9", 80, 1),
    new Among("\u03b7\u03c3\u03c9", 80, 1)
  ];
  var a_65 = [
    new Among("\u03bf\u03c4\u03b5\u03c1", -1, 1),
    new Among("\u03b5\u03c3\u03c4\u03b5\u03c1", -1, 1),
    new Among("\u03c5\u03c4\u03b5\u03c1", -1, 1),
    new Among("\u03c9\u03c4\u03b5\u03c1", -1, 1),
    new Among("\u03bf\u03c4\u03b1\u03c4", -1, 1),
    new Among("\u03b5\u03c3\u03c4\u03b1\u03c4", -1, 1),
    new Among("\u03c5\u03c4\u03b1\u03c4", -1, 1),
    new Among("\u03c9\u03c4\u03b1\u03c4", -1, 1)
  ];

  var stemmer = new GreekStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["el"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
