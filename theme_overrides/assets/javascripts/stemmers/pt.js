// Snowball stemmer 'portuguese' for language 'pt': self.snowballStem['pt'](word).
// Translated by scripts/stemmers_js.py from portuguese_stemmer.py of snowballstemmer 3.1.1
// (Generated from portuguese.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e1\u00e2\u00e9\u00ea\u00ed\u00f3\u00f4\u00fa";

  function PortugueseStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
    this.I_pV = 0;
  }
  PortugueseStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = PortugueseStemmer.prototype;
  P.highestLiteral = 0x00FA;

  P.r_prelude = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("a~");
        } else if (among_var === 2) {
          this.slice_from("o~");
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
          this.slice_from("\u00e3");
        } else if (among_var === 2) {
          this.slice_from("\u00f5");
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
  P.r_RV = function () {
    return this.I_pV <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_standard_suffix = function () {
    var among_var, v_1, v_2, v_3, v_4;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_5);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("log");
    } else if (among_var === 3) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("u");
    } else if (among_var === 4) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("ente");
    } else if (among_var === 5) {
      if (this.I_p1 > this.cursor) {
        return false;
      }
      this.slice_del();
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_2);
        if (among_var === 0) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        this.slice_del();
        if (among_var === 1) {
          this.ket = this.cursor;
          if (!this.eq_s_b("at")) {
            this.cursor = this.limit - v_1;
            break lab0;
          }
          this.bra = this.cursor;
          if (!this.r_R2()) {
            this.cursor = this.limit - v_1;
            break lab0;
          }
          this.slice_del();
        }
      }
    } else if (among_var === 6) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_2 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_3) === 0) {
          this.cursor = this.limit - v_2;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_2;
          break lab0;
        }
        this.slice_del();
      }
    } else if (among_var === 7) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_3 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_4) === 0) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.slice_del();
      }
    } else if (among_var === 8) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_4 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("at")) {
          this.cursor = this.limit - v_4;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_4;
          break lab0;
        }
        this.slice_del();
      }
    } else {
      if (!this.r_RV()) {
        return false;
      }
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "e")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_from("ir");
    }
    return true;
  };
  P.r_verb_suffix = function () {
    var v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_6) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_residual_suffix = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_7) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_RV()) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_residual_form = function () {
    var among_var, v_1, v_3, v_2;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
      this.ket = this.cursor;
      while (true) {
        v_1 = this.limit - this.cursor;
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
            break lab0;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          v_2 = this.limit - this.cursor;
          if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "g")) {
            break lab0;
          }
          this.cursor -= 1;
          this.cursor = this.limit - v_2;
          break;
        }
        this.cursor = this.limit - v_1;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
          return false;
        }
        this.cursor -= 1;
        this.bra = this.cursor;
        v_3 = this.limit - this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "c")) {
          return false;
        }
        this.cursor -= 1;
        this.cursor = this.limit - v_3;
        break;
      }
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
    } else {
      this.slice_from("c");
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_8, v_9, v_3, v_4, v_6, v_5, v_7;
    v_1 = this.cursor;
    this.r_prelude();
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_3 = this.limit - this.cursor;
        lab1: {
          v_4 = this.limit - this.cursor;
          while (true) {
            v_5 = this.limit - this.cursor;
            lab2: {
              if (!this.r_standard_suffix()) {
                break lab2;
              }
              break;
            }
            this.cursor = this.limit - v_5;
            if (!this.r_verb_suffix()) {
              break lab1;
            }
            break;
          }
          this.cursor = this.limit - v_4;
          v_6 = this.limit - this.cursor;
          lab2: {
            this.ket = this.cursor;
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
              break lab2;
            }
            this.cursor -= 1;
            this.bra = this.cursor;
            v_7 = this.limit - this.cursor;
            if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "c")) {
              break lab2;
            }
            this.cursor -= 1;
            this.cursor = this.limit - v_7;
            if (!this.r_RV()) {
              break lab2;
            }
            this.slice_del();
          }
          this.cursor = this.limit - v_6;
          break;
        }
        this.cursor = this.limit - v_3;
        if (!this.r_residual_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = this.limit - v_2;
    v_8 = this.limit - this.cursor;
    this.r_residual_form();
    this.cursor = this.limit - v_8;
    this.cursor = this.limit_backward;
    v_9 = this.cursor;
    this.r_postlude();
    this.cursor = v_9;
    return true;
  };

  var a_0 = [
    new Among("", -1, 3),
    new Among("\u00e3", 0, 1),
    new Among("\u00f5", 0, 2)
  ];
  var a_1 = [
    new Among("", -1, 3),
    new Among("a~", 0, 1),
    new Among("o~", 0, 2)
  ];
  var a_2 = [
    new Among("ic", -1, -1),
    new Among("ad", -1, -1),
    new Among("os", -1, -1),
    new Among("iv", -1, 1)
  ];
  var a_3 = [
    new Among("ante", -1, 1),
    new Among("avel", -1, 1),
    new Among("\u00edvel", -1, 1)
  ];
  var a_4 = [
    new Among("ic", -1, 1),
    new Among("abil", -1, 1),
    new Among("iv", -1, 1)
  ];
  var a_5 = [
    new Among("ica", -1, 1),
    new Among("\u00e2ncia", -1, 1),
    new Among("\u00eancia", -1, 4),
    new Among("logia", -1, 2),
    new Among("ira", -1, 9),
    new Among("adora", -1, 1),
    new Among("osa", -1, 1),
    new Among("ista", -1, 1),
    new Among("iva", -1, 8),
    new Among("eza", -1, 1),
    new Among("idade", -1, 7),
    new Among("ante", -1, 1),
    new Among("mente", -1, 6),
    new Among("amente", 12, 5),
    new Among("\u00e1vel", -1, 1),
    new Among("\u00edvel", -1, 1),
    new Among("ico", -1, 1),
    new Among("ismo", -1, 1),
    new Among("oso", -1, 1),
    new Among("amento", -1, 1),
    new Among("imento", -1, 1),
    new Among("ivo", -1, 8),
    new Among("a\u00e7a~o", -1, 1),
    new Among("u\u00e7a~o", -1, 3),
    new Among("ador", -1, 1),
    new Among("icas", -1, 1),
    new Among("\u00eancias", -1, 4),
    new Among("logias", -1, 2),
    new Among("iras", -1, 9),
    new Among("adoras", -1, 1),
    new Among("osas", -1, 1),
    new Among("istas", -1, 1),
    new Among("ivas", -1, 8),
    new Among("ezas", -1, 1),
    new Among("idades", -1, 7),
    new Among("adores", -1, 1),
    new Among("antes", -1, 1),
    new Among("a\u00e7o~es", -1, 1),
    new Among("u\u00e7o~es", -1, 3),
    new Among("icos", -1, 1),
    new Among("ismos", -1, 1),
    new Among("osos", -1, 1),
    new Among("amentos", -1, 1),
    new Among("imentos", -1, 1),
    new Among("ivos", -1, 8)
  ];
  var a_6 = [
    new Among("ada", -1, 1),
    new Among("ida", -1, 1),
    new Among("ia", -1, 1),
    new Among("aria", 2, 1),
    new Among("eria", 2, 1),
    new Among("iria", 2, 1),
    new Among("ara", -1, 1),
    new Among("era", -1, 1),
    new Among("ira", -1, 1),
    new Among("ava", -1, 1),
    new Among("asse", -1, 1),
    new Among("esse", -1, 1),
    new Among("isse", -1, 1),
    new Among("aste", -1, 1),
    new Among("este", -1, 1),
    new Among("iste", -1, 1),
    new Among("ei", -1, 1),
    new Among("arei", 16, 1),
    new Among("erei", 16, 1),
    new Among("irei", 16, 1),
    new Among("am", -1, 1),
    new Among("iam", 20, 1),
    new Among("ariam", 21, 1),
    new Among("eriam", 21, 1),
    new Among("iriam", 21, 1),
    new Among("aram", 20, 1),
    new Among("eram", 20, 1),
    new Among("iram", 20, 1),
    new Among("avam", 20, 1),
    new Among("em", -1, 1),
    new Among("arem", 29, 1),
    new Among("erem", 29, 1),
    new Among("irem", 29, 1),
    new Among("assem", 29, 1),
    new Among("essem", 29, 1),
    new Among("issem", 29, 1),
    new Among("ado", -1, 1),
    new Among("ido", -1, 1),
    new Among("ando", -1, 1),
    new Among("endo", -1, 1),
    new Among("indo", -1, 1),
    new Among("ara~o", -1, 1),
    new Among("era~o", -1, 1),
    new Among("ira~o", -1, 1),
    new Among("ar", -1, 1),
    new Among("er", -1, 1),
    new Among("ir", -1, 1),
    new Among("as", -1, 1),
    new Among("adas", 47, 1),
    new Among("idas", 47, 1),
    new Among("ias", 47, 1),
    new Among("arias", 50, 1),
    new Among("erias", 50, 1),
    new Among("irias", 50, 1),
    new Among("aras", 47, 1),
    new Among("eras", 47, 1),
    new Among("iras", 47, 1),
    new Among("avas", 47, 1),
    new Among("es", -1, 1),
    new Among("ardes", 58, 1),
    new Among("erdes", 58, 1),
    new Among("irdes", 58, 1),
    new Among("ares", 58, 1),
    new Among("eres", 58, 1),
    new Among("ires", 58, 1),
    new Among("asses", 58, 1),
    new Among("esses", 58, 1),
    new Among("isses", 58, 1),
    new Among("astes", 58, 1),
    new Among("estes", 58, 1),
    new Among("istes", 58, 1),
    new Among("is", -1, 1),
    new Among("ais", 71, 1),
    new Among("eis", 71, 1),
    new Among("areis", 73, 1),
    new Among("ereis", 73, 1),
    new Among("ireis", 73, 1),
    new Among("\u00e1reis", 73, 1),
    new Among("\u00e9reis", 73, 1),
    new Among("\u00edreis", 73, 1),
    new Among("\u00e1sseis", 73, 1),
    new Among("\u00e9sseis", 73, 1),
    new Among("\u00edsseis", 73, 1),
    new Among("\u00e1veis", 73, 1),
    new Among("\u00edeis", 73, 1),
    new Among("ar\u00edeis", 84, 1),
    new Among("er\u00edeis", 84, 1),
    new Among("ir\u00edeis", 84, 1),
    new Among("ados", -1, 1),
    new Among("idos", -1, 1),
    new Among("amos", -1, 1),
    new Among("\u00e1ramos", 90, 1),
    new Among("\u00e9ramos", 90, 1),
    new Among("\u00edramos", 90, 1),
    new Among("\u00e1vamos", 90, 1),
    new Among("\u00edamos", 90, 1),
    new Among("ar\u00edamos", 95, 1),
    new Among("er\u00edamos", 95, 1),
    new Among("ir\u00edamos", 95, 1),
    new Among("emos", -1, 1),
    new Among("aremos", 99, 1),
    new Among("eremos", 99, 1),
    new Among("iremos", 99, 1),
    new Among("\u00e1ssemos", 99, 1),
    new Among("\u00eassemos", 99, 1),
    new Among("\u00edssemos", 99, 1),
    new Among("imos", -1, 1),
    new Among("armos", -1, 1),
    new Among("ermos", -1, 1),
    new Among("irmos", -1, 1),
    new Among("\u00e1mos", -1, 1),
    new Among("ar\u00e1s", -1, 1),
    new Among("er\u00e1s", -1, 1),
    new Among("ir\u00e1s", -1, 1),
    new Among("eu", -1, 1),
    new Among("iu", -1, 1),
    new Among("ou", -1, 1),
    new Among("ar\u00e1", -1, 1),
    new Among("er\u00e1", -1, 1),
    new Among("ir\u00e1", -1, 1)
  ];
  var a_7 = [
    new Among("a", -1, 1),
    new Among("i", -1, 1),
    new Among("o", -1, 1),
    new Among("os", -1, 1),
    new Among("\u00e1", -1, 1),
    new Among("\u00ed", -1, 1),
    new Among("\u00f3", -1, 1)
  ];
  var a_8 = [
    new Among("e", -1, 1),
    new Among("\u00e7", -1, 2),
    new Among("\u00e9", -1, 1),
    new Among("\u00ea", -1, 1)
  ];

  var stemmer = new PortugueseStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["pt"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
