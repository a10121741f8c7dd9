// Snowball stemmer 'catalan' for language 'ca': self.snowballStem['ca'](word).
// Translated by scripts/stemmers_js.py from catalan_stemmer.py of snowballstemmer 3.1.1
// (Generated from catalan.sbl by Snowball 3.1.1 - https://snowballstem.org/). Do not edit: change the script and run it again.
// Load base.js first. Copyright the Snowball project; BSD 3-Clause licence: see LICENSE beside this file.
(function () {
  "use strict";
  var Among = self.snowballBase.Among;
  var BaseStemmer = self.snowballBase.BaseStemmer;

  var g_v = "aeiou\u00e0\u00e1\u00e8\u00e9\u00ed\u00ef\u00f2\u00f3\u00fa\u00fc";

  function CatalanStemmer() {
    BaseStemmer.call(this);
    this.I_p2 = 0;
    this.I_p1 = 0;
  }
  CatalanStemmer.prototype = Object.create(BaseStemmer.prototype);
  var P = CatalanStemmer.prototype;
  P.highestLiteral = 0x00FC;

  P.r_mark_regions = function () {
    var v_1;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
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
    this.cursor = v_1;
    return true;
  };
  P.r_cleaning = function () {
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
        } else if (among_var === 6) {
          this.slice_from(".");
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
  P.r_R1 = function () {
    return this.I_p1 <= this.cursor;
  };
  P.r_R2 = function () {
    return this.I_p2 <= this.cursor;
  };
  P.r_attached_pronoun = function () {
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_standard_suffix = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 3) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("log");
    } else if (among_var === 4) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("ic");
    } else {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("c");
    }
    return true;
  };
  P.r_verb_suffix = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_3);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
    } else {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_residual_suffix = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_4);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_del();
    } else {
      if (!this.r_R1()) {
        return false;
      }
      this.slice_from("ic");
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
    this.r_cleaning();
    this.cursor = v_5;
    return true;
  };

  var a_0 = [
    new Among("", -1, 7),
    new Among("\u00b7", 0, 6),
    new Among("\u00e0", 0, 1),
    new Among("\u00e1", 0, 1),
    new Among("\u00e8", 0, 2),
    new Among("\u00e9", 0, 2),
    new Among("\u00ec", 0, 3),
    new Among("\u00ed", 0, 3),
    new Among("\u00ef", 0, 3),
    new Among("\u00f2", 0, 4),
    new Among("\u00f3", 0, 4),
    new Among("\u00fa", 0, 5),
    new Among("\u00fc", 0, 5)
  ];
  var a_1 = [
    new Among("la", -1, 1),
    new Among("-la", 0, 1),
    new Among("sela", 0, 1),
    new Among("le", -1, 1),
    new Among("me", -1, 1),
    new Among("-me", 4, 1),
    new Among("se", -1, 1),
    new Among("-te", -1, 1),
    new Among("hi", -1, 1),
    new Among("'hi", 8, 1),
    new Among("li", -1, 1),
    new Among("-li", 10, 1),
    new Among("'l", -1, 1),
    new Among("'m", -1, 1),
    new Among("-m", -1, 1),
    new Among("'n", -1, 1),
    new Among("-n", -1, 1),
    new Among("ho", -1, 1),
    new Among("'ho", 17, 1),
    new Among("lo", -1, 1),
    new Among("selo", 19, 1),
    new Among("'s", -1, 1),
    new Among("las", -1, 1),
    new Among("selas", 22, 1),
    new Among("les", -1, 1),
    new Among("-les", 24, 1),
    new Among("'ls", -1, 1),
    new Among("-ls", -1, 1),
    new Among("'ns", -1, 1),
    new Among("-ns", -1, 1),
    new Among("ens", -1, 1),
    new Among("los", -1, 1),
    new Among("selos", 31, 1),
    new Among("nos", -1, 1),
    new Among("-nos", 33, 1),
    new Among("vos", -1, 1),
    new Among("us", -1, 1),
    new Among("-us", 36, 1),
    new Among("'t", -1, 1)
  ];
  var a_2 = [
    new Among("ica", -1, 4),
    new Among("l\u00f3gica", 0, 3),
    new Among("enca", -1, 1),
    new Among("ada", -1, 2),
    new Among("ancia", -1, 1),
    new Among("encia", -1, 1),
    new Among("\u00e8ncia", -1, 1),
    new Among("\u00edcia", -1, 1),
    new Among("logia", -1, 3),
    new Among("inia", -1, 1),
    new Among("\u00edinia", 9, 1),
    new Among("eria", -1, 1),
    new Among("\u00e0ria", -1, 1),
    new Among("at\u00f2ria", -1, 1),
    new Among("alla", -1, 1),
    new Among("ella", -1, 1),
    new Among("\u00edvola", -1, 1),
    new Among("ima", -1, 1),
    new Among("\u00edssima", 17, 1),
    new Among("qu\u00edssima", 18, 5),
    new Among("ana", -1, 1),
    new Among("ina", -1, 1),
    new Among("era", -1, 1),
    new Among("sfera", 22, 1),
    new Among("ora", -1, 1),
    new Among("dora", 24, 1),
    new Among("adora", 25, 1),
    new Among("adura", -1, 1),
    new Among("esa", -1, 1),
    new Among("osa", -1, 1),
    new Among("assa", -1, 1),
    new Among("essa", -1, 1),
    new Among("issa", -1, 1),
    new Among("eta", -1, 1),
    new Among("ita", -1, 1),
    new Among("ota", -1, 1),
    new Among("ista", -1, 1),
    new Among("ialista", 36, 1),
    new Among("ionista", 36, 1),
    new Among("iva", -1, 1),
    new Among("ativa", 39, 1),
    new Among("n\u00e7a", -1, 1),
    new Among("log\u00eda", -1, 3),
    new Among("ic", -1, 4),
    new Among("\u00edstic", 43, 1),
    new Among("enc", -1, 1),
    new Among("esc", -1, 1),
    new Among("ud", -1, 1),
    new Among("atge", -1, 1),
    new Among("ble", -1, 1),
    new Among("able", 49, 1),
    new Among("ible", 49, 1),
    new Among("isme", -1, 1),
    new Among("ialisme", 52, 1),
    new Among("ionisme", 52, 1),
    new Among("ivisme", 52, 1),
    new Among("aire", -1, 1),
    new Among("icte", -1, 1),
    new Among("iste", -1, 1),
    new Among("ici", -1, 1),
    new Among("\u00edci", -1, 1),
    new Among("logi", -1, 3),
    new Among("ari", -1, 1),
    new Among("tori", -1, 1),
    new Among("al", -1, 1),
    new Among("il", -1, 1),
    new Among("all", -1, 1),
    new Among("ell", -1, 1),
    new Among("\u00edvol", -1, 1),
    new Among("isam", -1, 1),
    new Among("issem", -1, 1),
    new Among("\u00ecssem", -1, 1),
    new Among("\u00edssem", -1, 1),
    new Among("\u00edssim", -1, 1),
    new Among("qu\u00edssim", 73, 5),
    new Among("amen", -1, 1),
    new Among("\u00ecssin", -1, 1),
    new Among("ar", -1, 1),
    new Among("ificar", 77, 1),
    new Among("egar", 77, 1),
    new Among("ejar", 77, 1),
    new Among("itar", 77, 1),
    new Among("itzar", 77, 1),
    new Among("fer", -1, 1),
    new Among("or", -1, 1),
    new Among("dor", 84, 1),
    new Among("dur", -1, 1),
    new Among("doras", -1, 1),
    new Among("ics", -1, 4),
    new Among("l\u00f3gics", 88, 3),
    new Among("uds", -1, 1),
    new Among("nces", -1, 1),
    new Among("ades", -1, 2),
    new Among("ancies", -1, 1),
    new Among("encies", -1, 1),
    new Among("\u00e8ncies", -1, 1),
    new Among("\u00edcies", -1, 1),
    new Among("logies", -1, 3),
    new Among("inies", -1, 1),
    new Among("\u00ednies", -1, 1),
    new Among("eries", -1, 1),
    new Among("\u00e0ries", -1, 1),
    new Among("at\u00f2ries", -1, 1),
    new Among("bles", -1, 1),
    new Among("ables", 103, 1),
    new Among("ibles", 103, 1),
    new Among("imes", -1, 1),
    new Among("\u00edssimes", 106, 1),
    new Among("qu\u00edssimes", 107, 5),
    new Among("formes", -1, 1),
    new Among("ismes", -1, 1),
    new Among("ialismes", 110, 1),
    new Among("ines", -1, 1),
    new Among("eres", -1, 1),
    new Among("ores", -1, 1),
    new Among("dores", 114, 1),
    new Among("idores", 115, 1),
    new Among("dures", -1, 1),
    new Among("eses", -1, 1),
    new Among("oses", -1, 1),
    new Among("asses", -1, 1),
    new Among("ictes", -1, 1),
    new Among("ites", -1, 1),
    new Among("otes", -1, 1),
    new Among("istes", -1, 1),
    new Among("ialistes", 124, 1),
    new Among("ionistes", 124, 1),
    new Among("iques", -1, 4),
    new Among("l\u00f3giques", 127, 3),
    new Among("ives", -1, 1),
    new Among("atives", 129, 1),
    new Among("log\u00edes", -1, 3),
    new Among("alleng\u00fces", -1, 1),
    new Among("icis", -1, 1),
    new Among("\u00edcis", -1, 1),
    new Among("logis", -1, 3),
    new Among("aris", -1, 1),
    new Among("toris", -1, 1),
    new Among("ls", -1, 1),
    new Among("als", 138, 1),
    new Among("ells", 138, 1),
    new Among("ims", -1, 1),
    new Among("\u00edssims", 141, 1),
    new Among("qu\u00edssims", 142, 5),
    new Among("ions", -1, 1),
    new Among("cions", 144, 1),
    new Among("acions", 145, 2),
    new Among("esos", -1, 1),
    new Among("osos", -1, 1),
    new Among("assos", -1, 1),
    new Among("issos", -1, 1),
    new Among("ers", -1, 1),
    new Among("ors", -1, 1),
    new Among("dors", 152, 1),
    new Among("adors", 153, 1),
    new Among("idors", 153, 1),
    new Among("ats", -1, 1),
    new Among("itats", 156, 1),
    new Among("bilitats", 157, 1),
    new Among("ivitats", 157, 1),
    new Among("ativitats", 159, 1),
    new Among("\u00eftats", 156, 1),
    new Among("ets", -1, 1),
    new Among("ants", -1, 1),
    new Among("ents", -1, 1),
    new Among("ments", 164, 1),
    new Among("aments", 165, 1),
    new Among("ots", -1, 1),
    new Among("uts", -1, 1),
    new Among("ius", -1, 1),
    new Among("trius", 169, 1),
    new Among("atius", 169, 1),
    new Among("\u00e8s", -1, 1),
    new Among("\u00e9s", -1, 1),
    new Among("\u00eds", -1, 1),
    new Among("d\u00eds", 174, 1),
    new Among("\u00f3s", -1, 1),
    new Among("itat", -1, 1),
    new Among("bilitat", 177, 1),
    new Among("ivitat", 177, 1),
    new Among("ativitat", 179, 1),
    new Among("\u00eftat", -1, 1),
    new Among("et", -1, 1),
    new Among("ant", -1, 1),
    new Among("ent", -1, 1),
    new Among("ient", 184, 1),
    new Among("ment", 184, 1),
    new Among("ament", 186, 1),
    new Among("isament", 187, 1),
    new Among("ot", -1, 1),
    new Among("isseu", -1, 1),
    new Among("\u00ecsseu", -1, 1),
    new Among("\u00edsseu", -1, 1),
    new Among("triu", -1, 1),
    new Among("\u00edssiu", -1, 1),
    new Among("atiu", -1, 1),
    new Among("\u00f3", -1, 1),
    new Among("i\u00f3", 196, 1),
    new Among("ci\u00f3", 197, 1),
    new Among("aci\u00f3", 198, 1)
  ];
  var a_3 = [
    new Among("aba", -1, 1),
    new Among("esca", -1, 1),
    new Among("isca", -1, 1),
    new Among("\u00efsca", -1, 1),
    new Among("ada", -1, 1),
    new Among("ida", -1, 1),
    new Among("uda", -1, 1),
    new Among("\u00efda", -1, 1),
    new Among("ia", -1, 1),
    new Among("aria", 8, 1),
    new Among("iria", 8, 1),
    new Among("ara", -1, 1),
    new Among("iera", -1, 1),
    new Among("ira", -1, 1),
    new Among("adora", -1, 1),
    new Among("\u00efra", -1, 1),
    new Among("ava", -1, 1),
    new Among("ixa", -1, 1),
    new Among("itza", -1, 1),
    new Among("\u00eda", -1, 1),
    new Among("ar\u00eda", 19, 1),
    new Among("er\u00eda", 19, 1),
    new Among("ir\u00eda", 19, 1),
    new Among("\u00efa", -1, 1),
    new Among("isc", -1, 1),
    new Among("\u00efsc", -1, 1),
    new Among("ad", -1, 1),
    new Among("ed", -1, 1),
    new Among("id", -1, 1),
    new Among("ie", -1, 1),
    new Among("re", -1, 1),
    new Among("dre", 30, 1),
    new Among("ase", -1, 1),
    new Among("iese", -1, 1),
    new Among("aste", -1, 1),
    new Among("iste", -1, 1),
    new Among("ii", -1, 1),
    new Among("ini", -1, 1),
    new Among("esqui", -1, 1),
    new Among("eixi", -1, 1),
    new Among("itzi", -1, 1),
    new Among("am", -1, 1),
    new Among("em", -1, 1),
    new Among("arem", 42, 1),
    new Among("irem", 42, 1),
    new Among("\u00e0rem", 42, 1),
    new Among("\u00edrem", 42, 1),
    new Among("\u00e0ssem", 42, 1),
    new Among("\u00e9ssem", 42, 1),
    new Among("iguem", 42, 1),
    new Among("\u00efguem", 42, 1),
    new Among("avem", 42, 1),
    new Among("\u00e0vem", 42, 1),
    new Among("\u00e1vem", 42, 1),
    new Among("ir\u00ecem", 42, 1),
    new Among("\u00edem", 42, 1),
    new Among("ar\u00edem", 55, 1),
    new Among("ir\u00edem", 55, 1),
    new Among("assim", -1, 1),
    new Among("essim", -1, 1),
    new Among("issim", -1, 1),
    new Among("\u00e0ssim", -1, 1),
    new Among("\u00e8ssim", -1, 1),
    new Among("\u00e9ssim", -1, 1),
    new Among("\u00edssim", -1, 1),
    new Among("\u00efm", -1, 1),
    new Among("an", -1, 1),
    new Among("aban", 66, 1),
    new Among("arian", 66, 1),
    new Among("aran", 66, 1),
    new Among("ieran", 66, 1),
    new Among("iran", 66, 1),
    new Among("\u00edan", 66, 1),
    new Among("ar\u00edan", 72, 1),
    new Among("er\u00edan", 72, 1),
    new Among("ir\u00edan", 72, 1),
    new Among("en", -1, 1),
    new Among("ien", 76, 1),
    new Among("arien", 77, 1),
    new Among("irien", 77, 1),
    new Among("aren", 76, 1),
    new Among("eren", 76, 1),
    new Among("iren", 76, 1),
    new Among("\u00e0ren", 76, 1),
    new Among("\u00efren", 76, 1),
    new Among("asen", 76, 1),
    new Among("iesen", 76, 1),
    new Among("assen", 76, 1),
    new Among("essen", 76, 1),
    new Among("issen", 76, 1),
    new Among("\u00e9ssen", 76, 1),
    new Among("\u00efssen", 76, 1),
    new Among("esquen", 76, 1),
    new Among("isquen", 76, 1),
    new Among("\u00efsquen", 76, 1),
    new Among("aven", 76, 1),
    new Among("ixen", 76, 1),
    new Among("eixen", 96, 1),
    new Among("\u00efxen", 76, 1),
    new Among("\u00efen", 76, 1),
    new Among("in", -1, 1),
    new Among("inin", 100, 1),
    new Among("sin", 100, 1),
    new Among("isin", 102, 1),
    new Among("assin", 102, 1),
    new Among("essin", 102, 1),
    new Among("issin", 102, 1),
    new Among("\u00efssin", 102, 1),
    new Among("esquin", 100, 1),
    new Among("eixin", 100, 1),
    new Among("aron", -1, 1),
    new Among("ieron", -1, 1),
    new Among("ar\u00e1n", -1, 1),
    new Among("er\u00e1n", -1, 1),
    new Among("ir\u00e1n", -1, 1),
    new Among("i\u00efn", -1, 1),
    new Among("ado", -1, 1),
    new Among("ido", -1, 1),
    new Among("ando", -1, 2),
    new Among("iendo", -1, 1),
    new Among("io", -1, 1),
    new Among("ixo", -1, 1),
    new Among("eixo", 121, 1),
    new Among("\u00efxo", -1, 1),
    new Among("itzo", -1, 1),
    new Among("ar", -1, 1),
    new Among("tzar", 125, 1),
    new Among("er", -1, 1),
    new Among("eixer", 127, 1),
    new Among("ir", -1, 1),
    new Among("ador", -1, 1),
    new Among("as", -1, 1),
    new Among("abas", 131, 1),
    new Among("adas", 131, 1),
    new Among("idas", 131, 1),
    new Among("aras", 131, 1),
    new Among("ieras", 131, 1),
    new Among("\u00edas", 131, 1),
    new Among("ar\u00edas", 137, 1),
    new Among("er\u00edas", 137, 1),
    new Among("ir\u00edas", 137, 1),
    new Among("ids", -1, 1),
    new Among("es", -1, 1),
    new Among("ades", 142, 1),
    new Among("ides", 142, 1),
    new Among("udes", 142, 1),
    new Among("\u00efdes", 142, 1),
    new Among("atges", 142, 1),
    new Among("ies", 142, 1),
    new Among("aries", 148, 1),
    new Among("iries", 148, 1),
    new Among("ares", 142, 1),
    new Among("ires", 142, 1),
    new Among("adores", 142, 1),
    new Among("\u00efres", 142, 1),
    new Among("ases", 142, 1),
    new Among("ieses", 142, 1),
    new Among("asses", 142, 1),
    new Among("esses", 142, 1),
    new Among("isses", 142, 1),
    new Among("\u00efsses", 142, 1),
    new Among("ques", 142, 1),
    new Among("esques", 161, 1),
    new Among("\u00efsques", 161, 1),
    new Among("aves", 142, 1),
    new Among("ixes", 142, 1),
    new Among("eixes", 165, 1),
    new Among("\u00efxes", 142, 1),
    new Among("\u00efes", 142, 1),
    new Among("abais", -1, 1),
    new Among("arais", -1, 1),
    new Among("ierais", -1, 1),
    new Among("\u00edais", -1, 1),
    new Among("ar\u00edais", 172, 1),
    new Among("er\u00edais", 172, 1),
    new Among("ir\u00edais", 172, 1),
    new Among("aseis", -1, 1),
    new Among("ieseis", -1, 1),
    new Among("asteis", -1, 1),
    new Among("isteis", -1, 1),
    new Among("inis", -1, 1),
    new Among("sis", -1, 1),
    new Among("isis", 181, 1),
    new Among("assis", 181, 1),
    new Among("essis", 181, 1),
    new Among("issis", 181, 1),
    new Among("\u00efssis", 181, 1),
    new Among("esquis", -1, 1),
    new Among("eixis", -1, 1),
    new Among("itzis", -1, 1),
    new Among("\u00e1is", -1, 1),
    new Among("ar\u00e9is", -1, 1),
    new Among("er\u00e9is", -1, 1),
    new Among("ir\u00e9is", -1, 1),
    new Among("ams", -1, 1),
    new Among("ados", -1, 1),
    new Among("idos", -1, 1),
    new Among("amos", -1, 1),
    new Among("\u00e1bamos", 197, 1),
    new Among("\u00e1ramos", 197, 1),
    new Among("i\u00e9ramos", 197, 1),
    new Among("\u00edamos", 197, 1),
    new Among("ar\u00edamos", 201, 1),
    new Among("er\u00edamos", 201, 1),
    new Among("ir\u00edamos", 201, 1),
    new Among("aremos", -1, 1),
    new Among("eremos", -1, 1),
    new Among("iremos", -1, 1),
    new Among("\u00e1semos", -1, 1),
    new Among("i\u00e9semos", -1, 1),
    new Among("imos", -1, 1),
    new Among("adors", -1, 1),
    new Among("ass", -1, 1),
    new Among("erass", 212, 1),
    new Among("ess", -1, 1),
    new Among("ats", -1, 1),
    new Among("its", -1, 1),
    new Among("ents", -1, 1),
    new Among("\u00e0s", -1, 1),
    new Among("ar\u00e0s", 218, 1),
    new Among("ir\u00e0s", 218, 1),
    new Among("ar\u00e1s", -1, 1),
    new Among("er\u00e1s", -1, 1),
    new Among("ir\u00e1s", -1, 1),
    new Among("\u00e9s", -1, 1),
    new Among("ar\u00e9s", 224, 1),
    new Among("\u00eds", -1, 1),
    new Among("i\u00efs", -1, 1),
    new Among("at", -1, 1),
    new Among("it", -1, 1),
    new Among("ant", -1, 1),
    new Among("ent", -1, 1),
    new Among("int", -1, 1),
    new Among("ut", -1, 1),
    new Among("\u00eft", -1, 1),
    new Among("au", -1, 1),
    new Among("erau", 235, 1),
    new Among("ieu", -1, 1),
    new Among("ineu", -1, 1),
    new Among("areu", -1, 1),
    new Among("ireu", -1, 1),
    new Among("\u00e0reu", -1, 1),
    new Among("\u00edreu", -1, 1),
    new Among("asseu", -1, 1),
    new Among("esseu", -1, 1),
    new Among("eresseu", 244, 1),
    new Among("\u00e0sseu", -1, 1),
    new Among("\u00e9sseu", -1, 1),
    new Among("igueu", -1, 1),
    new Among("\u00efgueu", -1, 1),
    new Among("\u00e0veu", -1, 1),
    new Among("\u00e1veu", -1, 1),
    new Among("itzeu", -1, 1),
    new Among("\u00eceu", -1, 1),
    new Among("ir\u00eceu", 253, 1),
    new Among("\u00edeu", -1, 1),
    new Among("ar\u00edeu", 255, 1),
    new Among("ir\u00edeu", 255, 1),
    new Among("assiu", -1, 1),
    new Among("issiu", -1, 1),
    new Among("\u00e0ssiu", -1, 1),
    new Among("\u00e8ssiu", -1, 1),
    new Among("\u00e9ssiu", -1, 1),
    new Among("\u00edssiu", -1, 1),
    new Among("\u00efu", -1, 1),
    new Among("ix", -1, 1),
    new Among("eix", 265, 1),
    new Among("\u00efx", -1, 1),
    new Among("itz", -1, 1),
    new Among("i\u00e0", -1, 1),
    new Among("ar\u00e0", -1, 1),
    new Among("ir\u00e0", -1, 1),
    new Among("itz\u00e0", -1, 1),
    new Among("ar\u00e1", -1, 1),
    new Among("er\u00e1", -1, 1),
    new Among("ir\u00e1", -1, 1),
    new Among("ir\u00e8", -1, 1),
    new Among("ar\u00e9", -1, 1),
    new Among("er\u00e9", -1, 1),
    new Among("ir\u00e9", -1, 1),
    new Among("\u00ed", -1, 1),
    new Among("i\u00ef", -1, 1),
    new Among("i\u00f3", -1, 1)
  ];
  var a_4 = [
    new Among("a", -1, 1),
    new Among("e", -1, 1),
    new Among("i", -1, 1),
    new Among("\u00efn", -1, 1),
    new Among("o", -1, 1),
    new Among("ir", -1, 1),
    new Among("s", -1, 1),
    new Among("is", 6, 1),
    new Among("os", 6, 1),
    new Among("\u00efs", 6, 1),
    new Among("it", -1, 1),
    new Among("eu", -1, 1),
    new Among("iu", -1, 1),
    new Among("iqu", -1, 2),
    new Among("itz", -1, 1),
    new Among("\u00e0", -1, 1),
    new Among("\u00e1", -1, 1),
    new Among("\u00e9", -1, 1),
    new Among("\u00ec", -1, 1),
    new Among("\u00ed", -1, 1),
    new Among("\u00ef", -1, 1),
    new Among("\u00f3", -1, 1)
  ];

  var stemmer = new CatalanStemmer();
  self.snowballStem = self.snowballStem || {};
  self.snowballStem["ca"] = function (word) {
    return stemmer.stemWord(word);
  };
})();
