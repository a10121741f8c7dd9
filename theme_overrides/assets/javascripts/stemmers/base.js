/*
 * Snowball stemmer runtime: a hand-written JavaScript port of basestemmer.py and among.py
 * from the snowballstemmer Python package (3.1.1), so that the generated <lang>.js files in
 * this folder stem exactly as the Python search index does. Load this file first, then one
 * <lang>.js (a classic Web Worker: importScripts("base.js", "en.js")).
 *
 * Copyright (c) 2001, Dr Martin Porter
 * Copyright (c) 2004,2005, Richard Boulton
 * Copyright (c) 2013, Yoshiki Shibukawa
 * Copyright (c) 2006-2025, Olly Betts
 * All rights reserved. BSD 3-Clause licence: see LICENSE in this folder.
 */
(function () {
  "use strict";

  /** One entry of an `among` table (among.py). */
  function Among(s, substring_i, result, method) {
    this.s = s;
    this.substring_i = substring_i;
    this.result = result;
    this.method = method || null;
  }

  /** The cursor machine every generated stemmer drives (basestemmer.py). */
  function BaseStemmer() {
    this.set_current("");
  }

  var P = BaseStemmer.prototype;

  P.set_current = function (value) {
    this.current = value;
    this.cursor = 0;
    this.limit = this.current.length;
    this.limit_backward = 0;
    this.bra = this.cursor;
    this.ket = this.limit;
  };

  P.get_current = function () {
    return this.current;
  };

  // Groupings are strings of single characters; membership is indexOf.
  P.in_grouping = function (s) {
    if (this.cursor >= this.limit) return false;
    if (s.indexOf(this.current[this.cursor]) < 0) return false;
    this.cursor += 1;
    return true;
  };

  P.go_in_grouping = function (s) {
    while (this.cursor < this.limit) {
      if (s.indexOf(this.current[this.cursor]) < 0) return true;
      this.cursor += 1;
    }
    return false;
  };

  P.in_grouping_b = function (s) {
    if (this.cursor <= this.limit_backward) return false;
    if (s.indexOf(this.current[this.cursor - 1]) < 0) return false;
    this.cursor -= 1;
    return true;
  };

  P.go_in_grouping_b = function (s) {
    while (this.cursor > this.limit_backward) {
      if (s.indexOf(this.current[this.cursor - 1]) < 0) return true;
      this.cursor -= 1;
    }
    return false;
  };

  P.out_grouping = function (s) {
    if (this.cursor >= this.limit) return false;
    if (s.indexOf(this.current[this.cursor]) < 0) {
      this.cursor += 1;
      return true;
    }
    return false;
  };

  P.go_out_grouping = function (s) {
    while (this.cursor < this.limit) {
      if (s.indexOf(this.current[this.cursor]) >= 0) return true;
      this.cursor += 1;
    }
    return false;
  };

  P.out_grouping_b = function (s) {
    if (this.cursor <= this.limit_backward) return false;
    if (s.indexOf(this.current[this.cursor - 1]) < 0) {
      this.cursor -= 1;
      return true;
    }
    return false;
  };

  P.go_out_grouping_b = function (s) {
    while (this.cursor > this.limit_backward) {
      if (s.indexOf(this.current[this.cursor - 1]) >= 0) return true;
      this.cursor -= 1;
    }
    return false;
  };

  // Python: self.current.startswith(s, self.cursor, self.limit)
  P.eq_s = function (s) {
    if (this.limit - this.cursor < s.length) return false;
    if (this.current.slice(this.cursor, this.cursor + s.length) !== s) return false;
    this.cursor += s.length;
    return true;
  };

  // Python: self.current.endswith(s, self.limit_backward, self.cursor)
  P.eq_s_b = function (s) {
    if (this.cursor - this.limit_backward < s.length) return false;
    if (this.current.slice(this.cursor - s.length, this.cursor) !== s) return false;
    this.cursor -= s.length;
    return true;
  };

  P.find_among = function (v) {
    var i = 0;
    var j = v.length;
    var c = this.cursor;
    var l = this.limit;
    var common_i = 0;
    var common_j = 0;
    var first_key_inspected = false;
    var k, diff, common, w, i2;

    while (true) {
      k = i + ((j - i) >> 1);
      diff = 0;
      common = Math.min(common_i, common_j);
      w = v[k];
      for (i2 = common; i2 < w.s.length; i2++) {
        if (c + common === l) {
          diff = -1;
          break;
        }
        diff = this.current.charCodeAt(c + common) - w.s.charCodeAt(i2);
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0) break; // v->s has been inspected
        if (j === i) break; // only one item in v
        // but now we need to go round once more to get v->s inspected
        if (first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      w = v[i];
      if (common_i >= w.s.length) {
        this.cursor = c + w.s.length;
        if (w.method === null) return w.result;
        if (w.method.call(this)) {
          this.cursor = c + w.s.length;
          return w.result;
        }
      }
      i = w.substring_i;
      if (i < 0) return 0;
    }
  };

  /** find_among for backwards processing; same comments apply. */
  P.find_among_b = function (v) {
    var i = 0;
    var j = v.length;
    var c = this.cursor;
    var lb = this.limit_backward;
    var common_i = 0;
    var common_j = 0;
    var first_key_inspected = false;
    var k, diff, common, w, i2;

    while (true) {
      k = i + ((j - i) >> 1);
      diff = 0;
      common = Math.min(common_i, common_j);
      w = v[k];
      for (i2 = w.s.length - 1 - common; i2 >= 0; i2--) {
        if (c - common === lb) {
          diff = -1;
          break;
        }
        diff = this.current.charCodeAt(c - 1 - common) - w.s.charCodeAt(i2);
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0) break;
        if (j === i) break;
        if (first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      w = v[i];
      if (common_i >= w.s.length) {
        this.cursor = c - w.s.length;
        if (w.method === null) return w.result;
        if (w.method.call(this)) {
          this.cursor = c - w.s.length;
          return w.result;
        }
      }
      i = w.substring_i;
      if (i < 0) return 0;
    }
  };

  /** Replace the characters between c_bra and c_ket by s. */
  P.replace_s = function (c_bra, c_ket, s) {
    var adjustment = s.length - (c_ket - c_bra);
    this.current = this.current.slice(0, c_bra) + s + this.current.slice(c_ket);
    this.limit += adjustment;
    if (this.cursor >= c_ket) {
      this.cursor += adjustment;
    } else if (this.cursor > c_bra) {
      this.cursor = c_bra;
    }
    return adjustment;
  };

  P.slice_check = function () {
    if (this.bra < 0 || this.bra > this.ket || this.ket > this.limit || this.limit > this.current.length) {
      throw new Error("snowball: faulty slice operation");
    }
  };

  P.slice_from = function (s) {
    this.slice_check();
    this.replace_s(this.bra, this.ket, s);
    this.ket = this.bra + s.length;
  };

  P.slice_del = function () {
    return this.slice_from("");
  };

  P.insert = function (c_bra, c_ket, s) {
    var adjustment = this.replace_s(c_bra, c_ket, s);
    if (c_bra <= this.bra) this.bra += adjustment;
    if (c_bra <= this.ket) this.ket += adjustment;
  };

  P.slice_to = function () {
    this.slice_check();
    return this.current.slice(this.bra, this.ket);
  };

  P.assign_to = function () {
    return this.current.slice(0, this.limit);
  };

  /*
   * Python counts characters by code point, JavaScript by UTF-16 unit. So that a word with
   * characters outside the Basic Multilingual Plane (emoji, rare scripts) stems the same,
   * each such character is swapped for one stand-in unit before stemming and back after.
   * A stand-in sorts above every character in the stemmer's tables (highestLiteral, set by
   * the generated file), as the real character does, and is one the word does not contain.
   * A word with more distinct such characters than there are free stand-ins (hundreds) is
   * left unstemmed rather than stemmed differently.
   */
  P.stemWord = function (word) {
    var back = null;
    if (/[\uD800-\uDFFF]/.test(word)) {
      var swapped = swapAstral(word, this.highestLiteral);
      if (swapped === null) return word;
      word = swapped.word;
      back = swapped.back;
    }
    this.set_current(word);
    this._stem();
    var result = this.get_current();
    if (back !== null) {
      var out = "";
      for (var n = 0; n < result.length; n++) {
        var ch = result[n];
        out += Object.prototype.hasOwnProperty.call(back, ch) ? back[ch] : ch;
      }
      result = out;
    }
    return result;
  };

  function swapAstral(word, highestLiteral) {
    var used = {};
    var n;
    for (n = 0; n < word.length; n++) used[word[n]] = true;
    var next = Math.max(highestLiteral + 1, 0xe000);
    var forth = {};
    var back = {};
    var out = "";
    for (var ch of word) {
      if (ch.length === 2) {
        if (!Object.prototype.hasOwnProperty.call(forth, ch)) {
          while (next <= 0xffff && used[String.fromCharCode(next)]) next += 1;
          if (next > 0xffff) return null;
          var stand = String.fromCharCode(next);
          next += 1;
          forth[ch] = stand;
          back[stand] = ch;
        }
        ch = forth[ch];
      }
      out += ch;
    }
    return { word: out, back: back };
  }

  self.snowballBase = { Among: Among, BaseStemmer: BaseStemmer };
})();
