// Snowball stemmer 'spanish' for language 'es': self.snowballStem['es'](word).
// Translated by scripts/stemmers_js.py from spanish_stemmer.py of snowballstemmer 3.1.1
// (Generated from spanish.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e1\u00e9\u00ed\u00f3\u00fa\u00fc";

  function SpanishStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
    this.I_pV = 0;
  }
  SpanishStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = SpanishStemmer.prototype;
  P.highestLiteral = 0x00FC;

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
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("a");
        } else if (among_var === 2) {
          this.slice_from("e");
        } else if (among_var === 3) {
          this.slice_from("i");
        } else if (among_var === 4) {
          this.slice_from("o");
        } else if (among_var === 5) {
          this.slice_from("u");
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
  P.r_attached_pronoun = function () {
    var among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.bra = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    if (!this.r_RV()) {
      return false;
    }
    if (among_var === 1) {
      this.bra = this.cursor;
      this.slice_from("iendo");
    } else if (among_var === 2) {
      this.bra = this.cursor;
      this.slice_from("ando");
    } else if (among_var === 3) {
      this.bra = this.cursor;
      this.slice_from("ar");
    } else if (among_var === 4) {
      this.bra = this.cursor;
      this.slice_from("er");
    } else if (among_var === 5) {
      this.bra = this.cursor;
      this.slice_from("ir");
    } else if (among_var === 6) {
      this.slice_del();
    } else {
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  };
  P.r_standard_suffix = function () {
    var among_var, v_1, v_2, v_3, v_4, v_5;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_6);
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
      this.slice_del();
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("ic")) {
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
    } else if (among_var === 3) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("log");
    } else if (among_var === 4) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("u");
    } else if (among_var === 5) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("ente");
    } else if (among_var === 6) {
      if (this.I_p1 > this.cursor) {
        return false;
      }
      this.slice_del();
      v_2 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_3);
        if (among_var === 0) {
          this.cursor = this.limit - v_2;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_2;
          break lab0;
        }
        this.slice_del();
        if (among_var === 1) {
          this.ket = this.cursor;
          if (!this.eq_s_b("at")) {
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
        if (this.find_among_b(a_5) === 0) {
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
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_5 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("at")) {
          this.cursor = this.limit - v_5;
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = this.limit - v_5;
          break lab0;
        }
        this.slice_del();
      }
    }
    return true;
  };
  P.r_y_verb_suffix = function () {
    var v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_7) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
      return false;
    }
    this.cursor -= 1;
    this.slice_del();
    return true;
  };
  P.r_verb_suffix = function () {
    var v_2, among_var, v_3, v_4;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      v_3 = this.limit - this.cursor;
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.cursor -= 1;
        v_4 = this.limit - this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "g")) {
          this.cursor = this.limit - v_3;
          break lab0;
        }
        this.cursor -= 1;
        this.cursor = this.limit - v_4;
      }
      this.bra = this.cursor;
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P.r_residual_suffix = function () {
    var among_var, v_1, v_2;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
    } else {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
      v_1 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "u")) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        this.cursor -= 1;
        this.bra = this.cursor;
        v_2 = this.limit - this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "g")) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        this.cursor -= 1;
        this.cursor = this.limit - v_2;
        if (!this.r_RV()) {
          this.cursor = this.limit - v_1;
          break lab0;
        }
        this.slice_del();
      }
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_4, v_5, v_3;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = this.limit - this.cursor;
    this.r_attached_pronoun();
    this.cursor = this.limit - v_1;
    v_2 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_3 = this.limit - this.cursor;
        lab1: {
          if (!this.r_standard_suffix()) {
            break lab1;
          }
          break;
        }
        this.cursor = this.limit - v_3;
        lab1: {
          if (!this.r_y_verb_suffix()) {
            break lab1;
          }
          break;
        }
        this.cursor = this.limit - v_3;
        if (!this.r_verb_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = this.limit - v_2;
    v_4 = this.limit - this.cursor;
    this.r_residual_suffix();
    this.cursor = this.limit - v_4;
    this.cursor = this.limit_backward;
    v_5 = this.cursor;
    this.r_postlude();
    this.cursor = v_5;
    return true;
  };

  var a_0 = [
    new Among("", -1, 6),
    new Among("\u00e1", 0, 1),
    new Among("\u00e9", 0, 2),
    new Among("\u00ed", 0, 3),
    new Among("\u00f3", 0, 4),
    new Among("\u00fa", 0, 5)
  ];
  var a_1 = [
    new Among("la", -1, -1),
    new Among("sela", 0, -1),
    new Among("le", -1, -1),
    new Among("me", -1, -1),
    new Among("se", -1, -1),
    new Among("lo", -1, -1),
    new Among("selo", 5, -1),
    new Among("las", -1, -1),
    new Among("selas", 7, -1),
    new Among("les", -1, -1),
    new Among("los", -1, -1),
    new Among("selos", 10, -1),
    new Among("nos", -1, -1)
  ];
  var a_2 = [
    new Among("ando", -1, 6),
    new Among("iendo", -1, 6),
    new Among("yendo", -1, 7),
    new Among("\u00e1ndo", -1, 2),
    new Among("i\u00e9ndo", -1, 1),
    new Among("ar", -1, 6),
    new Among("er", -1, 6),
    new Among("ir", -1, 6),
    new Among("\u00e1r", -1, 3),
    new Among("\u00e9r", -1, 4),
    new Among("\u00edr", -1, 5)
  ];
  var a_3 = [
    new Among("ic", -1, -1),
    new Among("ad", -1, -1),
    new Among("os", -1, -1),
    new Among("iv", -1, 1)
  ];
  var a_4 = [
    new Among("able", -1, 1),
    new Among("ible", -1, 1),
    new Among("ante", -1, 1)
  ];
  var a_5 = [
    new Among("ic", -1, 1),
    new Among("abil", -1, 1),
    new Among("iv", -1, 1)
  ];
  var a_6 = [
    new Among("ica", -1, 1),
    new Among("ancia", -1, 2),
    new Among("encia", -1, 5),
    new Among("adora", -1, 2),
    new Among("osa", -1, 1),
    new Among("ista", -1, 1),
    new Among("iva", -1, 9),
    new Among("anza", -1, 1),
    new Among("log\u00eda", -1, 3),
    new Among("idad", -1, 8),
    new Among("able", -1, 1),
    new Among("ible", -1, 1),
    new Among("ante", -1, 2),
    new Among("mente", -1, 7),
    new Among("amente", 13, 6),
    new Among("acion", -1, 2),
    new Among("ucion", -1, 4),
    new Among("aci\u00f3n", -1, 2),
    new Among("uci\u00f3n", -1, 4),
    new Among("ico", -1, 1),
    new Among("ismo", -1, 1),
    new Among("oso", -1, 1),
    new Among("amiento", -1, 1),
    new Among("imiento", -1, 1),
    new Among("ivo", -1, 9),
    new Among("ador", -1, 2),
    new Among("icas", -1, 1),
    new Among("ancias", -1, 2),
    new Among("encias", -1, 5),
    new Among("adoras", -1, 2),
    new Among("osas", -1, 1),
    new Among("istas", -1, 1),
    new Among("ivas", -1, 9),
    new Among("anzas", -1, 1),
    new Among("log\u00edas", -1, 3),
    new Among("idades", -1, 8),
    new Among("ables", -1, 1),
    new Among("ibles", -1, 1),
    new Among("aciones", -1, 2),
    new Among("uciones", -1, 4),
    new Among("adores", -1, 2),
    new Among("antes", -1, 2),
    new Among("icos", -1, 1),
    new Among("ismos", -1, 1),
    new Among("osos", -1, 1),
    new Among("amientos", -1, 1),
    new Among("imientos", -1, 1),
    new Among("ivos", -1, 9)
  ];
  var a_7 = [
    new Among("ya", -1, 1),
    new Among("ye", -1, 1),
    new Among("yan", -1, 1),
    new Among("yen", -1, 1),
    new Among("yeron", -1, 1),
    new Among("yendo", -1, 1),
    new Among("yo", -1, 1),
    new Among("yas", -1, 1),
    new Among("yes", -1, 1),
    new Among("yais", -1, 1),
    new Among("yamos", -1, 1),
    new Among("y\u00f3", -1, 1)
  ];
  var a_8 = [
    new Among("aba", -1, 2),
    new Among("ada", -1, 2),
    new Among("ida", -1, 2),
    new Among("ara", -1, 2),
    new Among("iera", -1, 2),
    new Among("\u00eda", -1, 2),
    new Among("ar\u00eda", 5, 2),
    new Among("er\u00eda", 5, 2),
    new Among("ir\u00eda", 5, 2),
    new Among("ad", -1, 2),
    new Among("ed", -1, 2),
    new Among("id", -1, 2),
    new Among("ase", -1, 2),
    new Among("iese", -1, 2),
    new Among("aste", -1, 2),
    new Among("iste", -1, 2),
    new Among("an", -1, 2),
    new Among("aban", 16, 2),
    new Among("aran", 16, 2),
    new Among("ieran", 16, 2),
    new Among("\u00edan", 16, 2),
    new Among("ar\u00edan", 20, 2),
    new Among("er\u00edan", 20, 2),
    new Among("ir\u00edan", 20, 2),
    new Among("en", -1, 1),
    new Among("asen", 24, 2),
    new Among("iesen", 24, 2),
    new Among("aron", -1, 2),
    new Among("ieron", -1, 2),
    new Among("ar\u00e1n", -1, 2),
    new Among("er\u00e1n", -1, 2),
    new Among("ir\u00e1n", -1, 2),
    new Among("ado", -1, 2),
    new Among("ido", -1, 2),
    new Among("ando", -1, 2),
    new Among("iendo", -1, 2),
    new Among("ar", -1, 2),
    new Among("er", -1, 2),
    new Among("ir", -1, 2),
    new Among("as", -1, 2),
    new Among("abas", 39, 2),
    new Among("adas", 39, 2),
    new Among("idas", 39, 2),
    new Among("aras", 39, 2),
    new Among("ieras", 39, 2),
    new Among("\u00edas", 39, 2),
    new Among("ar\u00edas", 45, 2),
    new Among("er\u00edas", 45, 2),
    new Among("ir\u00edas", 45, 2),
    new Among("es", -1, 1),
    new Among("ases", 49, 2),
    new Among("ieses", 49, 2),
    new Among("abais", -1, 2),
    new Among("arais", -1, 2),
    new Among("ierais", -1, 2),
    new Among("\u00edais", -1, 2),
    new Among("ar\u00edais", 55, 2),
    new Among("er\u00edais", 55, 2),
    new Among("ir\u00edais", 55, 2),
    new Among("aseis", -1, 2),
    new Among("ieseis", -1, 2),
    new Among("asteis", -1, 2),
    new Among("isteis", -1, 2),
    new Among("\u00e1is", -1, 2),
    new Among("\u00e9is", -1, 1),
    new Among("ar\u00e9is", 64, 2),
    new Among("er\u00e9is", 64, 2),
    new Among("ir\u00e9is", 64, 2),
    new Among("ados", -1, 2),
    new Among("idos", -1, 2),
    new Among("amos", -1, 2),
    new Among("\u00e1bamos", 70, 2),
    new Among("\u00e1ramos", 70, 2),
    new Among("i\u00e9ramos", 70, 2),
    new Among("\u00edamos", 70, 2),
    new Among("ar\u00edamos", 74, 2),
    new Among("er\u00edamos", 74, 2),
    new Among("ir\u00edamos", 74, 2),
    new Among("emos", -1, 1),
    new Among("aremos", 78, 2),
    new Among("eremos", 78, 2),
    new Among("iremos", 78, 2),
    new Among("\u00e1semos", 78, 2),
    new Among("i\u00e9semos", 78, 2),
    new Among("imos", -1, 2),
    new Among("ar\u00e1s", -1, 2),
    new Among("er\u00e1s", -1, 2),
    new Among("ir\u00e1s", -1, 2),
    new Among("\u00eds", -1, 2),
    new Among("ar\u00e1", -1, 2),
    new Among("er\u00e1", -1, 2),
    new Among("ir\u00e1", -1, 2),
    new Among("ar\u00e9", -1, 2),
    new Among("er\u00e9", -1, 2),
    new Among("ir\u00e9", -1, 2),
    new Among("i\u00f3", -1, 2)
  ];
  var a_9 = [
    new Among("a", -1, 1),
    new Among("e", -1, 2),
    new Among("o", -1, 1),
    new Among("os", -1, 1),
    new Among("\u00e1", -1, 1),
    new Among("\u00e9", -1, 2),
    new Among("\u00ed", -1, 1),
    new Among("\u00f3", -1, 1)
  ];

  var stemmer = new SpanishStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["es"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
