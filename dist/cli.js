#!/usr/bin/env node
import { createRequire as __kpaCreateRequire } from 'node:module'; const require = __kpaCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win322) {
        return win322 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants5 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants5;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants5.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal3 = normalizeSimpleBranch(branch);
        if (literal3 && literal3.length === 1) {
          safeChars.push(literal3);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants5.globChars(opts.windows);
      const EXTGLOB_CHARS = constants5.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal3 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal3;
          open.output = safeOutput || utils.escapeRegex(literal3);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants5.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants5 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch2.parse(p, options));
      return parse3(pattern2, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants5;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema3, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema3.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema3[identity.MAP] : Symbol.iterator in Object(value) ? schema3[identity.SEQ] : schema3[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema3, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema3,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema3) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema3,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema3) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema3)
          copy.schema = schema3;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema3) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal3 = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal3 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal3) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge3 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge3.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge3.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge3.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge3;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge3 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge3.isMergeKey(ctx, key))
        merge3.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema3) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema3);
        if (identity.isNode(value))
          value = value.clone(schema3);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent: itemIndent2, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent2, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent2, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent: itemIndent2 }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent2 += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent2,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent2, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema3) {
        super(identity.MAP, schema3);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema3, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema3);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema3.sortMapEntries === "function") {
          map2.items.sort(schema3.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema3, obj, ctx) => YAMLMap.YAMLMap.from(schema3, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema3) {
        super(identity.SEQ, schema3);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema3, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema3);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema3, obj, ctx) => YAMLSeq.YAMLSeq.from(schema3, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int3;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null4 = require_null();
    var seq2 = require_seq();
    var string3 = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int3 = require_int();
    var schema3 = [
      map2.map,
      seq2.seq,
      string3.string,
      _null4.nullTag,
      bool2.boolTag,
      int3.intOct,
      int3.int,
      int3.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema3 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema3, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema3);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema3, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema3, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema3, iterable, ctx) => YAMLOMap.from(schema3, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int3;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema3) {
        super(schema3);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema3, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema3);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema3, iterable, ctx) => YAMLSet.from(schema3, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day2, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day2, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null4 = require_null();
    var seq2 = require_seq();
    var string3 = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int3 = require_int2();
    var merge3 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema3 = [
      map2.map,
      seq2.seq,
      string3.string,
      _null4.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int3.intBin,
      int3.intOct,
      int3.int,
      int3.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge3.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null4 = require_null();
    var seq2 = require_seq();
    var string3 = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int3 = require_int();
    var schema3 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge3 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema3.schema],
      ["failsafe", [map2.map, seq2.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int3.int,
      intHex: int3.intHex,
      intOct: int3.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge3.merge,
      null: _null4.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge3.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge3.merge) ? schemaTags.concat(merge3.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge3.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema3, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema3 === "string" && schema3 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge3);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError2 = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError2;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep6, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep6) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep6 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep6, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep6 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep6 + cb;
              sep6 = "";
              break;
            }
            case "newline":
              if (comment)
                sep6 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep6, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep6?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep6 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep6 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep6, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep6 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep6)
                for (const st of sep6) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep6, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep6 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep6 === " ")
            sep6 = "\n";
          else if (!prevMoreIndented && sep6 === "\n")
            sep6 = "\n\n";
          value += sep6 + indent.slice(trimIndent) + content;
          sep6 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep6 === "\n")
            value += "\n";
          else
            sep6 = "\n";
        } else {
          value += sep6 + content;
          sep6 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep6 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep6 === "\n")
            res += sep6;
          else
            sep6 = "\n";
        } else {
          res += sep6 + lm;
          sep6 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep6 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema3, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema3[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema3.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema3.knownTags[tagName];
      if (kt && !kt.collection) {
        schema3.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema3[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema3 }, value, token, onError) {
      const tag = schema3.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema3[identity.SCALAR];
      if (schema3.compat) {
        const compat = schema3.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema3[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head2 = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head2 }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head2 = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head2;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head2 }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep6, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep6)
        for (const st of sep6)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type2) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep6;
          if (scalar.end) {
            sep6 = scalar.end;
            sep6.push(this.sourceToken);
            delete scalar.end;
          } else
            sep6 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep6 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep6 = it.sep;
                  sep6.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep6 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep6 = fc.end.splice(1, fc.end.length);
            sep6.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep6 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/main.ts
import { relative as relative7, resolve as resolve7 } from "node:path";
import { parseArgs } from "node:util";

// src/advisories/load.ts
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync
} from "node:fs";
import { join as join2, relative as relative2, resolve as resolve2 } from "node:path";

// src/config/confine.ts
import { lstatSync, realpathSync } from "node:fs";
import { join, posix, relative, resolve, sep, win32 } from "node:path";
var PathRefused = class extends Error {
  constructor(message, missing = false) {
    super(message);
    this.missing = missing;
  }
  missing;
  name = "PathRefused";
};
var SEPARATORS = /[\\/]/;
function isGitFolderName(name) {
  const plain2 = name.toLowerCase().split(":")[0].replace(/[. ]+$/, "");
  return plain2 === ".git" || plain2 === "git~1";
}
function liesWithin(base, path) {
  const rel = relative(base, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsoluteAnywhere(rel);
}
function isAbsoluteAnywhere(path) {
  return posix.isAbsolute(path) || win32.isAbsolute(path);
}
function confineSettingPath(root, given, use, rootName) {
  if (given.includes("\0")) throw new PathRefused("holds a NUL character");
  if (isAbsoluteAnywhere(given) || /^[A-Za-z]:/.test(given)) {
    throw new PathRefused(`must be a path relative to ${rootName}, not an absolute one`);
  }
  const parts = given.split(SEPARATORS).filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) throw new PathRefused(`must not leave ${rootName} with '..'`);
  if (parts.some(isGitFolderName)) throw new PathRefused("must not point into .git/");
  return walkWithoutLinks(root, parts, use, rootName);
}
function checkInputPath(workspace, given, use, writeBases = [workspace]) {
  if (given.includes("\0")) throw new PathRefused("holds a NUL character");
  const absolute = resolve(workspace, given);
  const base = use === "write" ? writeBases.find((b) => liesWithin(resolve(b), absolute)) : liesWithin(resolve(workspace), absolute) ? workspace : void 0;
  if (base === void 0) {
    if (use === "read") return absolute;
    throw new PathRefused(
      `must name a file in the workspace${writeBases.length > 1 ? " or RUNNER_TEMP" : ""}`
    );
  }
  const parts = relative(resolve(base), absolute).split(sep).filter((p) => p !== "");
  if (use === "write" && parts.some(isGitFolderName)) {
    throw new PathRefused("must not point into .git/");
  }
  return walkWithoutLinks(base, parts, use, "the workspace", false);
}
function walkWithoutLinks(root, parts, use, rootName, mustExist = true) {
  let current = realpathSync(root);
  for (let n = 0; n < parts.length; n++) {
    current = join(current, parts[n]);
    const shown = parts.slice(0, n + 1).join("/");
    let stat;
    try {
      stat = lstatSync(current);
    } catch (error2) {
      const code = error2.code;
      if (code === "ENOENT") {
        if (use === "write" || !mustExist) return join(resolve(root), ...parts);
        throw new PathRefused(`names ${shown}, which does not exist in ${rootName}`, true);
      }
      if (code === "ENOTDIR") throw new PathRefused(`goes through ${shown}, which is not a folder`);
      throw new PathRefused(`cannot be looked at (${code ?? "error"})`);
    }
    if (stat.isSymbolicLink()) {
      throw new PathRefused(
        `goes through a symbolic link (${shown}); links in the repository are not followed`
      );
    }
    const last = n === parts.length - 1;
    if (!last && !stat.isDirectory()) {
      throw new PathRefused(`goes through ${shown}, which is not a folder`);
    }
    if (last && use === "write" && !stat.isFile()) {
      throw new PathRefused(`names ${shown}, which is not a regular file`);
    }
  }
  return join(resolve(root), ...parts);
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema3, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema3._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema3, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema3._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema3, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema3._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema3, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema3._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern2 = zod.def.innerType._zod.pattern;
    return pattern2 ? new RegExp(`^(${cleanRegex(pattern2.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern2 = zod.def.innerType._zod.pattern;
    return pattern2 ? new RegExp(`^(${cleanRegex(pattern2.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type2, input) {
    if (type2 === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type2] ?? type2;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema3, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema3, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema3);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema3) {
    const meta2 = this._map.get(schema3);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema3);
    return this;
  }
  get(schema3) {
    const p = schema3._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema3) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema3);
  }
  has(schema3) {
    return this._map.has(schema3);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern2, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern: pattern2
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema3 = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema3;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/config/messages.ts
var configured = false;
function withMessages(schema3) {
  if (!configured) {
    config(en_default());
    configured = true;
  }
  return schema3;
}

// src/data/schema.ts
var ECOSYSTEMS = [
  "RKE2",
  "K3s",
  "RFO",
  "containerd",
  "k3s-containerd",
  "runc",
  "kubernetes",
  "etcd"
];
var SEVERITIES = ["low", "medium", "high", "critical"];
var ADVISORY_SEVERITIES = [...SEVERITIES, "unknown"];
var OPERATING_SYSTEMS = ["windows", "linux"];
var GITHUB_SEVERITY = {
  LOW: "low",
  MODERATE: "medium",
  MEDIUM: "medium",
  HIGH: "high",
  CRITICAL: "critical"
};
var ADVISORY_KINDS = ["defect", "security", "end-of-life"];
var REFERENCE_TYPES = ["REPORT", "FIX", "WEB", "ADVISORY", "PACKAGE", "ARTICLE"];
var PRERELEASE = String.raw`(?:-(?:alpha|beta|rc)\.?\d+)?`;
var CANONICAL_BODY = {
  RKE2: String.raw`\d+\.\d+\.\d+${PRERELEASE}\+rke2r\d+`,
  K3s: String.raw`\d+\.\d+\.\d+${PRERELEASE}\+k3s\d+`,
  RFO: String.raw`\d+\.\d+\.\d+${PRERELEASE}\+rfor\d+`,
  // Upstream: v1.6.15, v1.7.0-beta.2.
  containerd: String.raw`\d+\.\d+\.\d+(?:-(?:alpha|beta|rc)\.\d+)?`,
  // Fork builds: v1.6.12-k3s1, v1.5.16-k3s1-1-22, v2.3.4-k3s1.36.
  "k3s-containerd": String.raw`\d+\.\d+\.\d+${PRERELEASE}-k3s\d+(?:[.-]\d+)*`,
  // v1.1.12, v1.0.0-rc92, v1.2.0-rc.1, fork builds v1.1.12-k3s1 and Go pseudo-versions
  // such as v1.0.0-rc8.0.20190930145003-cad42f6e0932.
  runc: String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?`,
  // Kubernetes as bundled: v1.24.9, v1.30.0-alpha.0, v1.21 (GitHub writes some bounds so).
  kubernetes: String.raw`\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?`,
  // etcd 3.x: v3.5.4, v3.4.0-rc.0 and the fork builds v3.5.4-k3s1, v3.5.19-k3s1.30.
  etcd: String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?`
};
var EVENT_BODY = {
  ...CANONICAL_BODY,
  containerd: String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?`
};
var canonicalPattern = (e) => new RegExp(`^v${CANONICAL_BODY[e]}$`);
var eventPattern = (e) => new RegExp(`^(?:0|v?${EVENT_BODY[e]})$`);
function isCanonicalVersion(ecosystem, version2) {
  return canonicalPattern(ecosystem).test(version2);
}
function isRangeEventVersion(ecosystem, version2) {
  return eventPattern(ecosystem).test(version2);
}
var oneLine = (max) => string2().check(_minLength(1), _maxLength(max), _regex(/^[^\r\n]*$/, "must be a single line"));
var isoDate = string2().check(
  _regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?$/, "must be an ISO 8601 date")
);
var httpsUrl = string2().check(_regex(/^https:\/\/[^\s/]+\/?\S*$/, "must be an https URL"));
var nonEmpty = () => string2().check(_minLength(1));
var RangeEventSchema = union([
  strictObject({ introduced: nonEmpty() }),
  strictObject({ fixed: nonEmpty() }),
  strictObject({ last_affected: nonEmpty() })
]);
var RangeSchema = strictObject({
  type: literal("ECOSYSTEM"),
  events: array(RangeEventSchema).check(_minLength(1))
}).check(
  refine((range) => range.events[0] !== void 0 && "introduced" in range.events[0], {
    message: 'the first event must be "introduced"',
    path: ["events", 0]
  })
);
var PackageSchema = strictObject({
  ecosystem: _enum(ECOSYSTEMS),
  name: nonEmpty()
});
var AffectedSchema = strictObject({
  package: PackageSchema,
  ranges: optional(array(RangeSchema).check(_minLength(1))),
  /** Explicitly affected versions, in the ecosystem's canonical spelling. */
  versions: optional(array(nonEmpty()).check(_minLength(1))),
  /** Releases to move to, for this package: fix suggestions, not range bounds. */
  fixed: optional(array(nonEmpty()))
}).check(
  superRefine((entry, ctx) => {
    if (!entry.ranges && !entry.versions) {
      ctx.addIssue({ code: "custom", message: 'needs "ranges" or "versions"', path: [] });
    }
    const ecosystem = entry.package.ecosystem;
    for (const key of ["versions", "fixed"]) {
      entry[key]?.forEach((version2, i) => {
        if (!isCanonicalVersion(ecosystem, version2)) {
          ctx.addIssue({
            code: "custom",
            message: `"${version2}" is not a canonical ${ecosystem} version`,
            path: [key, i]
          });
        }
      });
    }
    entry.ranges?.forEach((range, r) => {
      range.events.forEach((event, e) => {
        const [kind2, version2] = Object.entries(event)[0];
        if (!isRangeEventVersion(ecosystem, version2)) {
          ctx.addIssue({
            code: "custom",
            message: `"${version2}" is not a ${ecosystem} version`,
            path: ["ranges", r, "events", e, kind2]
          });
        }
      });
    });
  })
);
var ReferenceSchema = strictObject({
  type: _enum(REFERENCE_TYPES),
  url: httpsUrl
});
var CvssSchema = strictObject({
  score: number2().check(_gte(0), _lte(10)),
  vector: string2().check(_regex(/^CVSS:\d\.\d\//, "must be a CVSS vector string"))
});
var AdvisorySchema = strictObject({
  schema_version: literal("1.6.0"),
  id: string2().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be a file-name-safe id")),
  aliases: array(nonEmpty()),
  kind: _enum(ADVISORY_KINDS),
  severity: _enum(ADVISORY_SEVERITIES),
  cvss: nullable(CvssSchema),
  /** Only nodes of these operating systems are affected (e.g. Windows-only kubelet advisories). */
  os: optional(array(_enum(OPERATING_SYSTEMS)).check(_minLength(1))),
  summary: oneLine(200),
  details: nonEmpty(),
  published: isoDate,
  modified: optional(isoDate),
  affected: array(AffectedSchema).check(_minLength(1)),
  references: array(ReferenceSchema).check(_minLength(1)),
  database_specific: optional(
    strictObject({
      sources: array(nonEmpty()).check(_minLength(1)),
      license: optional(nonEmpty()),
      notes: optional(nonEmpty())
    })
  )
});
var versionOrNull = () => nullable(string2().check(_regex(/^v\d+\.\d+\.\d+\S*$/)));
var BundleReleaseSchema = strictObject({
  kubernetes: nullable(string2().check(_regex(/^v1\.\d+\.\d+$/))),
  containerd: versionOrNull(),
  runc: versionOrNull(),
  etcd: versionOrNull(),
  /** RKE2's Windows agents ship their own containerd build; absent where none is known. */
  containerd_windows: optional(versionOrNull()),
  date: nullable(string2().check(_regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Where each fact came from, keyed by fact (`containerd`, `runc`, ...) or `row`. */
  sources: record(string2(), nonEmpty())
});
var RELEASE_KEY = {
  rke2: /^v1\.\d+\.\d+(?:-rc\d+)?\+rke2r\d+$/,
  k3s: /^v1\.\d+\.\d+(?:-rc\d+)?\+k3s\d+$/
};
var BundleFileSchema = strictObject({
  product: _enum(["rke2", "k3s"]),
  generated_from: nonEmpty(),
  releases: record(string2(), BundleReleaseSchema)
}).check(
  superRefine((file, ctx) => {
    for (const release of Object.keys(file.releases)) {
      if (!RELEASE_KEY[file.product].test(release)) {
        ctx.addIssue({
          code: "custom",
          message: `"${release}" is not a canonical ${file.product} release`,
          path: ["releases", release]
        });
      }
    }
  })
);
var day = () => string2().check(_regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"));
var EOL_PRODUCTS = ["rke2", "k3s", "kubernetes", "containerd", "etcd"];
var SupportLineSchema = strictObject({
  product: _enum(EOL_PRODUCTS),
  /** `1.33` */
  line: string2().check(_regex(/^\d+\.\d+$/, "must be a MAJOR.MINOR line")),
  /** End of life; null when the source sets no date yet. */
  eol: nullable(day()),
  /** For RKE2/K3s: the upstream Kubernetes line whose end of life is the line's own. */
  upstream: optional(string2().check(_minLength(1))),
  last_release: nullable(string2().check(_minLength(1))),
  last_release_date: nullable(day()),
  /** The bundle data ends with this line's last release: later ones may exist. */
  may_continue: optional(boolean2()),
  sources: array(nonEmpty()).check(_minLength(1))
});
var SupportFileSchema = strictObject({
  generated_from: nonEmpty(),
  lines: array(SupportLineSchema)
});
var DataSourcesSchema = strictObject({
  date: day(),
  sources: array(nonEmpty()).check(_minLength(1))
});
function describeIssues(error2) {
  const lines = error2.issues.map((issue2) => {
    const path = [...issue2.path];
    if (issue2.code === "unrecognized_keys") path.push(...issue2.keys);
    const where = path.length ? path.map(String).join(".") : "(root)";
    return `${where}: ${issue2.message}`;
  });
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : "";
  return `${lines[0] ?? "invalid"}${more}`;
}
function parseWith(schema3, json2, file) {
  const result = withMessages(schema3).safeParse(json2);
  if (!result.success) throw new Error(`${file}: ${describeIssues(result.error)}`);
  return result.data;
}
function parseAdvisory(json2, file) {
  return parseWith(AdvisorySchema, json2, file);
}

// src/errors.ts
var InputError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
  name = "InputError";
};

// src/syntax-errors.ts
function describeSyntaxError(at) {
  return `line ${at.line}, column ${at.column}: ${at.reason}`;
}
function jsonSyntaxError(text) {
  const found = firstJsonError(text) ?? { offset: 0, reason: "not valid JSON" };
  return { ...lineAndColumn(text, found.offset), reason: found.reason };
}
function yamlSyntaxError(error2, lines) {
  const { line, col } = lines.linePos(error2.pos[0]);
  return { line, column: col, reason: YAML_REASONS[error2.code] ?? humanize(error2.code) };
}
var YAML_REASONS = {
  BAD_INDENT: "wrong indentation",
  TAB_AS_INDENT: "a tab used as indentation",
  DUPLICATE_KEY: "a key given twice in one mapping",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTILINE_IMPLICIT_KEY: "a key spans more than one line",
  BLOCK_AS_IMPLICIT_KEY: "a block used as a key",
  MULTIPLE_DOCS: "more than one document",
  UNEXPECTED_TOKEN: "unexpected text"
};
function humanize(code) {
  return code.toLowerCase().replace(/_/g, " ");
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
var LITERALS = ["true", "false", "null"];
var ENDS_EARLY = "the text ends before the JSON value does";
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function numberEnd(text, start) {
  let i = start;
  const digits = (what) => {
    if (!isDigit(text[i])) {
      return { offset: i, reason: i >= text.length ? ENDS_EARLY : `a digit should follow ${what}` };
    }
    while (isDigit(text[i])) i++;
    return null;
  };
  if (text[i] === "-") i++;
  if (text[i] === "0") i++;
  else {
    const wrong = digits("the minus sign");
    if (wrong) return wrong;
  }
  if (text[i] === ".") {
    i++;
    const wrong = digits("the decimal point");
    if (wrong) return wrong;
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    const wrong = digits("the exponent");
    if (wrong) return wrong;
  }
  return i;
}
function firstJsonError(text) {
  const open = [];
  let expecting = "value";
  let i = 0;
  for (; ; ) {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
    if (i >= text.length) {
      return expecting === "after" && open.length === 0 ? null : { offset: i, reason: ENDS_EARLY };
    }
    const c = text[i];
    switch (expecting) {
      case "first-value":
      case "value":
        if (expecting === "first-value" && c === "]") {
          open.pop();
          i++;
          expecting = "after";
        } else if (c === "{" || c === "[") {
          open.push(c);
          i++;
          expecting = c === "{" ? "first-key" : "first-value";
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== "number") return end;
          i = end;
          expecting = "after";
        } else if (c === "-" || isDigit(c)) {
          const end = numberEnd(text, i);
          if (typeof end !== "number") return end;
          i = end;
          expecting = "after";
        } else {
          const literal3 = LITERALS.find((word) => word[0] === c);
          if (!literal3) {
            return {
              offset: i,
              reason: i === 0 && c === "\uFEFF" ? "a byte order mark before the JSON value" : "unexpected character where a value should start"
            };
          }
          for (let k = 1; k < literal3.length; k++) {
            if (i + k >= text.length) return { offset: i + k, reason: ENDS_EARLY };
            if (text[i + k] !== literal3[k]) {
              return { offset: i + k, reason: `unexpected character in '${literal3}'` };
            }
          }
          i += literal3.length;
          expecting = "after";
        }
        break;
      case "first-key":
      case "key":
        if (expecting === "first-key" && c === "}") {
          open.pop();
          i++;
          expecting = "after";
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== "number") return end;
          i = end;
          expecting = "colon";
        } else {
          return { offset: i, reason: "a property name in double quotes should be here" };
        }
        break;
      case "colon":
        if (c !== ":") return { offset: i, reason: "a ':' should follow the property name" };
        i++;
        expecting = "value";
        break;
      case "after": {
        const inside = open[open.length - 1];
        if (!inside) return { offset: i, reason: "more text after the JSON value" };
        const close = inside === "{" ? "}" : "]";
        if (c === ",") {
          i++;
          expecting = inside === "{" ? "key" : "value";
        } else if (c === close) {
          open.pop();
          i++;
        } else {
          return { offset: i, reason: `a ',' or '${close}' should be here` };
        }
        break;
      }
    }
  }
}
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 32) return { offset: i, reason: "a control character inside a string" };
    if (c === 92) {
      const next = text[i + 1];
      if (next === void 0) break;
      if (next === "u") {
        for (let k = i + 2; k < i + 6; k++) {
          if (k >= text.length) return { offset: k, reason: "a string that is never closed" };
          if (!/[0-9a-fA-F]/.test(text[k])) {
            return { offset: k, reason: "a \\u escape without four hex digits" };
          }
        }
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return { offset: i + 1, reason: "an escape sequence JSON does not have" };
      }
    }
  }
  return { offset: text.length, reason: "a string that is never closed" };
}

// src/advisories/osv.ts
var GO_MODULES = {
  "github.com/containerd/containerd": "containerd",
  "github.com/containerd/containerd/v2": "containerd",
  "github.com/opencontainers/runc": "runc",
  "github.com/k3s-io/k3s": "K3s",
  "github.com/rancher/rke2": "RKE2",
  "k8s.io/kubernetes": "kubernetes",
  "go.etcd.io/etcd/v3": "etcd",
  "go.etcd.io/etcd/server/v3": "etcd",
  "go.etcd.io/etcd/api/v3": "etcd",
  "go.etcd.io/etcd/client/v3": "etcd",
  "go.etcd.io/etcd/client/pkg/v3": "etcd"
};
var OWN_ECOSYSTEMS = new Set(ECOSYSTEMS);
var REFERENCE_TYPE_SET = new Set(REFERENCE_TYPES);
function isOwnFormat(json2) {
  return typeof json2 === "object" && json2 !== null && "kind" in json2 && "schema_version" in json2;
}
function convertOsv(json2, file) {
  if (typeof json2 !== "object" || json2 === null || Array.isArray(json2)) {
    throw new InputError(`${file}: expected one OSV record (a JSON object)`);
  }
  const record2 = json2;
  if (typeof record2.id !== "string" || !record2.id) throw new InputError(`${file}: id: required`);
  if (!Array.isArray(record2.affected))
    throw new InputError(`${file}: affected: required (an array)`);
  const notes = [];
  const affected = record2.affected.flatMap(
    (entry, i) => convertAffected(entry, `${file}: affected.${i}`)
  );
  if (!affected.length) {
    throw new InputError(
      `${file}: affected: names no package kube-pin-audit checks (containerd, runc, Kubernetes, etcd v3, RKE2, K3s, RFO)`
    );
  }
  const ghSeverity = String(record2.database_specific?.severity ?? "").toUpperCase();
  let severity = GITHUB_SEVERITY[ghSeverity];
  if (!severity) {
    severity = "high";
    notes.push(
      ghSeverity ? `${file}: severity '${ghSeverity}' is not low, moderate, high or critical; taken as high` : `${file}: no severity in the record; taken as high`
    );
  }
  const goos = record2.affected.flatMap((entry) => {
    const imports = entry?.ecosystem_specific?.imports;
    return Array.isArray(imports) && imports.length ? [
      imports.every(
        (i) => Array.isArray(i?.goos) && i.goos.length === 1 && i.goos[0] === "windows"
      )
    ] : [false];
  });
  const windowsOnly = goos.length > 0 && goos.every(Boolean);
  const summaryText = typeof record2.summary === "string" && record2.summary.trim() ? record2.summary : String(record2.details ?? record2.id);
  const summary = summaryText.split(/\r?\n/)[0].slice(0, 200);
  const references = (Array.isArray(record2.references) ? record2.references : []).filter(
    (r) => typeof r?.url === "string" && r.url.startsWith("https://")
  ).map((r) => ({
    type: REFERENCE_TYPE_SET.has(String(r.type)) ? String(r.type) : "WEB",
    url: r.url
  }));
  if (!references.length)
    references.push({ type: "ADVISORY", url: `https://osv.dev/vulnerability/${record2.id}` });
  const advisory = parseAdvisory(
    {
      schema_version: "1.6.0",
      id: record2.id,
      aliases: Array.isArray(record2.aliases) ? record2.aliases.map(String) : [],
      kind: "security",
      severity,
      cvss: null,
      ...windowsOnly ? { os: ["windows"] } : {},
      summary,
      details: typeof record2.details === "string" && record2.details ? record2.details : summary,
      published: typeof record2.published === "string" ? record2.published.replace(/(\.\d+)?Z$/, "Z") : "1970-01-01",
      affected,
      references,
      database_specific: { sources: [file] }
    },
    file
  );
  return { advisory, notes };
}
var RELEASE_SUFFIX = {
  RKE2: "+rke2r1",
  K3s: "+k3s1",
  RFO: "+rfor1"
};
function inEcosystem(ecosystem, value) {
  const suffix = RELEASE_SUFFIX[ecosystem];
  if (suffix && /^v?\d+\.\d+\.\d+(?:-rc\.?\d+)?$/.test(value))
    return `${value.replace(/^v?/, "v")}${suffix}`;
  return value;
}
function convertAffected(entry, where) {
  const e = entry;
  if (!e?.package || typeof e.package.name !== "string") {
    throw new InputError(`${where}.package.name: required`);
  }
  const ecosystem = e.package.ecosystem === "Go" ? GO_MODULES[e.package.name] : OWN_ECOSYSTEMS.has(String(e.package.ecosystem)) ? e.package.ecosystem : void 0;
  if (!ecosystem) return [];
  const custom = e.ecosystem_specific?.custom_ranges;
  const rawRanges = Array.isArray(custom) && custom.length ? custom : Array.isArray(e.ranges) ? e.ranges : [];
  const ranges = rawRanges.filter((r) => r?.type === "SEMVER" || r?.type === "ECOSYSTEM").map((r) => ({
    type: "ECOSYSTEM",
    events: (Array.isArray(r.events) ? r.events : []).flatMap((ev) => {
      const [kind2, value] = Object.entries(ev ?? {})[0] ?? [];
      if (!kind2 || !["introduced", "fixed", "last_affected"].includes(kind2) || typeof value !== "string")
        return [];
      const version2 = inEcosystem(ecosystem, value);
      return isRangeEventVersion(ecosystem, version2) ? [{ [kind2]: version2 }] : [];
    })
  })).filter((r) => r.events.length && "introduced" in r.events[0]);
  const versions = (Array.isArray(e.versions) ? e.versions : []).map(
    (v) => inEcosystem(ecosystem, String(v).startsWith("v") ? String(v) : `v${String(v)}`)
  ).filter((v) => isCanonicalVersion(ecosystem, v));
  const fixed = ranges.flatMap((r) => r.events.flatMap((ev) => "fixed" in ev ? [ev.fixed] : [])).map((v) => v.startsWith("v") ? v : `v${v}`).filter((v) => isCanonicalVersion(ecosystem, v));
  if (!ranges.length && !versions.length) return [];
  return [
    {
      package: { ecosystem, name: e.package.name },
      ...ranges.length ? { ranges } : {},
      ...versions.length ? { versions } : {},
      ...fixed.length ? { fixed } : {}
    }
  ];
}

// src/advisories/load.ts
function readJson(file, shownAs, noFollow = false) {
  let text;
  try {
    text = noFollow ? readWithoutFollowing(file) : readFileSync(file, "utf8");
  } catch (error2) {
    throw new InputError(
      `${shownAs}: cannot read (${error2.code ?? "error"})`
    );
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(
      `${shownAs}: not valid JSON at ${describeSyntaxError(jsonSyntaxError(text))}`
    );
  }
}
function readWithoutFollowing(file) {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(), { code: "not a regular file" });
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function validated(parse3) {
  try {
    return parse3();
  } catch (error2) {
    if (error2 instanceof InputError) throw error2;
    throw new InputError(error2.message);
  }
}
function jsonFilesIn(path, shownAs, noLinks = false) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${shownAs}: advisory file or folder not found`);
  }
  if (!stat.isDirectory()) return [path];
  const entries = readdirSync(path, { withFileTypes: true }).filter((entry) => entry.name.endsWith(".json")).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (noLinks) {
    const link = entries.find((entry) => entry.isSymbolicLink());
    if (link) {
      throw new InputError(
        `${shownAs}/${link.name}: a symbolic link; advisory files in the repository are read only when they are not links`
      );
    }
  }
  return entries.map((entry) => join2(path, entry.name));
}
function trusted(file, shownAs) {
  return readJson(file, shownAs);
}
function loadBundles(file, shownAs) {
  const bundle = trusted(file, shownAs);
  return new Map(
    Object.entries(bundle.releases).map(([release, r]) => [
      release,
      {
        kubernetes: r.kubernetes,
        containerd: r.containerd,
        runc: r.runc,
        etcd: r.etcd,
        containerd_windows: r.containerd_windows ?? null,
        date: r.date
      }
    ])
  );
}
function loadDatabase(dataDir, userPaths, cwd, repositoryRoot) {
  const shown = (file) => relative2(cwd, file) || file;
  const advisories = /* @__PURE__ */ new Map();
  for (const file of jsonFilesIn(join2(dataDir, "advisories"), shown(join2(dataDir, "advisories")))) {
    const advisory = trusted(file, shown(file));
    advisories.set(advisory.id, advisory);
  }
  const notes = [];
  const bundled = new Set(advisories.keys());
  for (const userPath of userPaths) {
    const absolute = resolve2(cwd, userPath);
    const inRepository = repositoryRoot !== void 0 && liesWithin(resolve2(repositoryRoot), absolute);
    if (inRepository) {
      try {
        checkInputPath(repositoryRoot, absolute, "read");
      } catch (error2) {
        if (!(error2 instanceof PathRefused)) throw error2;
        throw new InputError(`${shown(absolute)}: ${error2.message}`);
      }
    }
    for (const file of jsonFilesIn(absolute, shown(absolute), inRepository)) {
      const json2 = readJson(file, shown(file), inRepository);
      let advisory;
      if (isOwnFormat(json2)) {
        advisory = validated(() => parseAdvisory(json2, shown(file)));
      } else {
        const converted = validated(() => convertOsv(json2, shown(file)));
        advisory = converted.advisory;
        notes.push(...converted.notes);
      }
      if (bundled.has(advisory.id)) {
        notes.push(`${shown(file)}: replaces the bundled advisory ${advisory.id}`);
      }
      advisories.set(advisory.id, advisory);
    }
  }
  return {
    db: {
      advisories: [...advisories.values()],
      bundles: {
        rke2: loadBundles(
          join2(dataDir, "bundles", "rke2.json"),
          shown(join2(dataDir, "bundles", "rke2.json"))
        ),
        k3s: loadBundles(
          join2(dataDir, "bundles", "k3s.json"),
          shown(join2(dataDir, "bundles", "k3s.json"))
        )
      },
      support: trusted(
        join2(dataDir, "support.json"),
        shown(join2(dataDir, "support.json"))
      ).lines,
      sources: trusted(
        join2(dataDir, "sources.json"),
        shown(join2(dataDir, "sources.json"))
      )
    },
    notes
  };
}

// src/advisories/types.ts
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}

// src/versioning/semver-core.ts
function compareNumbers(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareIdentifiers(a, b) {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b);
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareCore(a, b) {
  const byNumbers = compareNumbers(a.major, b.major) || compareNumbers(a.minor, b.minor) || compareNumbers(a.patch, b.patch);
  if (byNumbers) return byNumbers;
  if (a.pre.length === 0 || b.pre.length === 0) return compareNumbers(b.pre.length, a.pre.length);
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const c = compareIdentifiers(a.pre[i], b.pre[i]);
    if (c) return c;
  }
  return compareNumbers(a.pre.length, b.pre.length);
}
function splitPrerelease(text) {
  const ids = [];
  for (const part of text.toLowerCase().match(/[a-z]+|\d+/g) ?? []) {
    ids.push(/^\d+$/.test(part) ? Number(part) : part);
  }
  return ids;
}
function coreString(c) {
  return `${c.major}.${c.minor}.${c.patch}`;
}
function compareForks(a, b) {
  if (!a || !b) return compareNumbers(a ? 1 : 0, b ? 1 : 0);
  const text = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return text(a.name, b.name) || compareNumbers(a.revision, b.revision) || text(a.rest ?? "", b.rest ?? "");
}

// src/versioning/containerd.ts
var FORK_NAMES = "k3s|bd";
var CORE = String.raw`(\d{1,4})\.(\d{1,4})\.(\d{1,4})`;
var PRE = String.raw`(?:[-~]((?:alpha|beta|rc)\.?\d{1,4}))?`;
var FORK = String.raw`(?:-(${FORK_NAMES})(\d{1,4})((?:[.-]\d{1,4}){0,3}))?`;
var BUILD = String.raw`(?:-build\d{1,14})?`;
var PACKAGE_REVISION = String.raw`(?:-[0-9][0-9A-Za-z.~+]{0,40})?`;
var FORK_RE = new RegExp(`^v?${CORE}${PRE}${FORK}${BUILD}$`);
var PACKAGE_RE = new RegExp(`^v?${CORE}${PRE}${PACKAGE_REVISION}$`);
var containerdScheme = {
  product: "containerd",
  parse(input) {
    const text = input.trim();
    const forkMatch = FORK_RE.exec(text);
    const m = forkMatch ?? PACKAGE_RE.exec(text);
    if (!m) return null;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    if (major > 2 || major === 1 && minor > 7 || major === 2 && minor > 9) return null;
    return {
      product: "containerd",
      major,
      minor,
      patch: Number(m[3]),
      pre: m[4] ? splitPrerelease(m[4]) : [],
      fork: forkMatch && forkMatch[5] ? { name: forkMatch[5], revision: Number(forkMatch[6]), rest: forkMatch[7] ?? "" } : null
    };
  },
  format(v) {
    const pre = v.pre.length ? `-${formatPre(v.pre)}` : "";
    const fork = v.fork ? `-${v.fork.name}${v.fork.revision}${v.fork.rest}` : "";
    return `v${coreString(v)}${pre}${fork}`;
  },
  /**
   * Base version first; a fork build is never a prerelease of its base: on an equal base the
   * upstream release sorts first, then fork builds by revision.
   */
  compare(a, b) {
    return compareCore(a, b) || compareForks(a.fork, b.fork);
  },
  line(v) {
    return `${v.major}.${v.minor}`;
  },
  isStable(v) {
    return v.pre.length === 0;
  }
};
function formatPre(pre) {
  return pre.join(".");
}
function baseOf(v) {
  return { ...v, fork: null };
}

// src/versioning/distribution.ts
var SUFFIX = {
  rke2: "rke2r",
  k3s: "k3s",
  rfo: "rfor"
};
function pattern(suffix) {
  return new RegExp(
    `^v?(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})(?:-((?:rc|alpha|beta)\\.?\\d{1,4}))?(?:\\+|-|%2[Bb])${suffix}(\\d{1,4})$`
  );
}
var MIN_KUBERNETES_MINOR = 10;
function distributionScheme(product) {
  const re = pattern(SUFFIX[product]);
  return {
    product,
    parse(text) {
      const m = re.exec(text.trim());
      if (!m) return null;
      const major = Number(m[1]);
      const minor = Number(m[2]);
      if (major !== 1 || minor < MIN_KUBERNETES_MINOR) return null;
      return {
        product,
        major,
        minor,
        patch: Number(m[3]),
        pre: m[4] ? splitPrerelease(m[4]) : [],
        revision: Number(m[5])
      };
    },
    format(v) {
      const pre = v.pre.length ? `-${v.pre.join("")}` : "";
      return `v${coreString(v)}${pre}+${SUFFIX[product]}${v.revision}`;
    },
    compare(a, b) {
      return compareCore(a, b) || compareNumbers(a.revision, b.revision);
    },
    line(v) {
      return `${v.major}.${v.minor}`;
    },
    isStable(v) {
      return v.pre.length === 0;
    }
  };
}

// src/versioning/types.ts
var PRODUCT_LABELS = {
  rke2: "RKE2",
  k3s: "K3s",
  rfo: "RFO",
  containerd: "containerd"
};

// src/versioning/index.ts
var schemes = {
  rke2: distributionScheme("rke2"),
  k3s: distributionScheme("k3s"),
  rfo: distributionScheme("rfo"),
  containerd: containerdScheme
};
function schemeFor(product) {
  return schemes[product];
}
function canonicalize(product, text) {
  const scheme = schemeFor(product);
  const parsed = scheme.parse(text);
  return parsed ? scheme.format(parsed) : null;
}
function identify(text) {
  for (const product of ["rke2", "k3s", "rfo"]) {
    const version3 = schemes[product].parse(text);
    if (version3) return { product, version: version3 };
  }
  const version2 = containerdScheme.parse(text);
  return version2 ? { product: "containerd", version: version2 } : null;
}
function isChannel(text) {
  return /^(?:stable|latest|testing|v?\d{1,4}\.\d{1,4})$/i.test(text.trim());
}

// src/versioning/runc.ts
var RUNC_RE = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:-([0-9A-Za-z.-]{1,80}))?$/;
var FORK_RE2 = /^(k3s|bd)(\d{1,4})$/;
var runcScheme = {
  product: "runc",
  parse(text) {
    const m = RUNC_RE.exec(text.trim());
    if (!m) return null;
    const fork = m[4] ? FORK_RE2.exec(m[4]) : null;
    return {
      product: "runc",
      major: Number(m[1]),
      minor: Number(m[2]),
      patch: Number(m[3]),
      pre: m[4] && !fork ? splitPrerelease(m[4]) : [],
      fork: fork ? { name: fork[1], revision: Number(fork[2]) } : null
    };
  },
  format(v) {
    const pre = v.pre.length ? `-${v.pre.join("")}` : "";
    return `v${coreString(v)}${pre}${v.fork ? `-${v.fork.name}${v.fork.revision}` : ""}`;
  },
  compare(a, b) {
    return compareCore(a, b) || compareForks(a.fork, b.fork);
  }
};

// src/versioning/component.ts
var VERSION_RE = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?:-((?:alpha|beta|rc)\.?\d{1,4}))?(?:-(k3s|bd)(\d{1,4})((?:[.-]\d{1,4}){0,3}))?$/;
function componentScheme(product) {
  return {
    product,
    parse(text) {
      const m = VERSION_RE.exec(text.trim());
      if (!m) return null;
      return {
        product,
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3] ?? 0),
        pre: m[4] ? splitPrerelease(m[4]) : [],
        fork: m[5] ? { name: m[5], revision: Number(m[6]), rest: m[7] ?? "" } : null
      };
    },
    format(v) {
      const pre = v.pre.length ? `-${v.pre.join(".")}` : "";
      const fork = v.fork ? `-${v.fork.name}${v.fork.revision}${v.fork.rest}` : "";
      return `v${coreString(v)}${pre}${fork}`;
    },
    compare(a, b) {
      return compareCore(a, b) || compareForks(a.fork, b.fork);
    }
  };
}
var kubernetesScheme = componentScheme("kubernetes");
var etcdScheme = componentScheme("etcd");
function componentBase(v) {
  return v.fork ? { ...v, fork: null } : v;
}

// src/match/affects.ts
var SCHEME_BY_ECOSYSTEM = {
  RKE2: schemes.rke2,
  K3s: schemes.k3s,
  RFO: schemes.rfo,
  containerd: schemes.containerd,
  "k3s-containerd": schemes.containerd,
  runc: runcScheme,
  kubernetes: kubernetesScheme,
  etcd: etcdScheme
};
var ECOSYSTEM_BY_COMPONENT = {
  rke2: "RKE2",
  k3s: "K3s",
  rfo: "RFO",
  runc: "runc",
  kubernetes: "kubernetes",
  etcd: "etcd"
};
function ecosystemsFor(component, version2) {
  if (component !== "containerd") return ECOSYSTEM_BY_COMPONENT[component];
  return schemes.containerd.parse(version2)?.fork ? "k3s-containerd" : "containerd";
}
var parsedCache = /* @__PURE__ */ new Map();
function parseWith2(ecosystem, text) {
  const key = `${ecosystem}\0${text}`;
  if (!parsedCache.has(key)) {
    const scheme = SCHEME_BY_ECOSYSTEM[ecosystem];
    parsedCache.set(key, text === "0" ? "zero" : scheme.parse(text));
  }
  return parsedCache.get(key);
}
function compare(ecosystem, a, b) {
  if (a === "zero") return b === "zero" ? 0 : -1;
  if (b === "zero") return 1;
  return SCHEME_BY_ECOSYSTEM[ecosystem].compare(a, b);
}
function eventVersion(event) {
  return "introduced" in event ? event.introduced : "fixed" in event ? event.fixed : event.last_affected;
}
var sortedEvents = /* @__PURE__ */ new WeakMap();
function eventsInOrder(ecosystem, events) {
  let sorted = sortedEvents.get(events);
  if (!sorted) {
    sorted = events.map((event) => ({ event, at: parseWith2(ecosystem, eventVersion(event)) })).filter((e) => e.at !== null).sort((x, y) => compare(ecosystem, x.at, y.at));
    sortedEvents.set(events, sorted);
  }
  return sorted;
}
function inRange(ecosystem, events, version2) {
  let affected = false;
  for (const { event, at } of eventsInOrder(ecosystem, events)) {
    const c = compare(ecosystem, at, version2);
    if (c > 0) break;
    if ("introduced" in event) affected = true;
    else if ("fixed" in event) affected = false;
    else if (c < 0) affected = false;
  }
  return affected;
}
var parsedVersions = /* @__PURE__ */ new WeakMap();
function listedVersions(entry) {
  let parsed = parsedVersions.get(entry);
  if (!parsed) {
    const ecosystem = entry.package.ecosystem;
    parsed = (entry.versions ?? []).map((v) => parseWith2(ecosystem, v)).filter((v) => v !== null);
    parsedVersions.set(entry, parsed);
  }
  return parsed;
}
function entryAffects(entry, version2) {
  const ecosystem = entry.package.ecosystem;
  if (listedVersions(entry).some((v) => compare(ecosystem, v, version2) === 0)) return true;
  return entry.ranges?.some((r) => inRange(ecosystem, r.events, version2)) ?? false;
}
function advisoryAffects(advisory, component, version2) {
  if (component === "containerd") return affectsContainerd(advisory, version2);
  const ecosystem = ECOSYSTEM_BY_COMPONENT[component];
  let parsed = parseWith2(ecosystem, version2);
  if (!parsed) return false;
  if (component === "kubernetes" || component === "etcd") {
    parsed = componentBase(parsed);
  }
  return advisory.affected.some(
    (e) => e.package.ecosystem === ecosystem && entryAffects(e, parsed)
  );
}
function affectsContainerd(advisory, version2) {
  const parsed = schemes.containerd.parse(version2);
  if (!parsed) return false;
  if (parsed.fork) {
    const forkEntries = advisory.affected.filter((e) => e.package.ecosystem === "k3s-containerd");
    if (forkEntries.length) return forkEntries.some((e) => entryAffects(e, parsed));
  }
  const base = baseOf(parsed);
  return advisory.affected.some(
    (e) => e.package.ecosystem === "containerd" && entryAffects(e, base)
  );
}

// src/match/platform.ts
var WINDOWS_PATH = /(?:^|[/._-])win(?:dows)?(?:\d{2,4})?(?:[/._-]|$)/i;
function pinOs(pin) {
  return pin.form === "powershell" || WINDOWS_PATH.test(pin.file) ? "windows" : "linux";
}
function otherOsNote(advisoryOs, os) {
  return os === "windows" ? `applies to ${advisoryOs.join(", ")} nodes only; this pin deploys Windows nodes` : `applies to Windows nodes only; this pin is not in a PowerShell file or a Windows node pool's path`;
}
function notesOtherOs(note) {
  return note !== void 0 && OTHER_OS_NOTE_RE.test(note);
}
var OTHER_OS_NOTE_RE = /(?:^|; )applies to [A-Za-z, ]+ nodes only; this pin (?:deploys|is not in)/;

// src/match/support.ts
var NOTICE_DAYS = 60;
var SUPPORTED_PRODUCTS = /* @__PURE__ */ new Set(["rke2", "k3s", "containerd"]);
function dayNumber(date2) {
  return Date.parse(`${date2}T00:00:00Z`) / 864e5;
}
function lineParts(line) {
  const [major, minor] = line.split(".").map(Number);
  return [major ?? 0, minor ?? 0];
}
function supportIndex(lines) {
  const byKey = /* @__PURE__ */ new Map();
  const newest = /* @__PURE__ */ new Map();
  for (const l of lines) {
    byKey.set(`${l.product} ${l.line}`, l);
    const [major, minor] = lineParts(l.line);
    const known = newest.get(l.product);
    if (!known || major > known[0] || major === known[0] && minor > known[1]) {
      newest.set(l.product, [major, minor]);
    }
  }
  return function supportOf(product, line, date2) {
    if (!SUPPORTED_PRODUCTS.has(product)) return null;
    const known = byKey.get(`${product} ${line}`);
    if (!known) {
      const top = newest.get(product);
      if (!top) return null;
      const [major, minor] = lineParts(line);
      const newer = major > top[0] || major === top[0] && minor > top[1];
      return { state: newer ? "supported" : "ended", line: null, days: null };
    }
    if (!known.eol) return { state: "supported", line: known, days: null };
    const days2 = dayNumber(known.eol) - dayNumber(date2);
    const state = days2 <= 0 ? "ended" : days2 <= NOTICE_DAYS ? "ending" : "supported";
    return { state, line: known, days: days2 };
  };
}
var ECOSYSTEM = {
  rke2: "RKE2",
  k3s: "K3s",
  containerd: "containerd"
};
var RELEASES_PAGE = {
  rke2: "https://github.com/rancher/rke2/releases",
  k3s: "https://github.com/k3s-io/k3s/releases",
  containerd: "https://github.com/containerd/containerd/releases"
};
function endOfLifeId(product, line) {
  return `KPA-EOL-${PRODUCT_LABELS[product].toUpperCase()}-${line}`;
}
function wholeLine(product, line) {
  const [major, minor] = lineParts(line);
  const suffix = product === "rke2" ? "+rke2r0" : product === "k3s" ? "+k3s0" : "";
  return {
    introduced: `v${major}.${minor}.0-alpha.0${suffix}`,
    fixed: `v${major}.${minor + 1}.0-alpha.0${suffix}`
  };
}
function endOfLifeAdvisory(product, support, severity, date2, nextSupported) {
  const l = support.line;
  const label = PRODUCT_LABELS[product];
  const eol = l.eol;
  const upstream = l.upstream ?? `${label} ${l.line}`;
  const ended = support.state === "ended";
  const head2 = ended ? `${upstream} support ended ${eol}` : `${upstream} support ends ${eol} (in ${support.days} days)`;
  const last = l.last_release ? `the last ${label} ${l.line} release${l.may_continue ? " in the data" : ""}, ${l.last_release}, shipped ${l.last_release_date ?? "(date unknown)"}` : `its last ${label} ${l.line} release is not known to this data`;
  const way = !ended ? "plan the move to a newer line" : nextSupported ? `move to a supported line (${nextSupported})` : `no release on a line supported on ${date2} is known`;
  const summary = `${head2}; ${last}; ${way}`;
  const details = `${summary}.

` + (l.upstream ? `An ${label} line gets no more patches once ${l.upstream} reaches its end of life: its later rebuilds carry upstream's final patch and nothing newer. ` : "") + `Last release: ${l.last_release ?? "unknown"}${l.may_continue ? " (the bundle data ends with it; later rebuilds may exist)" : ""}. Judged on ${date2}. Sources: ${l.sources.join("; ")}.`;
  const range = wholeLine(product, l.line);
  return {
    schema_version: "1.6.0",
    id: endOfLifeId(product, l.line),
    aliases: [],
    kind: "end-of-life",
    severity: ended ? severity : "low",
    cvss: null,
    summary: summary.length > 200 ? `${summary.slice(0, 199)}\u2026` : summary,
    details,
    published: eol,
    affected: [
      {
        package: { ecosystem: ECOSYSTEM[product], name: `${product} ${l.line}` },
        ranges: [
          { type: "ECOSYSTEM", events: [{ introduced: range.introduced }, { fixed: range.fixed }] }
        ]
      }
    ],
    references: [
      {
        type: "WEB",
        url: `https://endoflife.date/${product === "containerd" ? "containerd" : "kubernetes"}`
      },
      { type: "WEB", url: RELEASES_PAGE[product] }
    ],
    database_specific: { sources: l.sources }
  };
}

// src/match/matcher.ts
var BUNDLED = {
  linux: ["kubernetes", "containerd", "runc", "etcd"],
  windows: ["kubernetes", "containerd"]
};
function createMatcher(db, options) {
  const cache = /* @__PURE__ */ new Map();
  const supportOf = supportIndex(db.support);
  const lineSupport = /* @__PURE__ */ new Map();
  function supportOfRelease(product, version2) {
    const scheme = schemeFor(product);
    const parsed = scheme.parse(version2);
    return parsed ? supportOfLine(product, scheme.line(parsed)) : null;
  }
  function supportOfLine(product, line) {
    const key = `${product} ${line}`;
    if (!lineSupport.has(key)) lineSupport.set(key, supportOf(product, line, options.date));
    return lineSupport.get(key);
  }
  const onSupportedLine = (product, version2) => supportOfRelease(product, version2)?.state !== "ended";
  function dateOf(product, version2) {
    return bundleOf(product, version2)?.date ?? null;
  }
  function bundleOf(product, version2) {
    if (product === "rke2" || product === "k3s") return db.bundles[product].get(version2) ?? null;
    return null;
  }
  const ECOSYSTEMS_OF = {
    rke2: ["RKE2"],
    k3s: ["K3s"],
    rfo: ["RFO"],
    containerd: ["containerd", "k3s-containerd"],
    runc: ["runc"],
    kubernetes: ["kubernetes"],
    etcd: ["etcd"]
  };
  const relevant = /* @__PURE__ */ new Map();
  const affecting = /* @__PURE__ */ new Map();
  function advisoriesAffecting(component, version2) {
    const key = `${component} ${version2}`;
    let found = affecting.get(key);
    if (!found) {
      let candidates2 = relevant.get(component);
      if (!candidates2) {
        const ecosystems = ECOSYSTEMS_OF[component];
        candidates2 = db.advisories.filter(
          (a) => a.affected.some((e) => ecosystems.includes(e.package.ecosystem))
        );
        relevant.set(component, candidates2);
      }
      found = new Set(candidates2.filter((a) => advisoryAffects(a, component, version2)));
      affecting.set(key, found);
    }
    return found;
  }
  function releaseOfCandidate(product, version2) {
    if (product !== "rke2" && product !== "k3s" && product !== "rfo") return null;
    const scheme = schemes[product];
    const parsed = scheme.parse(version2);
    if (!parsed || !parsed.pre.length) return null;
    return scheme.format({ ...parsed, pre: [] });
  }
  function namesPrerelease(advisory, product, version2) {
    const ecosystem = ecosystemsFor(product, version2);
    const scheme = schemeFor(product);
    const pinned = scheme.parse(version2);
    if (!pinned) return false;
    return advisory.affected.some(
      (entry) => entry.package.ecosystem === ecosystem && [
        ...entry.versions ?? [],
        ...(entry.ranges ?? []).flatMap((r) => r.events.map((e) => Object.values(e)[0]))
      ].some((text) => {
        const v = scheme.parse(text);
        return v !== null && v.pre.length > 0 && v.major === pinned.major && v.minor === pinned.minor && v.patch === pinned.patch;
      })
    );
  }
  function matchRelease(product, version2, os = "linux") {
    const key = `${product} ${version2} ${os}`;
    const cached2 = cache.get(key);
    if (cached2) return cached2;
    const release = releaseOfCandidate(product, version2);
    const judgedAs = release ? `judged as ${release}, the release this candidate leads to` : "";
    const ownBundle = bundleOf(product, version2);
    const bundle = ownBundle ?? (release ? bundleOf(product, release) : null);
    const bundleNote = !ownBundle && bundle ? judgedAs : "";
    const direct = advisoriesAffecting(product, version2);
    const directAsRelease = release ? advisoriesAffecting(product, release) : null;
    const bundled = BUNDLED[os].flatMap((component) => {
      const built = component === "containerd" && os === "windows" ? bundle?.containerd_windows ?? bundle?.containerd : bundle?.[component];
      return built ? [{ component, version: built, advisories: advisoriesAffecting(component, built) }] : [];
    });
    const matches = [];
    for (const advisory of db.advisories) {
      let match = null;
      if (directAsRelease && !namesPrerelease(advisory, product, version2)) {
        if (directAsRelease.has(advisory)) match = { advisory, via: null, note: judgedAs };
      } else if (direct.has(advisory)) {
        match = { advisory, via: null };
      }
      if (!match) {
        const via = bundled.find((b) => b.advisories.has(advisory));
        if (via) {
          match = { advisory, via: { component: via.component, version: via.version } };
          if (bundleNote) match.note = bundleNote;
        }
      }
      if (!match) continue;
      if (advisory.os && !advisory.os.includes(os)) {
        match.otherOs = true;
        match.note = [match.note, otherOsNote(advisory.os, os)].filter(Boolean).join("; ");
      }
      if (!match.note) delete match.note;
      matches.push(match);
    }
    const endOfLife = endOfLifeMatch(product, version2);
    if (endOfLife) matches.push(endOfLife);
    const result = {
      matches,
      bundle,
      bundleKnown: product === "containerd" || bundle !== null
    };
    cache.set(key, result);
    return result;
  }
  function endOfLifeMatch(product, version2) {
    if (options.endOfLife === "off") return null;
    const support = supportOfRelease(product, version2);
    if (!support?.line || support.state === "supported") return null;
    const next = support.state === "ended" ? nextSupported(product, version2) : null;
    return {
      advisory: endOfLifeAdvisory(
        product,
        { ...support, line: support.line },
        options.endOfLife,
        options.date,
        next
      ),
      via: null
    };
  }
  function nextSupported(product, version2) {
    const clean = (c) => !matchRelease(product, c).matches.some(
      (m) => m.advisory.kind !== "end-of-life" && severityRank(m.advisory.severity) >= 2
    );
    return nearest(product, version2, false, clean) ?? nearest(product, version2, false, () => true);
  }
  const candidateCache = /* @__PURE__ */ new Map();
  function candidates(product, version2) {
    const scheme = schemeFor(product);
    const family = familyOf(product, version2);
    const key = `${product} ${family}`;
    const known = candidateCache.get(key);
    if (known) return known;
    const texts = /* @__PURE__ */ new Set();
    if (product === "rke2" || product === "k3s") {
      for (const release of db.bundles[product].keys()) texts.add(release);
    }
    if (product === "containerd") {
      for (const b of [...db.bundles.rke2.values(), ...db.bundles.k3s.values()]) {
        if (b.containerd) texts.add(b.containerd);
      }
    }
    const ecosystem = ecosystemsFor(product, version2);
    for (const advisory of db.advisories) {
      for (const entry of advisory.affected) {
        if (entry.package.ecosystem === ecosystem) for (const f of entry.fixed ?? []) texts.add(f);
      }
    }
    const parsed = /* @__PURE__ */ new Map();
    for (const text of texts) {
      const v = scheme.parse(text);
      if (!v) continue;
      const canonical = scheme.format(v);
      if (familyOf(product, canonical) === family) {
        parsed.set(canonical, {
          text: canonical,
          version: v,
          line: scheme.line(v),
          stable: scheme.isStable(v)
        });
      }
    }
    const sorted = [...parsed.values()].sort((a, b) => scheme.compare(a.version, b.version));
    candidateCache.set(key, sorted);
    return sorted;
  }
  function nearest(product, version2, includeSelf, accept, preferred = []) {
    const order = releasesAbove(product, version2, includeSelf);
    if (!order) return null;
    const { sameLine, newerLines } = order;
    const preferredNewer = preferred.filter((p) => newerLines.includes(p));
    return sameLine.find(accept) ?? preferredNewer.find(accept) ?? newerLines.find(accept) ?? null;
  }
  const aboveCache = /* @__PURE__ */ new Map();
  function releasesAbove(product, version2, includeSelf) {
    const key = `${product} ${version2} ${includeSelf}`;
    if (aboveCache.has(key)) return aboveCache.get(key);
    const scheme = schemeFor(product);
    const pinned = scheme.parse(version2);
    if (!pinned) {
      aboveCache.set(key, null);
      return null;
    }
    const line = scheme.line(pinned);
    const pinIsStable = scheme.isStable(pinned);
    const above = candidates(product, version2).filter((c) => {
      const cmp = scheme.compare(c.version, pinned);
      return (includeSelf ? cmp >= 0 : cmp > 0) && (c.stable || !pinIsStable && c.line === line) && // By the candidate's line, known already: parsing each candidate again for every pinned
      // release was most of the matching time on a tree of a few dozen releases.
      supportOfLine(product, c.line)?.state !== "ended";
    });
    const known = product !== "rke2" && product !== "k3s" || bundleOf(product, version2) !== null;
    if (includeSelf && known && onSupportedLine(product, version2) && !above.some((c) => c.text === version2)) {
      above.unshift({ text: version2, version: pinned, line, stable: pinIsStable });
    }
    const sameLine = above.filter((c) => c.line === line).map((c) => c.text);
    const pinnedOn = dateOf(product, version2);
    const newerLines = above.filter((c) => c.line !== line).filter((c) => !pinnedOn || (dateOf(product, c.text) ?? pinnedOn) >= pinnedOn).map((c) => c.text);
    const order = { sameLine, newerLines };
    aboveCache.set(key, order);
    return order;
  }
  function memo(cache2, key, compute) {
    if (cache2.has(key)) return cache2.get(key);
    const value = compute();
    cache2.set(key, value);
    return value;
  }
  const suggestions = /* @__PURE__ */ new Map();
  const fixes = /* @__PURE__ */ new Map();
  const upgrades = /* @__PURE__ */ new WeakMap();
  return {
    matchRelease,
    suggestion(product, version2, advisory, os = "linux") {
      if (advisory.kind === "end-of-life") {
        return memo(
          suggestions,
          `${product} ${version2} ${advisory.id}`,
          () => nextSupported(product, version2)
        );
      }
      return memo(
        suggestions,
        `${product} ${version2} ${advisory.id} ${os}`,
        () => nearest(
          product,
          version2,
          false,
          (c) => matchRelease(product, c, os).matches.every((m) => m.advisory.id !== advisory.id),
          fixedReleases2(product, version2, advisory).map((v) => schemeFor(product).format(v))
        )
      );
    },
    fixedIn(product, version2, advisory) {
      return memo(
        fixes,
        `${product} ${version2} ${advisory.id}`,
        () => fixedInOf(product, version2, advisory)
      );
    },
    upgradeTo(product, version2, isFailing, os = "linux") {
      let cache2 = upgrades.get(isFailing);
      if (!cache2) upgrades.set(isFailing, cache2 = /* @__PURE__ */ new Map());
      return memo(
        cache2,
        `${product} ${version2} ${os}`,
        () => nearest(
          product,
          version2,
          true,
          (c) => !matchRelease(product, c, os).matches.some((m) => !m.otherOs && isFailing(m.advisory))
        )
      );
    }
  };
  function fixedReleases2(product, version2, advisory) {
    const scheme = schemeFor(product);
    const ecosystem = ecosystemsFor(product, version2);
    const family = familyOf(product, version2);
    return advisory.affected.filter((e) => e.package.ecosystem === ecosystem).flatMap((e) => e.fixed ?? []).map((f) => scheme.parse(f)).filter((v) => v !== null && familyOf(product, scheme.format(v)) === family).sort((a, b) => scheme.compare(a, b));
  }
  function fixedInOf(product, version2, advisory) {
    const scheme = schemeFor(product);
    const pinned = scheme.parse(version2);
    if (!pinned) return [];
    const line = scheme.line(pinned);
    const own2 = fixedReleases2(product, version2, advisory);
    if (!own2.length && advisory.kind !== "end-of-life" && (product === "rke2" || product === "k3s")) {
      const spared = candidates(product, version2).find(
        (c) => c.line === line && c.stable && scheme.compare(c.version, pinned) > 0 && matchRelease(product, c.text).matches.every((m) => m.advisory.id !== advisory.id)
      );
      return spared ? [spared.text] : [];
    }
    const fixed = own2.filter((v) => scheme.compare(v, pinned) > 0);
    const sameLine = fixed.filter((v) => scheme.line(v) === line);
    return (sameLine.length ? sameLine : fixed).map((v) => scheme.format(v));
  }
}
function familyOf(product, version2) {
  if (product !== "containerd") return product;
  const fork = schemes.containerd.parse(version2)?.fork;
  return fork ? `${fork.name}${fork.rest}` : "upstream";
}

// src/match/release-facts.ts
function factsOptionsKey(o) {
  return `${o.failOnSeverity} ${o.failOnUnknownSeverity} ${o.date} ${o.endOfLife}`;
}
function releaseKey(product, version2, os) {
  return `${product} ${version2} ${os}`;
}
function releaseFacts(matcher, product, version2, os, isFailing) {
  const { matches, bundleKnown } = matcher.matchRelease(product, version2, os);
  return {
    upgradeTo: matcher.upgradeTo(product, version2, isFailing, os),
    bundleKnown,
    matches: matches.map(({ advisory, via, note, otherOs }) => ({
      advisoryId: advisory.id,
      ...advisory.kind === "end-of-life" ? { advisory } : {},
      via,
      ...note ? { note } : {},
      ...otherOs ? { otherOs } : {},
      fixedIn: matcher.fixedIn(product, version2, advisory),
      suggestion: matcher.suggestion(product, version2, advisory, os)
    }))
  };
}

// src/report/data-freshness.ts
var STALE_AFTER_DAYS = 90;
function days(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function dataFreshnessWarning(data, scanDate) {
  if (!data) return [];
  const age = days(data.date, scanDate);
  if (age <= STALE_AFTER_DAYS) return [];
  return [
    {
      file: ".",
      message: `the advisory data is from ${data.date}, ${age} days before the scan date ${scanDate}: update kube-pin-audit for newer advisories and end-of-life dates`
    }
  ];
}
function dataLine(data) {
  return data ? `Advisory data as of ${data.date} (${data.sources.join("; ")}).` : "Advisory data: no date known.";
}

// src/discover/globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function globMatcher(globs) {
  if (!globs.length) return null;
  const expanded = globs.map((g) => g.includes("/") ? g.replace(/^\.\//, "") : `**/${g}`);
  return (0, import_picomatch.default)(expanded, { dot: true });
}

// src/policy/ignores.ts
function isIgnorableVersion(text) {
  return !isChannel(text) && identify(text) !== null;
}
var IGNORE_VERSION_MESSAGE = "must be a release such as v1.24.9+rke2r1, v1.24.9+k3s1 or 1.6.12 (a channel or a Kubernetes version never matches a pin)";
function namesAdvisory(id, finding) {
  const wanted = id.toLowerCase();
  return finding.advisory.id.toLowerCase() === wanted || finding.advisory.aliases.some((a) => a.toLowerCase() === wanted);
}
function isExpired(rule, today) {
  return rule.expires !== void 0 && rule.expires < today;
}
function ruleMatches(c, f) {
  if (!namesAdvisory(c.rule.id, f)) return false;
  if (c.inPaths && (f.file === null || !c.inPaths(f.file))) return false;
  if (c.rule.versions && !c.rule.versions.some((v) => v === f.text || canonicalize(f.product, v) === f.version)) {
    return false;
  }
  return true;
}
function compile2(rules2) {
  return rules2.map((rule, index) => ({
    rule,
    index,
    inPaths: globMatcher(rule.paths ?? []),
    used: false
  }));
}
function settingsIgnore(compiled, target, today) {
  const matching = compiled.filter((c) => ruleMatches(c, target));
  if (!matching.length) return null;
  for (const c of matching) c.used = true;
  const live = matching.find((c) => !isExpired(c.rule, today));
  if (live) return { reason: live.rule.reason, expires: live.rule.expires ?? null };
  const expired = matching[0].rule;
  return { reason: expired.reason, expires: expired.expires ?? null, expired: true };
}
function ignoreForRelease(rules2, target, today) {
  return settingsIgnore(compile2(rules2), { ...target, file: null }, today);
}
var IgnoreBook = class {
  constructor(sources) {
    this.sources = sources;
    this.compiled = compile2(sources.rules);
    for (const i of sources.inline) {
      const inFile = this.inlineByFile.get(i.file);
      if (inFile) inFile.push(i);
      else this.inlineByFile.set(i.file, [i]);
    }
  }
  sources;
  compiled;
  inlineUsed = /* @__PURE__ */ new Set();
  /** By file, each file's in their order: a finding looks at its own file's directives only. */
  inlineByFile = /* @__PURE__ */ new Map();
  /** No ignore at all: every verdict is null. */
  get empty() {
    return !this.compiled.length && !this.inlineByFile.size;
  }
  /** The verdict on a finding that fails or not by the policy alone; null when none ignores it. */
  verdict(f, failing) {
    const inline = this.inlineByFile.get(f.file)?.find(
      (i) => (i.line === f.line || i.ownLine && i.line === f.line - 1) && namesAdvisory(i.id, f)
    );
    if (inline) {
      this.inlineUsed.add(inline);
      return { ignored: { reason: inline.reason, expires: null, inline: true }, failing: false };
    }
    const ignored = this.compiled.length ? settingsIgnore(this.compiled, f, this.sources.today) : null;
    if (!ignored) return null;
    return { ignored, failing: ignored.expired ? failing : false };
  }
  /** Ignores that matched no finding, and settings ignores past their expiry. */
  warnings() {
    const { rulesFile, today } = this.sources;
    const warnings = [];
    for (const c of this.compiled) {
      if (!c.used) {
        warnings.push({
          file: rulesFile,
          message: `ignore.${c.index} (${c.rule.id}) matches no finding in this scan: remove it if it is stale`
        });
      } else if (isExpired(c.rule, today)) {
        warnings.push({
          file: rulesFile,
          message: `ignore.${c.index} (${c.rule.id}) expired on ${c.rule.expires}: its findings count again`
        });
      }
    }
    for (const i of this.sources.inline) {
      if (!this.inlineUsed.has(i)) {
        warnings.push({
          file: i.file,
          line: i.line,
          message: `inline ignore of ${i.id} matches no finding it covers: remove it if it is stale`
        });
      }
    }
    return warnings;
  }
};

// src/extract/types.ts
var PIN_CONTEXTS = ["deploy", "test", "catalog", "docs"];

// src/policy/contexts.ts
function contextAssigner(globs) {
  const matchers = [];
  for (const context of PIN_CONTEXTS) {
    const matcher = globMatcher(globs?.[context] ?? []);
    if (matcher) matchers.push([context, matcher]);
  }
  if (!matchers.length) return null;
  const known = /* @__PURE__ */ new Map();
  return (file) => {
    if (known.has(file)) return known.get(file);
    const found = matchers.find(([, matches]) => matches(file))?.[0];
    known.set(file, found);
    return found;
  };
}

// src/policy/policy.ts
var DEFAULT_FAIL_ON_CONTEXTS = ["deploy"];
function isFailingAdvisory(advisory, policy) {
  if (advisory.severity === "unknown") return policy.failOnUnknownSeverity === true;
  return severityRank(advisory.severity) >= severityRank(policy.failOnSeverity);
}
function contextCanFail(context, policy) {
  return (policy.failOnContexts ?? DEFAULT_FAIL_ON_CONTEXTS).includes(context);
}
function findingFails(pin, advisory, policy, introduced, otherOs = false) {
  if (policy.warnOnly || pin.inComment || otherOs) return false;
  if (!contextCanFail(pin.context, policy)) return false;
  if (policy.scope === "introduced" && introduced === false) return false;
  return isFailingAdvisory(advisory, policy);
}

// src/report/finding-rows.ts
function emptyFindingRows() {
  return { pins: [], matches: [], introduced: [], failing: [], ignored: /* @__PURE__ */ new Map() };
}
function findingsOf(rows) {
  const findings = new Array(rows.failing.length);
  let at = 0;
  for (let p = 0; p < rows.pins.length; p++) {
    const pin = rows.pins[p];
    const introduced = rows.introduced[p];
    for (const match of rows.matches[p]) {
      const finding = {
        file: pin.file,
        line: pin.line,
        column: pin.column,
        product: pin.product,
        version: pin.version,
        text: pin.text,
        form: pin.form,
        inComment: pin.inComment,
        context: pin.context,
        upgradeTo: pin.upgradeTo,
        advisory: match.ref,
        via: match.via,
        fixedIn: match.fixedIn,
        suggestion: match.suggestion,
        failing: rows.failing[at],
        ignored: rows.ignored.get(at) ?? null
      };
      if (introduced !== void 0) finding.introduced = introduced;
      if (match.note) finding.note = match.note;
      findings[at++] = finding;
    }
  }
  return findings;
}
function failingCount(rows) {
  let count = 0;
  for (const failing of rows.failing) if (failing) count++;
  return count;
}
var ROWS = /* @__PURE__ */ Symbol("finding rows");
function defineLazyFindings(report, rows) {
  const settle = (findings) => {
    Object.defineProperty(report, "findings", {
      value: findings,
      enumerable: true,
      writable: true,
      configurable: true
    });
    return findings;
  };
  Object.defineProperty(report, "findings", {
    enumerable: true,
    configurable: true,
    get: () => settle(findingsOf(rows)),
    set: settle
  });
  Object.defineProperty(report, ROWS, { value: rows, enumerable: false });
}
function unreadRows(report) {
  const lazy = Object.getOwnPropertyDescriptor(report, "findings")?.get !== void 0;
  return lazy ? report[ROWS] : void 0;
}

// src/tool.ts
var TOOL_NAME = "kube-pin-audit";
var TOOL_VERSION = "0.1.0";

// src/report/model.ts
function severityRank2(severity) {
  return SEVERITIES.indexOf(severity);
}
var PIN_FIELDS = [
  "file",
  "line",
  "column",
  "product",
  "version",
  "text",
  "form",
  "inComment",
  "context",
  "upgradeTo"
];
function samePin(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column && a.product === b.product && a.version === b.version && a.text === b.text && a.form === b.form && a.inComment === b.inComment && a.context === b.context && a.upgradeTo === b.upgradeTo;
}
function buildReport(input) {
  const rows = Array.isArray(input.findings) ? void 0 : input.findings;
  const findings = Array.isArray(input.findings) ? input.findings : [];
  const report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: {
      filesScanned: input.filesScanned,
      filesSkipped: input.skipped.length,
      pins: input.pins.length,
      findings: rows ? rows.failing.length : findings.length,
      failing: rows ? failingCount(rows) : findings.filter((f) => f.failing).length,
      pinsByContext: pinsByContext(input.pins)
    },
    pins: input.pins,
    findings,
    skipped: input.skipped,
    warnings: input.warnings,
    data: input.data ?? null
  };
  if (rows) defineLazyFindings(report, rows);
  return report;
}
function pinsByContext(pins) {
  const counts = Object.fromEntries(PIN_CONTEXTS.map((c) => [c, 0]));
  for (const pin of pins) counts[pin.context]++;
  return counts;
}
function alsoUpgradeTo(f) {
  return f.upgradeTo && f.upgradeTo !== f.suggestion && f.upgradeTo !== f.version ? f.upgradeTo : null;
}
function isLiveIgnore(f) {
  return f.ignored !== null && f.ignored.expired !== true;
}
function compareUrgency(a, b) {
  return Number(b.failing) - Number(a.failing) || Number(isLiveIgnore(a)) - Number(isLiveIgnore(b)) || Number(notesOtherOs(a.note)) - Number(notesOtherOs(b.note)) || severityRank2(b.advisory.severity) - severityRank2(a.advisory.severity) || Number(a.advisory.kind !== "defect") - Number(b.advisory.kind !== "defect") || Number(a.via !== null) - Number(b.via !== null) || (a.advisory.id < b.advisory.id ? -1 : a.advisory.id > b.advisory.id ? 1 : 0);
}
function verdict(failing) {
  return failing > 0 ? "fail" : "pass";
}
var PREFERRED_REFERENCE = ["ADVISORY", "REPORT", "WEB", "FIX", "ARTICLE", "PACKAGE"];
var refs = /* @__PURE__ */ new WeakMap();
function advisoryRef(advisory) {
  let known = refs.get(advisory);
  if (known) return known;
  const ref = PREFERRED_REFERENCE.map((type2) => advisory.references.find((r) => r.type === type2)).find(
    Boolean
  ) ?? advisory.references[0];
  known = {
    id: advisory.id,
    aliases: advisory.aliases,
    kind: advisory.kind,
    severity: advisory.severity,
    summary: advisory.summary,
    url: ref.url
  };
  refs.set(advisory, known);
  return known;
}

// src/scan/parallel.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/discover/walk.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync2, realpathSync as realpathSync3, statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join6, relative as relative3, sep as sep3 } from "node:path";

// src/discover/git-index.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute, join as join3, resolve as resolve3 } from "node:path";
var STAT_BYTES = 40;
var OBJECT_NAME_BYTES = [20, 32];
var MAX_INDEX_BYTES = 256 * 1024 * 1024;
var TrackedPaths = class _TrackedPaths {
  /**
   * Each path as bytes of `bytes`, from `starts[i]` to `ends[i]`, in git's order (by bytes):
   * searched as bytes, and decoded only when asked for (a checkout of 14,000 files took 30 ms
   * to decode whole, most of it for paths nobody asks about).
   */
  constructor(bytes, starts, ends) {
    this.bytes = bytes;
    this.starts = starts;
    this.ends = ends;
  }
  bytes;
  starts;
  ends;
  /** The index of the checkout whose top is `top`; null when there is none or it is unreadable. */
  static read(top) {
    const file = indexFile(top);
    if (!file) return null;
    let bytes;
    try {
      if (statSync2(file).size > MAX_INDEX_BYTES) return null;
      bytes = readFileSync2(file);
    } catch {
      return null;
    }
    for (const nameBytes of OBJECT_NAME_BYTES) {
      const found = parseIndex(bytes, nameBytes);
      if (found) return new _TrackedPaths(found.bytes, found.starts, found.ends);
    }
    return null;
  }
  /** Whether git tracks the file at `path` (from the checkout's top). */
  has(path) {
    const wanted = Buffer.from(path);
    const at = this.firstAtOrAfter(wanted);
    return at < this.starts.length && this.compareAt(at, wanted, false) === 0;
  }
  /** The tracked files under the folder `dir` (from the checkout's top, no trailing `/`). */
  under(dir) {
    const prefix = Buffer.from(`${dir}/`);
    const found = [];
    for (let i = this.firstAtOrAfter(prefix); i < this.starts.length; i++) {
      if (this.compareAt(i, prefix, true) !== 0) break;
      found.push(this.bytes.toString("utf8", this.starts[i], this.ends[i]));
    }
    return found;
  }
  /** Path `i` against `wanted` by bytes; `prefix`: only its first bytes, as many as wanted's. */
  compareAt(i, wanted, prefix) {
    const start = this.starts[i];
    const end = prefix ? Math.min(this.ends[i], start + wanted.length) : this.ends[i];
    return this.bytes.compare(wanted, 0, wanted.length, start, end);
  }
  firstAtOrAfter(wanted) {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.compareAt(mid, wanted, false) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
};
function indexFile(top) {
  const dotGit = join3(top, ".git");
  try {
    if (statSync2(dotGit).isDirectory()) return join3(dotGit, "index");
    const line = /^gitdir: (.+?)\s*$/m.exec(readFileSync2(dotGit, "utf8"));
    if (!line) return null;
    const gitDir = isAbsolute(line[1]) ? line[1] : resolve3(top, line[1]);
    return join3(gitDir, "index");
  } catch {
    return null;
  }
}
function parseIndex(bytes, nameBytes) {
  if (bytes.length < 12 || bytes.toString("latin1", 0, 4) !== "DIRC") return null;
  const version2 = bytes.readUInt32BE(4);
  if (version2 < 2 || version2 > 4) return null;
  const count = bytes.readUInt32BE(8);
  if (count > bytes.length / 62) return null;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const rebuilt = [];
  let rebuiltLength = 0;
  let previous = Buffer.alloc(0);
  let at = 12;
  for (let n = 0; n < count; n++) {
    const start = at;
    const flagsAt = start + STAT_BYTES + nameBytes;
    if (flagsAt + 2 > bytes.length) return null;
    const flags = bytes.readUInt16BE(flagsAt);
    at = flagsAt + 2;
    if (flags & 16384) {
      if (version2 < 3) return null;
      at += 2;
    }
    if (version2 === 4) {
      let byte = bytes[at++];
      if (byte === void 0) return null;
      let strip = byte & 127;
      while (byte & 128) {
        byte = bytes[at++];
        if (byte === void 0) return null;
        strip = strip + 1 << 7 | byte & 127;
      }
      if (strip > previous.length) return null;
      const end = bytes.indexOf(0, at);
      if (end === -1) return null;
      previous = Buffer.concat([
        previous.subarray(0, previous.length - strip),
        bytes.subarray(at, end)
      ]);
      rebuilt.push(previous);
      starts[n] = rebuiltLength;
      rebuiltLength += previous.length;
      ends[n] = rebuiltLength;
      at = end + 1;
    } else {
      const end = bytes.indexOf(0, at);
      if (end === -1) return null;
      const length = flags & 4095;
      if (length < 4095 ? end - at !== length : end - at < 4095) return null;
      starts[n] = at;
      ends[n] = end;
      at = start + Math.ceil((end + 1 - start) / 8) * 8;
      if (at > bytes.length) return null;
    }
  }
  return { bytes: version2 === 4 ? Buffer.concat(rebuilt) : bytes, starts, ends };
}

// src/discover/gitignore.ts
import { closeSync as closeSync2, constants as constants2, existsSync, openSync as openSync2, readFileSync as readFileSync3 } from "node:fs";
import { dirname, join as join4, sep as sep2 } from "node:path";

// src/discover/gitignore-rules.ts
function parseGitignore(content, ignoreCase = false) {
  const rules2 = [];
  for (const line of content.split(/\r?\n/)) {
    const rule = parseLine(line, ignoreCase);
    if (rule) rules2.push(rule);
  }
  return { rules: rules2, anyForFiles: rules2.some((r) => !r.dirOnly), ignoreCase };
}
function lastMatch(layer, folder, name, isDir) {
  const { rules: rules2 } = layer;
  if (layer.ignoreCase) {
    folder = folder.toLowerCase();
    name = name.toLowerCase();
  }
  let path;
  for (let i = rules2.length - 1; i >= 0; i--) {
    const rule = rules2[i];
    if (rule.dirOnly && !isDir) continue;
    const subject = rule.nameOnly ? name : path ??= folder + name;
    const hit = rule.exact !== null ? subject === rule.exact : rule.suffix !== null ? subject.endsWith(rule.suffix) : rule.regex.test(subject);
    if (hit) return !rule.negative;
  }
  return void 0;
}
function parseLine(raw, ignoreCase) {
  let line = trimTrailingSpaces(raw);
  if (!line || line.startsWith("#")) return null;
  let negative = false;
  if (line.startsWith("!")) {
    negative = true;
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith("/") && !isEscaped(line, line.length - 1)) {
    dirOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (!line) return null;
  const nameOnly = !line.includes("/");
  if (line.startsWith("/")) line = line.slice(1);
  const source = globToRegexSource(line);
  if (source === null) return null;
  const plain2 = (text) => /[*?[\\]/.test(text) ? null : ignoreCase ? text.toLowerCase() : text;
  try {
    return {
      negative,
      dirOnly,
      nameOnly,
      regex: new RegExp(`^${source}$`, ignoreCase ? "i" : ""),
      exact: plain2(line),
      // `*.tfstate`: any name ending so (a `*` matches no `/`, and only names are tested).
      suffix: nameOnly && line.startsWith("*") ? plain2(line.slice(1)) : null
    };
  } catch {
    return null;
  }
}
function trimTrailingSpaces(line) {
  let end = line.length;
  while (end > 0 && line[end - 1] === " ") {
    if (isEscaped(line, end - 1)) break;
    end--;
  }
  return line.slice(0, end);
}
function isEscaped(text, i) {
  let count = 0;
  for (let j = i - 1; j >= 0 && text[j] === "\\"; j--) count++;
  return count % 2 === 1;
}
var REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/-]/;
var literal2 = (ch) => REGEX_SPECIAL.test(ch) ? `\\${ch}` : ch;
function globToRegexSource(glob) {
  const segments = glob.split("/").map((seg) => /^\*{3,}$/.test(seg) ? "**" : seg).filter((seg, i, all) => !(seg === "**" && all[i - 1] === "**"));
  const out = [];
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s];
    const first = s === 0;
    const last = s === segments.length - 1;
    if (segment === "**") {
      if (segments.length === 1) out.push(".*");
      else if (first) out.push("(?:.*/)?");
      else if (last) out.push("/.+");
      else out.push("/(?:.*/)?");
      continue;
    }
    const previousWasGlobstar = s > 0 && segments[s - 1] === "**";
    if (!first && !previousWasGlobstar) out.push("/");
    const part = segmentToRegexSource(segment);
    if (part === null) return null;
    out.push(part);
  }
  return out.join("");
}
function segmentToRegexSource(segment) {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "\\") {
      if (i + 1 >= segment.length) return null;
      out += literal2(segment[++i]);
    } else if (ch === "*") {
      while (segment[i + 1] === "*") i++;
      out += "[^/]*";
    } else if (ch === "?") {
      out += "[^/]";
    } else if (ch === "[") {
      const bracket = bracketToRegexSource(segment, i);
      if (bracket === null) {
        out += "\\[";
      } else {
        out += bracket.source;
        i = bracket.end;
      }
    } else {
      out += literal2(ch);
    }
  }
  return out;
}
var POSIX_CLASSES = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "\\x21-\\x7e",
  lower: "a-z",
  print: "\\x20-\\x7e",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\r\\f\\v",
  upper: "A-Z",
  xdigit: "0-9A-Fa-f"
};
function bracketToRegexSource(segment, start) {
  let i = start + 1;
  let negate = false;
  if (segment[i] === "!" || segment[i] === "^") {
    negate = true;
    i++;
  }
  let body = "";
  let firstMember = true;
  for (; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "]" && !firstMember) {
      return { source: negate ? `[^/${body}]` : `(?!/)[${body}]`, end: i };
    }
    firstMember = false;
    if (ch === "[" && segment[i + 1] === ":") {
      const close = segment.indexOf(":]", i + 2);
      const cls = close === -1 ? void 0 : POSIX_CLASSES[segment.slice(i + 2, close)];
      if (cls !== void 0) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    if (ch === "\\" && i + 1 < segment.length) {
      const escaped = segment[++i];
      body += /[\\\]^-]/.test(escaped) ? `\\${escaped}` : escaped;
    } else if (ch === "-" && body && segment[i + 1] !== "]") {
      body += "-";
    } else {
      body += /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
    }
  }
  return null;
}

// src/discover/gitignore.ts
var IGNORE_CASE = process.platform === "darwin" || process.platform === "win32";
function readIgnoreFile(file, base) {
  let content;
  try {
    const fd = openSync2(file, constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0));
    try {
      content = readFileSync3(fd, "utf8");
    } finally {
      closeSync2(fd);
    }
  } catch {
    return null;
  }
  const rules2 = parseGitignore(content, IGNORE_CASE);
  if (!rules2.rules.length) return null;
  return { prefix: base.endsWith(sep2) ? base : base + sep2, rules: rules2 };
}
function findCheckoutTop(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join4(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}
function excludeLayers(top) {
  const layer = readIgnoreFile(join4(top, ".git", "info", "exclude"), top);
  return layer ? [layer] : [];
}
function ancestorLayers(root) {
  const top = findCheckoutTop(root);
  if (!top) return [];
  const layers = excludeLayers(top);
  const chain = [];
  for (let d = dirname(root); top !== root && d.startsWith(top); d = dirname(d)) {
    chain.unshift(d);
    if (d === top) break;
  }
  for (const d of chain) {
    const layer = readIgnoreFile(join4(d, ".gitignore"), d);
    if (layer) layers.push(layer);
  }
  return layers;
}
function foldersFor(layers, dir) {
  return layers.map((layer) => {
    if (!dir.startsWith(layer.prefix)) return null;
    const rel = dir.slice(layer.prefix.length);
    return sep2 === "/" ? rel : rel.split(sep2).join("/");
  });
}
function isIgnored(layers, folders, name, isDir) {
  let ignored = false;
  for (let i = 0; i < layers.length; i++) {
    const folder = folders[i];
    const { rules: rules2 } = layers[i];
    if (folder === null || folder === void 0 || !isDir && !rules2.anyForFiles) continue;
    const decided2 = lastMatch(rules2, folder, name, isDir);
    if (decided2 !== void 0) ignored = decided2;
  }
  return ignored;
}

// src/discover/skips.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { basename, dirname as dirname2, join as join5 } from "node:path";
function skipOf(file, reason, detail) {
  return detail ? { file, reason, detail } : { file, reason };
}
var LOCK_FILE_NAMES = /* @__PURE__ */ new Set([
  "go.mod",
  "go.sum",
  "go.work",
  "go.work.sum",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "deno.lock",
  "Cargo.lock",
  "Gemfile.lock",
  "poetry.lock",
  "Pipfile.lock",
  "pdm.lock",
  "uv.lock",
  "composer.lock",
  "mix.lock",
  "pubspec.lock",
  "Podfile.lock",
  "packages.lock.json",
  "gradle.lockfile",
  "flake.lock",
  "Package.resolved",
  ".terraform.lock.hcl"
]);
function isLockFile(name) {
  return LOCK_FILE_NAMES.has(name);
}
function discoveredPathOf(abs) {
  try {
    return realpathSync2(abs);
  } catch {
    try {
      return join5(realpathSync2(dirname2(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

// src/discover/walk.ts
var VENDORED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".terraform", "vendor", "bower_components"]);
function toRelative(root, abs) {
  const prefix = root.endsWith(sep3) ? root : root + sep3;
  const rel = abs.startsWith(prefix) ? abs.slice(prefix.length) : abs === root ? "" : relative3(root, abs);
  return sep3 === "/" ? rel : rel.split(sep3).join("/");
}
function discover(options, visit) {
  const { root } = options;
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  const baseLayers = ancestorLayers(root);
  const ownLayers = /* @__PURE__ */ new Map();
  const layerOf = (dir) => {
    if (!ownLayers.has(dir)) ownLayers.set(dir, readIgnoreFile(join6(dir, ".gitignore"), dir));
    return ownLayers.get(dir);
  };
  const seenFiles = options.paths.length > 1 ? /* @__PURE__ */ new Set() : null;
  const ownFiles = /* @__PURE__ */ new Map();
  for (const path of options.outputFiles ?? []) ownFiles.set(path, "output");
  for (const path of options.configFiles ?? []) ownFiles.set(path, "config");
  const cwd = workingFolder();
  const fsPathOf = (abs) => cwd === null ? abs : abs === cwd ? "." : abs.startsWith(cwd + sep3) ? abs.slice(cwd.length + 1) : abs;
  const indexes = /* @__PURE__ */ new Map();
  const indexOf = (top) => {
    if (!indexes.has(top)) indexes.set(top, TrackedPaths.read(top));
    return indexes.get(top);
  };
  const checkoutOf = (path) => {
    const top = findCheckoutTop(path);
    if (!top) return null;
    if (top === root || (top + sep3).startsWith(root + sep3)) {
      return checkoutBelow(top, toRelative(root, top));
    }
    const prefix = `${toRelative(top, root)}/`;
    return {
      top,
      fromTop: (rel) => prefix + rel,
      toRel: (path2) => path2.slice(prefix.length)
    };
  };
  const checkoutBelow = (top, relTop) => relTop ? {
    top,
    fromTop: (rel) => rel.slice(relTop.length + 1),
    toRel: (path) => `${relTop}/${path}`
  } : { top, fromTop: (rel) => rel, toRel: (path) => path };
  const isTracked = (checkout, rel) => checkout !== null && indexOf(checkout.top)?.has(checkout.fromTop(rel)) === true;
  const offerFile = (rel, name, abs, fsPath) => {
    if (seenFiles?.has(rel)) return;
    if (ownFiles.size && ownFiles.has(abs)) visit(skipAt(rel, false, ownFiles.get(abs)));
    else if (excluded?.(rel)) visit(skipAt(rel, false, "excluded"));
    else if (included && !included(rel)) visit(skipAt(rel, false, "not-included"));
    else if (isLockFile(name)) visit(skipAt(rel, false, "lock-file"));
    else {
      seenFiles?.add(rel);
      visit({ kind: "file", path: fsPath, file: rel });
    }
  };
  const ignoredFolder = (checkout, relDir, absDir) => {
    const index = checkout && indexOf(checkout.top);
    const files = index ? index.under(checkout.fromTop(relDir)).map(checkout.toRel) : [];
    const detail = files.length ? `${files.length} tracked ${files.length === 1 ? "file" : "files"} in it not ignored` : void 0;
    visit(skipAt(relDir, true, "gitignored", detail));
    for (const rel of files) {
      const below = rel.slice(relDir.length + 1).split("/");
      const name = below[below.length - 1];
      const abs = absDir + sep3 + below.join(sep3);
      const vendored = below.slice(0, -1).findIndex((part) => VENDORED_DIRS.has(part));
      if (vendored !== -1) {
        const folder = `${relDir}/${below.slice(0, vendored + 1).join("/")}`;
        visit(skipAt(rel, false, "vendored", `in ${folder}/`));
        continue;
      }
      let stat;
      try {
        stat = lstatSync2(abs);
      } catch {
        continue;
      }
      if (stat.isSymbolicLink()) visit(linkSkip(root, abs));
      else if (stat.isFile()) offerFile(rel, name, abs, fsPathOf(abs));
    }
  };
  for (const start of options.paths) {
    const stat = statSync3(start);
    if (!stat.isDirectory()) {
      const file = toRelative(root, start) || start.slice(start.lastIndexOf(sep3) + 1);
      if (!stat.isFile()) {
        visit({ kind: "skip", skip: { file, reason: "special-file" } });
      } else if (!seenFiles?.has(file)) {
        seenFiles?.add(file);
        visit({ kind: "file", path: start, file });
      }
      continue;
    }
    const stack = [
      {
        dir: start,
        rel: toRelative(root, start),
        fs: fsPathOf(start),
        layers: [...baseLayers, ...layersDownTo(root, start, layerOf)],
        checkout: checkoutOf(start)
      }
    ];
    while (stack.length) {
      const popped = stack.pop();
      const { dir, rel: relDir, fs: fsDir, layers: parentLayers } = popped;
      let entries;
      try {
        entries = readdirSync2(fsDir, { withFileTypes: true });
      } catch (error2) {
        visit(skip(root, dir, true, "unreadable", error2.code));
        continue;
      }
      let hasIgnoreFile = false;
      let hasGit = false;
      for (const e of entries) {
        if (e.name === ".gitignore") hasIgnoreFile ||= e.isFile();
        else if (e.name === ".git") hasGit = true;
      }
      const nested = hasGit && popped.checkout?.top !== dir;
      const checkout = nested ? checkoutBelow(dir, relDir) : popped.checkout;
      const inherited = nested ? excludeLayers(dir) : parentLayers;
      const own2 = hasIgnoreFile ? layerOf(dir) : null;
      const layers = own2 ? [...inherited, own2] : inherited;
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const subdirs = [];
      const dirPrefix = dir.endsWith(sep3) ? dir : dir + sep3;
      const folders = foldersFor(layers, dirPrefix);
      const relPrefix = relDir ? `${relDir}/` : "";
      const fsPrefix = fsDir === "." ? "" : fsDir.endsWith(sep3) ? fsDir : fsDir + sep3;
      for (const entry of entries) {
        const { name } = entry;
        const rel = relPrefix + name;
        if (entry.isDirectory()) {
          if (name === ".git") continue;
          if (VENDORED_DIRS.has(name)) visit(skipAt(rel, true, "vendored"));
          else if (excluded && (excluded(rel) || excluded(`${rel}/`)))
            visit(skipAt(rel, true, "excluded"));
          else if (isIgnored(layers, folders, name, true))
            ignoredFolder(checkout, rel, dirPrefix + name);
          else subdirs.push({ abs: dirPrefix + name, rel, fs: fsPrefix + name });
        } else if (entry.isSymbolicLink()) {
          visit(
            isIgnored(layers, folders, name, false) && !isTracked(checkout, rel) ? skipAt(rel, false, "gitignored") : linkSkip(root, dirPrefix + name)
          );
        } else if (!entry.isFile()) {
          visit(skipAt(rel, false, "special-file"));
        } else if (!isIgnored(layers, folders, name, false) || ownFiles.size && ownFiles.has(dirPrefix + name) || excluded?.(rel) || isTracked(checkout, rel)) {
          offerFile(rel, name, dirPrefix + name, fsPrefix === relPrefix ? rel : fsPrefix + name);
        } else if (!seenFiles?.has(rel)) {
          visit(skipAt(rel, false, "gitignored"));
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) {
        const { abs, rel, fs } = subdirs[i];
        stack.push({ dir: abs, rel, fs, layers, checkout });
      }
    }
  }
}
function layersDownTo(root, dir, layerOf) {
  const layers = [];
  const parts = relative3(root, dir).split(sep3).filter(Boolean);
  let d = root;
  for (let i = 0; i < parts.length; i++) {
    const layer = layerOf(d);
    if (layer) layers.push(layer);
    d = join6(d, parts[i]);
  }
  return layers;
}
function workingFolder() {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}
function skipAt(rel, isDir, reason, detail) {
  return { kind: "skip", skip: skipOf(rel + (isDir ? "/" : ""), reason, detail) };
}
function skip(root, abs, isDir, reason, detail) {
  return skipAt(toRelative(root, abs), isDir, reason, detail);
}
function linkSkip(root, abs) {
  let target;
  try {
    target = realpathSync3(abs);
  } catch (error2) {
    const code = error2.code;
    return skip(root, abs, false, code === "ELOOP" ? "link-loop" : "broken-link", code);
  }
  const rel = relative3(root, target);
  if (rel === ".." || rel.startsWith(`..${sep3}`) || isAbsolute2(rel)) {
    return skip(root, abs, false, "link-outside-root", target);
  }
  if (lstatSync2(target).isDirectory() && (abs + sep3).startsWith(target + sep3)) {
    return skip(root, abs, false, "link-loop", toRelative(root, target) || ".");
  }
  return skip(root, abs, false, "link-inside-root", toRelative(root, target));
}

// src/timings.ts
import { performance } from "node:perf_hooks";
var PREFIX = "kube-pin-audit:";
function markStage(stage) {
  performance.mark(PREFIX + stage);
}
function stageTimings() {
  return performance.getEntriesByType("mark").filter((m) => m.name.startsWith(PREFIX)).map((m) => `${m.name.slice(PREFIX.length)} ${Math.round(m.startTime)} ms`).join(", ");
}

// src/extract/cloud-init.ts
var import_yaml = __toESM(require_dist(), 1);
import { gunzipSync } from "node:zlib";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend2(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string3, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string3;
    }
    return result;
  }
  function isNegativeZero(number3) {
    return number3 === 0 && Number.NEGATIVE_INFINITY === 1 / number3;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend2;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError2(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError2(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError2(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd2, position, maxLineLength) {
    let head2 = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head2 = " ... ";
      lineStart = position - maxHalfLength + head2.length;
    }
    if (lineEnd2 - position > maxHalfLength) {
      tail = " ...";
      lineEnd2 = position + maxHalfLength - tail.length;
    }
    return {
      str: head2 + buffer.slice(lineStart, lineEnd2).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head2.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common2.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema22, name) {
    const result = [];
    schema22[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend2(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null3;
var hasRequired_null;
function require_null2() {
  if (hasRequired_null) return _null3;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null3 = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null3;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int2;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int2;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null2(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day2 = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day2));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date2 = new Date(Date.UTC(year, month, day2, hour, minute, second, fraction));
    if (delta) date2.setTime(date2.getTime() - delta);
    return date2;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge2;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge2;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge2 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge2;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary2(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary2,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default2;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default2;
  hasRequired_default = 1;
  _default2 = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default2;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length2 = _result.length; _position < _length2; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema22, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema22.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string3 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string3.length) + string3;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string3.length;
    while (position < length) {
      let line;
      const next = string3.indexOf("\n", position);
      if (next === -1) {
        line = string3.slice(position);
        position = length;
      } else {
        line = string3.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    const first = string3.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string3.length) {
      second = string3.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string3) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string3);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain2 = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string3, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain2 && !forceQuotes && !testAmbiguousType(string3)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string3)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "";
    const clip = string3[string3.length - 1] === "\n";
    const keep = clip && (string3[string3.length - 2] === "\n" || string3 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === "\n" ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string3.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string3.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string3.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string3[0] === "\n" || string3[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string3)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string3) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string3[i];
        if (char >= 65536) result += string3[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null2(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/extract/yaml-check.ts
var MAX_PARSED_LENGTH = 1024 * 1024;
var MAX_FLOW_DEPTH = 64;
function flowNestingProblem(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) {
        return { offset: i, message: `nested more than ${MAX_FLOW_DEPTH} levels deep; not parsed` };
      }
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return null;
}
var anyTagSchema;
var ignoreDocument = () => {
};
function schema2() {
  anyTagSchema ??= DEFAULT_SCHEMA.extend(
    ["scalar", "sequence", "mapping"].map(
      (kind2) => new Type("", { kind: kind2, multi: true, construct: (data) => data })
    )
  );
  return anyTagSchema;
}
function yamlProblem(text) {
  if (text.length > MAX_PARSED_LENGTH) return null;
  const nesting = flowNestingProblem(text);
  if (nesting) return nesting;
  try {
    loadAll(text, ignoreDocument, { schema: schema2() });
    return null;
  } catch (error2) {
    if (!(error2 instanceof YAMLException)) throw error2;
    const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
    return { offset: (error2.mark?.position ?? 0) + bom, message: error2.reason };
  }
}

// src/extract/cloud-init.ts
var BASE64_ENCODINGS = /* @__PURE__ */ new Set(["b64", "base64"]);
var GZIP_ENCODINGS = /* @__PURE__ */ new Set(["gz+b64", "gzip+base64", "gz+base64", "gzip+b64"]);
var BINARY_GZIP_ENCODINGS = /* @__PURE__ */ new Set(["gz", "gzip", ...GZIP_ENCODINGS]);
var BINARY_TAG = "tag:yaml.org,2002:binary";
var TEMPLATE_DIRECTIVE_LINE_RE = /^[ \t]*(?:%\{[^\n]*\}|\{%[^\n]*%\}|\{#[^\n]*#\})[ \t]*\r?$/gm;
var MAX_DECODED_BYTES = 8 * 1024 * 1024;
var decoder = new TextDecoder("utf-8");
function encodedContents(text) {
  const contents = [];
  const problems = [];
  const nesting = flowNestingProblem(text);
  if (nesting) {
    problems.push({
      offset: nesting.offset,
      message: `write_files not decoded: ${nesting.message}`
    });
    return { contents, problems };
  }
  const doc = (0, import_yaml.parseDocument)(
    text.replace(TEMPLATE_DIRECTIVE_LINE_RE, (line) => " ".repeat(line.length)),
    { uniqueKeys: false }
  );
  const files = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("write_files", true) : void 0;
  if (!(0, import_yaml.isSeq)(files)) return { contents, problems };
  for (const item of files.items) {
    if (!(0, import_yaml.isMap)(item)) continue;
    const encoding = String(item.get("encoding") ?? "").toLowerCase();
    const content = item.get("content", true);
    if (!(0, import_yaml.isScalar)(content) || !content.range) continue;
    const binary2 = content.tag === BINARY_TAG && content.value instanceof Uint8Array;
    const gzip = binary2 ? BINARY_GZIP_ENCODINGS.has(encoding) : GZIP_ENCODINGS.has(encoding);
    if (!binary2 && !gzip && !BASE64_ENCODINGS.has(encoding)) continue;
    if (!binary2 && typeof content.value !== "string") continue;
    if (!binary2 && /\$\{|\{\{/.test(String(content.value))) continue;
    const offset = payloadStart(text, content.range[0]);
    try {
      const bytes = binary2 ? Buffer.from(content.value) : Buffer.from(String(content.value).replace(/\s+/g, ""), "base64");
      const raw = gzip ? gunzipSync(bytes, { maxOutputLength: MAX_DECODED_BYTES }) : bytes;
      contents.push({ offset, path: String(item.get("path") ?? ""), decoded: decoder.decode(raw) });
    } catch (error2) {
      problems.push({
        offset,
        message: `write_files content (${binary2 ? `!!binary${encoding ? ` ${encoding}` : ""}` : encoding}) could not be decoded: ${error2.message}`
      });
    }
  }
  return { contents, problems };
}
function payloadStart(text, nodeStart) {
  let at = nodeStart;
  if (text.startsWith("!!", at)) {
    while (at < text.length && !/[ \t\n]/.test(text[at])) at++;
    while (text[at] === " " || text[at] === "	") at++;
  }
  const c = text[at];
  if (c !== "|" && c !== ">") return c === '"' || c === "'" ? at + 1 : at;
  let i = text.indexOf("\n", at) + 1;
  while (text[i] === " " || text[i] === "	") i++;
  return i;
}

// src/extract/line-starts.ts
function lineStarts(text) {
  let starts = new Uint32Array(64);
  let count = 1;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) {
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = nl + 1;
  }
  return starts.subarray(0, count);
}
function lineEnd(text, from, to = text.length) {
  const nl = text.indexOf("\n", from);
  return nl === -1 || nl > to ? to : nl;
}
function lastAtOrBefore(values, target) {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (values[mid] <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/extract/embedded-cloud-config.ts
var HEREDOC_RE = /<<(-?)[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?[ \t]*\r?$/gm;
var BLOCK_SCALAR_RE = /:[ \t]*[|>][-+0-9]{0,3}[ \t]*\r?$/gm;
var CLOUD_CONFIG_RE = /^[ \t]*#cloud-config\b/;
var MAX_EMBEDDED_LINES = 2e4;
var MAX_EMBEDDED_PER_FILE = 1e3;
var ENCODED_PAYLOAD_RE = /\bencoding:|!!binary/;
function hasEncodedPayloadMark(text) {
  return (text.includes("encoding:") || text.includes("!!binary")) && ENCODED_PAYLOAD_RE.test(text);
}
var tooLong = (offset) => ({
  offset,
  message: `embedded cloud-config not decoded: longer than ${MAX_EMBEDDED_LINES.toLocaleString("en-US")} lines`
});
function indentOf(line) {
  let i = 0;
  while (line[i] === " " || line[i] === "	") i++;
  return i;
}
function bodyLines(text, bodyStart, keep) {
  const starts = [];
  const lines = [];
  for (let at = bodyStart; at < text.length && lines.length <= MAX_EMBEDDED_LINES; ) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (!keep(line)) break;
    starts.push(at);
    lines.push(line);
    at = end + 1;
  }
  return { starts, lines };
}
function dedented(starts, lines, indent) {
  const localStarts = [];
  const removed = [];
  let length = 0;
  const parts = lines.map((line) => {
    const cut = Math.min(indent, indentOf(line));
    localStarts.push(length);
    removed.push(cut);
    length += line.length - cut + 1;
    return line.slice(cut);
  });
  return {
    text: parts.join("\n"),
    fileOffset(offset) {
      const lo = lastAtOrBefore(localStarts, offset);
      return starts[lo] + removed[lo] + (offset - localStarts[lo]);
    }
  };
}
function firstLineIsCloudConfig(text, at) {
  return CLOUD_CONFIG_RE.test(text.slice(at, lineEnd(text, at)));
}
function heredocs(text, found) {
  let readTo = 0;
  for (const m of text.matchAll(HEREDOC_RE)) {
    if (m.index < readTo) continue;
    const bodyStart = m.index + m[0].length + 1;
    if (bodyStart >= text.length || !firstLineIsCloudConfig(text, bodyStart)) continue;
    const id = m[2];
    const { starts, lines } = bodyLines(text, bodyStart, (line) => line.trim() !== id);
    readTo = lines.length ? starts[starts.length - 1] + lines[lines.length - 1].length : bodyStart;
    if (lines.length > MAX_EMBEDDED_LINES) {
      found.problems.push(tooLong(bodyStart));
      continue;
    }
    let indent = 0;
    if (m[1] === "-") {
      indent = Infinity;
      for (const line of lines) if (line.trim()) indent = Math.min(indent, indentOf(line));
    }
    found.configs.push(dedented(starts, lines, Number.isFinite(indent) ? indent : 0));
  }
}
function blockScalars(text, found) {
  let readTo = 0;
  for (const m of text.matchAll(BLOCK_SCALAR_RE)) {
    if (m.index < readTo) continue;
    const bodyStart = m.index + m[0].length + 1;
    if (bodyStart >= text.length || !firstLineIsCloudConfig(text, bodyStart)) continue;
    const keyLineStart = text.lastIndexOf("\n", m.index) + 1;
    const keyIndent = indentOf(text.slice(keyLineStart, m.index));
    const indent = indentOf(text.slice(bodyStart, lineEnd(text, bodyStart)));
    const { starts, lines } = bodyLines(
      text,
      bodyStart,
      (line) => !line.trim() || indentOf(line) > keyIndent
    );
    readTo = lines.length ? starts[starts.length - 1] + lines[lines.length - 1].length : bodyStart;
    if (lines.length > MAX_EMBEDDED_LINES) found.problems.push(tooLong(bodyStart));
    else found.configs.push(dedented(starts, lines, indent));
  }
}
var LEADING_TEMPLATE_LINES_RE = /^(?:[ \t]*(?:%\{[^\n]{0,200}\}|\{%[^\n]{0,200}%\}|\{#[^\n]{0,200}#\}|#(?!cloud-config)[^\n]{0,200})?[ \t]*\r?\n){1,20}(?=#cloud-config\b)/;
function templateCloudConfig(text, found) {
  const m = LEADING_TEMPLATE_LINES_RE.exec(text);
  if (!m) return;
  const start = m[0].length;
  found.configs.push({ text: text.slice(start), fileOffset: (offset) => start + offset });
}
function embeddedCloudConfigs(text, kind2) {
  const found = { configs: [], problems: [] };
  if (!text.includes("#cloud-config")) return found;
  if (kind2.syntax === "hcl") heredocs(text, found);
  else templateCloudConfig(text, found);
  if (kind2.yaml && kind2.form !== "cloud-init") blockScalars(text, found);
  found.configs = found.configs.filter((config2) => hasEncodedPayloadMark(config2.text));
  if (found.configs.length > MAX_EMBEDDED_PER_FILE) {
    const first = found.configs[MAX_EMBEDDED_PER_FILE];
    found.problems.push({
      offset: first.fileOffset(0),
      message: `embedded cloud-configs not decoded from here on: more than ${MAX_EMBEDDED_PER_FILE.toLocaleString("en-US")} in one file (${found.configs.length - MAX_EMBEDDED_PER_FILE} left encoded)`
    });
    found.configs.length = MAX_EMBEDDED_PER_FILE;
  }
  return found;
}

// src/extract/code-comments.ts
var EXTRA_STARTS = { csharp: "@", rust: "r", php: "<", lua: "[-" };
var C_BLOCK = ["/*", "*/"];
var rules = (line, block, rest = {}) => {
  const firsts = [...line.map((m) => m[0]), block?.[0][0], '"', "'", "`"].join("");
  const starts = new Set(firsts + (rest.extra ? EXTRA_STARTS[rest.extra] : ""));
  return {
    line,
    block,
    nested: false,
    singleQuote: "string",
    multiline: false,
    backtickEscapes: false,
    ...rest,
    starts
  };
};
var CODE_RULES = {
  /** JavaScript, TypeScript, JSON5/JSONC, Groovy (Jenkinsfile, Gradle), Dart. */
  c: rules(["//"], C_BLOCK, { backtickEscapes: true }),
  /** C, C++, Java, Go, Zig: `'x'` is a character; a Go raw string has no escapes. */
  java: rules(["//"], C_BLOCK, { singleQuote: "char" }),
  /** Kotlin, Scala, Swift: nested block comments. */
  kotlin: rules(["//"], C_BLOCK, { singleQuote: "char", nested: true }),
  /** Rust: nested block comments, `'a` lifetimes, `r#"…"#` raw strings, multi-line strings. */
  rust: rules(["//"], C_BLOCK, {
    singleQuote: "char",
    nested: true,
    multiline: true,
    extra: "rust"
  }),
  /** C#: `@"…"` verbatim strings. */
  csharp: rules(["//"], C_BLOCK, { singleQuote: "char", extra: "csharp" }),
  /** PHP: `#` too (but `#[` is an attribute), heredocs, multi-line strings. */
  php: rules(["//", "#"], C_BLOCK, { multiline: true, backtickEscapes: true, extra: "php" }),
  /** Python and Starlark (Tiltfile, Bazel): `#`, and `"""`/`'''` strings. */
  python: rules(["#"], null),
  /** Lua: `--`, `--[[ … ]]`, `[[ … ]]` strings. */
  lua: rules(["--"], null, { extra: "lua" }),
  /** SQL: `--`, `/* *\/`, multi-line strings. */
  sql: rules(["--"], C_BLOCK, { multiline: true }),
  /** Puppet manifests, Nix: `#` and `/* *\/`, multi-line strings. */
  puppet: rules(["#"], C_BLOCK, { multiline: true })
};
var isWordChar = (c) => c !== void 0 && /[0-9A-Za-z_]/.test(c);
function codeComments(text, syntax) {
  const r = CODE_RULES[syntax];
  const spans = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (!r.starts.has(c)) continue;
    if (r.block && text.startsWith(r.block[0], i)) {
      const end = blockEnd(text, i, r.block, r.nested);
      spans.push([i, end]);
      i = end - 1;
    } else if (r.extra === "lua" && c === "-" && text.startsWith("--[", i)) {
      const end = longBracketEnd(text, i + 2) ?? lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
    } else if (r.line.some((marker) => text.startsWith(marker, i))) {
      if (r.extra === "php" && c === "#" && text[i + 1] === "[") continue;
      const end = lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
    } else if (c === '"' || c === "`" || c === "'" && r.singleQuote === "string") {
      const raw = c === "`" && !r.backtickEscapes;
      i = stringEnd2(text, i, r.multiline || c === "`", !raw) - 1;
    } else if (c === "'") {
      i = charLiteralEnd(text, i) - 1;
    } else {
      const end = extraStringEnd(text, i, r.extra);
      if (end !== null) i = end - 1;
    }
  }
  return spans;
}
function blockEnd(text, open, [opener, closer], nested) {
  let depth = 1;
  let i = open + opener.length;
  let inner = nested ? text.indexOf(opener, i) : -1;
  while (depth > 0) {
    const close = text.indexOf(closer, i);
    if (close === -1) return text.length;
    if (inner !== -1 && inner < close) {
      depth++;
      i = inner + opener.length;
      inner = text.indexOf(opener, i);
      continue;
    }
    depth--;
    i = close + closer.length;
    if (inner !== -1 && inner < i) inner = text.indexOf(opener, i);
  }
  return i;
}
function stringEnd2(text, open, multiline, escapes) {
  const q = text[open];
  if (q !== "`" && text[open + 1] === q && text[open + 2] === q) {
    const close = text.indexOf(q + q + q, open + 3);
    return close === -1 ? text.length : close + 3;
  }
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && escapes) i++;
    else if (c === q) return i + 1;
    else if (c === "\n" && !multiline) return i;
  }
  return text.length;
}
function charLiteralEnd(text, open) {
  if (text[open + 1] === "\\") {
    const close = text.indexOf("'", open + 3);
    return close !== -1 && close - open <= 12 && !text.slice(open, close).includes("\n") ? close + 1 : open + 1;
  }
  if (text[open + 2] === "'" && text[open + 1] !== "\n") return open + 3;
  if (text[open + 3] === "'" && /[\uD800-\uDBFF]/.test(text[open + 1])) return open + 4;
  return open + 1;
}
function extraStringEnd(text, at, extra) {
  const c = text[at];
  if (extra === "csharp" && c === "@" && text[at + 1] === '"') {
    const close = text.indexOf('"', at + 2);
    return close === -1 ? text.length : close + 1;
  }
  if (extra === "rust" && c === "r" && !isWordChar(text[at - 1])) {
    let hashes = 0;
    while (text[at + 1 + hashes] === "#") hashes++;
    if (text[at + 1 + hashes] !== '"') return null;
    const closer = '"' + "#".repeat(hashes);
    const close = text.indexOf(closer, at + 2 + hashes);
    return close === -1 ? text.length : close + closer.length;
  }
  if (extra === "php" && c === "<" && text.startsWith("<<<", at)) return phpHeredocEnd(text, at);
  if (extra === "lua" && c === "[") return longBracketEnd(text, at);
  return null;
}
var PHP_HEREDOC_RE = /<<<[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]{0,63})\1[ \t]*\r?\n/y;
function phpHeredocEnd(text, at) {
  PHP_HEREDOC_RE.lastIndex = at;
  const m = PHP_HEREDOC_RE.exec(text);
  if (!m) return null;
  const closer = new RegExp(`^[ \\t]*${m[2]}\\b`, "gm");
  closer.lastIndex = at + m[0].length;
  const close = closer.exec(text);
  return close ? close.index + close[0].length : text.length;
}
function longBracketEnd(text, at) {
  if (text[at] !== "[") return null;
  let level = 0;
  while (text[at + 1 + level] === "=") level++;
  if (text[at + 1 + level] !== "[") return null;
  const closer = "]" + "=".repeat(level) + "]";
  const close = text.indexOf(closer, at + 2 + level);
  return close === -1 ? text.length : close + closer.length;
}

// src/extract/template-comments.ts
var DELIMITERS = {
  jinja: [/\{#/g, /#\}/g],
  // `{{/* … */}}`, and with trim markers `{{- /* … */ -}}` (a trim marker needs its space).
  go: [/\{\{(?:-[ \t\r\n]+)?\/\*/g, /\*\/(?:[ \t\r\n]+-)?\}\}/g],
  erb: [/<%#/g, /-?%>/g],
  terraform: null
};
function templateComments(text, engine) {
  const spans = [];
  if (!DELIMITERS[engine]) return spans;
  const [open, close] = DELIMITERS[engine];
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    if (!c) break;
    const end = c.index + c[0].length;
    spans.push([m.index, end]);
    open.lastIndex = end;
  }
  return spans;
}
function withSpansBlanked(text, spans) {
  let out = "";
  let from = 0;
  for (const [s, e] of spans) {
    out += text.slice(from, s) + text.slice(s, e).replace(/[^\n]/g, " ");
    from = e;
  }
  return out + text.slice(from);
}

// src/extract/comments.ts
var isSpace = (c) => c === " " || c === "	" || c === "\r";
var OPENS_TOKEN = /* @__PURE__ */ new Set([
  void 0,
  " ",
  "	",
  "\n",
  "\r",
  "=",
  ":",
  "[",
  "{",
  "(",
  ",",
  "-",
  "$"
]);
function hashComments(text, from = 0, to = text.length) {
  const spans = [];
  let quote = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      quote = 0;
      continue;
    }
    if (quote) {
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      if (i === 0 || OPENS_TOKEN_CODE[text.charCodeAt(i - 1)] === 1) quote = c;
    } else if (c === HASH) {
      const before = text.charCodeAt(i - 1);
      if (i === from || before === NEWLINE || before === SPACE || before === TAB || before === CR) {
        const end = lineEnd(text, i, to);
        spans.push([i, end]);
        i = end - 1;
      }
    }
  }
  return spans;
}
var NEWLINE = 10;
var CR = 13;
var TAB = 9;
var SPACE = 32;
var HASH = 35;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var BACKSLASH = 92;
var OPENS_TOKEN_CODE = new Uint8Array(128);
for (const c of OPENS_TOKEN) if (c !== void 0) OPENS_TOKEN_CODE[c.charCodeAt(0)] = 1;
var HEREDOC_RE2 = /<<[-~]?[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?[ \t]*\r?$/my;
var DESCRIPTION_RE = /^[ \t]*(?:description|error_message)[ \t]*=[ \t]*$/;
function hclSpans(text) {
  const comments = [];
  const docs = [];
  const n = text.length;
  let problem;
  const note = (offset, message) => problem ??= { offset, message };
  const openBraces = [];
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = i + 1;
    } else if (c === '"') {
      const { end, closed } = hclStringEnd(text, i);
      if (!closed) note(i, "a string is not closed on its line");
      if (isDescriptionValue(text, lineStart, i)) docs.push([i, end]);
      i = end - 1;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      const end = lineEnd(text, i);
      comments.push([i, end]);
      i = end - 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      if (close === -1) note(i, "a '/*' comment is never closed");
      const end = close === -1 ? n : close + 2;
      comments.push([i, end]);
      for (let j = end - 1; j > i; j--) {
        if (text[j] === "\n") {
          lineStart = j + 1;
          break;
        }
      }
      i = end - 1;
    } else if (c === "{") {
      openBraces.push(i);
    } else if (c === "}") {
      if (openBraces.pop() === void 0) note(i, "a '}' closes nothing");
    } else if (c === "<" && text[i + 1] === "<") {
      HEREDOC_RE2.lastIndex = i;
      const m = HEREDOC_RE2.exec(text);
      if (!m) continue;
      const bodyStart = lineEnd(text, i) + 1;
      const close = findHeredocCloser(text, bodyStart, m[1]);
      if (!close) note(i, `the heredoc <<${m[1]} is never closed`);
      const bodyEnd = close?.start ?? n;
      if (isDescriptionValue(text, lineStart, i)) docs.push([bodyStart, bodyEnd]);
      for (const span of hashComments(text, bodyStart, bodyEnd)) comments.push(span);
      i = close ? close.end - 1 : n;
      lineStart = close ? close.start : n;
    }
  }
  if (openBraces.length) note(openBraces[openBraces.length - 1], "a '{' is never closed");
  return problem ? { comments, docs, problem } : { comments, docs };
}
function findHeredocCloser(text, from, id) {
  for (let start = from; start < text.length; ) {
    const end = lineEnd(text, start);
    if (text.slice(start, end).trim() === id) return { start, end };
    start = end + 1;
  }
  return null;
}
function hclStringEnd(text, open) {
  const stack = ["string"];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") return { end: i, closed: false };
    if (stack[stack.length - 1] === "string") {
      if (c === "\\") i++;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        stack.push("expression");
        i++;
      } else if (c === '"') {
        stack.pop();
        if (!stack.length) return { end: i + 1, closed: true };
      }
    } else if (c === '"') {
      stack.push("string");
    } else if (c === "{") {
      stack.push("expression");
    } else if (c === "}") {
      stack.pop();
    }
  }
  return { end: text.length, closed: false };
}
function isDescriptionValue(text, lineStart, valueStart) {
  return valueStart - lineStart <= 64 && DESCRIPTION_RE.test(text.slice(lineStart, valueStart));
}
function powershellComments(text) {
  const spans = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "<" && text[i + 1] === "#") {
      const close = text.indexOf("#>", i + 2);
      const end = close === -1 ? n : close + 2;
      spans.push([i, end]);
      i = end - 1;
    } else if (c === "#" && (i === 0 || PS_TOKEN_BEFORE.has(text[i - 1]))) {
      const end = lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
    } else if (c === "@" && (text[i + 1] === '"' || text[i + 1] === "'")) {
      const end = hereStringEnd(text, i);
      if (end !== null) i = end - 1;
    } else if (c === '"' || c === "'") {
      for (i++; i < n && text[i] !== c && text[i] !== "\n"; i++) {
        if (c === '"' && text[i] === "`") i++;
      }
      if (text[i] === "\n") i--;
    }
  }
  return spans;
}
var PS_TOKEN_BEFORE = /* @__PURE__ */ new Set([" ", "	", "\r", "\n", ";", "(", ")", "{", "}", "|"]);
function hereStringEnd(text, at) {
  const quote = text[at + 1];
  let eol = at + 2;
  while (isSpace(text[eol])) eol++;
  if (eol < text.length && text[eol] !== "\n") return null;
  const close = text.indexOf(`
${quote}@`, eol);
  return close === -1 ? text.length : close + 3;
}
function shellNoOpBlocks(text) {
  const spans = [];
  if (!text.includes(":")) return spans;
  NO_OP_RE.lastIndex = 0;
  for (let m = NO_OP_RE.exec(text); m; m = NO_OP_RE.exec(text)) {
    const bodyStart = m.index + m[0].length + 1;
    let end;
    if (m[2]) {
      const close = findHeredocCloser(text, bodyStart, m[2]);
      end = close ? close.end : text.length;
    } else {
      const close = text.indexOf("'", bodyStart);
      end = close === -1 ? text.length : close + 1;
    }
    spans.push([m.index, end]);
    NO_OP_RE.lastIndex = Math.max(end, NO_OP_RE.lastIndex);
  }
  return spans;
}
var NO_OP_RE = /^[ \t]*:[ \t]*(?:<<-?[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]{0,63})\1|[ \t]'[^'\n]*)[ \t]*\r?$/gm;
function markupComments(text) {
  const spans = [];
  let i = text.indexOf("<!--");
  while (i !== -1) {
    const close = text.indexOf("-->", i + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.push([i, end]);
    i = text.indexOf("<!--", end);
  }
  return spans;
}
function lineComments(text, line) {
  return [...text.matchAll(line)].map((m) => [m.index, m.index + m[0].length]);
}
function blockComments(text, open, close) {
  const spans = [];
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    spans.push([m.index, end]);
    open.lastIndex = end;
  }
  return spans;
}
function commentSpans(text, syntax, template) {
  const templated = template ? templateComments(text, template) : [];
  if (!templated.length) return innerSpans(text, syntax);
  const inner = innerSpans(withSpansBlanked(text, templated), syntax);
  return { ...inner, comments: mergeSpans(templated, inner.comments) };
}
function innerSpans(text, syntax) {
  if (syntax in CODE_RULES) return { comments: codeComments(text, syntax), docs: [] };
  switch (syntax) {
    case "hash":
      return { comments: hashComments(text), docs: [] };
    case "shell":
      return { comments: mergeSpans(hashComments(text), shellNoOpBlocks(text)), docs: [] };
    case "ini":
      return {
        comments: mergeSpans(hashComments(text), lineComments(text, /^[ \t]*;.*$/gm)),
        docs: []
      };
    case "hcl":
      return hclSpans(text);
    case "markup":
      return { comments: markupComments(text), docs: [] };
    case "asciidoc":
      return {
        comments: mergeSpans(
          lineComments(text, /^\/\/(?!\/\/[ \t]*\r?$).*$/gm),
          blockComments(text, /^\/{4,}[ \t]*\r?$/gm, /^\/{4,}[ \t]*\r?$/gm)
        ),
        docs: []
      };
    case "powershell":
      return { comments: powershellComments(text), docs: [] };
    case "ruby":
      return {
        comments: mergeSpans(
          hashComments(text),
          blockComments(text, /^=begin\b/gm, /^=end\b.*$/gm)
        ),
        docs: []
      };
    case "perl":
      return {
        comments: mergeSpans(
          hashComments(text),
          blockComments(text, /^=[A-Za-z]\w*/gm, /^=cut\b.*$/gm)
        ),
        docs: []
      };
    case "comment-lines":
      return { comments: lineComments(text, /^[ \t]*(?:#|\/\/).*$/gm), docs: [] };
    case "none":
      return { comments: [], docs: [] };
  }
}
function mergeSpans(a, b) {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
function inSpans(spans, offset) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = spans[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

// src/extract/candidate-lines.ts
function spansOnLines(text, offsets, find) {
  const spans = [];
  let lineEnd2 = -1;
  for (const offset of offsets) {
    if (offset <= lineEnd2) continue;
    let lineStart = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
    while (lineStart >= 2 && text[lineStart - 2] === "\\")
      lineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    let nl = text.indexOf("\n", offset);
    while (nl > 0 && text[nl - 1] === "\\") nl = text.indexOf("\n", nl + 1);
    lineEnd2 = nl === -1 ? text.length : nl;
    for (const [s, e] of find(text.slice(lineStart, lineEnd2)))
      spans.push([s + lineStart, e + lineStart]);
  }
  return spans;
}

// src/extract/help-text.ts
var DESCRIPTION_KEYS = "description|short_description|long_description|desc|help|help_text|helptext|usage|example|examples|kubeletVersion|kubeProxyVersion|containerRuntimeVersion";
var YAML_DESCRIPTION_RE = new RegExp(
  `^([ \\t]*)(-[ \\t]+)?["']?(?:${DESCRIPTION_KEYS})["']?[ \\t]*:(?=[ \\t]|\\r?$)[ \\t]*`,
  "gm"
);
var JSON_DESCRIPTION_RE = new RegExp(`"(?:${DESCRIPTION_KEYS})"[ \\t]*:[ \\t]*(?=")`, "g");
function indentAt(text, lineStart) {
  let i = lineStart;
  while (text[i] === " " || text[i] === "	") i++;
  return i - lineStart;
}
function quotedEnd(text, open) {
  const quote = text[open];
  const end = lineEnd(text, open);
  for (let i = open + 1; i < end; i++) {
    if (text[i] === "\\" && quote === '"') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return end;
}
function yamlDescriptions(text, spans) {
  let coveredTo = 0;
  for (const m of text.matchAll(YAML_DESCRIPTION_RE)) {
    if (m.index < coveredTo) continue;
    const valueStart = m.index + m[0].length;
    const keyIndent = m[1].length + (m[2]?.length ?? 0);
    const first = text[valueStart];
    let end = first === '"' || first === "'" ? quotedEnd(text, valueStart) : lineEnd(text, valueStart);
    const inline = text.slice(valueStart, end).trim();
    if (first !== '"' && first !== "'") {
      const opensBlock = !inline || /^[|>][-+0-9]*$/.test(inline);
      for (let next = end + 1; next < text.length; ) {
        const nextEnd = lineEnd(text, next);
        const line = text.slice(next, nextEnd);
        const indent = indentAt(text, next);
        const listAtKey = opensBlock && indent === keyIndent && /^[ \t]*- /.test(line);
        if (line.trim() && indent <= keyIndent && !listAtKey) break;
        if (!opensBlock && line.trim() && /^[ \t]*["']?[A-Za-z0-9_.-]+["']?[ \t]*:/.test(line))
          break;
        end = nextEnd;
        next = nextEnd + 1;
      }
    }
    spans.push([valueStart, end]);
    coveredTo = end;
  }
}
function jsonDescriptions(text, spans) {
  for (const m of text.matchAll(JSON_DESCRIPTION_RE)) {
    const open = m.index + m[0].length;
    spans.push([open, quotedEnd(text, open)]);
  }
}
var FUNCTION_HEAD = String.raw`(?:function[ \t]+([\w:-]{1,64})[ \t]*(?:\([ \t]*\))?|([\w:-]{1,64})[ \t]*\([ \t]*\))`;
var FUNCTION_RE = new RegExp(String.raw`^([ \t]*)${FUNCTION_HEAD}[ \t]*(\{[^\n]*)?\r?$`, "gm");
var HELP_WORD_RE = /^(?:usage|help)$/i;
var isHelpName = (name) => name.split(/[_\-:.]+|(?<=[a-z])(?=[A-Z])/).some((word) => HELP_WORD_RE.test(word));
var HELP_FUNCTION_REACH = 300;
var HELP_FUNCTIONS_PER_FILE = 256;
function helpFunctions(text, spans) {
  let looked = 0;
  for (const m of text.matchAll(FUNCTION_RE)) {
    if (!isHelpName(m[2] ?? m[3] ?? "")) continue;
    if (++looked > HELP_FUNCTIONS_PER_FILE) break;
    const rest = (m[4] ?? "").replace(/\r$/, "");
    if (/\}[ \t]*;?[ \t]*$/.test(rest)) {
      spans.push([m.index, m.index + m[0].length]);
      continue;
    }
    const indent = m[1].length;
    let next = lineEnd(text, m.index) + 1;
    for (let n = 0; next < text.length && n < HELP_FUNCTION_REACH; n++) {
      const nextEnd = lineEnd(text, next);
      const line = text.slice(next, nextEnd);
      if (/^[ \t]*\}[ \t]*;?[ \t]*\r?$/.test(line) && indentAt(text, next) <= indent) {
        spans.push([m.index, nextEnd]);
        break;
      }
      next = nextEnd + 1;
    }
  }
}
var HEREDOC_RE3 = /<<-?[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?/g;
function usageHeredocs(text, spans) {
  let readTo = 0;
  for (const m of text.matchAll(HEREDOC_RE3)) {
    if (m.index < readTo) continue;
    const bodyStart = lineEnd(text, m.index) + 1;
    readTo = bodyStart;
    if (!/^[ \t]*usage\b/i.test(text.slice(bodyStart, bodyStart + 64))) continue;
    for (let next = bodyStart; next < text.length; next = readTo + 1) {
      readTo = lineEnd(text, next);
      if (text.slice(next, readTo).trim() === m[1]) {
        spans.push([bodyStart, next]);
        break;
      }
    }
  }
}
var OPEN_ECHO_RE = /(?:^|[;&|{][ \t]*|\)[ \t]+)[ \t]*(?:echo(?:[ \t]+-[neE]{1,3})?|printf)[ \t]+(["'])[ \t]*\r?$/gm;
var USAGE_ECHO_REACH = 100;
function usageEchoes(text, spans) {
  for (const m of text.matchAll(OPEN_ECHO_RE)) {
    const quote = m[1];
    const bodyStart = lineEnd(text, m.index + m[0].length - 1) + 1;
    if (!/^\s*usage\b/i.test(text.slice(bodyStart, bodyStart + 256))) continue;
    for (let next = bodyStart, n = 0; next < text.length && n < USAGE_ECHO_REACH; n++) {
      const end = lineEnd(text, next);
      const line = text.slice(next, end).trimEnd();
      if (line.endsWith(quote) && line.split(quote).length % 2 === 0) {
        spans.push([bodyStart, end]);
        break;
      }
      next = end + 1;
    }
  }
}
var EXAMPLE_LINE_RE = /(?:^[ \t]*(?:-[ \t]+)?(?:run:[ \t]+)?|[;&|{][ \t]*)@?(?:echo|printf|print|puts|say|Write-Host|Write-Output|Write-Information|Write-Verbose)\b[^\n#]{0,400}?(?:\be\.?g\.|\bsuch as\b|\bexamples?\b(?!\.)|\bex:|\bfor instance\b|\busage\b)[^\n]*/gim;
var EXAMPLE_PHRASE_RE = /\be\.?g\.|\bsuch as\b|\bfor (?:example|instance)\b|\bex(?:ample)?:/gi;
function examplesInStrings(text, spans) {
  for (const m of text.matchAll(EXAMPLE_PHRASE_RE)) {
    const end = lineEnd(text, m.index);
    const before = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
    for (const quote of ['"', "'", "`"]) {
      if (before.split(quote).length % 2 === 0) {
        const close = text.indexOf(quote, m.index);
        spans.push([m.index, close === -1 || close > end ? end : close]);
        break;
      }
    }
  }
}
var NODE_INFO_LINE_RE = /^[ \t]*["']?(?:kubeletVersion|kubeProxyVersion|containerRuntimeVersion)["']?[ \t]*:[^\n]*/gm;
function exampleLines(text, spans) {
  for (const m of text.matchAll(EXAMPLE_LINE_RE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NODE_INFO_LINE_RE)) spans.push([m.index, m.index + m[0].length]);
  examplesInStrings(text, spans);
}
function helpTextSpans(text, kind2, candidates) {
  const spans = [];
  if (kind2.form === "documentation") return spans;
  if (kind2.yaml) yamlDescriptions(text, spans);
  if (kind2.form === "json") jsonDescriptions(text, spans);
  if (/usage|help/i.test(text)) {
    helpFunctions(text, spans);
    usageHeredocs(text, spans);
    usageEchoes(text, spans);
  }
  if (candidates) {
    for (const span of spansOnLines(text, candidates, (line) => {
      const found = [];
      exampleLines(line, found);
      return found;
    }))
      spans.push(span);
  } else exampleLines(text, spans);
  return spans;
}

// src/extract/substitutions.ts
var SED_RE = /(?<=(?:^|[\s;(|{=&])["'`]?)s([/|#@!%:,^+~])/gm;
var PARAMETER_RE = /\$\{[A-Za-z_][A-Za-z0-9_]{0,63}\/[/#%]?/g;
var CALL_RE = /\b(replace|replaceAll|Replace|ReplaceAll|regex_replace|regexreplace|gsub|sub)\(/g;
var POWERSHELL_RE = /-c?replace[ \t]+/gi;
var PATTERN_KEY_RE = /^[ \t]*(?:-[ \t]+)?["']?(?:regexp|regex|search)["']?[ \t]*:[ \t]*(\S.*)$/gm;
function partEnd(text, from, delimiter) {
  for (let i = from; i < text.length && i - from < 4096; i++) {
    const c = text[i];
    if (c === "\n") return -1;
    if (c === "\\") i++;
    else if (c === delimiter) return i;
  }
  return -1;
}
function sedSearchSides(text, spans) {
  for (const m of text.matchAll(SED_RE)) {
    const delimiter = m[1];
    const searchStart = m.index + m[0].length;
    const searchEnd = partEnd(text, searchStart, delimiter);
    if (searchEnd === -1) continue;
    if (partEnd(text, searchEnd + 1, delimiter) === -1) continue;
    spans.push([searchStart, searchEnd]);
  }
}
function parameterSearchSides(text, spans) {
  for (const m of text.matchAll(PARAMETER_RE)) {
    const searchStart = m.index + m[0].length;
    const searchEnd = partEnd(text, searchStart, "/");
    if (searchEnd !== -1 && !text.slice(searchStart, searchEnd).includes("}"))
      spans.push([searchStart, searchEnd]);
  }
}
function quotedAt(text, at) {
  let i = at;
  while (text[i] === " " || text[i] === "	") i++;
  const quote = text[i];
  if (quote !== '"' && quote !== "'") return null;
  const close = partEnd(text, i + 1, quote);
  return close === -1 ? null : { span: [i + 1, close], next: close + 1 };
}
var CALL_REACH = 1024;
function callArguments(text, open) {
  const starts = [open];
  let depth = 0;
  let quote = null;
  let i = open;
  for (; i < text.length && i - open < CALL_REACH; i++) {
    const c = text[i];
    if (c === "\n") break;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return { starts, end: i };
      depth--;
    } else if (c === "," && depth === 0) starts.push(i + 1);
  }
  return { starts: [], end: i };
}
function callSearchSides(text, spans) {
  let readTo = 0;
  for (const m of text.matchAll(CALL_RE)) {
    if (m.index < readTo) continue;
    const { starts: args, end } = callArguments(text, m.index + m[0].length);
    readTo = end;
    const stringFirst = /^replace/i.test(m[1]) && args.length >= 3;
    const search = args.length >= 2 ? args[stringFirst ? 1 : 0] : void 0;
    const quoted = search === void 0 ? null : quotedAt(text, search);
    if (quoted) spans.push(quoted.span);
  }
  for (const m of text.matchAll(POWERSHELL_RE)) {
    const quoted = quotedAt(text, m.index + m[0].length);
    if (quoted) spans.push(quoted.span);
  }
}
function patternKeys(text, spans) {
  for (const m of text.matchAll(PATTERN_KEY_RE)) {
    const start = m.index + m[0].length - m[1].length;
    spans.push([start, m.index + m[0].length]);
  }
}
function substitutionSearchSpansAt(text, offsets) {
  return spansOnLines(text, offsets, searchSpansIn);
}
function searchSpansIn(text) {
  const spans = [];
  if (text.includes("s")) sedSearchSides(text, spans);
  if (text.includes("${")) parameterSearchSides(text, spans);
  if (/replace|sub\(/i.test(text)) callSearchSides(text, spans);
  if (/regexp|regex|search/.test(text)) patternKeys(text, spans);
  return spans;
}

// src/extract/contexts.ts
var TEST_FOLDERS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "testdata",
  "__tests__",
  "__fixtures__",
  "__snapshots__",
  "fixtures",
  "e2e",
  "spec",
  "molecule",
  // Browser tests (Cypress) and UI demos (Storybook): sample data for a page, not a cluster.
  "cypress",
  "storybook",
  ".storybook",
  // Benchmarks plant pins to be found; they deploy nothing.
  "bench",
  "benchmark",
  "benchmarks"
]);
var TEST_FILE_RE = /(?:[._]test|[._]spec|[._]bench|\.stories)\.[a-z0-9]+$|^bench(?:mark)?[._-]|^test_[^/]*\.py$|^conftest\.py$|\.tftest\.(?:hcl|json)$|\.bats$|\.golden$|^\.?kitchen(?:\.[^/]*)?\.ya?ml$|(?:^|[._-])e2e(?:[._-]|$)/;
var TEST_WORKFLOW_RE = /(?:^|\/)\.github\/workflows\/(?:[^/]*[._-])?(?:tests?|integration|acceptance)(?:[._-][^/]*)?\.ya?ml$/;
var TEST_SCRIPT_RE = /(?:^|[._-])(?:tests?|acceptance)(?:[._-][^/]*)?\.(?:sh|bash|zsh|ps1)$/;
function isTimestampedLog(text) {
  const head2 = text.slice(0, 4096).split("\n", 21).slice(0, 20);
  const lines = head2.filter((line) => line.trim());
  if (lines.length < 5) return false;
  const stamped = lines.filter((line) => LOG_LINE_RE.test(line)).length;
  return stamped >= lines.length * 0.8;
}
var LOG_LINE_RE = /^\uFEFF?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;
function isEventRecord(file, text, pins) {
  if (!/\.(?:json|ya?ml)$/i.test(file)) return false;
  const needed = Math.max(5, Math.ceil(pins / 2));
  ISO_TIME_RE.lastIndex = 0;
  for (let times = 0; ISO_TIME_RE.exec(text); ) if (++times >= needed) return true;
  return false;
}
var ISO_TIME_RE = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/g;
function isDashboard(file, text) {
  return /\.json(?:\.[a-z0-9]+)?$/i.test(file) && /"panels"\s*:\s*\[/.test(text) && /"templating"\s*:\s*\{/.test(text);
}
var TEST_FOLDER_PART_RE = /(?:^|[._-])tests(?:[._-]|$)/;
var RECORDING_RE = /\.(?:cast|log|transcript)$/;
var API_DESCRIPTION_RE = /^(?:swagger|openapi)(?:[._-][^/]*)?\.(?:json|ya?ml)$/;
var DOCS_FOLDERS = /* @__PURE__ */ new Set(["versioned_docs"]);
var ARGUMENT_SPECS_RE = /(?:^|\/)meta\/argument_specs\.ya?ml$/;
var CATALOG_MIN_RELEASES = 6;
var CATALOG_MAX_GAP_LINES = 4;
var CATALOG_MIN_RELEASES_IN_FILE = 12;
function isAdvisoryRecord(file, text) {
  if (!/\.json$/i.test(file) || !/"affected"\s*:\s*\[/.test(text)) return false;
  if (!/"schema_version"\s*:/.test(text)) return false;
  try {
    const record2 = JSON.parse(text);
    return typeof record2.id === "string" && Array.isArray(record2.affected);
  } catch {
    return false;
  }
}
function contextOfPath(file) {
  const lower = file.toLowerCase();
  const slash = lower.lastIndexOf("/");
  const name = lower.slice(slash + 1);
  if (RECORDING_RE.test(name) || API_DESCRIPTION_RE.test(name)) return "docs";
  if (ARGUMENT_SPECS_RE.test(lower)) return "docs";
  const folders = slash > 0 ? lower.slice(0, slash).split("/") : [];
  if (folders.some((folder) => DOCS_FOLDERS.has(folder))) return "docs";
  if (TEST_FILE_RE.test(name) || TEST_SCRIPT_RE.test(name) || TEST_WORKFLOW_RE.test(lower)) {
    return "test";
  }
  if (folders.some((folder) => TEST_FOLDERS.has(folder) || TEST_FOLDER_PART_RE.test(folder))) {
    return "test";
  }
  return null;
}
function contextOfContent(file, text, pins) {
  if (isAdvisoryRecord(file, text)) return "catalog";
  if (isTimestampedLog(text) || isEventRecord(file, text, pins) || isDashboard(file, text)) {
    return "docs";
  }
  return null;
}
function assignContexts(file, text, pins) {
  if (!pins.length) return;
  const byPath = contextOfPath(file) ?? contextOfContent(file, text, pins.length);
  const inCatalog = byPath ? null : catalogPins(pins);
  for (const pin of pins) {
    pin.context = pin.form === "documentation" ? "docs" : byPath ?? (inCatalog?.has(pin) ? "catalog" : "deploy");
  }
}
function catalogPins(pins) {
  if (pins.length < CATALOG_MIN_RELEASES) return null;
  let found = null;
  const byProduct = /* @__PURE__ */ new Map();
  for (const pin of pins) {
    const list2 = byProduct.get(pin.product);
    if (list2) list2.push(pin);
    else byProduct.set(pin.product, [pin]);
  }
  for (const list2 of byProduct.values()) {
    if (list2.length < CATALOG_MIN_RELEASES) continue;
    if (new Set(list2.map((p) => p.version)).size >= CATALOG_MIN_RELEASES_IN_FILE) {
      found ??= /* @__PURE__ */ new Set();
      for (const pin of list2) found.add(pin);
      continue;
    }
    list2.sort((a, b) => a.line - b.line || a.column - b.column);
    let start = 0;
    for (let i = 1; i <= list2.length; i++) {
      if (i < list2.length && list2[i].line - list2[i - 1].line <= CATALOG_MAX_GAP_LINES) continue;
      const run2 = list2.slice(start, i);
      if (new Set(run2.map((p) => p.version)).size >= CATALOG_MIN_RELEASES) {
        found ??= /* @__PURE__ */ new Set();
        for (const pin of run2) found.add(pin);
      }
      start = i;
    }
  }
  return found;
}
function contextNote(context) {
  switch (context) {
    case "test":
      return "test data";
    case "catalog":
      return "release catalog";
    case "docs":
      return "documentation";
    case "deploy":
      return null;
  }
}

// src/extract/file-kinds.ts
var kind = (form, syntax, yaml2 = false) => ({
  form,
  syntax,
  yaml: yaml2
});
var RUBY = kind("ruby", "ruby");
var SHELL = kind("shell", "shell");
var DOCUMENTATION = kind("documentation", "none");
var STARLARK = kind("text", "python");
var GROOVY = kind("text", "c");
var BY_EXTENSION = {
  tf: kind("terraform", "hcl"),
  tfvars: kind("tfvars", "hcl"),
  hcl: kind("hcl", "hcl"),
  nomad: kind("hcl", "hcl"),
  sh: SHELL,
  bash: SHELL,
  zsh: SHELL,
  ksh: SHELL,
  ps1: kind("powershell", "powershell"),
  psm1: kind("powershell", "powershell"),
  psd1: kind("powershell", "powershell"),
  yaml: kind("yaml", "hash", true),
  yml: kind("yaml", "hash", true),
  // Salt states are Jinja-templated YAML by default.
  sls: { ...kind("yaml", "hash", true), template: "jinja" },
  mk: kind("makefile", "hash"),
  make: kind("makefile", "hash"),
  rb: RUBY,
  rake: RUBY,
  gemspec: RUBY,
  podspec: RUBY,
  env: kind("dotenv", "hash"),
  ts: kind("javascript", "c"),
  tsx: kind("javascript", "c"),
  mts: kind("javascript", "c"),
  cts: kind("javascript", "c"),
  js: kind("javascript", "c"),
  jsx: kind("javascript", "c"),
  mjs: kind("javascript", "c"),
  cjs: kind("javascript", "c"),
  py: kind("python", "python"),
  pyi: kind("python", "python"),
  // General-purpose source code: its comments are comments, its string literals stay pins.
  go: kind("text", "java"),
  java: kind("text", "java"),
  c: kind("text", "java"),
  h: kind("text", "java"),
  cc: kind("text", "java"),
  cpp: kind("text", "java"),
  cxx: kind("text", "java"),
  hpp: kind("text", "java"),
  hh: kind("text", "java"),
  zig: kind("text", "java"),
  kt: kind("text", "kotlin"),
  kts: kind("text", "kotlin"),
  scala: kind("text", "kotlin"),
  sc: kind("text", "kotlin"),
  swift: kind("text", "kotlin"),
  rs: kind("text", "rust"),
  cs: kind("text", "csharp"),
  csx: kind("text", "csharp"),
  php: kind("text", "php"),
  groovy: GROOVY,
  gradle: GROOVY,
  jenkinsfile: GROOVY,
  dart: GROOVY,
  jsonnet: kind("text", "c"),
  libsonnet: kind("text", "c"),
  cue: kind("text", "c"),
  lua: kind("text", "lua"),
  sql: kind("text", "sql"),
  cr: kind("text", "hash"),
  ex: kind("text", "hash"),
  exs: kind("text", "hash"),
  r: kind("text", "hash"),
  jl: kind("text", "hash"),
  nim: kind("text", "hash"),
  pl: kind("text", "perl"),
  pm: kind("text", "perl"),
  pp: kind("text", "puppet"),
  nix: kind("text", "puppet"),
  bzl: STARLARK,
  star: STARLARK,
  bazel: STARLARK,
  toml: kind("text", "hash"),
  ini: kind("text", "ini"),
  cfg: kind("text", "ini"),
  service: kind("text", "ini"),
  socket: kind("text", "ini"),
  timer: kind("text", "ini"),
  // Podman Quadlet units: systemd syntax holding an `Image=`.
  container: kind("text", "ini"),
  kube: kind("text", "ini"),
  conf: kind("text", "hash"),
  properties: kind("text", "hash"),
  // Plain JSON has no comments, but tsconfig, devcontainer and editor settings are JSONC; the
  // lexer skips strings, so a URL in a value is no comment.
  json: kind("json", "c"),
  jsonc: kind("json", "c"),
  json5: kind("json", "c"),
  xml: kind("text", "markup"),
  csproj: kind("text", "markup"),
  props: kind("text", "markup"),
  targets: kind("text", "markup"),
  plist: kind("text", "markup"),
  md: kind("documentation", "markup"),
  markdown: kind("documentation", "markup"),
  mdx: kind("documentation", "markup"),
  html: kind("documentation", "markup"),
  htm: kind("documentation", "markup"),
  rst: DOCUMENTATION,
  adoc: kind("documentation", "asciidoc"),
  asciidoc: kind("documentation", "asciidoc"),
  textile: DOCUMENTATION,
  rdoc: DOCUMENTATION,
  org: DOCUMENTATION,
  pod: DOCUMENTATION,
  wiki: DOCUMENTATION,
  // A .txt file may be read by a script (versions.txt): text, unless named as documentation.
  txt: kind("text", "none")
};
var BY_NAME = {
  dockerfile: kind("dockerfile", "hash"),
  containerfile: kind("dockerfile", "hash"),
  makefile: kind("makefile", "hash"),
  gnumakefile: kind("makefile", "hash"),
  bsdmakefile: kind("makefile", "hash"),
  "makefile.am": kind("makefile", "hash"),
  jenkinsfile: GROOVY,
  vagrantfile: RUBY,
  brewfile: RUBY,
  gemfile: RUBY,
  rakefile: RUBY,
  podfile: RUBY,
  fastfile: RUBY,
  appfile: RUBY,
  guardfile: RUBY,
  capfile: RUBY,
  berksfile: RUBY,
  puppetfile: RUBY,
  dangerfile: RUBY,
  tiltfile: STARLARK,
  build: STARLARK,
  workspace: STARLARK,
  snakefile: STARLARK,
  sconstruct: STARLARK,
  sconscript: STARLARK,
  justfile: kind("text", "hash"),
  earthfile: kind("dockerfile", "hash"),
  procfile: kind("text", "hash"),
  caddyfile: kind("text", "hash"),
  pipfile: kind("text", "hash"),
  "cmakelists.txt": kind("text", "hash"),
  "go.mod": kind("text", "java"),
  "go.work": kind("text", "java"),
  ".tool-versions": kind("text", "hash"),
  ".gitignore": kind("text", "hash"),
  ".dockerignore": kind("text", "hash"),
  ".helmignore": kind("text", "hash"),
  ".npmrc": kind("text", "ini"),
  ".editorconfig": kind("text", "ini"),
  ".gitconfig": kind("text", "ini"),
  ".terraformrc": kind("hcl", "hcl"),
  ".env": kind("dotenv", "hash"),
  ".envrc": SHELL,
  ".bashrc": SHELL,
  ".bash_profile": SHELL,
  ".profile": SHELL,
  ".zshrc": SHELL,
  ".zprofile": SHELL,
  ".kshrc": SHELL,
  "notes.txt": DOCUMENTATION
};
var DOCUMENTATION_NAMES = /* @__PURE__ */ new Set([
  "readme",
  "history",
  "changelog",
  "changes",
  "news",
  "authors",
  "contributors",
  "contributing",
  "copying",
  "license",
  "licence",
  "notice",
  "todo",
  "releasenotes",
  "release_notes",
  "release-notes",
  "upgrading",
  "security",
  "maintainers",
  "code_of_conduct"
]);
var WRAPPER_EXTENSIONS = {
  j2: "jinja",
  jinja: "jinja",
  jinja2: "jinja",
  njk: "jinja",
  twig: "jinja",
  tpl: "go",
  tmpl: "go",
  gotmpl: "go",
  erb: "erb",
  epp: "erb",
  tftpl: "terraform",
  // consul-template, confd and gomplate name their Go templates so.
  template: "go",
  example: null,
  examples: null,
  sample: null,
  dist: null,
  default: null,
  orig: null,
  bak: null,
  backup: null,
  old: null,
  new: null,
  in: null,
  disabled: null,
  skel: null
};
var CLOUD_CONFIG_HEAD_RE = /^(##[ \t]*template:[ \t]*jinja[ \t]*\r?\n)?#cloud-config\b/;
function fileKindOf(path, head2) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  let name = base;
  let template;
  for (let dot = name.lastIndexOf("."); dot > 0; dot = name.lastIndexOf(".")) {
    const wrapper = WRAPPER_EXTENSIONS[name.slice(dot + 1)];
    if (wrapper === void 0) break;
    template ??= wrapper ?? void 0;
    name = name.slice(0, dot);
  }
  const cloudConfig = CLOUD_CONFIG_HEAD_RE.exec(head2);
  if (cloudConfig && cloudConfig[1]) template = "jinja";
  template ??= templateOfFolder(path);
  const inner = cloudConfig ? kind("cloud-init", "hash", true) : innerKindOf(path, name, head2);
  return template ? { ...inner, template } : inner;
}
function templateOfFolder(path) {
  const p = `/${path.toLowerCase()}`;
  if (!p.includes("/templates/")) return void 0;
  return /\/roles\/[^/]+\/templates\//.test(p) ? "jinja" : "go";
}
function innerKindOf(path, name, head2) {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1) : "";
  const script = ext === "" ? kindOfShebang(head2) : void 0;
  if (script) return script;
  const byName = BY_NAME[name];
  if (byName) return byName;
  if (/^(?:docker|container)file\.|\.(?:docker|container)file$/.test(name))
    return BY_NAME.dockerfile;
  if (/^jenkinsfile\./.test(name)) return GROOVY;
  if (name.startsWith(".env.") || name.endsWith(".env")) return BY_NAME[".env"];
  if (name.endsWith(".pkr.hcl")) return kind("packer", "hcl");
  if ((ext === "" || ext === "txt") && DOCUMENTATION_NAMES.has(dot > 0 ? name.slice(0, dot) : name))
    return DOCUMENTATION;
  const byExtension = BY_EXTENSION[ext];
  if ((ext === "ini" || ext === "cfg") && isAnsiblePath(path)) return kind("ansible", "ini");
  if (byExtension) return byExtension;
  if (!ext && /(?:^|\/)(?:inventory|inventories)\/[^/]+$|(?:^|\/)hosts$/.test(path.toLowerCase())) {
    return kind("ansible", "ini");
  }
  const byShebang = kindOfShebang(head2);
  if (byShebang) return byShebang;
  return kind("text", ext === "" ? "hash" : "comment-lines");
}
function kindOfShebang(head2) {
  if (!head2.startsWith("#!")) return void 0;
  const firstLine = head2.split("\n", 1)[0];
  if (/^#!.*\b(?:ba|z|k|da)?sh\b/.test(firstLine)) return SHELL;
  if (/^#!.*\bpwsh\b/.test(firstLine)) return kind("powershell", "powershell");
  if (/^#!.*\bpython/.test(firstLine)) return kind("python", "python");
  return void 0;
}
var ANSIBLE_DIR_RE = /\/(?:group_vars|host_vars|roles|inventories|inventory|playbooks?|tasks|handlers)\//;
function isAnsiblePath(path) {
  const p = `/${path.toLowerCase()}`;
  return ANSIBLE_DIR_RE.test(p) || /\/(?:inventory|hosts)[^/]*$/.test(p);
}
function yamlFormOfPath(path) {
  const p = `/${path.toLowerCase()}`;
  if (p.includes("/.github/workflows/") || p.includes("/.gitea/workflows/"))
    return "github-workflow";
  if (/\/(?:group_vars|host_vars|roles|inventories|inventory|playbooks?|tasks|handlers)\//.test(p))
    return "ansible";
  if (/\/(?:inventory|hosts|site|playbook)[^/]*\.ya?ml$/.test(p)) return "ansible";
  if (/\/values[^/]*\.ya?ml$/.test(p)) return "helm-values";
  return "yaml";
}
var API_VERSION_RE = /^apiVersion:[ \t]*["']?([^\s"'#]+)/m;
var KIND_RE = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m;
function yamlFormOfDocument(doc, pathForm) {
  const apiVersion = API_VERSION_RE.exec(doc)?.[1] ?? "";
  const kindName = KIND_RE.exec(doc)?.[1] ?? "";
  if (apiVersion.startsWith("upgrade.cattle.io/")) return "system-upgrade-plan";
  if (apiVersion.startsWith("provisioning.cattle.io/")) return "rancher-cluster";
  if (apiVersion.includes("cluster.x-k8s.io/")) return "cluster-api";
  if (apiVersion.startsWith("k3d.io/")) return "k3d";
  if (apiVersion && kindName) return "kubernetes";
  if (pathForm === "yaml" && /^-[ \t]+(?:hosts|import_playbook):/m.test(doc)) return "ansible";
  return pathForm;
}

// src/extract/subject.ts
var SUBJECT_REACH = 160;
var PARENT_REACH = 40;
var SIBLING_REACH = 8;
var KEY_REACH = 256;
function wordsOf(name) {
  return name.replace(/([a-z0-9])([A-Z][a-z])/g, "$1 $2").toLowerCase().replace(/(?:^|[^a-z0-9])k3s-io(?=\/|$)/g, " ").split(/[^a-z0-9]+/).filter(Boolean);
}
var SUBJECT_TOKENS = 6;
var VERSION_TOKEN_RE = /^v?\d{1,4}\.\d/;
var OPERATORS_RE = /^[\s"'`=:?+(,[{]+|[\s"'`=:?+(,[{]+$/g;
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  /** Index of the line that holds `offset`. */
  lineOf(offset) {
    return lastAtOrBefore(this.starts ??= lineStarts(this.text), offset);
  }
  get count() {
    return (this.starts ??= lineStarts(this.text)).length;
  }
  start(line) {
    return (this.starts ??= lineStarts(this.text))[line];
  }
  /**
   * The indentation of line `line`, or -1 when it is blank or a `#` comment (it says nothing
   * about nesting). Read without copying the line.
   */
  indent(line) {
    const start = this.start(line);
    let i = start;
    for (; i < this.text.length; i++) {
      const c2 = this.text.charCodeAt(i);
      if (c2 !== 32 && c2 !== 9) break;
    }
    const c = this.text.charCodeAt(i);
    return i >= this.text.length || c === 10 || c === 13 || c === 35 ? -1 : i - start;
  }
  /** The start of line `line`, at most KEY_REACH characters of it, without its `\r`. */
  head(line) {
    const start = this.start(line);
    const next = line + 1 < this.count ? this.start(line + 1) - 1 : this.text.length;
    return this.text.slice(start, Math.min(next, start + KEY_REACH)).replace(/\r$/, "");
  }
};
function subjectBefore(lines, offset) {
  const lineStart = lines.start(lines.lineOf(offset));
  let prefix = lines.text.slice(Math.max(lineStart, offset - SUBJECT_REACH), offset);
  for (let tokens = 0; tokens < SUBJECT_TOKENS && prefix; tokens++) {
    const token = /\S*$/.exec(prefix)[0];
    const subject = token.replace(OPERATORS_RE, "");
    if (/[A-Za-z]/.test(subject) && !VERSION_TOKEN_RE.test(subject)) return subject;
    prefix = prefix.slice(0, prefix.length - token.length).trimEnd();
  }
  return "";
}
function indentOf2(line) {
  let i = 0;
  while (line[i] === " " || line[i] === "	") i++;
  return i;
}
var KEY_OF_LINE_RE = /^[ \t]*(?:-[ \t]+)?(?:[A-Za-z_]{1,40}[ \t]+)?["']?([A-Za-z0-9_.$/-]{1,80})["']?[ \t]*(?:[:=]|\{)/;
function parentKeys(lines, offset) {
  const line = lines.lineOf(offset);
  let indent = lines.indent(line);
  const keys = [];
  for (let above = line - 1; indent > 0 && above >= 0 && line - above <= PARENT_REACH; above--) {
    const lineIndent = lines.indent(above);
    if (lineIndent === -1 || lineIndent >= indent) continue;
    indent = lineIndent;
    const key = KEY_OF_LINE_RE.exec(lines.head(above))?.[1];
    if (key) keys.push(key);
  }
  return keys;
}
var TAG_KEY_RE = /^[ \t]*(?:-[ \t]+)?["']?(?:tag|newTag|version)["']?[ \t]*:/;
var IMAGE_KEY_RE = /^[ \t]*(?:-[ \t]+)?["']?(?:repository|image|name|newName)["']?[ \t]*:[ \t]*["']?([^\s"'#]{1,200})/;
function siblingImage(lines, offset) {
  const line = lines.lineOf(offset);
  const own2 = lines.head(line);
  if (!TAG_KEY_RE.test(own2)) return null;
  const indent = itemIndent(own2);
  if (!isListItem(own2)) {
    for (let above = line - 1; above >= 0 && line - above <= SIBLING_REACH; above--) {
      const other = lines.head(above);
      if (!other.trim()) continue;
      const otherIndent = itemIndent(other);
      if (otherIndent < indent) break;
      if (otherIndent > indent) continue;
      const image = IMAGE_KEY_RE.exec(other)?.[1];
      if (image) return image;
      if (isListItem(other)) break;
    }
  }
  for (let below = line + 1; below < lines.count && below - line <= SIBLING_REACH; below++) {
    const other = lines.head(below);
    if (!other.trim()) continue;
    const otherIndent = itemIndent(other);
    if (otherIndent < indent || otherIndent === indent && isListItem(other)) break;
    if (otherIndent > indent) continue;
    const image = IMAGE_KEY_RE.exec(other)?.[1];
    if (image) return image;
  }
  return null;
}
var isListItem = (line) => /^[ \t]*-[ \t]/.test(line);
var itemIndent = (line) => indentOf2(line) + (isListItem(line) ? 2 : 0);
function subjectNames(lines, offset, word) {
  if (wordsOf(subjectBefore(lines, offset)).includes(word)) return true;
  if (parentKeys(lines, offset).some((key) => wordsOf(key).includes(word))) return true;
  const image = siblingImage(lines, offset);
  return image !== null && wordsOf(image).includes(word);
}

// src/extract/matchers.ts
var DISTRIBUTION_RE = /(?<![0-9A-Za-z.])v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:rc|alpha|beta)\.?\d{1,4})?(?:\+|-|%2[Bb])(rke2r|k3s|rfor)(\d{1,4})(?![0-9A-Za-z])/g;
var PRODUCT_BY_SUFFIX = {
  rke2r: "rke2",
  k3s: "k3s",
  rfor: "rfo"
};
var PRODUCT_WORD = {
  rke2: "rke2",
  k3s: "k3s",
  rfo: "rfo"
};
function isRangeBound(text, at) {
  let i = at - 1;
  for (let spaces = 0; spaces < 8 && (text[i] === " " || text[i] === "	"); spaces++) i--;
  if (text[i] === '"' || text[i] === "'") i--;
  for (let spaces = 0; spaces < 8 && (text[i] === " " || text[i] === "	"); spaces++) i--;
  const c = text[i];
  const before = text[i - 1];
  if (c === "=") return before === ">" || before === "<" || before === "!";
  if (c === ">" && before === "~") return true;
  if (c === ">" || c === "<" || c === "^" || c === "~") {
    if (before !== void 0 && !OPENS_BOUND.has(before)) return false;
    for (let j = i - 1; j >= 0 && text[j] !== "\n"; j--) {
      if (!LINE_MARKS.has(text[j])) return true;
    }
    return false;
  }
  return false;
}
var OPENS_BOUND = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", '"', "'", "(", "[", "{", ","]);
var LINE_MARKS = /* @__PURE__ */ new Set([" ", "	", "\r", ">", "#", "/", "*", "-"]);
function inK3kObject(text, at) {
  const start = text.lastIndexOf("\n---", at) + 1;
  const next = text.indexOf("\n---", at);
  const doc = text.slice(start, next === -1 ? text.length : next);
  return K3K_API_RE.test(doc);
}
var K3K_API_RE = /^apiVersion:[ \t]*["']?k3k\.io\//m;
var DATA_FOLDER_RE = /rancher[\\/]+(?:rke2|k3s)[\\/]+data[\\/]+$/i;
function distributionCandidates(text, lines = new LineIndex(text)) {
  const found = [];
  DISTRIBUTION_RE.lastIndex = 0;
  for (let m = DISTRIBUTION_RE.exec(text); m; m = DISTRIBUTION_RE.exec(text)) {
    if (isRangeBound(text, m.index)) continue;
    if (DATA_FOLDER_RE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    const product = PRODUCT_BY_SUFFIX[m[1]];
    const scheme = schemes[product];
    const parsed = scheme.parse(m[0]);
    if (!parsed) continue;
    const hyphen = m[0][m[0].length - m[1].length - m[2].length - 1] === "-";
    if (hyphen && !subjectNames(lines, m.index, PRODUCT_WORD[product]) && !(product === "k3s" && inK3kObject(text, m.index))) {
      continue;
    }
    found.push({ offset: m.index, text: m[0], product, version: scheme.format(parsed) });
  }
  return found;
}
var CONTAINERD_VERSION_RE = /v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:[-~](?:alpha|beta|rc)\.?\d{1,4})?(?:-(?:k3s|bd)\d{1,4}(?:[.-]\d{1,4}){0,3})?(?:-build\d{1,14})?(?:-\d[0-9A-Za-z.~+]{0,40})?(?![0-9A-Za-z])/y;
var OTHER_COMPONENT_RE = /runc|shim|crictl|cni|nerdctl|snapshotter|stargz|nydus|overlayfs|wasm|sha|checksum|hash|url|path|dir/i;
var CONTAINERD_QUALIFIERS = /* @__PURE__ */ new Set([
  "io",
  "package",
  "pkg",
  "image",
  "default",
  "pinned",
  "deb",
  "rpm"
]);
var VERSION_WORDS = /* @__PURE__ */ new Set(["version", "ver", "tag", "release"]);
function keyNamesContainerd(key) {
  if (OTHER_COMPONENT_RE.test(key)) return false;
  const words = wordsOf(key);
  const at = words.lastIndexOf("containerd");
  if (at === -1) return false;
  for (const word of words.slice(at + 1)) {
    if (VERSION_WORDS.has(word)) return true;
    if (!CONTAINERD_QUALIFIERS.has(word)) return false;
  }
  return true;
}
var VERSION_KEY_RE = /version|tag|release|^containerd(?:\.io)?$/i;
var KEY_CHARS = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/$")
  KEY_CHARS[c.charCodeAt(0)] = 1;
var KEY_REACH2 = 80;
var PACKAGE_FILE_SUFFIX_RE = /(?:\.(?:x86|x86_64|amd64|aarch64|arm64|armv7hl|armhfp|ppc64le|ppc64|s390x|i386|i586|i686|riscv64|noarch|src))?(?:\.d?rpm)?$/;
function versionAt(text, at) {
  CONTAINERD_VERSION_RE.lastIndex = at;
  const m = CONTAINERD_VERSION_RE.exec(text);
  if (!m) return null;
  const written = m[0].replace(/\.$/, "").replace(PACKAGE_FILE_SUFFIX_RE, "");
  return { offset: at, text: written };
}
function containerdCandidate(text, at) {
  const v = versionAt(text, at);
  if (!v) return null;
  const parsed = schemes.containerd.parse(v.text);
  if (!parsed) return null;
  return {
    offset: v.offset,
    text: v.text,
    product: "containerd",
    version: schemes.containerd.format(parsed)
  };
}
var ASSIGNMENT_RE = /["']?[ \t]{0,8}(?:[?:+]?=|:)[ \t]{0,8}["']?/y;
var PACKAGE_SEPARATOR_RE = /(?:\.io)?(?:[=_-]|["']?,[ \t]{0,4}["']?)/y;
var RELEASE_URL_RE = /\/releases\/download\//y;
var IMAGE_TAG_RE = /:/y;
function stickyMatch(re, text, at) {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : null;
}
function containerdCandidates(text) {
  const found = [];
  CONTAINERD_WORD_RE.lastIndex = 0;
  for (let m = CONTAINERD_WORD_RE.exec(text); m; m = CONTAINERD_WORD_RE.exec(text)) {
    const i = m.index;
    const wordEnd = i + m[0].length;
    const keyStart = extendKey(text, i, -1);
    const keyEnd = extendKey(text, wordEnd, 1);
    const key = text.slice(keyStart, keyEnd);
    const candidate = fromPackage(text, key, keyStart, wordEnd) ?? fromUrl(text, wordEnd) ?? fromImage(text, key, keyEnd) ?? fromKey(text, key, keyStart, keyEnd) ?? fromBlock(text, key, keyStart, keyEnd) ?? fromSiblingTag(text, key, keyStart, keyEnd) ?? fromSourceRepo(text, key, keyStart);
    if (candidate) found.push(candidate);
  }
  return found;
}
var CONTAINERD_WORD_RE = /containerd/gi;
function extendKey(text, from, step) {
  let i = from;
  const limit = step === 1 ? Math.min(text.length, from + KEY_REACH2) : Math.max(0, from - KEY_REACH2);
  while (i !== limit) {
    const code = text.charCodeAt(step === 1 ? i : i - 1);
    if (!(code < 128 && KEY_CHARS[code])) break;
    i += step;
  }
  return i;
}
function fromPackage(text, key, keyStart, wordEnd) {
  const before = text.slice(keyStart, wordEnd - "containerd".length);
  if (before && !/(?:^|[/=:"' ]|cri-)$/.test(before)) return null;
  const at = stickyMatch(PACKAGE_SEPARATOR_RE, text, wordEnd);
  return at === null ? null : containerdCandidate(text, at);
}
function fromUrl(text, wordEnd) {
  const at = stickyMatch(RELEASE_URL_RE, text, wordEnd);
  return at === null ? null : containerdCandidate(text, at);
}
function fromImage(text, key, keyEnd) {
  if (!/hardened-containerd$/i.test(key)) return null;
  const at = stickyMatch(IMAGE_TAG_RE, text, keyEnd);
  return at === null ? null : containerdCandidate(text, at);
}
var PARAMETER_OPERATOR_RE = /:?[-=]/y;
var PARAMETER_DEFAULT_RE = /\$\{[A-Za-z0-9_]{1,64}:?[-=]/y;
function fromKey(text, key, keyStart, keyEnd) {
  const name = key.replace(/^\$/, "");
  if (!VERSION_KEY_RE.test(name) || !keyNamesContainerd(name)) return null;
  const inParameter = text[keyStart - 1] === "{" && text[keyStart - 2] === "$";
  let at = stickyMatch(inParameter ? PARAMETER_OPERATOR_RE : ASSIGNMENT_RE, text, keyEnd);
  if (at === null) return null;
  at = stickyMatch(PARAMETER_DEFAULT_RE, text, at) ?? at;
  return containerdCandidate(text, at);
}
var BLOCK_OPENER_RE = /["']?[ \t]{0,8}(?:(?:[:=][ \t]{0,8})?\{|:)[ \t]{0,8}\r?$/my;
var INNER_KEY_RE = /^[ \t]*(?:- )?["']?(default|version|tag)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?/;
var IMAGE_BLOCK_RE = /^[ \t]*(?:- )?["']?image["']?[ \t]*(?::|=[ \t]*\{)[ \t]*\r?$/;
var BLOCK_REACH = 20;
function fromBlock(text, key, keyStart, keyEnd) {
  const name = key.replace(/^\$/, "");
  if (!keyNamesContainerd(name)) return null;
  if (stickyMatch(BLOCK_OPENER_RE, text, keyEnd) === null) return null;
  const keyLineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  const keyIndent = indentOf3(text, keyLineStart);
  const versionNamed = /version/i.test(name);
  let childIndent = -1;
  let imageChildIndent = null;
  let lineStart = text.indexOf("\n", keyEnd) + 1;
  for (let n = 0; lineStart > 0 && n < BLOCK_REACH; n++) {
    const end = text.indexOf("\n", lineStart);
    const start = lineStart;
    const line = text.slice(start, end === -1 ? text.length : end);
    lineStart = end + 1;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const indent = indentOf3(line, 0);
    if (trimmed.startsWith("}") || indent <= keyIndent) return null;
    if (childIndent === -1) childIndent = indent;
    const m = INNER_KEY_RE.exec(line);
    if (indent === childIndent) {
      imageChildIndent = IMAGE_BLOCK_RE.test(line) ? -1 : null;
      if (m && (m[1] === "default" ? versionNamed : true))
        return containerdCandidate(text, start + m[0].length);
    } else if (imageChildIndent !== null && indent > childIndent) {
      if (imageChildIndent === -1) imageChildIndent = indent;
      if (indent === imageChildIndent && m && m[1] !== "default")
        return containerdCandidate(text, start + m[0].length);
    }
  }
  return null;
}
function indentOf3(text, lineStart) {
  let i = lineStart;
  while (text[i] === " " || text[i] === "	") i++;
  return i - lineStart;
}
var LINE_ENDS_RE = /["']?[ \t]{0,8}\r?(?:\n|$)/y;
var REPOSITORY_LINE_RE = /^([ \t]*)(?:- )?["']?(?:repository|image|name)["']?[ \t]*:[ \t]*["']?$/;
var TAG_LINE_RE = /^([ \t]*)(?:- )?["']?(?:tag|newTag)["']?[ \t]*:[ \t]*["']?/;
var SIBLING_REACH2 = 8;
var CONTAINERD_SOURCE_RE = /(?:^|\/)github\.com\/(?:k3s-io|containerd)\/containerd(?:\.git)?$/i;
var SOURCE_ASSIGNMENT_RE = /^[ \t]*(?:(?:ARG|ENV|export)[ \t]+)?[A-Za-z_][A-Za-z0-9_]{0,63}[ \t]*(?:\?=|:=|=)[ \t]*["']?(?:https?:)?$/;
var SOURCE_TAG_RE = /^[ \t]*(?:(?:ARG|ENV|export)[ \t]+)?(?:TAG|VERSION|REF)[ \t]*(?:\?=|:=|=)[ \t]*["']?/;
function fromSourceRepo(text, key, keyStart) {
  if (!CONTAINERD_SOURCE_RE.test(key)) return null;
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  if (!SOURCE_ASSIGNMENT_RE.test(text.slice(lineStart, keyStart))) return null;
  return nearbyLines(text, lineStart, (at, line) => {
    if (/^[ \t]*FROM[ \t]/i.test(line)) return STOP;
    const tag = SOURCE_TAG_RE.exec(line);
    return tag ? containerdCandidate(text, at + tag[0].length) : null;
  });
}
var STOP = "stop";
function nearbyLines(text, lineStart, look) {
  for (const direction of [1, -1]) {
    let at = lineStart;
    for (let n = 0; n < SIBLING_REACH2; n++) {
      at = direction === 1 ? text.indexOf("\n", at) + 1 : text.lastIndexOf("\n", at - 2) + 1;
      if (at <= 0 && direction === 1) break;
      const end = text.indexOf("\n", at);
      const found = look(at, text.slice(at, end === -1 ? text.length : end));
      if (found === STOP) break;
      if (found) return found;
      if (direction === -1 && at === 0) break;
    }
  }
  return null;
}
function fromSiblingTag(text, key, keyStart, keyEnd) {
  if (!/hardened-containerd$/i.test(key)) return null;
  if (stickyMatch(LINE_ENDS_RE, text, keyEnd) === null) return null;
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  const repo = REPOSITORY_LINE_RE.exec(text.slice(lineStart, keyStart));
  if (!repo) return null;
  const indent = repo[1].length + (text.slice(lineStart, keyStart).includes("- ") ? 2 : 0);
  return nearbyLines(text, lineStart, (at, line) => {
    if (line.trim() && indentOf3(text, at) < indent) return STOP;
    const tag = TAG_LINE_RE.exec(line);
    return tag && tag[1].length === indent ? containerdCandidate(text, at + tag[0].length) : null;
  });
}

// src/extract/extract.ts
function extractPins(file, text) {
  const kind2 = fileKindOf(file, head(text));
  const warnings = [];
  let spans;
  const spansOf = () => spans ??= commentSpans(text, kind2.syntax, kind2.template);
  const lines = new LineIndex(text);
  const position = positionTracker(lines);
  const pins = pinsInText(file, text, kind2, spansOf, lines);
  const inlineIgnores = text.includes("kube-pin-audit:") ? inlineIgnoresIn(file, text, spansOf(), position, warnings) : [];
  if (hasEncodedPayloadMark(text)) {
    const embedded = kind2.form === "cloud-init" ? { configs: [{ text, fileOffset: (offset) => offset }], problems: [] } : embeddedCloudConfigs(text, kind2);
    for (const p of embedded.problems)
      warnings.push({ file, line: position(p.offset).line, message: p.message });
    const formAt = kind2.yaml ? yamlForms(file, text, kind2.form) : () => kind2.form;
    for (const cloudConfig of embedded.configs) {
      for (const pin of pinsInEncodedContent(file, cloudConfig, position, warnings))
        pins.push({ ...pin, form: formAt(cloudConfig.fileOffset(0)) });
    }
    pins.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  assignContexts(file, text, pins);
  if (pins.length) {
    const problem = malformation(text, kind2, spansOf);
    if (problem)
      warnings.unshift({
        file,
        line: position(problem.offset).line,
        message: problem.message
      });
  }
  return { pins, warnings, inlineIgnores };
}
function malformation(text, kind2, spansOf) {
  if (kind2.template) return null;
  if (kind2.syntax === "hcl") {
    const problem = spansOf().problem;
    return problem ? { offset: problem.offset, message: `not valid HCL (${problem.message}); scanned as text` } : null;
  }
  if (kind2.yaml) {
    const problem = yamlProblem(text);
    return problem ? { offset: problem.offset, message: `not valid YAML (${problem.message}); scanned as text` } : null;
  }
  return null;
}
var INLINE_IGNORE_RE = /kube-pin-audit:[ \t]*ignore[ \t]+([^\s]{1,200})(?:[ \t]+--[ \t]*([^\n]*))?/g;
var OWN_LINE_PREFIX_RE = /^[ \t]*(?:#|\/\/|\/\*|<!--|<#|;|--|\{#-?|\{\{-?[ \t]*\/\*|<%-?#)?[ \t]*$/;
var COMMENT_CLOSERS = ["*/ -}}", "*/}}", "-->", "-#}", "-%>", "*/", "#>", "#}", "%>"];
function reasonOf(written) {
  let reason = written.trim();
  const closer = COMMENT_CLOSERS.find((c) => reason.endsWith(c));
  if (closer) reason = reason.slice(0, -closer.length).trim();
  return reason;
}
function inlineIgnoresIn(file, text, spans, position, warnings) {
  const found = [];
  for (const m of text.matchAll(INLINE_IGNORE_RE)) {
    if (!inSpans(spans.comments, m.index)) continue;
    const { line, column } = position(m.index);
    const reason = reasonOf(m[2] ?? "");
    if (!reason) {
      warnings.push({
        file,
        line,
        message: `inline ignore of ${m[1]} has no reason ('-- why'): not applied`
      });
      continue;
    }
    const lineStart = m.index - column + 1;
    const ownLine = m.index - lineStart <= 256 && OWN_LINE_PREFIX_RE.test(text.slice(lineStart, m.index));
    found.push({ file, line, id: m[1], reason, ownLine });
  }
  return found;
}
function head(text) {
  const first = text.indexOf("\n");
  const second = first === -1 ? -1 : text.indexOf("\n", first + 1);
  return text.slice(0, Math.min(second === -1 ? text.length : second, 1024));
}
function candidatesIn(text, lines) {
  return [...distributionCandidates(text, lines), ...containerdCandidates(text)].sort(
    (a, b) => a.offset - b.offset
  );
}
function pinsInText(file, text, kind2, spansOf, lines) {
  const candidates = candidatesIn(text, lines);
  const position = positionTracker(lines);
  if (!candidates.length) return [];
  const spans = spansOf();
  const notSettings = notSettingSpans(
    text,
    kind2,
    spans,
    candidates.map((c) => c.offset)
  );
  const formAt = kind2.yaml ? yamlForms(file, text, kind2.form) : () => kind2.form;
  const pins = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of candidates) {
    if (inSpans(notSettings, c.offset)) continue;
    const { line, column } = position(c.offset);
    const key = c.product === "containerd" ? `${line}:${c.version}` : `${line}@${column}`;
    if (seen.has(key) || seen.has(`${line}@${column}`)) continue;
    seen.add(key).add(`${line}@${column}`);
    pins.push({
      file,
      line,
      column,
      product: c.product,
      version: c.version,
      text: c.text,
      form: formAt(c.offset),
      inComment: inSpans(spans.comments, c.offset),
      context: "deploy"
    });
  }
  return pins;
}
function notSettingSpans(text, kind2, spans, candidates) {
  return mergeSpans(spans.docs, [
    ...helpTextSpans(text, kind2, candidates),
    ...substitutionSearchSpansAt(text, candidates)
  ]);
}
function positionTracker(lines) {
  return (offset) => {
    const index = lines.lineOf(offset);
    return { line: index + 1, column: offset - lines.start(index) + 1 };
  };
}
var DOCUMENT_MARKER_RE = /^---(?=[ \t\r]|$)/gm;
function yamlForms(file, text, fileForm) {
  if (fileForm === "cloud-init") return () => "cloud-init";
  const pathForm = yamlFormOfPath(file);
  const starts = [0];
  for (const m of text.matchAll(DOCUMENT_MARKER_RE)) if (m.index > 0) starts.push(m.index);
  const forms = starts.map(
    (start, i) => yamlFormOfDocument(text.slice(start, starts[i + 1]), pathForm)
  );
  return (offset) => forms[lastAtOrBefore(starts, offset)];
}
function pinsInEncodedContent(file, cloudConfig, position, warnings) {
  const { contents, problems } = encodedContents(cloudConfig.text);
  for (const p of problems) {
    warnings.push({
      file,
      line: position(cloudConfig.fileOffset(p.offset)).line,
      message: p.message
    });
  }
  const pins = [];
  for (const content of contents) {
    const at = position(cloudConfig.fileOffset(content.offset));
    const innerKind = fileKindOf(content.path || file, head(content.decoded));
    const innerSpans2 = () => commentSpans(content.decoded, innerKind.syntax, innerKind.template);
    const inner = pinsInText(
      file,
      content.decoded,
      innerKind,
      innerSpans2,
      new LineIndex(content.decoded)
    );
    for (const pin of inner) {
      pins.push({ ...pin, line: at.line, column: at.column });
    }
  }
  return pins;
}

// src/scan/own-report.ts
var QUOTED_NAME = `"${TOOL_NAME}"`;
function isToolReport(text) {
  if (!text.includes(QUOTED_NAME)) return false;
  const start = text.search(/\S/);
  if (start === -1 || text[start] !== "{") return false;
  let parsed;
  try {
    parsed = JSON.parse(start ? text.slice(start) : text);
  } catch {
    return false;
  }
  if (typeof parsed !== "object" || parsed === null) return false;
  const report = parsed;
  if (report.tool?.name === TOOL_NAME) return true;
  return Array.isArray(report.runs) && report.runs.some(
    (run2) => run2?.tool?.driver?.name === TOOL_NAME
  );
}

// src/scan/read.ts
import { isAscii, isUtf8 } from "node:buffer";
import { closeSync as closeSync3, fstatSync as fstatSync2, openSync as openSync3, readSync } from "node:fs";

// src/scan/prefilter-wasm.ts
var PREFILTER_WASM = "AGFzbQEAAAABDgJgA39/fwF/YAJ/fwF/AwMCAAEFAwEAAQcRAgZtZW1vcnkCAARzY2FuAAEK7QQCmwIBAn8gAiAAayEDIANBA08EQCAALwEAQevmAEYgAC0AAkHzAEZxBEBBAQ8LCyADQQRPBEAgACgCAEHrysmRB0YEQEEBDwsgACgCAEHyzL2TB0YgACABS3EEQCAAQQFrLQAAIQQgBEErRiAEQS1GcgRAQQEPCyAEQcIARiAEQeIARnIgAEEBayABS3EEQCAAQQJrLQAAQTJGBEBBAQ8LCwsLIANBBk8EQCAAKAIAQeHSuasGRiAALwEEQfLIAUZxBEBBAQ8LIAAoAgBBwZK5qgRGIAAvAQRB0ogBRnEEQEEBDwsLIANBDU8EQCAAKQMAQqPGsfvWjtmW4wBRIAAoAghB79yZywZGIAAtAAxB5wBGcXEEQEECDwsLQQALzQIDBH8CewN/IAAgAWohAyAAIQIgA0EcayEEAkADQCACIARKDQEgAv0ABAAhBiAGQesA/Q/9IyAC/QAEA0HyAP0P/SMgAv0ABAJB8wD9D/0j/VD9TiAGQfIA/Q/9IyAC/QAEA0HyAP0P/SP9Tv1QIAZB4QD9D/0jIAL9AAQFQeQA/Q/9I/1OIAZBwQD9D/0jIAL9AAQFQcQA/Q/9I/1O/VAgBkEj/Q/9IyAC/QAEDEHnAP0P/SP9Tv1Q/VAhByAH/VMEQCAH/WQhCANAIAIgCGhqIQUgBSAAIAMQACEJIAlBAUYEQEEBDwsgCUECRgRAQQEhCgsgCCAIQQFrcSEIIAgNAAsLIAJBEGohAgwACwsCQANAIAIgA08NASACIAAgAxAAIQkgCUEBRgRAQQEPCyAJQQJGBEBBASEKCyACQQFqIQIMAAsLQQJBACAKGws=";

// src/scan/read.ts
var BINARY_PROBE_BYTES = 8e3;
var NEEDLES = ["ke2r", "k3s", "ainerd", "AINERD"].map((s) => Buffer.from(s, "latin1"));
var RFOR = Buffer.from("rfor", "latin1");
var ENCODED_PAYLOAD_NEEDLES = [
  Buffer.from("b64"),
  Buffer.from("base64"),
  Buffer.from("!!binary")
];
var CLOUD_CONFIG = Buffer.from("#cloud-config");
var PLUS = 43;
var MINUS = 45;
function hasRfoSuffix(bytes) {
  for (let i = bytes.indexOf(RFOR); i !== -1; i = bytes.indexOf(RFOR, i + 1)) {
    const before = bytes[i - 1];
    if (before === PLUS || before === MINUS || (before === 66 || before === 98) && bytes[i - 2] === 50) {
      return true;
    }
  }
  return false;
}
function mayHoldPin(bytes) {
  const found = bytes.length <= WASM_MAX_BYTES ? wasmSearch(bytes) : void 0;
  if (found === void 0) return mayHoldPinByIndexOf(bytes);
  return found === "pin" || found === "cloud-config" && hasEncodedPayloadNeedle(bytes);
}
function mayHoldPinByIndexOf(bytes) {
  for (const needle of NEEDLES) if (bytes.includes(needle)) return true;
  if (hasRfoSuffix(bytes)) return true;
  return bytes.includes(CLOUD_CONFIG) && hasEncodedPayloadNeedle(bytes);
}
var hasEncodedPayloadNeedle = (bytes) => ENCODED_PAYLOAD_NEEDLES.some((needle) => bytes.includes(needle));
var WASM_MAX_BYTES = 16 * 1024 * 1024;
function grow(instance, length) {
  instance.exports.memory.grow(Math.ceil((length - instance.view.length) / 65536));
  instance.view = new Uint8Array(instance.exports.memory.buffer);
  instance.room = void 0;
}
var ownRoom;
function largerRoom(length, kept) {
  const instance = loadedPrefilter();
  if (instance !== null && length <= WASM_MAX_BYTES) {
    if (length > instance.view.length) grow(instance, length);
    return Buffer.from(instance.exports.memory.buffer, 0, length);
  }
  const whole = Buffer.allocUnsafeSlow(length);
  readRoom().copy(whole, 0, 0, kept);
  return whole;
}
function readRoom() {
  const instance = loadedPrefilter();
  if (instance === null) return ownRoom ??= Buffer.allocUnsafeSlow(READ_ROOM_BYTES);
  if (!instance.room) {
    if (instance.view.length < READ_ROOM_BYTES) grow(instance, READ_ROOM_BYTES);
    instance.room = Buffer.from(instance.exports.memory.buffer, 0, READ_ROOM_BYTES);
  }
  return instance.room;
}
var prefilter;
function loadedPrefilter() {
  if (prefilter === void 0) prefilter = instantiatePrefilter();
  return prefilter;
}
function wasmSearch(bytes) {
  const instance = loadedPrefilter();
  if (instance === null) return void 0;
  if (bytes.buffer !== instance.view.buffer || bytes.byteOffset !== 0) {
    if (bytes.length > instance.view.length) grow(instance, bytes.length);
    instance.view.set(bytes, 0);
  }
  const found = instance.exports.scan(0, bytes.length);
  return found === 1 ? "pin" : found === 2 ? "cloud-config" : "none";
}
function instantiatePrefilter() {
  try {
    const wasm = globalThis.WebAssembly;
    if (!wasm) return null;
    const module = new wasm.Module(Buffer.from(PREFILTER_WASM, "base64"));
    const exports = new wasm.Instance(module).exports;
    return { exports, view: new Uint8Array(exports.memory.buffer) };
  } catch {
    return null;
  }
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var lenientUtf8 = new TextDecoder("utf-8");
function decodeText(bytes) {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(view)) return { text: view.toString("latin1"), invalidUtf8: false };
  if (isUtf8(view) && !(view[0] === 239 && view[1] === 187 && view[2] === 191)) {
    return { text: view.toString("utf8"), invalidUtf8: false };
  }
  try {
    return { text: strictUtf8.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: lenientUtf8.decode(bytes), invalidUtf8: true };
  }
}
var SMALL_FILE_BYTES = 64 * 1024;
var READ_ROOM_BYTES = SMALL_FILE_BYTES + 1;
function readInto(fd, into, position) {
  let filled = 0;
  while (filled < into.length) {
    const n = readSync(fd, into, filled, into.length - filled, position + filled);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}
function tooLarge(size, maxFileSize) {
  return { kind: "skip", reason: "too-large", detail: `${size} bytes > ${maxFileSize}` };
}
function readFileBytes(path, maxFileSize, leaveLarge = false) {
  let fd;
  try {
    fd = openSync3(path, "r");
  } catch (error2) {
    return { kind: "skip", reason: "unreadable", detail: error2.code };
  }
  try {
    const room = readRoom();
    let first = readSync(fd, room, 0, READ_ROOM_BYTES, 0);
    if (first > 0 && first < READ_ROOM_BYTES && first % 4096 === 0) {
      first += readInto(fd, room.subarray(first, READ_ROOM_BYTES), first);
    }
    if (first <= SMALL_FILE_BYTES) {
      return first > maxFileSize ? tooLarge(first, maxFileSize) : room.subarray(0, first);
    }
    if (leaveLarge) return { kind: "large" };
    const size = fstatSync2(fd).size;
    if (size > maxFileSize) return tooLarge(size, maxFileSize);
    const whole = largerRoom(Math.max(size, first), first);
    return whole.subarray(0, first + readInto(fd, whole.subarray(first), first));
  } catch (error2) {
    return { kind: "skip", reason: "unreadable", detail: error2.code };
  } finally {
    closeSync3(fd);
  }
}
function isBinary(bytes) {
  const nul = bytes.length <= BINARY_VIEW_BYTES ? bytes.indexOf(0) : bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  return nul !== -1 && nul < BINARY_PROBE_BYTES;
}
var BINARY_VIEW_BYTES = 16 * 1024;

// src/scan/scan.ts
function emptyScanResult() {
  return { filesScanned: 0, pins: [], inlineIgnores: [], skipped: [], warnings: [] };
}
function scanFile(path, file, maxFileSize, into, elsewhere) {
  const read = readFileBytes(path, maxFileSize, elsewhere !== void 0);
  if (Buffer.isBuffer(read)) scanBytes(file, read, into, elsewhere);
  else if (read.kind === "skip") addSkip(into, file, read.reason, read.detail);
  else elsewhere();
}
function addSkip(into, file, reason, detail) {
  into.skipped.push(skipOf(file, reason, detail));
}
function scanBytes(file, bytes, into, elsewhere) {
  if (isBinary(bytes)) addSkip(into, file, "binary");
  else if (!mayHoldPin(bytes)) into.filesScanned++;
  else if (elsewhere) elsewhere();
  else extractInto(file, bytes, into);
}
function extractInto(file, bytes, into) {
  const { text, invalidUtf8 } = decodeText(bytes);
  if (isToolReport(text)) {
    addSkip(into, file, "kube-pin-audit-report");
    return;
  }
  into.filesScanned++;
  if (invalidUtf8) {
    into.warnings.push({
      file,
      message: "not valid UTF-8; invalid bytes were replaced and the rest scanned"
    });
  }
  const extraction = extractPins(file, text);
  for (const pin of extraction.pins) into.pins.push(pin);
  for (const warning of extraction.warnings) into.warnings.push(warning);
  for (const ignore of extraction.inlineIgnores) into.inlineIgnores.push(ignore);
}
function mergeScanResults(into, part) {
  into.filesScanned += part.filesScanned;
  for (const pin of part.pins) into.pins.push(pin);
  for (const ignore of part.inlineIgnores) into.inlineIgnores.push(ignore);
  for (const skip2 of part.skipped) into.skipped.push(skip2);
  for (const warning of part.warnings) into.warnings.push(warning);
}
function inFileOrder(result) {
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  result.skipped.sort(byFile);
  result.warnings.sort((a, b) => byFile(a, b) || (a.line ?? 0) - (b.line ?? 0));
  result.inlineIgnores.sort((a, b) => byFile(a, b) || a.line - b.line);
  return result;
}
function scanFiles(options) {
  const result = emptyScanResult();
  discover(options, (item) => {
    if (item.kind === "skip") result.skipped.push(item.skip);
    else scanFile(item.path, item.file, options.maxFileSize, result);
  });
  return inFileOrder(result);
}

// src/scan/extract-worker.ts
var FAILED = 0;
var READY = 1;
var FILES_DONE = 2;
var CLAIMS_AT = 3;
var CLAIMS = 1024;
var SEEN_AT = CLAIMS_AT + CLAIMS;
var MAX_WORKERS = 16;
var STATES = SEEN_AT + MAX_WORKERS;
var FREE = 0;
var STOLEN = -2;
var claimAt = (ticket) => CLAIMS_AT + ticket % CLAIMS;
function settleFiles(files, maxFileSize, into, settled = () => {
}) {
  for (const { path, file } of files) {
    scanFile(path, file, maxFileSize, into);
    settled();
  }
}

// src/scan/parallel.ts
var WORKER_THRESHOLD = 2e3;
var SILENCE_MS = 6e4;
var WORKER_YOUNG_GENERATION_MB = 3;
var MAX_DEFAULT_WORKERS = 2;
var MAX_QUEUED = CLAIMS / 2;
var HANDED_PER_WORKER = 64;
var EXTRACT_BATCH_FILES = 8;
var BATCH_FILES = 32;
var QUEUED_PER_WORKER = 2;
function workerCount(env = process.env, processors = availableParallelism()) {
  const asked = env.KUBE_PIN_AUDIT_WORKERS;
  if (asked !== void 0 && /^\d+$/.test(asked)) return Math.min(Number(asked), MAX_WORKERS);
  return Math.max(0, Math.min(processors - 1, MAX_DEFAULT_WORKERS));
}
async function scanFilesInWorkers(options, run2) {
  const {
    workerScript,
    workers = workerCount(),
    match,
    handOffAll = false,
    silenceMs = SILENCE_MS,
    startAfter = handOffAll ? 1 : WORKER_THRESHOLD,
    leaveToWorkers = handOffAll,
    awaitReady = leaveToWorkers,
    queuedPerWorker = handOffAll ? MAX_QUEUED : QUEUED_PER_WORKER
  } = run2;
  const { maxFileSize } = options;
  const result = emptyScanResult();
  const facts = /* @__PURE__ */ new Map();
  const pool = [];
  const answers = [];
  const posted = [];
  let states;
  let filesSeen = 0;
  let ticket = 0;
  let batch = [];
  let toExtract = [];
  const sentTo = [];
  let stopped;
  let answered = 0;
  const progress = () => answered + (states ? Atomics.load(states, FILES_DONE) : 0);
  const waitingFor = (w) => sentTo[w] - Atomics.load(states, SEEN_AT + w);
  const queues = () => {
    let least = 0;
    let leastWaiting = waitingFor(0);
    let waiting = leastWaiting;
    for (let w = 1; w < pool.length; w++) {
      const count = waitingFor(w);
      waiting += count;
      if (count < leastWaiting) [least, leastWaiting] = [w, count];
    }
    return { least, leastWaiting, waiting };
  };
  const split = run2.split ?? { batches: 0, handedOver: 0, takenBack: 0 };
  const send = (sent) => {
    const w = queues().least;
    sentTo[w]++;
    return pool[w].extract(sent).then((answer) => {
      answered++;
      mergeScanResults(result, answer.part);
      for (const [key, found] of answer.facts) facts.set(key, found);
    });
  };
  const post = (files) => {
    if (Atomics.load(states, FAILED) === 1) throw new WorkerFailed();
    for (let tried = 0; Atomics.load(states, claimAt(++ticket)) !== FREE; tried++) {
      if (tried === CLAIMS) throw new Error("scan workers: every claim entry is taken");
    }
    Atomics.store(states, claimAt(ticket), ticket);
    const answer = send({ ticket, files });
    answer.catch(() => {
    });
    posted.push({ ticket, files, answer });
    split.batches++;
  };
  const handOver = (path, file) => {
    split.handedOver++;
    toExtract.push({ path, file });
    if (toExtract.length === EXTRACT_BATCH_FILES) {
      post(toExtract);
      toExtract = [];
    }
  };
  const takeBack = ({ ticket: mine, files, answer }, settle) => {
    const at = claimAt(mine);
    const mayTake = !settle || !leaveToWorkers;
    if (mayTake && Atomics.compareExchange(states, at, mine, STOLEN) === mine) {
      split.takenBack++;
      if (settle) settleFiles(files, maxFileSize, result);
      Atomics.store(states, at, FREE);
    } else {
      answers.push(answer);
    }
  };
  const startWorkers = () => {
    const shared = new SharedArrayBuffer(STATES * Int32Array.BYTES_PER_ELEMENT);
    states = new Int32Array(shared);
    for (let index = 0; index < workers; index++) {
      const setup = {
        states: shared,
        index,
        ...match ? { match } : {},
        maxFileSize
      };
      pool.push(startWorker(workerScript, setup));
      sentTo.push(0);
    }
    if (awaitReady) Atomics.wait(states, READY, 0, silenceMs);
  };
  try {
    discover(options, (item) => {
      if (item.kind === "skip") {
        result.skipped.push(item.skip);
        return;
      }
      if (!pool.length) {
        scanFile(item.path, item.file, maxFileSize, result);
        if (workers && ++filesSeen >= startAfter) startWorkers();
        return;
      }
      const q = batch.length ? null : queues();
      if (!q || q.leastWaiting < queuedPerWorker && q.waiting < MAX_QUEUED) {
        batch.push({ path: item.path, file: item.file });
        if (batch.length === BATCH_FILES) {
          post(batch);
          batch = [];
        }
      } else if (q.waiting < MAX_QUEUED && q.leastWaiting < HANDED_PER_WORKER) {
        scanFile(item.path, item.file, maxFileSize, result, () => handOver(item.path, item.file));
      } else {
        scanFile(item.path, item.file, maxFileSize, result);
      }
    });
    markStage("walked");
    if (toExtract.length) post(toExtract);
    if (batch.length) {
      if (leaveToWorkers) post(batch);
      else settleFiles(batch, maxFileSize, result);
    }
    for (let i = posted.length - 1; i >= 0; i--) takeBack(posted[i], true);
  } catch (error2) {
    stopped = error2;
    for (const batch2 of posted) takeBack(batch2, false);
  }
  if (stopped !== void 0 && !(stopped instanceof WorkerFailed)) {
    for (const worker of pool) void worker.stop();
  }
  let settled = await answersOrSilence(answers, progress, silenceMs);
  if (!settled) {
    for (const worker of pool) void worker.stop();
    settled = await Promise.allSettled(answers);
    stopped ??= new Error(`a scan worker did not answer for ${silenceMs / 1e3} s`);
  }
  if (stopped === void 0) for (const worker of pool) void worker.stop();
  const failed = settled.find(
    (s) => s.status === "rejected" && !(s.reason instanceof WorkerStopped)
  );
  if (failed) throw failed.reason;
  if (stopped !== void 0) throw stopped;
  if (match && facts.size) result.releases = { optionsKey: factsOptionsKey(match.options), facts };
  return inFileOrder(result);
}
async function answersOrSilence(answers, progress, silenceMs) {
  const all = Promise.allSettled(answers);
  let seen = progress();
  let since = Date.now();
  for (; ; ) {
    let timer;
    const tick = new Promise((resolve8) => {
      timer = setTimeout(() => resolve8("tick"), Math.min(1e3, silenceMs));
    });
    const outcome = await Promise.race([all, tick]);
    clearTimeout(timer);
    if (outcome !== "tick") return outcome;
    const now = progress();
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (Date.now() - since > silenceMs) {
      return null;
    }
  }
}
function startWorker(script, setup) {
  const worker = new Worker(script, {
    workerData: setup,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
  });
  const waiting = [];
  worker.on("message", (answer) => waiting.shift()?.resolve(answer));
  const failAll = (error2) => {
    for (const w of waiting.splice(0)) w.reject(error2);
  };
  worker.on("error", failAll);
  let stopping = false;
  worker.on("exit", (code) => {
    failAll(stopping ? new WorkerStopped() : new Error(`scan worker exited with code ${code}`));
  });
  return {
    extract(batch) {
      return new Promise((resolve8, reject) => {
        waiting.push({ resolve: resolve8, reject });
        worker.postMessage(batch);
      });
    },
    stop: () => {
      stopping = true;
      return worker.terminate();
    }
  };
}
var WorkerFailed = class extends Error {
  constructor() {
    super("a scan worker failed");
  }
};
var WorkerStopped = class extends Error {
  constructor() {
    super("scan worker stopped");
  }
};

// src/scan-date.ts
var SCAN_DATE_VARIABLE = "KUBE_PIN_AUDIT_DATE";
function defaultScanDate(env = process.env) {
  const given = env[SCAN_DATE_VARIABLE];
  if (given === void 0 || given === "") return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const t = /^\d{4}-\d{2}-\d{2}$/.test(given) ? Date.parse(`${given}T00:00:00Z`) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== given) {
    throw new InputError(`${SCAN_DATE_VARIABLE} must be a real date written YYYY-MM-DD`);
  }
  return given;
}

// src/audit.ts
function factsOptionsOf(options) {
  return {
    failOnSeverity: options.policy.failOnSeverity,
    failOnUnknownSeverity: options.policy.failOnUnknownSeverity === true,
    date: options.today ?? defaultScanDate(),
    endOfLife: options.endOfLife ?? "medium"
  };
}
async function audit(options) {
  const scanned = options.workerScript ? await scanFilesInWorkers(options, {
    workerScript: options.workerScript,
    match: { db: options.db, options: factsOptionsOf(options) }
  }) : scanFiles(options);
  markStage("scanned");
  const report = assess(scanned, options);
  markStage("assessed");
  return report;
}
function assess(scanned, options) {
  const factsOptions = factsOptionsOf(options);
  const matcher = createMatcher(options.db, factsOptions);
  const isFailing = (a) => isFailingAdvisory(a, options.policy);
  const advisoryById = new Map(options.db.advisories.map((a) => [a.id, a]));
  const known = scanned.releases?.optionsKey === factsOptionsKey(factsOptions) ? scanned.releases.facts : void 0;
  const releases = /* @__PURE__ */ new Map();
  const releaseOf = (pin) => {
    const os = pinOs(pin);
    const key = releaseKey(pin.product, pin.version, os);
    let assessed = releases.get(key);
    if (!assessed) {
      const facts = known?.get(key) ?? releaseFacts(matcher, pin.product, pin.version, os, isFailing);
      assessed = {
        upgradeTo: facts.upgradeTo,
        bundleKnown: facts.bundleKnown,
        matches: facts.matches.map((m) => {
          const advisory = m.advisory ?? advisoryById.get(m.advisoryId);
          return {
            advisory,
            ref: advisoryRef(advisory),
            via: m.via,
            ...m.note ? { note: m.note } : {},
            ...m.otherOs ? { otherOs: true } : {},
            fixedIn: m.fixedIn,
            suggestion: m.suggestion
          };
        })
      };
      releases.set(key, assessed);
    }
    return assessed;
  };
  const contextOf = contextAssigner(options.policy.contexts);
  const sorted = scanned.pins.sort(byPosition);
  const pins = new Array(sorted.length);
  const rows = emptyFindingRows();
  const ignores = new IgnoreBook({
    rules: options.ignores?.rules ?? [],
    rulesFile: options.ignores?.file ?? "",
    inline: scanned.inlineIgnores,
    today: factsOptions.date
  });
  const warnings = [...scanned.warnings];
  const unknownBundles = /* @__PURE__ */ new Map();
  for (let i = 0; i < sorted.length; i++) {
    const found = sorted[i];
    const release = releaseOf(found);
    const pin = {
      ...found,
      context: contextOf?.(found.file) ?? found.context,
      upgradeTo: release.upgradeTo
    };
    pins[i] = pin;
    if (pin.inComment) continue;
    if (!release.bundleKnown && !unknownBundles.has(pin.version) && contextCanFail(pin.context, options.policy)) {
      unknownBundles.set(pin.version, pin);
    }
    if (!release.matches.length) continue;
    const introduced = options.changes?.has(pin.file, pin.line);
    rows.pins.push(pin);
    rows.matches.push(release.matches);
    rows.introduced.push(introduced);
    const target = { ...pin, advisory: release.matches[0].ref };
    for (const match of release.matches) {
      let failing = findingFails(pin, match.advisory, options.policy, introduced, match.otherOs);
      if (!ignores.empty) {
        target.advisory = match.ref;
        const verdict2 = ignores.verdict(target, failing);
        if (verdict2) {
          rows.ignored.set(rows.failing.length, verdict2.ignored);
          failing = verdict2.failing;
        }
      }
      rows.failing.push(failing);
    }
  }
  for (const pin of [...unknownBundles.values()].sort(byPosition)) {
    warnings.push({
      file: pin.file,
      line: pin.line,
      message: `${pin.version} is not in the bundle data: matched on its own advisories only, its bundled containerd and runc are unknown`
    });
  }
  return buildReport({
    filesScanned: scanned.filesScanned,
    pins,
    findings: rows,
    skipped: scanned.skipped,
    warnings: [
      ...dataFreshnessWarning(options.db.sources, factsOptions.date),
      ...warnings,
      ...ignores.warnings(),
      ...emptyScanWarning(scanned)
    ],
    data: options.db.sources
  });
}
function emptyScanWarning(scanned) {
  if (scanned.filesScanned > 0) return [];
  return [
    {
      file: ".",
      message: "no file was scanned: check the paths and the include/exclude globs (they are relative to the scan root)"
    }
  ];
}
function byPosition(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

// src/check.ts
var CONTAINERD_PACKAGE_RE = new RegExp(
  [
    String.raw`^containerd(?:\.io)?=(?:\d+:)?(?<apt>[^=\s]+)$`,
    String.raw`^containerd(?:\.io)?-(?:\d+:)?(?<rpm>\d[^\s]*?)(?:\.(?:x86_64|aarch64|noarch|ppc64le|s390x|armv7hl|i686))?(?:\.rpm)?$`,
    String.raw`^containerd(?:\.io)?_(?:\d+:)?(?<deb>\d[^_\s]*)_[a-z0-9]+\.deb$`,
    String.raw`^(?:[\w.:-]+/)*hardened-containerd:(?<tag>\S+)$`
  ].join("|")
);
function containerdPackageVersion(input) {
  const m = CONTAINERD_PACKAGE_RE.exec(input.trim());
  const text = m && (m.groups.apt ?? m.groups.rpm ?? m.groups.deb ?? m.groups.tag);
  return text ? schemes.containerd.parse(text) : null;
}
function identifyTyped(input) {
  const packaged = containerdPackageVersion(input);
  return packaged ? { product: "containerd", version: packaged } : identify(input);
}
function checkVersions(inputs, db, policy, options) {
  if (!inputs.length)
    throw new InputError("check needs at least one VERSION, e.g. check v1.24.9+rke2r1");
  const matcher = createMatcher(db, options);
  return inputs.map((input) => {
    const identified = identifyTyped(input);
    if (!identified) {
      throw new InputError(
        isChannel(input) ? `'${input}' is a channel, not a version; give a release such as v1.24.9+rke2r1` : /^v?1\.\d{2}\.\d+$/.test(input) ? `'${input}' looks like a Kubernetes version; give the release, e.g. ${input.replace(/^v?/, "v")}+rke2r1 or ${input.replace(/^v?/, "v")}+k3s1` : `'${input}' is not an RKE2, K3s, RFO or containerd version (e.g. v1.24.9+rke2r1, v1.24.9+k3s1, 1.6.12)`
      );
    }
    const { product } = identified;
    const version2 = schemeFor(product).format(identified.version);
    const { matches, bundle, bundleKnown } = matcher.matchRelease(product, version2);
    const asPin = { inComment: false, form: "text", context: "deploy" };
    return {
      input,
      product,
      version: version2,
      bundle,
      bundleKnown,
      advisories: matches.map(({ advisory, via, note, otherOs }) => {
        const ref = advisoryRef(advisory);
        const ignored = ignoreForRelease(
          options.ignores ?? [],
          { advisory: ref, product, version: version2, text: input },
          options.date
        );
        const fails = findingFails(
          { ...asPin, file: "", line: 0, column: 0, product, version: version2, text: input },
          advisory,
          policy,
          void 0,
          otherOs
        );
        return {
          ...ref,
          via,
          ...note ? { note } : {},
          fixedIn: matcher.fixedIn(product, version2, advisory),
          suggestion: matcher.suggestion(product, version2, advisory),
          // An expired ignore no longer silences the advisory; it is still shown.
          failing: fails && (ignored === null || ignored.expired === true),
          ignored
        };
      }),
      upgradeTo: matcher.upgradeTo(product, version2, (a) => isFailingAdvisory(a, policy))
    };
  });
}

// src/report/escape.ts
var CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function terminalSafe(text) {
  return text.replace(CONTROL_RE, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
var ANY_CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function oneLine2(text) {
  return text.replace(ANY_CONTROL_RE, (c) => NAMED[c] ?? codeEscape(c));
}
function codeEscape(c) {
  const code = c.charCodeAt(0);
  return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
}

// src/report/check-text.ts
function renderCheckText(results, data) {
  const out = [];
  for (const r of results) {
    out.push(`${r.version} (${r.product})`);
    if (r.bundle) {
      const parts = ["kubernetes", "containerd", "runc", "etcd"].filter((c) => r.bundle[c]).map((c) => `${c} ${r.bundle[c]}`);
      out.push(`  bundles: ${parts.join(", ")}`);
    } else if (!r.bundleKnown) {
      out.push("  bundles: unknown (not in the bundle data); matched on its own advisories only");
    }
    if (!r.advisories.length) {
      out.push(
        r.bundleKnown ? "  no known advisory affects it" : "  no advisory names it (its bundled components are unknown)"
      );
    }
    for (const a of r.advisories) {
      const via = a.via ? ` (via ${a.via.component} ${a.via.version})` : "";
      const silenced = a.ignored !== null && a.ignored.expired !== true;
      const mark = a.failing ? "FAIL" : silenced ? "ignored" : "warn";
      out.push(
        `  ${mark} ${a.id} [${a.severity} ${a.kind}]${via}: ${terminalSafe(a.summary)}`,
        `       fix: ${a.suggestion ?? "no unaffected release known"}${a.fixedIn.length ? `; fixed in ${a.fixedIn.join(", ")}` : ""}`
      );
      if (a.note) out.push(`       note: ${a.note}`);
      if (a.ignored) {
        const why = a.ignored.expired ? `ignore expired on ${a.ignored.expires}` : `ignored by the settings file${a.ignored.expires ? ` until ${a.ignored.expires}` : ""}`;
        out.push(`       ${why}: ${terminalSafe(a.ignored.reason)}`);
      }
    }
    out.push(`  nearest release free of failing advisories: ${r.upgradeTo ?? "none known"}`, "");
  }
  out.push(dataLine(data), "");
  return `${out.join("\n")}`;
}
function renderCheckJson(results) {
  return `${JSON.stringify({ schemaVersion: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, results }, null, 2)}
`;
}

// src/report/json.ts
function* renderJsonChunks(report) {
  const keys = Object.keys(report);
  const rows = unreadRows(report);
  yield "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const comma = i < keys.length - 1 ? "," : "";
    if (key === "findings" && rows?.failing.length) {
      yield `
  "findings": [`;
      yield* rowLines(rows);
      yield `
  ]${comma}`;
      continue;
    }
    const value = key === "findings" && rows ? [] : report[key];
    if (Array.isArray(value) && value.length) {
      yield `
  ${JSON.stringify(key)}: [`;
      if (key === "findings") {
        yield* findingLines(value);
      } else {
        for (let j = 0; j < value.length; j++) {
          yield `
    ${JSON.stringify(value[j])}${j < value.length - 1 ? "," : ""}`;
        }
      }
      yield `
  ]${comma}`;
    } else {
      yield `
  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}${comma}`;
    }
  }
  yield "\n}\n";
}
var utf8 = new TextDecoder();
var NOT_IGNORED = {
  failing: Buffer.from(',"failing":true,"ignored":null}'),
  passing: Buffer.from(',"failing":false,"ignored":null}')
};
var FINDING_KEYS = [
  ...PIN_FIELDS,
  "advisory",
  "via",
  "fixedIn",
  "suggestion",
  "failing",
  "ignored",
  "introduced",
  "note"
];
var REQUIRED_FINDING_KEYS = FINDING_KEYS.indexOf("introduced");
function hasFindingShape(f) {
  let i = 0;
  for (const key in f) {
    while (i >= REQUIRED_FINDING_KEYS && i < FINDING_KEYS.length && key !== FINDING_KEYS[i]) i++;
    if (key !== FINDING_KEYS[i]) return false;
    i++;
  }
  return i >= REQUIRED_FINDING_KEYS && (f.note === void 0 || typeof f.note === "string") && typeof f.failing === "boolean" && (f.ignored === null || typeof f.ignored === "object") && (f.introduced === void 0 || typeof f.introduced === "boolean") && Array.isArray(f.fixedIn);
}
function* findingLines(findings) {
  let last;
  let pinPart = Buffer.alloc(0);
  const matchParts = /* @__PURE__ */ new WeakMap();
  for (let j = 0; j < findings.length; j++) {
    const f = findings[j];
    if (!hasFindingShape(f)) {
      yield `${j === 0 ? "" : ","}
    ${JSON.stringify(f)}`;
      last = void 0;
      continue;
    }
    if (!last || !samePin(last, f)) {
      pinPart = Buffer.from(`,
    ${pinFieldsJson(f).slice(0, -1)},`);
    }
    last = f;
    let match = matchParts.get(f.fixedIn);
    if (!match || match.advisory !== f.advisory || match.via !== f.via || match.suggestion !== f.suggestion) {
      match = {
        advisory: f.advisory,
        via: f.via,
        suggestion: f.suggestion,
        bytes: Buffer.from(matchFieldsJson(f.advisory, f.via, f.fixedIn, f.suggestion))
      };
      matchParts.set(f.fixedIn, match);
    }
    yield j === 0 ? pinPart.subarray(1) : pinPart;
    yield match.bytes;
    yield findingEnd(f.failing, f.ignored, f.introduced, f.note);
  }
}
function matchFieldsJson(advisory, via, fixedIn, suggestion2) {
  return JSON.stringify({ advisory, via, fixedIn, suggestion: suggestion2 }).slice(1, -1);
}
function findingEnd(failing, ignored, introduced, note) {
  if (ignored === null && introduced === void 0 && note === void 0) {
    return failing ? NOT_IGNORED.failing : NOT_IGNORED.passing;
  }
  return `,"failing":${failing},"ignored":${JSON.stringify(ignored)}${introduced === void 0 ? "" : `,"introduced":${introduced}`}${note === void 0 ? "" : `,"note":${JSON.stringify(note)}`}}`;
}
function* rowLines(rows) {
  const partsOf = /* @__PURE__ */ new Map();
  const anyIgnored = rows.ignored.size > 0;
  const out = new Chunks();
  let at = 0;
  for (let p = 0; p < rows.pins.length; p++) {
    const pinPart = Buffer.from(`,
    ${pinFieldsJson(rows.pins[p]).slice(0, -1)},`);
    const introduced = rows.introduced[p];
    const matches = rows.matches[p];
    let parts = partsOf.get(matches);
    if (!parts) {
      parts = matches.map(matchPart);
      partsOf.set(matches, parts);
    }
    for (let m = 0; m < matches.length; m++, at++) {
      const match = matches[m];
      const part = parts[m];
      const failing = rows.failing[at];
      const ignored = anyIgnored && rows.ignored.get(at) || null;
      out.add(at === 0 ? pinPart.subarray(1) : pinPart);
      if (out.ready.length) yield* out.ready.splice(0);
      if (ignored === null && introduced === void 0 && !match.note) {
        out.add(failing ? part.failing : part.passing);
      } else {
        out.add(part.fields);
        if (out.ready.length) yield* out.ready.splice(0);
        const end = findingEnd(failing, ignored, introduced, match.note || void 0);
        out.add(typeof end === "string" ? Buffer.from(end) : end);
      }
      if (out.ready.length) yield* out.ready.splice(0);
    }
  }
  out.flush();
  yield* out.ready.splice(0);
}
function matchPart(match) {
  const json2 = matchFieldsJson(match.ref, match.via, match.fixedIn, match.suggestion);
  return {
    fields: Buffer.from(json2),
    failing: Buffer.concat([Buffer.from(json2), NOT_IGNORED.failing]),
    passing: Buffer.concat([Buffer.from(json2), NOT_IGNORED.passing])
  };
}
var Chunks = class {
  chunks = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  current = 0;
  used = 0;
  /** Full chunks, and fragments too large for one, to hand out in order before adding more. */
  ready = [];
  add(bytes) {
    if (this.used + bytes.length > CHUNK_BYTES) {
      this.flush();
      if (bytes.length > CHUNK_BYTES) {
        this.ready.push(bytes);
        return;
      }
    }
    this.chunks[this.current].set(bytes, this.used);
    this.used += bytes.length;
  }
  /** What is gathered goes to `ready`; the other chunk takes the next bytes. */
  flush() {
    if (!this.used) return;
    this.ready.push(this.chunks[this.current].subarray(0, this.used));
    this.current ^= 1;
    this.used = 0;
  }
};
var CHUNK_BYTES = 1 << 20;
function pinFieldsJson(pin) {
  const fields = {};
  for (const key of PIN_FIELDS) fields[key] = pin[key];
  return JSON.stringify(fields);
}

// src/report/write.ts
import {
  closeSync as closeSync4,
  constants as constants3,
  lstatSync as lstatSync3,
  mkdirSync,
  openSync as openSync4,
  unlinkSync,
  writeSync
} from "node:fs";
import { dirname as dirname3 } from "node:path";
function writePieces(pieces, write, size = 1 << 16) {
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    const text = typeof piece === "string";
    const most = text ? piece.length * 3 : piece.length;
    const direct = most > buffer.length || !text && most * 2 >= buffer.length;
    if (direct || used + most > buffer.length) {
      if (used) write(buffer.subarray(0, used));
      used = 0;
    }
    if (direct) write(text ? Buffer.from(piece) : piece);
    else if (text) used += buffer.write(piece, used);
    else {
      buffer.set(piece, used);
      used += piece.length;
    }
  }
  if (used) write(buffer.subarray(0, used));
}
function writeReportFile(path, pieces, { fresh = false } = {}) {
  mkdirSync(dirname3(path), { recursive: true });
  const fd = fresh ? createFresh(path) : openSync4(path, "w");
  try {
    writeBuffered(fd, pieces);
  } finally {
    closeSync4(fd);
  }
}
function createFresh(path) {
  let existing;
  try {
    existing = lstatSync3(path);
  } catch (error2) {
    if (error2.code !== "ENOENT") throw error2;
  }
  if (existing?.isSymbolicLink()) throw refusal("ELOOP", "a symbolic link stands there");
  if (existing && !existing.isFile())
    throw refusal("EEXIST", "something other than a file stands there");
  if (existing) unlinkSync(path);
  const flags = constants3.O_WRONLY | constants3.O_CREAT | constants3.O_EXCL | (constants3.O_NOFOLLOW ?? 0);
  return openSync4(path, flags, 420);
}
function refusal(code, message) {
  return Object.assign(new Error(message), { code });
}
function writeBuffered(fd, pieces) {
  writePieces(pieces, (bytes) => writeAll(fd, bytes), 1 << 20);
}
function writeAll(fd, bytes) {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

// src/config/schema.ts
var SCOPES = ["all", "introduced"];
var COMMENT_MODES = ["always", "on-failure", "never"];
var DEFAULT_CONFIG_FILE = ".github/kube-pin-audit.yml";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var DEFAULT_COMMENT_TAG = "kube-pin-audit";
function splitList(text) {
  const trimmed = text.trim();
  const body = trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed;
  return body.split(/[\n,]/).map(
    (s) => s.trim().replace(/^- +/, "").replace(/^(["'])(.*)\1$/, "$2")
  ).filter(Boolean);
}
var list = pipe(
  union([string2(), array(string2())]),
  transform(
    (v) => typeof v === "string" ? splitList(v) : v.map((s) => s.trim()).filter(Boolean)
  )
);
var isoDay = string2().check(
  _regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
  // Date.parse rolls 2025-02-30 over to March; a real date survives the round trip.
  refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, "must be a real date")
);
var PATH_SETTINGS = registry();
function pathSetting(use, schema3) {
  PATH_SETTINGS.add(schema3, { use });
  return schema3;
}
var contextList = pipe(
  list,
  array(_enum(PIN_CONTEXTS)).check(_minLength(1, "must name at least one context (warn-only: true fails nothing)"))
);
var contextGlobs = strictObject({
  deploy: optional(list),
  test: optional(list),
  catalog: optional(list),
  docs: optional(list)
});
var IgnoreSchema = strictObject({
  id: string2().check(_minLength(1, "must name an advisory id or alias")),
  paths: optional(list),
  versions: optional(
    pipe(list, array(string2().check(refine(isIgnorableVersion, IGNORE_VERSION_MESSAGE))))
  ),
  reason: string2({ error: "is required: say why this finding may be ignored" }).check(_trim(), _minLength(1, "must not be empty")),
  // YAML reads an unquoted 2025-01-31 as a date; take it as the day it names.
  expires: optional(
    pipe(
      transform((v) => v instanceof Date ? v.toISOString().slice(0, 10) : v),
      isoDay
    )
  )
});
var IGNORE_KEYS = Object.keys(IgnoreSchema.shape);
var SettingsSchema = strictObject({
  paths: pathSetting("read", _default(list, ["."])),
  include: _default(list, []),
  exclude: _default(list, []),
  "fail-on-severity": _default(_enum(SEVERITIES), "high"),
  /** Unset means: `introduced` on pull requests and merge queues, `all` elsewhere. */
  "fail-on-scope": optional(_enum(SCOPES)),
  "warn-only": _default(boolean2(), false),
  /** Whether an advisory whose severity could not be found fails the check. */
  "fail-on-unknown-severity": _default(boolean2(), false),
  /** Severity of a pin on a line past its end of life, or `off`. */
  "end-of-life": _default(_enum([...SEVERITIES, "off"]), "medium"),
  /** The scan date (YYYY-MM-DD) end of life and ignore expiry are judged on; unset: today. */
  date: optional(
    pipe(
      transform((v) => v instanceof Date ? v.toISOString().slice(0, 10) : v),
      isoDay
    )
  ),
  comment: _default(_enum(COMMENT_MODES), "on-failure"),
  /** On a pull request: a suggested change on each line that introduces a failing pin. */
  suggestions: _default(boolean2(), true),
  "comment-tag": _default(
    string2().check(
      _regex(
        /^[A-Za-z0-9._/-]{1,64}$/,
        "must be 1 to 64 letters, digits, dots, dashes, underscores or slashes"
      )
    ),
    DEFAULT_COMMENT_TAG
  ),
  "sarif-file": pathSetting("write", optional(string2().check(_minLength(1)))),
  "report-file": pathSetting("write", optional(string2().check(_minLength(1)))),
  advisories: pathSetting("read", _default(list, [])),
  "max-file-size": _default(int().check(_positive()), DEFAULT_MAX_FILE_SIZE),
  /** The pin contexts whose findings can fail the check. */
  "fail-on-context": _default(contextList, ["deploy"]),
  /** Globs (relative to the scan root) that set the context of the files they match. */
  contexts: _default(contextGlobs, {}),
  ignore: _default(array(IgnoreSchema), [])
});
var SETTING_KEYS = Object.keys(SettingsSchema.shape);

// src/report/markdown.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/report/decision.ts
var FEW_WORDS = 70;
var decided = /* @__PURE__ */ new WeakMap();
function pinDecisions(report) {
  const known = decided.get(report);
  if (known?.findings === report.findings) return known.decisions;
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.version}`;
    const list2 = groups.get(key);
    if (list2) list2.push(f);
    else groups.set(key, [f]);
  }
  const decisions = [...groups.values()].map(decide).sort(compareDecisions);
  decided.set(report, { findings: report.findings, decisions });
  return decisions;
}
function decide(list2) {
  const findings = [...list2].sort(compareUrgency);
  const lead = findings[0];
  const failing = findings.filter((f) => f.failing).length;
  const live = findings.filter((f) => !isLiveIgnore(f));
  const verdict2 = failing ? "fail" : live.length ? "warn" : "ignored";
  const applying = live.filter((f) => !notesOtherOs(f.note));
  const rated = applying.length ? applying : live.length ? live : findings;
  const upgradeTo = lead.upgradeTo && lead.upgradeTo !== lead.version ? lead.upgradeTo : null;
  return {
    file: lead.file,
    line: lead.line,
    column: lead.column,
    product: lead.product,
    version: lead.version,
    text: lead.text,
    form: lead.form,
    context: lead.context,
    verdict: verdict2,
    introduced: findings.some((f) => f.introduced === true) ? true : findings.some((f) => f.introduced === false) ? false : void 0,
    findings,
    failing,
    lead,
    others: (verdict2 === "fail" ? failing : findings.length) - 1,
    severity: rated.reduce(
      (worst, f) => severityRank(f.advisory.severity) > severityRank(worst) ? f.advisory.severity : worst,
      "low"
    ),
    upgradeTo,
    sameLine: verdict2 === "fail" ? sameLineFix(lead, upgradeTo) : null
  };
}
function sameLineFix(lead, upgradeTo) {
  const scheme = schemeFor(lead.product);
  const pinned = scheme.parse(lead.version);
  if (!pinned) return null;
  for (const fix of [lead.suggestion, ...lead.fixedIn]) {
    if (!fix || fix === upgradeTo || fix === lead.version) continue;
    const target = scheme.parse(fix);
    if (target && scheme.line(pinned) === scheme.line(target) && scheme.compare(target, pinned) > 0)
      return fix;
  }
  return null;
}
function compareDecisions(a, b) {
  const rank = { fail: 0, warn: 1, ignored: 2 };
  return rank[a.verdict] - rank[b.verdict] || severityRank(b.severity) - severityRank(a.severity) || Number(b.introduced === true) - Number(a.introduced === true) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
function fewWords(summary, max = FEW_WORDS) {
  const short = summary.replace(/\s+in\s+\S+\/\S+\s*$/, "").trim() || summary;
  if (short.length <= max) return short;
  const cut = short.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}\u2026`;
}
function othersPhrase(d) {
  if (!d.others) return "";
  const kind2 = d.verdict === "fail" ? " failing" : "";
  return `${d.others} more${kind2} advisor${d.others === 1 ? "y" : "ies"}`;
}

// src/report/markdown-escape.ts
var JOINER = "\u2060";
var CONTROL_RE2 = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visibleControls(text) {
  return text.replace(CONTROL_RE2, (c) => {
    const code = c.charCodeAt(0);
    if (code < 32) return String.fromCharCode(9216 + code);
    if (code === 127) return "\u2421";
    return "\uFFFD";
  });
}
function neutralizeMentions(text) {
  return text.replace(/@/g, `@${JOINER}`).replace(/#(?=\d)/g, `#${JOINER}`).replace(/:\/\//g, `:${JOINER}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${JOINER}.`);
}
var MARKDOWN_PUNCTUATION_RE = /[\\`*_[\]|~#$]/g;
var LINE_START_RE = /^([-+=]|\d+(?=[.)]))/;
function escapeMarkdown(text) {
  const visible = visibleControls(text);
  const entities = visible.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]);
  const escaped = entities.replace(MARKDOWN_PUNCTUATION_RE, (c) => `\\${c}`).replace(LINE_START_RE, (m) => /^\d/.test(m) ? `${m}\\` : `\\${m}`);
  return neutralizeMentions(escaped);
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function escapeMarkdownBlock(text) {
  return text.replace(/\r\n?/g, "\n").split("\n").map((line) => escapeMarkdown(line.trim())).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function codeSpan(text, context = "table") {
  if (text === "") return "";
  if (/[<>&]/.test(text)) return `<code>${escapeMarkdown(text)}</code>`;
  let content = visibleControls(text).replace(/@/g, `@${JOINER}`);
  if (context === "table") content = content.replace(/\|/g, "\\|");
  let longest = 0;
  for (const run2 of content.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function truncateText(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function encodeUriPath(path) {
  return path.split("/").map(
    (segment) => encodeURIComponent(segment).replace(/%(2B|3D|2C)/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16))).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  ).join("/");
}
function safeLinkUrl(url) {
  if (!/^https?:\/\/[^\s/]/i.test(url)) return null;
  return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f-\u009f()<>"'`|\\[\]{}^\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => encodeURIComponent(c).replace(
      /[!'()*]/g,
      (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`
    )
  );
}
function markdownLink(text, url) {
  const label = escapeMarkdown(text);
  const safe = url ? safeLinkUrl(url) : null;
  return safe ? `[${label}](${safe})` : label;
}

// src/report/markdown.ts
var DEFAULT_MAX_COMMENT_LENGTH = 65e3;
var DEFAULT_TITLE = "kube-pin-audit";
function commentMarker(tag = DEFAULT_COMMENT_TAG) {
  const safe = [...tag].map((c) => /^[A-Za-z0-9._/+=:@-]$/.test(c) ? c : percentEncode(c)).join("").replace(/--/g, "-%2D");
  return `<!-- kube-pin-audit:${safe} -->`;
}
function renderMarkdown(report, options = {}) {
  return render(report, {
    marker: commentMarker(options.tag ?? DEFAULT_COMMENT_TAG),
    title: titleFor(options),
    blobBaseUrl: options.blobBaseUrl,
    limit: options.maxLength ?? DEFAULT_MAX_COMMENT_LENGTH,
    measure: (s) => s.length,
    elsewhere: options.elsewhere ?? "see the job summary or the report file",
    advisoriesPerPin: 25,
    summaryLength: 90,
    listPerReason: 20,
    warnings: 20,
    suggestions: options.suggestions
  });
}
function titleFor(options) {
  if (options.title !== void 0) return options.title;
  const tag = options.tag;
  return tag && tag !== DEFAULT_COMMENT_TAG ? `${DEFAULT_TITLE} (${tag})` : DEFAULT_TITLE;
}
var ICON = {
  failing: "\u274C",
  warning: "\u26A0\uFE0F",
  ignored: "\u{1F515}",
  documentation: "\u{1F4C4}",
  introduced: "\u{1F195}",
  context: "\u2139\uFE0F"
};
var TABLE_HEAD = ["| Pinned release | Move to | Why |", "| --- | --- | --- |"];
var MAX_PATH = 200;
var MAX_TEXT = 100;
var MAX_SUMMARY = 200;
var MAX_REASON = 200;
var MAX_ROW_LENGTH = 400;
function render(report, layout) {
  const rows = pinDecisions(report);
  const refs2 = /* @__PURE__ */ new Map();
  const measured = (lines) => {
    const text = lines.join("\n");
    return { text, size: layout.measure(text) };
  };
  const rendered = [];
  let renderedBytes = 0;
  for (const row of rows) {
    if (renderedBytes > layout.limit) break;
    const compactLines = pinAdvisories(row, layout, true, refs2);
    const r = {
      row: measured([renderRow(row, layout)]),
      compact: measured(compactLines),
      refsUsed: referencesIn(compactLines)
    };
    rendered.push(r);
    renderedBytes += r.row.size + r.compact.size + 2;
  }
  const allRendered = rendered.length === rows.length;
  const full = allRendered ? rows.map((row) => measured(pinAdvisories(row, layout, false))) : [];
  const head2 = headLines(report, rows, layout);
  const fullDetails = detailsLines(report, layout, false);
  const compactDetails = detailsLines(report, layout, true);
  const sizeOf = (parts) => parts.reduce((n, p) => n + (typeof p === "string" ? layout.measure(p) : p.size) + 1, 0);
  const textOf = (parts) => `${parts.map((p) => typeof p === "string" ? p : p.text).join("\n")}
`;
  const fits = (parts) => sizeOf(parts) <= layout.limit;
  const assemble = (shown, perPin, details) => {
    const out = [...head2];
    const visible = rendered.slice(0, shown);
    const failing = visible.filter((_, i) => rows[i].verdict === "fail");
    const others = visible.filter((_, i) => rows[i].verdict !== "fail");
    if (failing.length) out.push("", ...TABLE_HEAD, ...failing.map((r) => r.row));
    if (others.length) {
      out.push(
        "",
        `<details><summary>${plural(others.length, "more pinned release")} with findings that do not fail the check</summary>`,
        "",
        ...TABLE_HEAD,
        ...others.map((r) => r.row),
        "",
        "</details>"
      );
    }
    if (shown < rows.length) {
      const hidden = rows.slice(shown);
      const findings = hidden.reduce((n, r) => n + r.findings.length, 0);
      out.push(
        "",
        `_${plural(findings, "more finding")} (${plural(hidden.length, "pinned release")}) not shown; ${layout.elsewhere}._`
      );
    }
    if (shown > 0) {
      out.push("", legend(rows.slice(0, shown)));
      const advisories = visible.reduce((n, _, i) => n + rows[i].findings.length, 0);
      out.push(
        "",
        `<details><summary>Every advisory, per pinned release (${plural(advisories, "finding")})</summary>`
      );
      for (let i = 0; i < shown; i++) {
        out.push("", perPin === "full" ? full[i] : rendered[i].compact);
      }
      if (perPin === "compact") out.push("", ...referenceDefinitions(refs2, visible));
      out.push("", "</details>");
    }
    out.push("", ...details);
    return out;
  };
  if (allRendered) {
    for (const [perPin, details] of [
      ["full", fullDetails],
      ["full", compactDetails],
      ["compact", compactDetails]
    ]) {
      const body = assemble(rows.length, perPin, details);
      if (fits(body)) return textOf(body);
    }
  }
  let lo = 0;
  let hi = allRendered ? rows.length - 1 : rendered.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(assemble(mid, "compact", compactDetails))) lo = mid;
    else hi = mid - 1;
  }
  const trimmed = textOf(assemble(lo, "compact", compactDetails));
  if (lo > 0 && layout.measure(trimmed) <= layout.limit) return trimmed;
  return minimalBody(report, layout);
}
function minimalBody(report, layout) {
  const out = [...verdictLines(report, layout)];
  out.push("", countsLine(report), "", `The findings do not fit here; ${layout.elsewhere}.`);
  return `${out.join("\n")}
`;
}
function verdictLines(report, layout) {
  const title = escapeMarkdown(truncateText(layout.title, 100));
  const failing = report.summary.failing;
  const failingPins = new Set(
    report.findings.filter((f) => f.failing).map((f) => `${f.file}\0${f.line}\0${f.column}`)
  ).size;
  const heading = verdict(failing) === "fail" ? `## ${ICON.failing} ${title}: ${plural(failingPins, "pinned release")} ${failingPins === 1 ? "fails" : "fail"} the check (${plural(failing, "failing finding")})` : `## \u2705 ${title}: no failing findings`;
  return layout.marker ? [layout.marker, heading] : [heading];
}
function headLines(report, rows, layout) {
  const out = verdictLines(report, layout);
  const findings = report.findings.length;
  if (!findings) {
    out.push(
      "",
      `No pinned release is affected by a known advisory (${plural(report.summary.pins, "pin")} in ${plural(report.summary.filesScanned, "file")} scanned).`
    );
    return out;
  }
  const parts = [`${plural(findings, "finding")} in ${plural(rows.length, "pinned release")}`];
  const hasIntroduced = report.findings.some((f) => f.introduced !== void 0);
  if (hasIntroduced) {
    const introduced = report.findings.filter((f) => f.introduced === true).length;
    parts.push(`${introduced} new in this PR`);
  }
  const ignored = report.findings.filter(isLiveIgnore).length;
  if (ignored) parts.push(`${ignored} ignored`);
  out.push("", `${parts.join(", ")}. Each pin's advisories are listed under the table.`);
  if (layout.suggestions) out.push("", suggestionsLine(layout.suggestions));
  return out;
}
function suggestionsLine(s) {
  const parts = [];
  if (s.posted) parts.push(`${plural(s.posted, "suggested change")} posted on this PR's lines`);
  if (s.existing) parts.push(`${s.existing} already there from an earlier push`);
  if (s.notPosted) parts.push(`${s.notPosted} more not posted`);
  const fix = s.notPosted ? "; `kube-pin-audit fix` rewrites every failing pin" : "";
  return parts.length ? `${parts.join(", ")}${fix}.` : "No suggested change: no failing pin on a line this PR changes can be rewritten.";
}
function countsLine(report) {
  const s = report.summary;
  return `${plural(s.filesScanned, "file")} scanned, ${s.filesSkipped} skipped, ${plural(s.pins, "pin")}, ${plural(s.findings, "finding")}, ${s.failing} failing.`;
}
function legend(rows) {
  const seen = /* @__PURE__ */ new Set();
  for (const row of rows) {
    seen.add(rowIcon(row));
    for (const label of pinLabels(row)) seen.add(label.icon);
  }
  const names = [
    [ICON.failing, "fails the check"],
    [ICON.warning, "reported, not failing"],
    [ICON.ignored, "ignored by configuration"],
    [ICON.documentation, "in documentation"],
    [ICON.context, "test data or a release catalog"],
    [ICON.introduced, "new in this PR"]
  ];
  return names.filter(([icon]) => seen.has(icon)).map(([icon, name]) => `${icon} ${name}`).join(" \xB7 ");
}
function detailsLines(report, layout, compact) {
  const s = report.summary;
  const ignored = report.findings.filter(isLiveIgnore).length;
  const out = [
    "<details><summary>Scan details</summary>",
    "",
    "| | Count |",
    "| --- | ---: |",
    `| Files scanned | ${s.filesScanned} |`,
    `| Files skipped | ${s.filesSkipped} |`,
    `| Pins found | ${s.pins} |`,
    `| Findings | ${s.findings} |`,
    `| Failing | ${s.failing} |`,
    `| Ignored | ${ignored} |`
  ];
  if (report.skipped.length) {
    out.push("", "**Skipped files**", "");
    const byReason = /* @__PURE__ */ new Map();
    for (const skip2 of report.skipped) {
      const list2 = byReason.get(skip2.reason) ?? [];
      list2.push(skip2.file);
      byReason.set(skip2.reason, list2);
    }
    for (const [reason, files] of [...byReason].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      const head2 = `- ${escapeMarkdown(reason)} (${files.length})`;
      if (compact) {
        out.push(head2);
        continue;
      }
      const shown = files.slice(0, layout.listPerReason).map((f) => escapeMarkdown(truncateText(f, MAX_PATH)));
      const more = files.length > layout.listPerReason ? `, and ${files.length - layout.listPerReason} more` : "";
      out.push(`${head2}: ${shown.join(", ")}${more}`);
    }
  }
  if (report.warnings.length) {
    out.push("", `**Warnings** (${report.warnings.length})`);
    if (!compact) {
      out.push("");
      for (const w of report.warnings.slice(0, layout.warnings)) {
        const where = `${truncateText(w.file, MAX_PATH)}${w.line ? `:${w.line}` : ""}`;
        out.push(`- ${escapeMarkdown(where)}: ${escapeMarkdown(truncateText(w.message, 500))}`);
      }
      if (report.warnings.length > layout.warnings) {
        out.push(`- and ${report.warnings.length - layout.warnings} more`);
      }
    }
  }
  out.push("", "</details>");
  return out;
}
function rowIcon(row) {
  return row.verdict === "fail" ? ICON.failing : row.verdict === "ignored" ? ICON.ignored : ICON.warning;
}
function pinLabels(row) {
  const labels = [];
  if (row.introduced) labels.push({ icon: ICON.introduced, text: "new" });
  if (row.form === "documentation") labels.push({ icon: ICON.documentation, text: "docs" });
  else if (row.context !== "deploy")
    labels.push({ icon: ICON.context, text: contextNote(row.context) });
  return labels;
}
function renderRow(row, layout) {
  const link = blobUrl(layout.blobBaseUrl, row);
  const labels = pinLabels(row).map((l) => `${l.icon} ${l.text}`);
  const moveTo = row.upgradeTo ? codeSpan(truncateText(row.upgradeTo, MAX_TEXT)) : row.verdict === "fail" ? "none known" : "\u2014";
  const variants = [
    [MAX_PATH, true, 48, true],
    [MAX_PATH, true, 30, true],
    [MAX_PATH, false, 40, true],
    [60, false, 40, true],
    [60, false, 0, true],
    [40, false, 0, false]
  ];
  let last = "";
  for (const [pathMax, linked, words, withSameLine] of variants) {
    const location = `${truncatePath(row.file, pathMax)}:${row.line}`;
    const pin = [
      `${rowIcon(row)} ${markdownLink(location, linked ? link : null)}`,
      [codeSpan(truncateText(row.version, MAX_TEXT)), ...labels].join(" ")
    ];
    const cells = [pin.join("<br>"), moveTo, whyCell(row, words, withSameLine)];
    last = `| ${cells.join(" | ")} |`;
    if (last.length <= MAX_ROW_LENGTH) return last;
  }
  return last;
}
function whyCell(row, words, withSameLine) {
  const lead = row.lead;
  const kind2 = lead.advisory.kind === "defect" ? " defect" : "";
  const summary = words ? `: ${escapeMarkdown(fewWords(lead.advisory.summary, words))}` : "";
  const others = row.others ? ` (+${row.others}${row.verdict === "fail" ? " failing" : ""})` : "";
  const out = [
    `${escapeMarkdown(lead.advisory.id)} ${lead.advisory.severity}${kind2}${summary}${others}`
  ];
  if (row.verdict === "ignored" && lead.ignored)
    out.push(`ignored: ${escapeMarkdown(truncateText(lead.ignored.reason, 60))}`);
  else if (lead.ignored?.expired)
    out.push(`ignore expired ${escapeMarkdown(lead.ignored.expires ?? "")}`);
  if (withSameLine && row.sameLine) {
    out.push(`same line: ${codeSpan(row.sameLine)} fixes it`);
  }
  return out.join("<br>");
}
function referenceLink(f, refs2) {
  const label = escapeMarkdown(f.advisory.id);
  const url = f.advisory.url ? safeLinkUrl(f.advisory.url) : null;
  if (!url) return label;
  let ref = refs2.get(url);
  if (!ref) {
    ref = { n: refs2.size + 1, url };
    refs2.set(url, ref);
  }
  return `[${label}][${ref.n}]`;
}
function referencesIn(lines) {
  const used = /* @__PURE__ */ new Set();
  for (const line of lines) for (const m of line.matchAll(/\]\[(\d+)\]/g)) used.add(Number(m[1]));
  return [...used];
}
function referenceDefinitions(refs2, shown) {
  const used = /* @__PURE__ */ new Set();
  for (const r of shown) for (const n of r.refsUsed) used.add(n);
  return [...refs2.values()].filter((r) => used.has(r.n)).map((r) => `[${r.n}]: ${r.url}`);
}
function pinAdvisories(row, layout, compact, refs2 = /* @__PURE__ */ new Map()) {
  const location = escapeMarkdown(`${truncatePath(row.file, MAX_PATH)}:${row.line}`);
  const counts = row.failing ? `${plural(row.findings.length, "advisory")}, ${row.failing} failing` : plural(row.findings.length, "advisory");
  const out = [`${rowIcon(row)} **${location}** ${codeSpan(row.version, "inline")}: ${counts}`, ""];
  const listed = compact ? row.findings : row.findings.slice(0, layout.advisoriesPerPin);
  if (compact) {
    out.push(listed.map((f) => `${findingIcon(f)} ${referenceLink(f, refs2)}`).join(", "));
  } else {
    for (const f of listed) out.push(`- ${advisoryLine(f, layout.summaryLength)}`);
  }
  if (row.findings.length > listed.length) {
    out.push(`- and ${row.findings.length - listed.length} more; ${layout.elsewhere}`);
  }
  return out;
}
function advisoryLine(f, summaryLength) {
  const parts = [
    `${findingIcon(f)} ${markdownLink(f.advisory.id, f.advisory.url)} (${f.advisory.severity} ${f.advisory.kind})`,
    escapeMarkdown(fewWords(f.advisory.summary, summaryLength))
  ];
  if (f.via) {
    parts.push(
      `\xB7 via ${escapeMarkdown(truncateText(f.via.component, MAX_TEXT))} ${codeSpan(truncateText(f.via.version, MAX_TEXT), "inline")}`
    );
  }
  const fix = f.suggestion ? codeSpan(truncateText(f.suggestion, MAX_TEXT), "inline") : f.fixedIn.length ? f.fixedIn.slice(0, 3).map((v) => codeSpan(truncateText(v, MAX_TEXT), "inline")).join(", ") : "none known";
  parts.push(`\xB7 fix: ${fix}`);
  if (f.ignored) parts.push(`\xB7 ${isExpiredIgnore(f) ? "ignore" : "ignored"}: ${ignoreText(f)}`);
  if (f.note) parts.push(`\xB7 note: ${escapeMarkdown(truncateText(f.note, MAX_SUMMARY))}`);
  return parts.join(" ");
}
function truncatePath(path, max) {
  if (path.length <= max) return path;
  let start = path.length - max + 1;
  const code = path.charCodeAt(start);
  if (code >= 56320 && code <= 57343) start += 1;
  return `\u2026${path.slice(start)}`;
}
function ignoreText(f) {
  const ignored = f.ignored;
  const reason = escapeMarkdown(truncateText(ignored.reason, MAX_REASON));
  const date2 = ignored.expires ? escapeMarkdown(ignored.expires) : "";
  if (isExpiredIgnore(f)) return `${reason} (expired${date2 ? ` on ${date2}` : ""})`;
  return `${reason}${date2 ? ` (until ${date2})` : ""}`;
}
function isExpiredIgnore(f) {
  return f.ignored?.expired === true;
}
function findingIcon(f) {
  if (f.failing) return ICON.failing;
  if (isLiveIgnore(f)) return ICON.ignored;
  return ICON.warning;
}
function blobUrl(base, row) {
  if (!base) return null;
  const root = safeLinkUrl(base.replace(/\/+$/, ""));
  return root ? `${root}/${encodeUriPath(row.file)}#L${row.line}` : null;
}
function plural(n, noun) {
  if (n === 1) return `${n} ${noun}`;
  return `${n} ${noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
function percentEncode(c) {
  return [...Buffer2.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var TOOL_INFORMATION_URI = "https://github.com/kube-pin-audit/kube-pin-audit";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "kube-pin-audit/v1";
var MAX_SARIF_RESULTS = 25e3;
function sarifOmissionNote(findings, maxResults = MAX_SARIF_RESULTS) {
  if (findings <= maxResults) return null;
  return `${findings} findings: the SARIF log keeps the ${maxResults} most urgent, since GitHub code scanning rejects a run with more results; the JSON report has every one`;
}
var LEVEL_BY_SEVERITY = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var SECURITY_SEVERITY_BY_LEVEL = {
  critical: 9.5,
  high: 8,
  medium: 5.5,
  low: 2,
  // No rating could be found: shown as medium in code scanning rather than hidden.
  unknown: 5.5
};
function renderSarif(report, advisories, maxResults = MAX_SARIF_RESULTS) {
  const byId = advisories instanceof Map ? advisories : new Map(advisories.map((a) => [a.id, a]));
  const omitted = sarifOmissionNote(report.findings.length, maxResults);
  const kept = omitted ? [...report.findings].sort((a, b) => compareUrgency(a, b) || compareFindings(a, b)).slice(0, maxResults) : [...report.findings];
  const findings = kept.sort(compareFindings);
  const refs2 = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = refs2.get(finding.advisory.id);
    if (entry) entry.findings.push(finding);
    else refs2.set(finding.advisory.id, { ref: finding.advisory, findings: [finding] });
  }
  const ruleIds = [...refs2.keys()].sort(compareStrings);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules2 = ruleIds.map((id) => {
    const { ref, findings: ruleFindings } = refs2.get(id);
    return buildRule(ref, byId.get(id), ruleFindings);
  });
  const occurrences = /* @__PURE__ */ new Map();
  const results = findings.map((finding) => {
    const key = fingerprintSource(finding);
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return buildResult(finding, ruleIndex.get(finding.advisory.id), `${sha256(key)}:${n}`);
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules2
          }
        },
        columnKind: "utf16CodeUnits",
        results,
        ...omitted ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                {
                  level: "warning",
                  message: { text: omitted }
                }
              ]
            }
          ]
        } : {}
      }
    ]
  };
}
function renderSarifJson(report, advisories) {
  return `${JSON.stringify(renderSarif(report, advisories), null, 2)}
`;
}
function buildRule(ref, advisory, findings) {
  const kind2 = advisory?.kind ?? ref.kind;
  const severity = advisory?.severity ?? ref.severity;
  const summary = plain(advisory?.summary ?? ref.summary);
  const details = advisory?.details ?? ref.summary;
  const ecosystems = advisory ? advisory.affected.map((a) => a.package.ecosystem) : findings.map((f) => PRODUCT_LABELS[f.product]);
  const tags = unique([kind2, ...ecosystems]);
  const properties = { tags, precision: "very-high" };
  if (kind2 === "security") {
    const score = advisory?.cvss?.score ?? SECURITY_SEVERITY_BY_LEVEL[severity];
    properties["security-severity"] = score.toFixed(1);
  }
  return {
    id: ref.id,
    name: ruleName(ref.id),
    shortDescription: { text: summary },
    fullDescription: { text: plain(firstParagraph(details)) },
    help: {
      text: helpText(ref, advisory),
      markdown: helpMarkdown(ref, advisory)
    },
    helpUri: ref.url,
    defaultConfiguration: {
      level: severity === "unknown" ? "warning" : LEVEL_BY_SEVERITY[severity]
    },
    properties
  };
}
function buildResult(finding, ruleIndex, fingerprint) {
  const introduced = finding.introduced;
  const result = {
    ruleId: finding.advisory.id,
    ruleIndex,
    level: finding.failing ? "error" : nonFailingLevel(finding.advisory.severity),
    message: { text: resultMessage(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUriPath(finding.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            endColumn: Math.max(1, finding.column) + Math.max(1, finding.text.length)
          }
        }
      }
    ],
    fingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      product: finding.product,
      version: finding.version,
      failing: finding.failing,
      context: finding.context,
      ...finding.form === "documentation" ? { documentation: true } : {},
      ...introduced !== void 0 ? { introduced } : {}
    }
  };
  const ignored = finding.ignored;
  if (ignored && !ignored.expired && !finding.failing) {
    const expires = ignored.expires ? ` (until ${ignored.expires})` : "";
    result.suppressions = [
      {
        // SARIF 2.1.0 §3.35.3: a suppression written in the analysed file is `inSource`.
        kind: ignored.inline ? "inSource" : "external",
        justification: plain(`${ignored.reason}${expires}`)
      }
    ];
  }
  return result;
}
function nonFailingLevel(severity) {
  return severity === "low" ? "note" : "warning";
}
function resultMessage(f) {
  const written = f.text !== f.version ? ` (written "${f.text}")` : "";
  const via = f.via ? ` through its bundled ${f.via.component} ${f.via.version}` : "";
  const parts = [
    `${f.version}${written} is affected by ${f.advisory.id} (${f.advisory.severity} ${f.advisory.kind})${via}: ${f.advisory.summary}.`
  ];
  if (f.suggestion) parts.push(`Fix: move to ${f.suggestion}.`);
  else if (f.fixedIn.length) parts.push(`Fixed in ${f.fixedIn.join(", ")}.`);
  else parts.push("No fixed release is known.");
  const upgrade = alsoUpgradeTo(f);
  if (upgrade) {
    parts.push(`Nearest release clear of failing advisories: ${upgrade}.`);
  } else if (!f.upgradeTo) {
    parts.push("No release clear of failing advisories is known.");
  }
  if (f.form === "documentation") parts.push("In documentation: reported, not failing.");
  else if (f.context !== "deploy") parts.push(`Context: ${contextNote(f.context)}.`);
  if (f.ignored) {
    const expired = f.ignored.expired === true;
    const until = f.ignored.expires ? ` ${expired ? "on" : "until"} ${f.ignored.expires}` : "";
    parts.push(`${expired ? "Ignore expired" : "Ignored"}${until}: ${f.ignored.reason}.`);
  }
  return sarifText(parts.join(" "));
}
function sarifText(text) {
  return plain(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
function plain(text) {
  return terminalSafe(text);
}
function helpText(ref, advisory) {
  const out = [plain(advisory?.summary ?? ref.summary)];
  if (advisory) out.push("", plainBlock(advisory.details));
  const fixed = fixedReleases(advisory);
  out.push("", "Fixed releases:");
  if (fixed.length)
    for (const [eco, versions] of fixed) out.push(`  ${eco}: ${versions.join(", ")}`);
  else out.push("  none known");
  out.push("", "References:");
  for (const url of referenceUrls(ref, advisory)) out.push(`  ${plain(url)}`);
  return out.join("\n");
}
function helpMarkdown(ref, advisory) {
  const severity = advisory?.severity ?? ref.severity;
  const kind2 = advisory?.kind ?? ref.kind;
  const cvss = advisory?.cvss ? `, CVSS ${advisory.cvss.score.toFixed(1)} ${codeSpan(advisory.cvss.vector, "inline")}` : "";
  const aliases = advisory?.aliases ?? ref.aliases;
  const out = [`**${escapeMarkdown(advisory?.summary ?? ref.summary)}**`, ""];
  out.push(`${escapeMarkdown(kind2)}, severity ${escapeMarkdown(severity)}${cvss}`);
  if (aliases.length) out.push("", `Aliases: ${aliases.map((a) => escapeMarkdown(a)).join(", ")}`);
  if (advisory) out.push("", escapeMarkdownBlock(advisory.details));
  out.push("", "**Fixed releases**", "");
  const fixed = fixedReleases(advisory);
  if (fixed.length) {
    for (const [eco, versions] of fixed) {
      out.push(
        `- ${escapeMarkdown(eco)}: ${versions.map((v) => codeSpan(v, "inline")).join(", ")}`
      );
    }
  } else {
    out.push("None known.");
  }
  out.push("", "**References**", "");
  for (const url of referenceUrls(ref, advisory)) out.push(`- ${markdownLink(url, url)}`);
  return out.join("\n");
}
function fixedReleases(advisory) {
  if (!advisory) return [];
  const byEcosystem = /* @__PURE__ */ new Map();
  for (const affected of advisory.affected) {
    const fromRanges = (affected.ranges ?? []).flatMap(
      (r) => r.events.flatMap(
        (e) => "fixed" in e ? [e.fixed.startsWith("v") ? e.fixed : `v${e.fixed}`] : []
      )
    );
    const versions = affected.fixed?.length ? affected.fixed : fromRanges;
    if (!versions.length) continue;
    const list2 = byEcosystem.get(affected.package.ecosystem) ?? [];
    byEcosystem.set(affected.package.ecosystem, unique([...list2, ...versions]));
  }
  return [...byEcosystem];
}
function referenceUrls(ref, advisory) {
  return unique([ref.url, ...advisory?.references.map((r) => r.url) ?? []]);
}
function plainBlock(text) {
  return text.replace(/\r\n?/g, "\n").split("\n").map((line) => plain(line)).join("\n");
}
function firstParagraph(text) {
  const paragraph = text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)[0] ?? text;
  return paragraph.replace(/\s*\n\s*/g, " ").trim() || text;
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()).join("");
}
function fingerprintSource(f) {
  return `${f.advisory.id}\0${f.file}\0${f.text}`;
}
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function compareFindings(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.advisory.id, b.advisory.id) || compareStrings(a.version, b.version) || severityRank(b.advisory.severity) - severityRank(a.advisory.severity);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function unique(items) {
  return [...new Set(items)];
}

// src/report/text.ts
function renderText(report) {
  const out = [];
  let currentFile = "";
  for (const pin of report.pins) {
    if (pin.file !== currentFile) {
      currentFile = pin.file;
      out.push(oneLine2(pin.file));
    }
    const where = `${pin.line}:${pin.column}`.padEnd(9);
    const context = pin.form === "documentation" ? null : contextNote(pin.context);
    const note = [pin.form, context, pin.inComment ? "in a comment" : ""].filter(Boolean).join(", ");
    out.push(
      `  ${where} ${pin.product.padEnd(10)} ${terminalSafe(pin.version).padEnd(22)} ${note}`
    );
  }
  if (report.findings.length)
    out.push("", "Findings, one decision per pin:", ...findingLines2(report));
  if (report.skipped.length) {
    const byReason = /* @__PURE__ */ new Map();
    for (const s2 of report.skipped) byReason.set(s2.reason, (byReason.get(s2.reason) ?? 0) + 1);
    out.push("", `Skipped: ${[...byReason].map(([reason, n]) => `${n} ${reason}`).join(", ")}`);
  }
  for (const w of report.warnings) {
    out.push(`warning: ${oneLine2(w.file)}${w.line ? `:${w.line}` : ""}: ${oneLine2(w.message)}`);
  }
  const s = report.summary;
  if (out.length) out.push("");
  out.push(dataLine(report.data));
  out.push(
    `${s.filesScanned} files scanned, ${s.filesSkipped} skipped, ${s.pins} pins, ${s.findings} findings (${s.failing} failing)`
  );
  return `${out.join("\n")}
`;
}
function findingLines2(report) {
  const out = [];
  const decisions = pinDecisions(report);
  const perLine = /* @__PURE__ */ new Map();
  for (const d of decisions) {
    const key = `${d.file}\0${d.line}`;
    perLine.set(key, (perLine.get(key) ?? 0) + 1);
  }
  for (const d of decisions) {
    const mark = { fail: "FAIL", warn: "warn", ignored: "ignored" }[d.verdict];
    const note = d.context === "deploy" ? "" : ` (${contextNote(d.context)})`;
    const move = d.upgradeTo ? ` -> ${d.upgradeTo}` : d.verdict === "fail" ? " (no clean release known)" : "";
    const column = perLine.get(`${d.file}\0${d.line}`) > 1 ? `:${d.column}` : "";
    const written = d.text !== d.version ? ` (written ${terminalSafe(d.text)})` : "";
    out.push(
      `  ${mark.padEnd(7)} ${oneLine2(d.file)}:${d.line}${column}  ${terminalSafe(d.version)}${written}${note}${move}`
    );
    const lead = d.lead;
    const via = lead.via ? ` via ${lead.via.component} ${lead.via.version}` : "";
    const others = othersPhrase(d);
    out.push(
      `          ${lead.advisory.id} (${lead.advisory.severity} ${lead.advisory.kind})${via}: ${terminalSafe(fewWords(lead.advisory.summary))}${others ? `; ${others}` : ""}`
    );
    if (lead.note) out.push(`          note: ${terminalSafe(lead.note)}`);
    if (d.sameLine) {
      out.push(`          same line: ${d.sameLine} fixes ${lead.advisory.id}`);
    }
    const silenced = d.findings.filter(isLiveIgnore);
    if (silenced.length && d.verdict !== "ignored")
      out.push(`          ${silenced.length} ignored`);
    if (d.verdict === "ignored") {
      const until = lead.ignored.expires ? ` until ${lead.ignored.expires}` : "";
      out.push(`          ignored${until}: ${terminalSafe(lead.ignored.reason)}`);
    }
    if (lead.ignored?.expired) out.push(`          its ignore expired on ${lead.ignored.expires}`);
  }
  out.push("", `Every advisory of a release: ${TOOL_NAME} check VERSION, or --format json.`);
  return out;
}

// src/config/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { closeSync as closeSync5, constants as constants4, fstatSync as fstatSync3, openSync as openSync5, readFileSync as readFileSync4, realpathSync as realpathSync4 } from "node:fs";
import { relative as relative4, resolve as resolve4 } from "node:path";

// src/config/errors.ts
function describeIssue(issue2) {
  const path = [...issue2.path];
  if (issue2.code === "invalid_value" && "values" in issue2) {
    return { path, message: `must be one of ${issue2.values.map(String).join(", ")}` };
  }
  if (issue2.code === "invalid_type") {
    const expected = issue2.expected === "array" ? "a list" : issue2.expected === "number" ? "a number" : issue2.expected === "boolean" ? "true or false" : issue2.expected === "object" ? "a mapping (key: value)" : `a ${issue2.expected}`;
    return {
      path,
      message: issue2.message.startsWith("is required") ? issue2.message : `must be ${expected}`
    };
  }
  if (issue2.code === "unrecognized_keys")
    return { path: [...path, issue2.keys[0]], message: "is not a known key" };
  if (issue2.code === "invalid_union")
    return { path, message: "must be a list (or a comma-separated string)" };
  return { path, message: issue2.message };
}
function closestKey(key, valid) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}

// src/config/load.ts
function readConfigFile(path, shownAs, required2, confinement) {
  let text;
  try {
    if (confinement && liesWithin(resolve4(confinement.root), path)) {
      const rel = relative4(resolve4(confinement.root), path);
      confineSettingPath(confinement.root, rel, "read", confinement.rootName);
    }
    text = readRegularFile(path);
  } catch (error2) {
    if (error2 instanceof PathRefused) {
      if (error2.missing && !required2) return null;
      throw new InputError(`${shownAs}: settings file ${error2.message}`, { file: shownAs });
    }
    const code = error2.code;
    if (code === "ENOENT" && !required2) return null;
    throw new InputError(`${shownAs}: cannot read the config file (${code ?? "error"})`);
  }
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const at = yamlSyntaxError(doc.errors[0], lineCounter);
    throw new InputError(`${shownAs}:${at.line}:${at.column}: not valid YAML (${at.reason})`, {
      file: shownAs,
      line: at.line
    });
  }
  if (doc.contents !== null && !(0, import_yaml2.isMap)(doc.contents)) {
    throw new InputError(`${shownAs}:1: must be a mapping of settings (key: value)`, {
      file: shownAs,
      line: 1
    });
  }
  let values;
  try {
    values = doc.toJS() ?? {};
  } catch {
    throw new InputError(`${shownAs}: too many YAML aliases to expand`, { file: shownAs });
  }
  return {
    // The real path, as discovery sees files, so that the scan can leave this file out.
    path: realpathSync4(path),
    shownAs,
    values,
    lineOf: (path2) => lineOfPath(doc, lineCounter, path2)
  };
}
function readRegularFile(path) {
  const fd = openSync5(path, constants4.O_RDONLY | (constants4.O_NOFOLLOW ?? 0));
  try {
    if (!fstatSync3(fd).isFile()) {
      throw Object.assign(new Error("not a regular file"), { code: "not a regular file" });
    }
    return readFileSync4(fd, "utf8");
  } finally {
    closeSync5(fd);
  }
}
function lineOfPath(doc, lines, path) {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node?.range) return lines.linePos(node.range[0]).line;
    const parent = doc.getIn(path.slice(0, n - 1), true);
    if ((0, import_yaml2.isMap)(parent)) {
      const pair = parent.items.find((p) => p.key?.value === path[n - 1]);
      const range = pair?.key?.range;
      if (range) return lines.linePos(range[0]).line;
      if (parent.range) return lines.linePos(parent.range[0]).line;
    }
  }
  return null;
}
function gotValue(values, path) {
  let value = values;
  for (const key of path) value = value?.[key];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? ` (got '${String(value)}')` : "";
}
function formatPath(path) {
  return path.map(String).join(".");
}
function firstIssue(error2) {
  return describeIssue(error2.issues[0]);
}
function suggestion(path) {
  const valid = path.length === 1 ? SETTING_KEYS : path[0] === "ignore" && path.length === 3 ? IGNORE_KEYS : path[0] === "contexts" && path.length === 2 ? PIN_CONTEXTS : null;
  if (!valid) return "";
  const near = closestKey(String(path[path.length - 1]), valid);
  return near ? ` (did you mean '${near}'?)` : ` (known keys: ${valid.join(", ")})`;
}
function resolveSettings(file, inline, inlineName, confinement) {
  let fileValues = file?.values ?? {};
  if (file) {
    const fromFile = withMessages(SettingsSchema).safeParse(file.values);
    if (!fromFile.success) {
      const { path, message } = firstIssue(fromFile.error);
      const what = message === "is not a known key" ? `unknown key '${formatPath(path)}'${suggestion(path)}` : `'${formatPath(path)}' ${message}${gotValue(file.values, path)}`;
      throw fileError(file, path, what);
    }
    if (confinement) fileValues = confinedValues(file, fromFile.data, confinement);
  }
  const merged = withMessages(SettingsSchema).safeParse({ ...fileValues, ...inline });
  if (!merged.success) {
    const { path, message } = firstIssue(merged.error);
    const key = String(path[0]);
    const given = inline[key];
    throw new InputError(
      `${inlineName(key)} ${message}${given === void 0 ? "" : ` (got '${String(given)}')`}`
    );
  }
  return merged.data;
}
function fileError(file, path, what) {
  const line = file.lineOf(path);
  return new InputError(
    `${file.shownAs}${line ? `:${line}` : ""}: ${what}`,
    line ? { file: file.shownAs, line } : { file: file.shownAs }
  );
}
function confinedValues(file, parsed, { root, rootName }) {
  const values = { ...file.values };
  for (const key of SETTING_KEYS) {
    const path = PATH_SETTINGS.get(SettingsSchema.shape[key]);
    if (!path || file.values[key] === void 0) continue;
    const given = parsed[key];
    const confine = (item, at) => {
      try {
        return confineSettingPath(root, item, path.use, rootName);
      } catch (error2) {
        if (!(error2 instanceof PathRefused)) throw error2;
        throw fileError(file, at, `'${key}' ${error2.message} (got '${item}')`);
      }
    };
    const itemPath = (i) => Array.isArray(file.values[key]) ? [key, i] : [key];
    values[key] = Array.isArray(given) ? given.map((item, i) => confine(item, itemPath(i))) : confine(given, [key]);
  }
  return values;
}

// src/scan/paths.ts
import { existsSync as existsSync2, realpathSync as realpathSync5, statSync as statSync4 } from "node:fs";
import { dirname as dirname4, relative as relative5, resolve as resolve5, sep as sep4, isAbsolute as isAbsolute3 } from "node:path";
function resolveScanPaths(cwd, given) {
  const inputs = given.length ? given : ["."];
  const paths = inputs.map((p) => {
    const abs = resolve5(cwd, p);
    if (!existsSync2(abs)) throw new InputError(`path not found: ${p}`);
    return realpathSync5(abs);
  });
  const realCwd = realpathSync5(cwd);
  const inside = (p) => {
    const rel = relative5(realCwd, p);
    return rel === "" || !rel.startsWith(`..${sep4}`) && rel !== ".." && !isAbsolute3(rel);
  };
  if (paths.every(inside)) return { root: realCwd, paths };
  const dirs = paths.map((p) => statSync4(p).isDirectory() ? p : dirname4(p));
  let root = dirs[0];
  while (!dirs.every((d) => d === root || d.startsWith(root.endsWith(sep4) ? root : root + sep4))) {
    root = dirname4(root);
  }
  return { root, paths };
}

// src/fix/apply.ts
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync as closeSync6,
  fsyncSync,
  lstatSync as lstatSync4,
  openSync as openSync6,
  readFileSync as readFileSync5,
  realpathSync as realpathSync6,
  renameSync,
  unlinkSync as unlinkSync2,
  writeSync as writeSync2
} from "node:fs";
import { basename as basename2, dirname as dirname5, isAbsolute as isAbsolute4, join as join7, relative as relative6, resolve as resolve6, sep as sep5 } from "node:path";

// src/fix/spelling.ts
var DISTRIBUTION_TEXT_RE = /^(v?)\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:rc|alpha|beta)\.?\d{1,4})?(\+|-|%2[Bb])(?:rke2r|k3s|rfor)\d{1,4}$/;
var CONTAINERD_TEXT_RE = /^(v?)\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:alpha|beta|rc)\.?\d{1,4})?(?:-(?:k3s|bd)\d{1,4}(?:[.-]\d{1,4}){0,3})?$/;
var BUILD_STAMP_RE = /-build\d{1,14}$/;
function respell(product, written, target) {
  if (product === "containerd") return respellContainerd(written, target);
  const m = DISTRIBUTION_TEXT_RE.exec(written);
  const parsed = schemes[product].parse(target);
  if (!m || !parsed) return { reason: `the spelling '${written}' is not one fix can rewrite` };
  const [, v, separator] = m;
  const pre = parsed.pre.length ? `-${parsed.pre.join("")}` : "";
  const suffix = { rke2: "rke2r", k3s: "k3s", rfo: "rfor" }[product];
  return {
    text: `${v}${parsed.major}.${parsed.minor}.${parsed.patch}${pre}${separator}${suffix}${parsed.revision}`
  };
}
function respellContainerd(written, target) {
  const m = CONTAINERD_TEXT_RE.exec(written);
  if (m) return { text: `${m[1]}${target.replace(/^v/, "")}` };
  const stamp = BUILD_STAMP_RE.exec(written);
  if (stamp) {
    return {
      reason: `a hardened image tag with a build-date suffix (${stamp[0]}): the target image's tag is not known`
    };
  }
  const revision = /^v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:[-~](?:alpha|beta|rc)\.?\d{1,4})?(-.+)$/.exec(
    written
  );
  if (revision) {
    const kind2 = /\.(?:el|fc|amzn|sles|suse)/.test(revision[1]) ? "an RPM" : "a Debian";
    return {
      reason: `${kind2} package revision (${revision[1]}): the target package's revision is not known`
    };
  }
  return { reason: `the spelling '${written}' is not one fix can rewrite` };
}

// src/fix/plan.ts
function fixTargets(report) {
  const byFile = /* @__PURE__ */ new Map();
  const left = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of report.findings) {
    if (!f.failing) continue;
    const key = `${f.file}\0${f.line}\0${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = { file: f.file, line: f.line, column: f.column, version: f.version };
    const context = f.context;
    if (f.inComment) left.push({ ...where, reason: "in a comment: fix never rewrites comments" });
    else if (context !== "deploy") {
      left.push({ ...where, reason: `a ${context} pin: fix rewrites deploy pins only` });
    } else if (!f.upgradeTo || f.upgradeTo === f.version) {
      left.push({ ...where, reason: "no release free of failing advisories is known" });
    } else {
      const list2 = byFile.get(f.file) ?? [];
      list2.push({ ...f, upgradeTo: f.upgradeTo });
      byFile.set(f.file, list2);
    }
  }
  return { byFile, left };
}
var UTF8_BOM = [239, 187, 191];
var CR2 = 13;
function planFile(file, bytes, targets) {
  const changes = [];
  const left = [];
  const byLine = /* @__PURE__ */ new Map();
  for (const t of targets) byLine.set(t.line, [...byLine.get(t.line) ?? [], t]);
  const starts = lineStarts(bytes);
  const splices = [];
  const lines = [];
  for (const [line, pins] of [...byLine].sort(([a], [b]) => a - b)) {
    const leave = (t, reason) => left.push({ file, line: t.line, column: t.column, version: t.version, reason });
    const start = starts[line - 1];
    if (start === void 0) {
      for (const t of pins) leave(t, "the file has fewer lines than the scan saw: scan again");
      continue;
    }
    const bomLength = line === 1 && UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
    let end = line < starts.length ? starts[line] - 1 : bytes.length;
    if (end > start && bytes[end - 1] === CR2) end -= 1;
    const content = bytes.subarray(start + bomLength, end);
    const text = content.toString("utf8");
    const edits = [];
    for (const t of pins.sort((a, b) => a.column - b.column)) {
      const prefix = text.slice(0, t.column - 1);
      const at = Buffer.byteLength(prefix, "utf8");
      const written = Buffer.from(t.text, "utf8");
      if (text.slice(t.column - 1, t.column - 1 + t.text.length) !== t.text || !content.subarray(at, at + written.length).equals(written)) {
        leave(
          t,
          t.form === "cloud-init" ? "inside an encoded payload (base64 or gzip): change the source it was encoded from" : "the version is not written at this position (composed from parts, or the file changed since the scan)"
        );
        continue;
      }
      const respelled = respell(t.product, t.text, t.upgradeTo);
      if ("reason" in respelled) {
        leave(t, respelled.reason);
        continue;
      }
      if (edits.some((e) => at < e.to)) {
        leave(t, "overlaps another pin on the line");
        continue;
      }
      edits.push({ from: at, to: at + written.length, text: respelled.text, pin: t });
    }
    const rest = edits.reduceRight(
      (s, e) => s.slice(0, e.from) + " ".repeat(e.to - e.from) + s.slice(e.to),
      content.toString("latin1")
    );
    const again = edits.filter((e) => rest.includes(coreOf(e.pin.text)));
    for (const e of again) {
      leave(
        e.pin,
        `the line names ${coreOf(e.pin.text)} again outside the pin (an archive name or a second spelling): change it by hand`
      );
    }
    const kept = edits.filter((e) => !again.includes(e));
    if (!kept.length) continue;
    let after = text;
    for (const e of [...kept].reverse()) {
      const offset = start + bomLength;
      splices.push({ start: offset + e.from, end: offset + e.to, text: e.text });
      const col = e.pin.column - 1;
      after = after.slice(0, col) + e.text + after.slice(col + e.pin.text.length);
      changes.unshift({ file, line, column: e.pin.column, from: e.pin.text, to: e.text });
    }
    lines.push({ line, before: text, after });
  }
  changes.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, changes, left, lines, after: splices.length ? splice(bytes, splices) : null };
}
function coreOf(text) {
  return /\d{1,4}\.\d{1,4}\.\d{1,4}/.exec(text)?.[0] ?? text;
}
function splice(bytes, splices) {
  const parts = [];
  let at = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start)) {
    parts.push(bytes.subarray(at, s.start), Buffer.from(s.text, "utf8"));
    at = s.end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}

// src/fix/apply.ts
function linkedScanPaths(cwd, given) {
  const realCwd = realpathSync6(cwd);
  const linked = [];
  for (const p of given.length ? given : ["."]) {
    const abs = resolve6(cwd, p);
    try {
      const real = realpathSync6(abs);
      if (real !== resolve6(realCwd, relative6(cwd, abs))) linked.push(real);
    } catch {
    }
  }
  return linked;
}
function fixFiles(root, report, write, linked = []) {
  const { byFile, left } = fixTargets(report);
  const result = { changed: [], unchanged: [...left], stillNamed: [], files: [] };
  const realRoot = realpathSync6(root);
  for (const [file, targets] of byFile) {
    const leaveAll = (reason) => {
      for (const t of targets) {
        result.unchanged.push({ file, line: t.line, column: t.column, version: t.version, reason });
      }
    };
    const path = insideRoot(realRoot, file);
    if (!path) {
      leaveAll("outside the scan root: not written");
      continue;
    }
    if (linked.some((l) => path === l || path.startsWith(l.endsWith(sep5) ? l : l + sep5))) {
      leaveAll("reached through a symbolic link: fix does not write through links");
      continue;
    }
    let bytes;
    let mode;
    try {
      const stat = lstatSync4(path);
      if (stat.isSymbolicLink()) {
        leaveAll("a symbolic link: fix does not write through links");
        continue;
      }
      if (!stat.isFile()) {
        leaveAll("not a regular file");
        continue;
      }
      mode = stat.mode & 4095;
      bytes = readFileSync5(path);
    } catch (error2) {
      leaveAll(`unreadable (${error2.code ?? error2.message})`);
      continue;
    }
    const plan = planFile(file, bytes, targets);
    result.unchanged.push(...plan.left);
    if (plan.after && write) {
      try {
        writeAtomically(path, plan.after, mode);
      } catch (error2) {
        const code = error2.code ?? error2.message;
        for (const c of plan.changes) {
          result.unchanged.push({
            file,
            line: c.line,
            column: c.column,
            version: targets.find((t) => t.line === c.line && t.column === c.column).version,
            reason: `could not be written (${code})`
          });
        }
        continue;
      }
    }
    result.changed.push(...plan.changes);
    if (plan.after) {
      result.files.push({ plan, before: bytes.toString("utf8") });
      result.stillNamed.push(...stillNamed(file, plan.after.toString("utf8"), plan));
    }
  }
  const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
  result.changed.sort(order);
  result.unchanged.sort(order);
  return result;
}
function stillNamed(file, after, plan) {
  const leftLines = new Set(plan.left.map((l) => l.line));
  const found = /* @__PURE__ */ new Map();
  let starts;
  for (const text of new Set(plan.changes.map((c) => c.from))) {
    for (let at = after.indexOf(text); at !== -1; at = after.indexOf(text, at + text.length)) {
      if (/[0-9A-Za-z]/.test(after[at + text.length] ?? "")) continue;
      const line = lastAtOrBefore(starts ??= lineStarts(after), at) + 1;
      if (!leftLines.has(line)) found.set(`${line}\0${text}`, { file, line, text });
    }
  }
  return [...found.values()];
}
function insideRoot(realRoot, file) {
  const path = resolve6(realRoot, ...file.split("/"));
  let folder;
  try {
    folder = realpathSync6(dirname5(path));
  } catch {
    return null;
  }
  const rel = relative6(realRoot, folder);
  if (rel === ".." || rel.startsWith(`..${sep5}`) || isAbsolute4(rel)) return null;
  return join7(folder, basename2(path));
}
function writeAtomically(path, bytes, mode) {
  const temp = join7(
    dirname5(path),
    `.${basename2(path)}.kube-pin-audit-${process.pid}-${randomBytes(4).toString("hex")}`
  );
  const fd = openSync6(temp, "wx", 384);
  try {
    try {
      writeSync2(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync6(fd);
    }
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error2) {
    try {
      unlinkSync2(temp);
    } catch {
    }
    throw error2;
  }
}

// src/fix/diff.ts
var CONTEXT = 3;
function unifiedDiff(file, text, changes) {
  if (!changes.length) return "";
  const lines = text.split("\n");
  const endsWithNewline = lines.length > 1 && lines[lines.length - 1] === "";
  if (endsWithNewline) lines.pop();
  const changed = new Map(changes.map((c) => [c.line, c]));
  const numbers = [...changed.keys()].sort((a, b) => a - b);
  const hunks = [];
  for (const n of numbers) {
    const first = Math.max(1, n - CONTEXT);
    const last = Math.min(lines.length, n + CONTEXT);
    const previous = hunks[hunks.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = last;
    else hunks.push([first, last]);
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const [first, last] of hunks) {
    const count = last - first + 1;
    out.push(`@@ -${first},${count} +${first},${count} @@`);
    const removed = [];
    const added = [];
    const flush = () => {
      out.push(...removed.splice(0), ...added.splice(0));
    };
    for (let n = first; n <= last; n++) {
      const line = lines[n - 1];
      const noNewline = n === lines.length && !endsWithNewline;
      const change = changed.get(n);
      if (change) {
        removed.push(`-${line}`);
        added.push(`+${line.replace(change.before, () => change.after)}`);
        if (noNewline) {
          removed.push("\\ No newline at end of file");
          added.push("\\ No newline at end of file");
        }
      } else {
        flush();
        out.push(` ${line}`);
        if (noNewline) out.push("\\ No newline at end of file");
      }
    }
    flush();
  }
  return `${out.join("\n")}
`;
}

// src/fix/render.ts
function renderFixJson(result) {
  const { changed, unchanged, stillNamed: stillNamed2 } = result;
  return `${JSON.stringify({ changed, unchanged, stillNamed: stillNamed2 }, null, 2)}
`;
}
function renderFixText(result, dryRun) {
  const out = [];
  const verb = dryRun ? "would change" : "changed";
  for (const c of result.changed) {
    out.push(
      `${verb}  ${terminalSafe(c.file)}:${c.line}:${c.column}  ${terminalSafe(c.from)} -> ${c.to}`
    );
  }
  for (const u of result.unchanged) {
    out.push(
      `left     ${terminalSafe(u.file)}:${u.line}:${u.column}  ${terminalSafe(u.version)}: ${terminalSafe(u.reason)}`
    );
  }
  for (const n of result.stillNamed) {
    out.push(
      `check    ${terminalSafe(n.file)}:${n.line}  still names ${terminalSafe(n.text)}, which fix does not rewrite (a checksum's release, a comment?)`
    );
  }
  if (out.length) out.push("");
  out.push(summaryLine(result, dryRun));
  return `${out.join("\n")}
`;
}
function summaryLine(result, dryRun) {
  const files = new Set(result.changed.map((c) => c.file)).size;
  const pins = (n) => `${n} failing pin${n === 1 ? "" : "s"}`;
  const done = dryRun ? "would be rewritten" : "rewritten";
  if (!result.changed.length && !result.unchanged.length) return "Nothing to fix: no failing pin.";
  const named = result.stillNamed.length;
  const check = !named ? "" : named === 1 ? " 1 other line still names an old release: check it." : ` ${named} other lines still name an old release: check them.`;
  return `${pins(result.changed.length)} ${done} in ${files} file${files === 1 ? "" : "s"}; ${pins(result.unchanged.length)} left as ${result.unchanged.length === 1 ? "it is" : "they are"}.${check}`;
}
function renderFixDiff(result) {
  return result.files.map(({ plan, before }) => unifiedDiff(plan.file, before, plan.lines)).join("");
}

// src/fix/command.ts
function runFix(root, report, options) {
  const result = fixFiles(root, report, !options.dryRun, options.linked);
  const remaining = options.dryRun ? result.changed.length + result.unchanged.length : result.unchanged.length;
  const exitCode = remaining > 0 ? 1 : 0;
  if (options.format === "json") return { stdout: renderFixJson(result), stderr: "", exitCode };
  if (options.dryRun) {
    return {
      stdout: renderFixDiff(result),
      stderr: renderFixText(result, true),
      exitCode
    };
  }
  return { stdout: renderFixText(result, false), stderr: "", exitCode };
}

// src/cli/main.ts
var USAGE = `Usage:
  ${TOOL_NAME} scan [PATH...] [options]   find pinned RKE2, K3s, RFO and containerd versions
  ${TOOL_NAME} check VERSION... [options] what advisories affect these releases
  ${TOOL_NAME} fix [PATH...] [--dry-run] [--format text|json] [scan options]
                                       rewrite failing pins to their upgradeTo
  ${TOOL_NAME} --version | --help

Options:
  --format text|json|sarif|markdown    report format (default: text; check: text|json)
  --output FILE                        write the report to FILE instead of standard output
  --fail-on-severity low|medium|high|critical
                                       findings at or above this severity fail (default: high)
  --warn-only                          report findings but never fail
  --fail-on-context CONTEXT            pins in this context can fail: deploy, test, catalog, docs
                                       (repeatable or comma-separated; default: deploy)
  --advisories PATH                    extra advisory file or folder, ours or plain OSV JSON (repeatable)
  --config FILE                        settings file (default: ${DEFAULT_CONFIG_FILE} when present)
  --date YYYY-MM-DD                    judge end of life and ignore expiry on this day (default: today)
  --end-of-life low|medium|high|critical|off
                                       severity of a pin on a line past its end of life (default: medium)
  --fail-on-unknown-severity           advisories with no known severity fail too
Scan options:
  --include GLOB                       scan only files matching GLOB (repeatable)
  --exclude GLOB                       skip files and folders matching GLOB (repeatable)
  --max-file-size BYTES                skip larger files, reporting them (default: ${DEFAULT_MAX_FILE_SIZE})
  --context CONTEXT=GLOB               files matching GLOB hold pins of CONTEXT (repeatable)
Fix options:
  --dry-run                            write nothing; print a unified diff of the changes

Exit codes: 0 nothing failing, 1 failing findings, 2 usage, config or data error.
`;
var FORMATS = ["text", "json", "sarif", "markdown"];
async function main(argv, io) {
  try {
    return await run(argv, io);
  } catch (error2) {
    if (error2 instanceof InputError) {
      io.stderr(`${TOOL_NAME}: ${error2.message}
`);
      return 2;
    }
    throw error2;
  }
}
async function run(argv, io) {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (command === void 0) {
    io.stderr(USAGE);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (command === "scan") return scanCommand(rest, io);
  if (command === "check") return checkCommand(rest, io);
  if (command === "fix") return fixCommand(rest, io);
  throw new InputError(`unknown command '${command}' (expected scan, check or fix); see --help`);
}
function parse2(args) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        // No defaults here: the settings schema holds them, under the config file's values.
        format: { type: "string", default: "text" },
        output: { type: "string" },
        config: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        "max-file-size": { type: "string" },
        "fail-on-severity": { type: "string" },
        "warn-only": { type: "boolean" },
        "fail-on-context": { type: "string", multiple: true },
        context: { type: "string", multiple: true },
        "fail-on-unknown-severity": { type: "boolean" },
        "end-of-life": { type: "string" },
        date: { type: "string" },
        advisories: { type: "string", multiple: true },
        "dry-run": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error2) {
    const first = error2.message.split("\n")[0].split(". ")[0];
    throw new InputError(`${first.replace(/\.$/, "")}; see --help`);
  }
}
function oneOf(flag, value, allowed) {
  if (!allowed.includes(value)) {
    throw new InputError(`--${flag} must be one of ${allowed.join(", ")} (got '${value}')`);
  }
  return value;
}
function positiveInteger(flag, value) {
  if (!/^\d+$/.test(value) || Number(value) <= 0) {
    throw new InputError(`--${flag} must be a positive whole number of bytes (got '${value}')`);
  }
  return Number(value);
}
function refuseScanOnlyFlags(values) {
  for (const flag of [
    "include",
    "exclude",
    "max-file-size",
    "context",
    "fail-on-context"
  ]) {
    if (values[flag] !== void 0) {
      throw new InputError(
        `--${flag} applies to scan and fix only; check takes versions, not files`
      );
    }
  }
}
function inlineSettings(values) {
  const inline = {};
  for (const key of [
    "include",
    "exclude",
    "advisories",
    "fail-on-severity",
    "warn-only",
    "fail-on-unknown-severity",
    "end-of-life",
    "date"
  ]) {
    if (values[key] !== void 0) inline[key] = values[key];
  }
  if (values["max-file-size"] !== void 0) {
    inline["max-file-size"] = positiveInteger("max-file-size", values["max-file-size"]);
  }
  if (values["fail-on-context"] !== void 0) {
    inline["fail-on-context"] = values["fail-on-context"].join(",");
  }
  if (values.context !== void 0) inline.contexts = contextGlobsOf(values.context);
  return inline;
}
function contextGlobsOf(given) {
  const globs = {};
  for (const item of given) {
    const eq = item.indexOf("=");
    const context = item.slice(0, Math.max(0, eq)).trim();
    const glob = item.slice(eq + 1).trim();
    if (eq < 0 || !PIN_CONTEXTS.includes(context) || !glob) {
      throw new InputError(
        `--context must be CONTEXT=GLOB with CONTEXT one of ${PIN_CONTEXTS.join(", ")} (got '${item}')`
      );
    }
    (globs[context] ??= []).push(glob);
  }
  return globs;
}
function configFileOf(values, cwd, root) {
  const named = values.config;
  if (named !== void 0) return { file: readConfigFile(resolve7(cwd, named), named, true) };
  const path = resolve7(root, DEFAULT_CONFIG_FILE);
  const confinement = { root, rootName: "the scan root" };
  const file = readConfigFile(path, relative7(cwd, path) || DEFAULT_CONFIG_FILE, false, confinement);
  return { file, confinement };
}
function prepare(args, io, command) {
  const parsed = parse2(args);
  if (parsed.values["dry-run"] && command !== "fix") {
    throw new InputError(`--dry-run is an option of fix, not ${command}; see --help`);
  }
  const format = oneOf("format", parsed.values.format, FORMATS);
  if (parsed.values.help) return { ...parsed, format, help: true };
  if (command === "check") refuseScanOnlyFlags(parsed.values);
  const given = command !== "check" ? resolveScanPaths(io.cwd, parsed.positionals) : null;
  const root = given?.root ?? io.cwd;
  const { file: configFile, confinement } = configFileOf(parsed.values, io.cwd, root);
  const inline = inlineSettings(parsed.values);
  const settings = resolveSettings(configFile, inline, (key) => `--${key}`, confinement);
  const scanPaths = given && !parsed.positionals.length ? resolveScanPaths(given.root, settings.paths) : given;
  const policy = {
    failOnSeverity: settings["fail-on-severity"],
    warnOnly: settings["warn-only"],
    scope: "all",
    failOnContexts: settings["fail-on-context"],
    contexts: settings.contexts,
    failOnUnknownSeverity: settings["fail-on-unknown-severity"]
  };
  const date2 = settings.date ?? defaultScanDate();
  const fromTree = confinement && configFile && inline.advisories === void 0;
  const { db, notes } = loadDatabase(
    io.dataDir,
    settings.advisories,
    io.cwd,
    fromTree ? root : void 0
  );
  for (const note of notes) io.stderr(`${TOOL_NAME}: ${note}
`);
  const ignores = { rules: settings.ignore, file: configFile?.shownAs ?? "" };
  if (configFile) io.stderr(`${TOOL_NAME}: settings from ${configFile.shownAs}
`);
  const configFiles = configFile ? [configFile.path] : [];
  return {
    ...parsed,
    format,
    policy,
    settings,
    scanPaths,
    // The scan paths as written, and the folder they are relative to: fix must know which of
    // them reach their files through a symbolic link (realpaths hide it).
    pathsAsWritten: given && !parsed.positionals.length ? { base: given.root, paths: settings.paths } : { base: io.cwd, paths: parsed.positionals },
    ignores,
    configFiles,
    db,
    date: date2,
    help: false
  };
}
function emit(pieces, output, io) {
  if (output) {
    try {
      writeReportFile(resolve7(io.cwd, output), pieces);
    } catch (error2) {
      const code = error2.code ?? error2.message;
      throw new InputError(`--output: cannot write ${output} (${code})`);
    }
    io.stderr(`${TOOL_NAME}: report written to ${output}
`);
  } else {
    writePieces(pieces, io.stdoutBytes ?? decodingTo(io.stdout));
  }
}
function decodingTo(write) {
  const decoder2 = new TextDecoder();
  return (bytes) => write(decoder2.decode(bytes, { stream: true }));
}
function auditOptions(p, io) {
  const { root, paths } = p.scanPaths;
  return {
    root,
    paths,
    include: p.settings.include,
    exclude: p.settings.exclude,
    maxFileSize: p.settings["max-file-size"],
    db: p.db,
    policy: p.policy,
    today: p.date,
    endOfLife: p.settings["end-of-life"],
    ignores: p.ignores,
    configFiles: p.configFiles,
    ...io.workerScript ? { workerScript: io.workerScript } : {}
  };
}
async function scanCommand(args, io) {
  const p = prepare(args, io, "scan");
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  markStage("settings");
  const report = await audit({
    ...auditOptions(p, io),
    // Written after the scan: a report left by an earlier run is not read as pins.
    outputFiles: p.values.output ? [discoveredPathOf(resolve7(io.cwd, p.values.output))] : []
  });
  emit(render2(report, p.format, p.db, p.settings["comment-tag"]), p.values.output, io);
  const omission = p.format === "sarif" ? sarifOmissionNote(report.summary.findings) : null;
  if (omission) io.stderr(`${TOOL_NAME}: warning: ${omission}
`);
  markStage("written");
  if (process.env.KUBE_PIN_AUDIT_TIMINGS === "1")
    io.stderr(`${TOOL_NAME}: timings: ${stageTimings()}
`);
  return verdict(report.summary.failing) === "fail" ? 1 : 0;
}
function checkCommand(args, io) {
  const p = prepare(args, io, "check");
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (p.format !== "text" && p.format !== "json") {
    throw new InputError(`check takes --format text or json (got '${p.format}')`);
  }
  const policy = { ...p.policy, failOnContexts: void 0 };
  const results = checkVersions(p.positionals, p.db, policy, {
    ignores: p.settings.ignore,
    date: p.date,
    endOfLife: p.settings["end-of-life"]
  });
  emit(
    [p.format === "json" ? renderCheckJson(results) : renderCheckText(results, p.db.sources)],
    p.values.output,
    io
  );
  const failing = results.reduce((n, r) => n + r.advisories.filter((a) => a.failing).length, 0);
  return verdict(failing) === "fail" ? 1 : 0;
}
async function fixCommand(args, io) {
  const p = prepare(args, io, "fix");
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (p.format !== "text" && p.format !== "json") {
    throw new InputError(`fix takes --format text or json (got '${p.format}')`);
  }
  if (p.values.output !== void 0) throw new InputError("fix takes no --output; see --help");
  const report = await audit(auditOptions(p, io));
  const outcome = runFix(p.scanPaths.root, report, {
    dryRun: p.values["dry-run"] === true,
    format: p.format,
    linked: linkedScanPaths(p.pathsAsWritten.base, p.pathsAsWritten.paths)
  });
  io.stdout(outcome.stdout);
  if (outcome.stderr) io.stderr(outcome.stderr);
  return outcome.exitCode;
}
var CLI_MARKDOWN_MAX_LENGTH = 1e6;
function render2(report, format, db, tag) {
  switch (format) {
    case "json":
      return renderJsonChunks(report);
    case "sarif":
      return [renderSarifJson(report, db.advisories)];
    case "markdown":
      return [
        renderMarkdown(report, {
          tag,
          maxLength: CLI_MARKDOWN_MAX_LENGTH,
          elsewhere: "run `kube-pin-audit scan --format json` for every finding"
        })
      ];
    case "text":
      return [renderText(report)];
  }
}

// src/cli/stdout.ts
import { fstatSync as fstatSync4 } from "node:fs";
var OUTPUT_FAILURE_EXIT = 2;
var WHY = {
  EPIPE: "the reader closed the pipe",
  ENOSPC: "no space left on the device",
  EIO: "input/output error",
  EAGAIN: "the output would block"
};
function stdoutFailureLine(error2) {
  const code = error2?.code;
  const reason = code ? `${code}${WHY[code] ? `: ${WHY[code]}` : ""}` : String(error2);
  return `${TOOL_NAME}: cannot write the report to standard output (${reason})
`;
}
function guardStdout(stdout2, stderr, exit, file) {
  const fail = (error2) => {
    try {
      stderr.write(stdoutFailureLine(error2));
    } catch {
    }
    return exit(OUTPUT_FAILURE_EXIT);
  };
  stdout2.on("error", fail);
  return {
    write(text) {
      try {
        stdout2.write(text);
      } catch (error2) {
        fail(error2);
      }
    },
    writeBytes(bytes) {
      try {
        if (file === void 0) {
          stdout2.write(Buffer.from(bytes));
          return;
        }
        writeAll(file, bytes);
      } catch (error2) {
        fail(error2);
      }
    }
  };
}
function regularFile(fd) {
  try {
    return fstatSync4(fd).isFile() ? fd : void 0;
  } catch {
    return void 0;
  }
}

// src/entry.ts
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
function entryPaths(entryUrl) {
  const dataDir = fileURLToPath(new URL("../data", entryUrl));
  return entryUrl.endsWith(".js") ? { dataDir, workerScript: fileURLToPath(new URL("./scan-worker.cjs", entryUrl)) } : { dataDir };
}
function tuneForShortRun(nodeVersion = process.versions.node) {
  const major = Number(nodeVersion.split(".")[0]);
  if (!(major >= 20 && major <= 24)) return false;
  setFlagsFromString("--interrupt-budget=1000000");
  return true;
}

// src/cli.ts
tuneForShortRun();
var stdout = guardStdout(
  process.stdout,
  process.stderr,
  (code) => process.exit(code),
  regularFile(1)
);
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  ...entryPaths(import.meta.url),
  stdout: (text) => stdout.write(text),
  stdoutBytes: (bytes) => stdout.writeBytes(bytes),
  stderr: (text) => process.stderr.write(text)
});
//# sourceMappingURL=cli.js.map
