// Snowball stemmer 'italian' for language 'it': self.snowballStem['it'](word).
// Translated by scripts/stemmers_js.py from italian_stemmer.py of snowballstemmer 3.1.1
// (Generated from italian.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e0\u00e8\u00ec\u00f2\u00f9";
  var g_AEIO = "aeio\u00e0\u00e8\u00ec\u00f2";
  var g_CG = "cg";
  var as_4 = ["", "e"];

  function ItalianStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
    this.I_pV = 0;
  }
  ItalianStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = ItalianStemmer.prototype;
  P.highestLiteral = 0x00FA;

  P.r_elisions = function () {
    this.bra = this.cursor;
    if (this.find_among(a_0) === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (this.cursor >= this.limit) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_prelude = function () {
    var v_1, v_2, v_3, among_var, v_4, v_5;
    v_1 = this.cursor;
    while (true) {
      v_2 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_1);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("\u00e0");
        } else if (among_var === 2) {
          this.slice_from("\u00e8");
        } else if (among_var === 3) {
          this.slice_from("\u00ec");
        } else if (among_var === 4) {
          this.slice_from("\u00f2");
        } else if (among_var === 5) {
          this.slice_from("\u00f9");
        } else if (among_var === 6) {
          this.slice_from("qU");
        } else {
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_2;
      break;
    }
    this.cursor = v_1;
    while (true) {
      v_3 = this.cursor;
      lab0: {
        while (true) {
          v_4 = this.cursor;
          lab1: {
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            this.bra = this.cursor;
            while (true) {
              v_5 = this.cursor;
              lab2: {
                if ((this.cursor === this.limit) || (this.current[this.cursor] !== "u")) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                if (!this.in_grouping(g_v)) {
                  break lab2;
                }
                this.slice_from("U");
                break;
              }
              this.cursor = v_5;
              if ((this.cursor === this.limit) || (this.current[this.cursor] !== "i")) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              if (!this.in_grouping(g_v)) {
                break lab1;
              }
              this.slice_from("I");
              break;
            }
            this.cursor = v_4;
            break;
          }
          this.cursor = v_4;
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_3;
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
        lab1: {
          if (!this.eq_s("divan")) {
            break lab1;
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
        among_var = this.find_among(a_2);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("i");
        } else if (among_var === 2) {
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
    if (this.find_among_b(a_3) === 0) {
      return false;
    }
    this.bra = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    if (!this.r_RV()) {
      return false;
    }
    this.slice_from(as_4[among_var - 1]);
    return true;
  };
  P.r_standard_suffix = function () {
    var among_var, v_1, v_2, v_3, v_4;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
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
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 7) {
      if (this.I_p1 > this.cursor) {
        return false;
      }
      this.slice_del();
      v_2 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_5);
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
    } else if (among_var === 8) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_3 = this.limit - this.cursor;
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_6) === 0) {
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
    } else {
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
        this.ket = this.cursor;
        if (!this.eq_s_b("ic")) {
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
    if (this.find_among_b(a_8) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_vowel_suffix = function () {
    var v_1, v_2;
    v_1 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if (!this.in_grouping_b(g_AEIO)) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.bra = this.cursor;
      if (!this.r_RV()) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.slice_del();
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "i")) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if (!this.r_RV()) {
        this.cursor = this.limit - v_1;
        break lab0;
      }
      this.slice_del();
    }
    v_2 = this.limit - this.cursor;
    lab0: {
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward) || (this.current[this.cursor - 1] !== "h")) {
        this.cursor = this.limit - v_2;
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if (!this.in_grouping_b(g_CG)) {
        this.cursor = this.limit - v_2;
        break lab0;
      }
      if (!this.r_RV()) {
        this.cursor = this.limit - v_2;
        break lab0;
      }
      this.slice_del();
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_6, v_7, v_5;
    v_1 = this.cursor;
    this.r_elisions();
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_prelude();
    this.cursor = v_2;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = this.limit - this.cursor;
    this.r_attached_pronoun();
    this.cursor = this.limit - v_3;
    v_4 = this.limit - this.cursor;
    lab0: {
      while (true) {
        v_5 = this.limit - this.cursor;
        lab1: {
          if (!this.r_standard_suffix()) {
            break lab1;
          }
          break;
        }
        this.cursor = this.limit - v_5;
        if (!this.r_verb_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = this.limit - v_4;
    v_6 = this.limit - this.cursor;
    this.r_vowel_suffix();
    this.cursor = this.limit - v_6;
    this.cursor = this.limit_backward;
    v_7 = this.cursor;
    this.r_postlude();
    this.cursor = v_7;
    return true;
  };

  var a_0 = [
    new Among("all'", -1, -1),
    new Among("d'", -1, -1),
    new Among("dall'", -1, -1),
    new Among("dell'", -1, -1),
    new Among("gl'", -1, -1),
    new Among("l'", -1, -1),
    new Among("m'", -1, -1),
    new Among("nell'", -1, -1),
    new Among("quell'", -1, -1),
    new Among("quest'", -1, -1),
    new Among("s'", -1, -1),
    new Among("sull'", -1, -1),
    new Among("t'", -1, -1),
    new Among("tutt'", -1, -1),
    new Among("un'", -1, -1),
    new Among("v'", -1, -1)
  ];
  var a_1 = [
    new Among("", -1, 7),
    new Among("qu", 0, 6),
    new Among("\u00e1", 0, 1),
    new Among("\u00e9", 0, 2),
    new Among("\u00ed", 0, 3),
    new Among("\u00f3", 0, 4),
    new Among("\u00fa", 0, 5)
  ];
  var a_2 = [
    new Among("", -1, 3),
    new Among("I", 0, 1),
    new Among("U", 0, 2)
  ];
  var a_3 = [
    new Among("la", -1, -1),
    new Among("cela", 0, -1),
    new Among("gliela", 0, -1),
    new Among("mela", 0, -1),
    new Among("tela", 0, -1),
    new Among("vela", 0, -1),
    new Among("le", -1, -1),
    new Among("cele", 6, -1),
    new Among("gliele", 6, -1),
    new Among("mele", 6, -1),
    new Among("tele", 6, -1),
    new Among("vele", 6, -1),
    new Among("ne", -1, -1),
    new Among("cene", 12, -1),
    new Among("gliene", 12, -1),
    new Among("mene", 12, -1),
    new Among("sene", 12, -1),
    new Among("tene", 12, -1),
    new Among("vene", 12, -1),
    new Among("ci", -1, -1),
    new Among("li", -1, -1),
    new Among("celi", 20, -1),
    new Among("glieli", 20, -1),
    new Among("meli", 20, -1),
    new Among("teli", 20, -1),
    new Among("veli", 20, -1),
    new Among("gli", 20, -1),
    new Among("mi", -1, -1),
    new Among("si", -1, -1),
    new Among("ti", -1, -1),
    new Among("vi", -1, -1),
    new Among("lo", -1, -1),
    new Among("celo", 31, -1),
    new Among("glielo", 31, -1),
    new Among("melo", 31, -1),
    new Among("telo", 31, -1),
    new Among("velo", 31, -1)
  ];
  var a_4 = [
    new Among("ando", -1, 1),
    new Among("endo", -1, 1),
    new Among("ar", -1, 2),
    new Among("er", -1, 2),
    new Among("ir", -1, 2)
  ];
  var a_5 = [
    new Among("ic", -1, -1),
    new Among("abil", -1, -1),
    new Among("os", -1, -1),
    new Among("iv", -1, 1)
  ];
  var a_6 = [
    new Among("ic", -1, 1),
    new Among("abil", -1, 1),
    new Among("iv", -1, 1)
  ];
  var a_7 = [
    new Among("ica", -1, 1),
    new Among("logia", -1, 3),
    new Among("osa", -1, 1),
    new Among("ista", -1, 1),
    new Among("iva", -1, 9),
    new Among("anza", -1, 1),
    new Among("enza", -1, 5),
    new Among("ice", -1, 1),
    new Among("atrice", 7, 1),
    new Among("iche", -1, 1),
    new Among("logie", -1, 3),
    new Among("abile", -1, 1),
    new Among("ibile", -1, 1),
    new Among("usione", -1, 4),
    new Among("azione", -1, 2),
    new Among("uzione", -1, 4),
    new Among("atore", -1, 2),
    new Among("ose", -1, 1),
    new Among("ante", -1, 1),
    new Among("mente", -1, 1),
    new Among("amente", 19, 7),
    new Among("iste", -1, 1),
    new Among("ive", -1, 9),
    new Among("anze", -1, 1),
    new Among("enze", -1, 5),
    new Among("ici", -1, 1),
    new Among("atrici", 25, 1),
    new Among("ichi", -1, 1),
    new Among("abili", -1, 1),
    new Among("ibili", -1, 1),
    new Among("ismi", -1, 1),
    new Among("usioni", -1, 4),
    new Among("azioni", -1, 2),
    new Among("uzioni", -1, 4),
    new Among("atori", -1, 2),
    new Among("osi", -1, 1),
    new Among("anti", -1, 1),
    new Among("amenti", -1, 6),
    new Among("imenti", -1, 6),
    new Among("isti", -1, 1),
    new Among("ivi", -1, 9),
    new Among("ico", -1, 1),
    new Among("ismo", -1, 1),
    new Among("oso", -1, 1),
    new Among("amento", -1, 6),
    new Among("imento", -1, 6),
    new Among("ivo", -1, 9),
    new Among("it\u00e0", -1, 8),
    new Among("ist\u00e0", -1, 1),
    new Among("ist\u00e8", -1, 1),
    new Among("ist\u00ec", -1, 1)
  ];
  var a_8 = [
    new Among("isca", -1, 1),
    new Among("enda", -1, 1),
    new Among("ata", -1, 1),
    new Among("ita", -1, 1),
    new Among("uta", -1, 1),
    new Among("ava", -1, 1),
    new Among("eva", -1, 1),
    new Among("iva", -1, 1),
    new Among("erebbe", -1, 1),
    new Among("irebbe", -1, 1),
    new Among("isce", -1, 1),
    new Among("ende", -1, 1),
    new Among("are", -1, 1),
    new Among("ere", -1, 1),
    new Among("ire", -1, 1),
    new Among("asse", -1, 1),
    new Among("ate", -1, 1),
    new Among("avate", 16, 1),
    new Among("evate", 16, 1),
    new Among("ivate", 16, 1),
    new Among("ete", -1, 1),
    new Among("erete", 20, 1),
    new Among("irete", 20, 1),
    new Among("ite", -1, 1),
    new Among("ereste", -1, 1),
    new Among("ireste", -1, 1),
    new Among("ute", -1, 1),
    new Among("erai", -1, 1),
    new Among("irai", -1, 1),
    new Among("isci", -1, 1),
    new Among("endi", -1, 1),
    new Among("erei", -1, 1),
    new Among("irei", -1, 1),
    new Among("assi", -1, 1),
    new Among("ati", -1, 1),
    new Among("iti", -1, 1),
    new Among("eresti", -1, 1),
    new Among("iresti", -1, 1),
    new Among("uti", -1, 1),
    new Among("avi", -1, 1),
    new Among("evi", -1, 1),
    new Among("ivi", -1, 1),
    new Among("isco", -1, 1),
    new Among("ando", -1, 1),
    new Among("endo", -1, 1),
    new Among("Yamo", -1, 1),
    new Among("iamo", -1, 1),
    new Among("avamo", -1, 1),
    new Among("evamo", -1, 1),
    new Among("ivamo", -1, 1),
    new Among("eremo", -1, 1),
    new Among("iremo", -1, 1),
    new Among("assimo", -1, 1),
    new Among("ammo", -1, 1),
    new Among("emmo", -1, 1),
    new Among("eremmo", 54, 1),
    new Among("iremmo", 54, 1),
    new Among("immo", -1, 1),
    new Among("ano", -1, 1),
    new Among("iscano", 58, 1),
    new Among("avano", 58, 1),
    new Among("evano", 58, 1),
    new Among("ivano", 58, 1),
    new Among("eranno", -1, 1),
    new Among("iranno", -1, 1),
    new Among("ono", -1, 1),
    new Among("iscono", 65, 1),
    new Among("arono", 65, 1),
    new Among("erono", 65, 1),
    new Among("irono", 65, 1),
    new Among("erebbero", -1, 1),
    new Among("irebbero", -1, 1),
    new Among("assero", -1, 1),
    new Among("essero", -1, 1),
    new Among("issero", -1, 1),
    new Among("ato", -1, 1),
    new Among("ito", -1, 1),
    new Among("uto", -1, 1),
    new Among("avo", -1, 1),
    new Among("evo", -1, 1),
    new Among("ivo", -1, 1),
    new Among("ar", -1, 1),
    new Among("ir", -1, 1),
    new Among("er\u00e0", -1, 1),
    new Among("ir\u00e0", -1, 1),
    new Among("er\u00f2", -1, 1),
    new Among("ir\u00f2", -1, 1)
  ];

  var stemmer = new ItalianStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["it"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
