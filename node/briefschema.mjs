// A brief validator for Node that gives the Python library's verdict: the same
// strict reading of the bytes, the same limits, the published schema (Ajv 8),
// and the same integrity rules with the same codes and JSON paths.
//
//   import { validateBrief } from "./briefschema.mjs";
//   const { valid, problems } = validateBrief(bytes, { source: textBytes, strict: false });
//
// What the classes know and a schema cannot say (which fields hold objects,
// references and integers; likelihood scales; identifier formats) is read from
// model.json, which `python -m briefschema._schemagen` writes from the classes.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { graphemeSegments } from "unicode-segmenter/grapheme";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const MODEL = JSON.parse(readFileSync(new URL("./model.json", import.meta.url), "utf8"));
const SCHEMA = JSON.parse(
  readFileSync(new URL("./schemas/brief.bundled.schema.json", import.meta.url), "utf8"),
);

export const DEFAULT_LIMITS = Object.freeze({
  maxBytes: 32 * 1024 * 1024,
  maxDepth: 64,
  maxItems: 100_000,
  maxString: 1_000_000,
});
const MAX_DIGITS = 4300;

let compiled = null;
function schemaValidator() {
  if (compiled === null) {
    const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    addFormats(ajv);
    compiled = ajv.compile(SCHEMA);
  }
  return compiled;
}

function problem(path, code, message, severity = "error") {
  return { path, code, message, severity };
}

class Refused extends Error {
  constructor(problems) {
    super(problems.map((p) => `${p.path}: ${p.message} [${p.code}]`).join("; "));
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------
// JSON paths, spelled as the library spells them.

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function join(path, key) {
  if (typeof key === "number") return `${path}[${key}]`;
  if (NAME.test(key)) return `${path}.${key}`;
  const escaped = key
    .replaceAll("\\", "\\\\")
    .replaceAll("'", "\\'")
    .replace(/[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${path}['${escaped}']`;
}

function codePoints(text) {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

// ---------------------------------------------------------------------------
// Reading: strict UTF-8, strict JSON, every number kept exactly or refused.

export function decodeText(bytes) {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}

function decimalParts(text) {
  // (sign, digits without leading or trailing zeros, exponent of the last digit)
  const found = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  let digits = found[2] + (found[3] || "");
  let exponent = BigInt(found[4] || "0") - BigInt((found[3] || "").length);
  digits = digits.replace(/^0+/, "");
  if (digits === "") return "0";
  const trailing = digits.length - digits.replace(/0+$/, "").length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += BigInt(trailing);
  return `${found[1]}${digits}e${exponent}`;
}

function sameDecimal(a, b) {
  const x = decimalParts(a).replace(/^-(?=0$)/, "");
  const y = decimalParts(b).replace(/^-(?=0$)/, "");
  return x === y;
}

function shortest(value) {
  // The shortest decimal that reads back as the double: what Python's repr writes.
  return String(value);
}

class Parser {
  constructor(text) {
    this.text = text;
    this.at = 0;
    this.unkept = [];
    this.integralFloats = new Set();
  }

  fail(code, message) {
    throw new Refused([problem("$", code, message)]);
  }

  syntax(what) {
    const before = this.text.slice(0, this.at);
    const line = before.split("\n").length;
    const column = this.at - before.lastIndexOf("\n");
    this.fail("json-syntax", `not JSON: ${what} at line ${line} column ${column}`);
  }

  space() {
    const text = this.text;
    while (this.at < text.length) {
      const c = text.charCodeAt(this.at);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      this.at++;
    }
  }

  document() {
    this.space();
    const value = this.value("$");
    this.space();
    if (this.at !== this.text.length) this.syntax("Extra data");
    return value;
  }

  value(path) {
    const c = this.text[this.at];
    if (c === "{") return this.object(path);
    if (c === "[") return this.array(path);
    if (c === '"') return this.string();
    if (c === "t" && this.text.startsWith("true", this.at)) return (this.at += 4), true;
    if (c === "f" && this.text.startsWith("false", this.at)) return (this.at += 5), false;
    if (c === "n" && this.text.startsWith("null", this.at)) return (this.at += 4), null;
    for (const name of ["NaN", "Infinity", "-Infinity"]) {
      if (this.text.startsWith(name, this.at)) this.fail("number", `${name} is not a JSON number`);
    }
    if (c === "-" || (c >= "0" && c <= "9")) return this.number(path);
    return this.syntax("Expecting value");
  }

  object(path) {
    this.at++;
    const result = {};
    const seen = new Set();
    this.space();
    if (this.text[this.at] === "}") return this.at++, result;
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.syntax("Expecting property name enclosed in double quotes");
      const key = this.string();
      this.space();
      if (this.text[this.at] !== ":") this.syntax("Expecting ':' delimiter");
      this.at++;
      this.space();
      const value = this.value(join(path, key));
      if (seen.has(key)) {
        this.fail("duplicate-key", `the key ${JSON.stringify(key)} appears twice in one object`);
      }
      seen.add(key);
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.space();
      const next = this.text[this.at++];
      if (next === "}") return result;
      if (next !== ",") this.at--, this.syntax("Expecting ',' delimiter");
    }
  }

  array(path) {
    this.at++;
    const result = [];
    this.space();
    if (this.text[this.at] === "]") return this.at++, result;
    for (;;) {
      this.space();
      result.push(this.value(join(path, result.length)));
      this.space();
      const next = this.text[this.at++];
      if (next === "]") return result;
      if (next !== ",") this.at--, this.syntax("Expecting ',' delimiter");
    }
  }

  string() {
    const text = this.text;
    const start = ++this.at;
    let out = "";
    let run = start;
    for (;;) {
      if (this.at >= text.length) this.syntax("Unterminated string starting");
      const c = text.charCodeAt(this.at);
      if (c === 0x22) break;
      if (c < 0x20) this.syntax("Invalid control character");
      if (c === 0x5c) {
        out += text.slice(run, this.at);
        const e = text[this.at + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e in simple) {
          out += simple[e];
          this.at += 2;
        } else if (e === "u" && /^[0-9A-Fa-f]{4}$/.test(text.slice(this.at + 2, this.at + 6))) {
          out += String.fromCharCode(parseInt(text.slice(this.at + 2, this.at + 6), 16));
          this.at += 6;
        } else {
          this.syntax("Invalid \\escape");
        }
        run = this.at;
      } else {
        this.at++;
      }
    }
    out += text.slice(run, this.at);
    this.at++;
    return out;
  }

  number(path) {
    const found = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    found.lastIndex = this.at;
    const match = found.exec(this.text);
    if (match === null) return this.syntax("Expecting value");
    const token = match[0];
    this.at += token.length;
    if (match[1] === undefined && match[2] === undefined) {
      if (token.replace("-", "").length > MAX_DIGITS) {
        this.fail("number", `not readable: the integer has more than ${MAX_DIGITS} digits`);
      }
      if (token === "-0") {
        this.unkept.push(problem(path, "number", "-0 cannot be kept: an integer has no negative zero; write 0"));
      }
      return Number(token);
    }
    const value = Number(token);
    if (!Number.isFinite(value)) this.fail("number", `${token} is too large for a JSON number`);
    if (!sameDecimal(token, shortest(value))) {
      this.unkept.push(
        problem(path, "number", `${token} cannot be kept exactly: as a double (I-JSON) it is ${shortest(value)}`),
      );
    }
    if (Number.isInteger(value)) this.integralFloats.add(path);
    return value;
  }
}

export function parseJson(bytes, limits = DEFAULT_LIMITS) {
  if (bytes.length > limits.maxBytes) {
    throw new Refused([
      problem("$", "too-large", `the document is more than ${limits.maxBytes} bytes, over the limit of ${limits.maxBytes} (max_bytes)`),
    ]);
  }
  if (bytes.subarray(0, 4).includes(0)) {
    throw new Refused([problem("$", "encoding", "the document looks like UTF-16 or UTF-32; write UTF-8")]);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new Refused([problem("$", "encoding", "the document starts with a byte order mark; write UTF-8 without one")]);
  }
  let text;
  try {
    text = decodeText(bytes);
  } catch {
    throw new Refused([problem("$", "encoding", "not UTF-8")]);
  }
  const parser = new Parser(text);
  let data;
  try {
    data = parser.document();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new Refused([problem("$", "too-deep", `the document nests deeper than the limit of ${limits.maxDepth} (max_depth)`)]);
    }
    throw error;
  }
  if (parser.unkept.length) throw new Refused(parser.unkept);
  return { data, integralFloats: parser.integralFloats };
}

// ---------------------------------------------------------------------------
// Limits: the first breach of each, with its path.

function limitProblems(data, limits) {
  const found = [];
  const reported = new Set();
  const report = (kind, p) => {
    if (!reported.has(kind)) {
      reported.add(kind);
      found.push(p);
    }
  };
  const stack = [[data, "$", 0]];
  while (stack.length) {
    const [item, path, depth] = stack.pop();
    if (typeof item === "string") {
      if (item.length > limits.maxString && codePoints(item) > limits.maxString) {
        report("string", problem(path, "too-long", `the string is over the limit of ${limits.maxString} (max_string)`));
      }
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    if (depth >= limits.maxDepth) {
      report("depth", problem(path, "too-deep", `the document nests deeper than the limit of ${limits.maxDepth} (max_depth)`));
      continue;
    }
    const entries = Array.isArray(item) ? item.map((v, i) => [i, v]) : Object.entries(item);
    if (entries.length > limits.maxItems) {
      report("items", problem(path, "too-many-items", `${entries.length} items, over the limit of ${limits.maxItems} (max_items)`));
    }
    for (const [key, value] of entries) {
      if (typeof key === "string" && key.length > limits.maxString && codePoints(key) > limits.maxString) {
        report("string", problem(path, "too-long", "an object key is over the limit (max_string)"));
      }
      stack.push([value, join(path, key), depth + 1]);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// The schema, with Ajv's errors in the library's codes.

function pointerToPath(data, pointer) {
  let path = "$";
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) {
      path = join(path, Number(key));
      node = node[Number(key)];
    } else {
      path = join(path, key);
      node = node == null ? undefined : node[key];
    }
  }
  return path;
}

const CODES = {
  additionalProperties: "unknown-field",
  minLength: "empty",
  maxLength: "too-long",
  minItems: "too-few-items",
  uniqueItems: "duplicate-item",
  propertyNames: "extension-key",
};

function schemaProblems(data) {
  const validate = schemaValidator();
  if (validate(data)) return [];
  return validate.errors.map((error) => {
    let path = pointerToPath(data, error.instancePath);
    let code = CODES[error.keyword] || error.keyword;
    if (error.keyword === "required") path = join(path, error.params.missingProperty), (code = "required");
    if (error.keyword === "additionalProperties") path = join(path, error.params.additionalProperty);
    if (error.keyword === "type" && error.data === null) code = "null";
    if (error.keyword === "pattern") {
      const what = error.parentSchema.description || "it does not match the pattern";
      return problem(path, code, `${JSON.stringify(error.data)} is not valid here. ${what}`);
    }
    return problem(path, code, error.message);
  });
}

// What the converter refuses after the schema: lone surrogates, 5.0 for an integer.
function wellFormed(text) {
  return !/[\ud800-\udfff]/.test(text) || text.isWellFormed();
}

function converterProblems(data, integralFloats) {
  const found = [];
  const stack = [[data, "$"]];
  while (stack.length) {
    const [item, path] = stack.pop();
    if (typeof item === "string") {
      if (!wellFormed(item)) found.push(problem(path, "lone-surrogate", "the string holds a lone UTF-16 surrogate"));
    } else if (Array.isArray(item)) {
      item.forEach((v, i) => stack.push([v, join(path, i)]));
    } else if (item !== null && typeof item === "object") {
      for (const [key, value] of Object.entries(item)) {
        if (!wellFormed(key)) found.push(problem(join(path, key), "lone-surrogate", "the object key holds a lone UTF-16 surrogate"));
        stack.push([value, join(path, key)]);
      }
    }
  }
  for (const node of walk(data)) {
    for (const name of MODEL.classes[node.cls].integers) {
      const where = join(node.path, name);
      if (integralFloats.has(where)) found.push(problem(where, "type", "expected an integer, got a number"));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Integrity rules (docs/rules.md): the same codes, paths and conditions.

function* walk(data) {
  const stack = [{ cls: "Brief", path: "$", obj: data }];
  while (stack.length) {
    const node = stack.pop();
    yield node;
    for (const [name, child] of Object.entries(MODEL.classes[node.cls].children)) {
      const value = node.obj[name];
      if (value === undefined || value === null) continue;
      if (child.many) {
        value.forEach((item, i) => stack.push({ cls: child.class, path: join(join(node.path, name), i), obj: item }));
      } else {
        stack.push({ cls: child.class, path: join(node.path, name), obj: value });
      }
    }
  }
}

function daysIn(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateOf(text) {
  const [, y, m, d] = /^([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?[?~%]?$/.exec(text);
  const year = Number(y);
  const month = m ? Number(m) : null;
  const day = d ? Number(d) : null;
  const lastMonth = month || 12;
  return {
    earliest: [year, month || 1, day || 1],
    latest: [year, lastMonth, day || daysIn(year, lastMonth)],
    precision: day ? 2 : month ? 1 : 0,
  };
}

function whenOf(text) {
  if (!text.includes("/")) return { ...dateOf(text), interval: false };
  const [first, second] = text.split("/");
  const start = first === "" || first === ".." ? null : dateOf(first);
  const end = second === "" || second === ".." ? null : dateOf(second);
  return {
    interval: true,
    start,
    end,
    earliest: start ? start.earliest : [0, 1, 1],
    latest: end ? end.latest : [9999, 12, 31],
    precision: Math.max(...[start, end].filter(Boolean).map((e) => e.precision)),
  };
}

function after(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

const PARTS = ["year", "month", "day"];

// The statuses of a concession that was never given.
const NOT_GIVEN = ["demanded", "refused", "ruled-out"];

// Each pair of a document's dates that come in this order: the later date first, each
// with the dates before it, nearest first (`published` may fall anywhere).
const DOCUMENT_ORDER = ["proposed", "agreed", "signed", "in_force", "ended"];
const DOCUMENT_DATES = DOCUMENT_ORDER.flatMap((then, at) =>
  DOCUMENT_ORDER.slice(0, at).reverse().map((first) => [first, then]),
);

class TextIndex {
  // Code-point offsets into a JavaScript (UTF-16) string.
  constructor(text) {
    this.text = text;
    this.length = codePoints(text);
    this.units = null;
    this.marks = null;
    if (this.length !== text.length) {
      this.units = new Uint32Array(this.length + 1);
      let unit = 0;
      for (let point = 0; point < this.length; point++) {
        this.units[point] = unit;
        unit += text.codePointAt(unit) > 0xffff ? 2 : 1;
      }
      this.units[this.length] = unit;
    }
  }

  unit(point) {
    return this.units === null ? point : this.units[point];
  }

  // Whether a UTF-16 offset falls between two characters as a reader sees them
  // (grapheme clusters, Unicode UAX #29). The text is read once, when first asked:
  // by unicode-segmenter, since iterating Intl.Segmenter's segments costs time
  // quadratic in the text's length in V8.
  boundary(unit) {
    if (this.marks === null) {
      this.marks = new Uint8Array(this.text.length + 1);
      for (const { index } of graphemeSegments(this.text)) this.marks[index] = 1;
      this.marks[this.text.length] = 1;
    }
    return this.marks[unit] === 1;
  }
}

function integrity(data, text, sourceBytes) {
  const found = [];
  const add = (path, code, message, severity = "error") => found.push(problem(path, code, message, severity));
  const nodes = [...walk(data)];
  const byId = new Map();
  for (const name of MODEL.lists) {
    (data[name] || []).forEach((obj, i) => {
      if (!byId.has(obj.id)) byId.set(obj.id, { path: `$.${name}[${i}]`, obj, cls: MODEL.classes.Brief.children[name].class });
    });
  }
  for (const name of MODEL.lists) {
    (data[name] || []).forEach((obj, i) => {
      const first = byId.get(obj.id);
      if (first.obj !== obj) add(`$.${name}[${i}].id`, "duplicate-id", `the id '${obj.id}' is already used at ${first.path}`);
    });
  }
  for (const node of nodes) {
    for (const [name, ref] of Object.entries(MODEL.classes[node.cls].references)) {
      const value = node.obj[name];
      if (value === undefined) continue;
      const where = join(node.path, name);
      const each = ref.many ? value.map((v, i) => [join(where, i), v]) : [[where, value]];
      for (const [path, id] of each) {
        const target = byId.get(id);
        if (target === undefined) add(path, "unresolved-reference", `no object has the id '${id}'`);
        else if (ref.kinds.length && !ref.kinds.includes(target.cls)) {
          add(path, "wrong-reference-kind", `'${id}' is a ${target.cls}, but this field needs ${ref.kinds.join(" or ")}`);
        }
      }
    }
  }
  const evidence = nodes.filter((n) => n.cls === "Evidence");
  for (const { path, obj } of evidence) {
    if (obj.start > obj.end) add(join(path, "end"), "offsets-reversed", `end ${obj.end} is before start ${obj.start}`);
    else if (obj.end - obj.start !== codePoints(obj.quote)) {
      add(path, "quote-length", `the offsets span ${obj.end - obj.start} code points but the quote has ${codePoints(obj.quote)}`);
    }
  }
  const actual = text === null ? null : createHash("sha256").update(sourceBytes).digest("hex");
  if (actual !== null && actual !== data.source.sha256) {
    add("$.source.sha256", "source-hash-mismatch", `the source text given has SHA-256 ${actual}, not the one the brief records: its quotes were not checked against it`);
  } else if (text !== null) {
    const index = new TextIndex(text);
    for (const { path, obj } of evidence) {
      if (obj.end > index.length) {
        add(path, "offset-out-of-range", `end ${obj.end} is past the end of the source text (${index.length} code points)`);
        continue;
      }
      if (obj.start > obj.end) continue;
      const start = index.unit(obj.start);
      const end = index.unit(obj.end);
      if (end - start !== obj.quote.length || !text.startsWith(obj.quote, start)) {
        add(path, "quote-mismatch", `the text at ${obj.start}:${obj.end} is not the quote`);
      } else {
        const ends = ["starts", "ends"].find((_, i) => !index.boundary([start, end][i]));
        if (ends !== undefined) {
          add(path, "quote-splits-character", `the quote ${ends} inside a character: a quote begins and ends between characters (grapheme clusters)`);
        }
      }
      if (obj.prefix !== undefined && !(start >= obj.prefix.length && text.startsWith(obj.prefix, start - obj.prefix.length))) {
        add(path, "prefix-mismatch", "the prefix is not the text just before the quote");
      }
      if (obj.suffix !== undefined && !text.startsWith(obj.suffix, end)) {
        add(path, "suffix-mismatch", "the suffix is not the text just after the quote");
      }
    }
  }
  for (const node of nodes) {
    for (const name of ["as_of", "date"]) {
      const value = node.obj[name];
      if (typeof value !== "string" || node.cls === "Brief") continue;
      const when = whenOf(value);
      if (when.interval && when.start && when.end && after(when.start.earliest, when.end.latest)) {
        add(join(node.path, name), "interval-reversed", `the interval ${value} starts after it ends`);
      }
    }
    if (node.cls === "Affiliation" && node.obj.start && node.obj.end) {
      if (after(dateOf(node.obj.start).earliest, dateOf(node.obj.end).latest)) {
        add(join(node.path, "end"), "interval-reversed", "the membership ends before it starts");
      }
    }
  }
  for (const node of nodes) {
    const parts = node.obj.inferred_date_parts;
    if (!Array.isArray(parts) || !parts.length) continue;
    const name = node.cls === "Position" ? "as_of" : "date";
    const value = node.obj[name];
    const finest = value === undefined ? null : whenOf(value).precision;
    parts.forEach((part, i) => {
      if (finest === null || PARTS.indexOf(part) > finest) {
        add(join(join(node.path, "inferred_date_parts"), i), "inferred-part-missing", `the ${part} is said to be inferred, but \`${name}\` gives no ${part}`);
      }
    });
  }
  const positionOf = (id) => {
    const target = id ? byId.get(id) : undefined;
    return target && target.cls === "Position" ? target.obj : null;
  };
  const of = (cls) => nodes.filter((n) => n.cls === cls);
  for (const { path, obj } of of("Position")) {
    const before = positionOf(obj.previous);
    if (before === null) continue;
    for (const name of ["actor", "issue"]) {
      if (before[name] !== obj[name]) add(join(path, "previous"), "previous-mismatch", `the previous position has ${name} '${before[name]}', not '${obj[name]}'`);
    }
  }
  for (const { path, obj } of of("Position")) {
    if (obj.stance === "conditional" && !(obj.conditions || []).length) {
      add(join(path, "stance"), "conditional-without-condition", `'${obj.id}' is conditional but states no conditions: give them, or another stance`, "warning");
    }
  }
  for (const { path, obj } of of("Position")) {
    const before = positionOf(obj.previous);
    if (before === null || before.as_of === undefined || obj.as_of === undefined) continue;
    if (after(whenOf(before.as_of).earliest, whenOf(obj.as_of).latest)) {
      add(join(path, "previous"), "previous-not-earlier", "the previous position is dated after this one");
    }
  }
  // The ids of the objects of cls on a loop of `field` references (one id or a list):
  // Tarjan's strongly connected components, iterative and linear. A reference is
  // followed to the first object with its id, only if that is of cls; objects of cls
  // sharing an id are one node with the references of them all.
  // Without selfLoops, a reference of an object to itself is passed over (another rule
  // reports it).
  const cycles = (cls, field, code, { selfLoops = true, severity } = {}) => {
    const edges = new Map();
    for (const { obj } of of(cls)) {
      const value = obj[field];
      const refs = Array.isArray(value) ? value : value === undefined ? [] : [value];
      if (!edges.has(obj.id)) edges.set(obj.id, []);
      for (const ref of refs) {
        const target = byId.get(ref);
        if (!selfLoops && ref === obj.id) continue;
        if (target !== undefined && target.cls === cls) edges.get(obj.id).push(ref);
      }
    }
    const order = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const cyclic = new Set();
    for (const root of edges.keys()) {
      if (order.has(root)) continue;
      order.set(root, order.size);
      low.set(root, order.get(root));
      stack.push(root);
      onStack.add(root);
      const work = [[root, edges.get(root)[Symbol.iterator]()]];
      while (work.length) {
        const [node, children] = work[work.length - 1];
        const next = children.next();
        if (!next.done) {
          const child = next.value;
          if (!order.has(child)) {
            order.set(child, order.size);
            low.set(child, order.get(child));
            stack.push(child);
            onStack.add(child);
            work.push([child, edges.get(child)[Symbol.iterator]()]);
          } else if (onStack.has(child)) {
            low.set(node, Math.min(low.get(node), order.get(child)));
          }
          continue;
        }
        work.pop();
        if (work.length) {
          const parent = work[work.length - 1][0];
          low.set(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node) === order.get(node)) {
          const component = [];
          let member;
          do {
            member = stack.pop();
            onStack.delete(member);
            component.push(member);
          } while (member !== node);
          if (component.length > 1 || edges.get(node).includes(node)) component.forEach((id) => cyclic.add(id));
        }
      }
    }
    for (const { path, obj } of of(cls)) {
      if (cyclic.has(obj.id) && byId.get(obj.id).obj === obj) {
        add(join(path, field), code, `following \`${field}\` from '${obj.id}' leads back to it`, severity);
      }
    }
  };
  cycles("Position", "previous", "previous-cycle");
  for (const { path, obj } of of("Concession")) {
    obj.to.forEach((actor, i) => {
      if (actor === obj.by) add(join(join(path, "to"), i), "concession-to-self", `'${actor}' cannot concede to itself`);
    });
  }
  for (const { path, obj } of of("Concession")) {
    for (const name of ["from_position", "to_position"]) {
      const position = positionOf(obj[name]);
      if (position !== null && (position.actor !== obj.by || position.issue !== obj.issue)) {
        add(join(path, name), "concession-position-mismatch", `'${position.id}' is a position of '${position.actor}' on '${position.issue}', not of '${obj.by}' on '${obj.issue}'`);
      }
    }
  }
  const exchanges = of("Concession").filter(({ obj }) => obj.reciprocity && (obj.reciprocity.in_return_for || []).length);
  for (const { path, obj } of exchanges) {
    obj.reciprocity.in_return_for.forEach((other, i) => {
      if (other === obj.id) add(join(join(join(path, "reciprocity"), "in_return_for"), i), "exchange-with-self", `'${obj.id}' cannot be given in return for itself`);
    });
  }
  for (const { path, obj } of exchanges) {
    if (obj.reciprocity.status === "none") {
      add(join(join(path, "reciprocity"), "status"), "exchange-status", `'${obj.id}' names concessions given in return, so something is received or expected`);
    }
  }
  for (const { path, obj } of exchanges) {
    obj.reciprocity.in_return_for.forEach((otherId, i) => {
      const other = byId.get(otherId);
      if (otherId !== obj.id && other && other.cls === "Concession" && other.obj.by === obj.by) {
        add(join(join(join(path, "reciprocity"), "in_return_for"), i), "exchange-same-side", `'${otherId}' is also a concession of '${obj.by}'`, "warning");
      }
    });
  }
  for (const cls of ["Position", "Concession"]) {
    for (const { path, obj } of of(cls)) {
      (obj.conditions || []).forEach((condition, i) => {
        const at = (condition.about || []).indexOf(obj.id);
        if (at >= 0) add(join(join(join(join(path, "conditions"), i), "about"), at), "condition-on-itself", `'${obj.id}' cannot depend on itself`);
      });
    }
  }
  for (const { path, obj } of of("Quantity")) {
    if (obj.from_comparator !== undefined && obj.from_value === undefined) {
      add(join(path, "from_comparator"), "comparator-without-value", `from_comparator '${obj.from_comparator}' qualifies no from_value`);
    }
  }
  for (const { path, obj } of of("Concession")) {
    let before = null;
    (obj.stages || []).forEach((stage, i) => {
      if (stage.date === undefined) return;
      const when = whenOf(stage.date);
      if (before !== null && after(before.earliest, when.latest)) {
        add(join(join(join(path, "stages"), i), "date"), "stages-out-of-order", `${stage.date} is before the stage listed before it`);
      }
      before = when;
    });
    const stages = obj.stages || [];
    if (stages.length && stages[stages.length - 1].status !== obj.status) {
      add(join(path, "status"), "stage-status-mismatch", `the status is '${obj.status}', but the last stage is '${stages[stages.length - 1].status}'`, "warning");
    }
  }
  for (const { path, obj } of of("Position")) {
    const target = obj.concession === undefined ? undefined : byId.get(obj.concession);
    if (target && target.cls === "Concession" && target.obj.issue !== obj.issue) {
      add(join(path, "concession"), "position-concession-issue", `'${target.obj.id}' is on '${target.obj.issue}', not on '${obj.issue}'`, "warning");
    }
  }
  cycles("Issue", "parent", "issue-cycle");
  for (const { path, obj } of of("Actor")) {
    (obj.affiliations || []).forEach((membership, i) => {
      if (membership.organization === obj.id) {
        add(join(join(join(path, "affiliations"), i), "organization"), "self-affiliation", `'${obj.id}' cannot be a member of itself`);
      }
    });
  }
  for (const { path, obj } of of("Actor")) {
    const at = (obj.members || []).indexOf(obj.id);
    if (at >= 0) add(join(join(path, "members"), at), "member-of-itself", `'${obj.id}' cannot be its own member`);
  }
  for (const { path, obj } of of("Actor")) {
    if (obj.kind !== "person" && obj.kind !== "state") continue;
    const instead = obj.kind === "person" ? "affiliations" : "a coalition or body";
    if (obj.members && obj.members.length) {
      add(join(path, "members"), "actor-kind-structure", `'${obj.id}' is a ${obj.kind}, which has no members: use ${instead}`, "warning");
    }
    if (obj.part_of !== undefined && obj.part_of !== null) {
      add(join(path, "part_of"), "actor-kind-structure", `'${obj.id}' is a ${obj.kind}, which is part of nothing: use ${instead}`, "warning");
    }
  }
  cycles("Actor", "part_of", "part-of-cycle");
  cycles("Actor", "members", "member-cycle", { selfLoops: false, severity: "warning" });
  cycles("Document", "part_of", "document-cycle");
  for (const { path, obj } of of("Document")) {
    for (const [first, then] of DOCUMENT_DATES) {
      if (obj[first] !== undefined && obj[then] !== undefined && after(dateOf(obj[first]).earliest, dateOf(obj[then]).latest)) {
        add(join(path, then), "document-dates-reversed", `${then} is before ${first}`);
        break;
      }
    }
  }
  for (const { path, obj } of of("Document")) {
    (obj.inferred_dates || []).forEach((name, i) => {
      if (obj[name] === undefined) add(join(join(path, "inferred_dates"), i), "inferred-date-absent", `'${obj.id}' gives no ${name} date to be inferred`);
    });
  }
  cycles("Event", "part_of", "event-cycle");
  for (const { path, obj } of of("Participant")) {
    if (obj.on_behalf_of !== undefined && obj.on_behalf_of === obj.actor) {
      add(join(path, "on_behalf_of"), "participant-for-itself", `'${obj.actor}' cannot take part on behalf of itself: leave it out`);
    }
  }
  for (const { path, obj } of of("Judgment")) {
    const outcome = obj.outcome;
    if (obj.made === undefined || !outcome || outcome.date === undefined) continue;
    if (after(dateOf(obj.made).earliest, dateOf(outcome.date).latest)) {
      add(join(join(path, "outcome"), "date"), "outcome-before-judgment", `the outcome (${outcome.date}) is before the judgment was made (${obj.made})`);
    }
  }
  cycles("Judgment", "based_on", "judgment-basis-cycle");
  for (const { path, obj } of of("Identifier")) {
    const form = MODEL.identifier_formats[obj.scheme];
    if (form !== undefined && !new RegExp(`^(?:${form})$`).test(obj.value)) {
      add(join(path, "value"), "identifier-format", `'${obj.value}' is not a ${obj.scheme} identifier`);
    }
  }
  for (const { path, obj } of of("Likelihood")) {
    const terms = MODEL.likelihood_scales[obj.scale];
    if (terms !== undefined && !terms.includes(obj.term)) {
      add(join(path, "term"), "likelihood-scale", `'${obj.term}' is not a term of ${obj.scale}`);
    }
  }
  for (const { path, obj } of of("Event")) {
    const modes = MODEL.plover_modes[obj.category];
    if (obj.mode !== undefined && obj.mode !== null && !modes.includes(obj.mode)) {
      add(join(path, "mode"), "mode-category", `'${obj.mode}' is not a PLOVER mode of ${obj.category} (its modes: ${modes.join(", ") || "none"})`);
    }
    const quote = obj.evidence && obj.evidence.length ? obj.evidence[0].quote : undefined;
    (obj.triggers || []).forEach((trigger, i) => {
      if (quote === undefined || !quote.includes(trigger)) {
        add(join(join(path, "triggers"), i), "trigger-not-in-quote", quote === undefined ? `'${trigger}' names words of a quote, but the event has no evidence` : `'${trigger}' is not in the event's first quote`);
      }
    });
  }
  for (const [cls, name] of [["Term", "term"], ["Deadline", "deadline"]]) {
    for (const { path, obj } of of(cls)) {
      if (obj.start !== undefined && obj.start !== null && obj.starts_with !== undefined && obj.starts_with !== null) {
        add(join(path, "starts_with"), "term-start-twice", `the ${name} starts on ${obj.start} and with '${obj.starts_with}': give one`, "warning");
      }
    }
  }
  for (const { path, obj } of of("Deadline")) {
    if (obj.within === undefined && obj.by === undefined) {
      add(path, "deadline-empty", "a deadline says by when: give `within` (e.g. P90D), `by` (a date) or both");
    }
  }
  for (const { path, obj } of of("Concession")) {
    (obj.answers || []).forEach((ref, i) => {
      const target = byId.get(ref);
      if (target && target.cls === "Position" && target.obj.actor === obj.by) {
        add(join(join(path, "answers"), i), "answers-own-position", `'${ref}' is a position of '${obj.by}' itself: a concession answers another actor's demand`);
      }
    });
    if (obj.extent !== undefined && !(obj.answers || []).length) {
      add(join(path, "extent"), "extent-without-answers", `extent '${obj.extent}' of what? Name the demands it meets in \`answers\``);
    }
  }
  for (const { path, obj } of exchanges) {
    if (obj.reciprocity.status !== "received") continue;
    obj.reciprocity.in_return_for.forEach((otherId, i) => {
      const other = byId.get(otherId);
      if (other && other.cls === "Concession" && NOT_GIVEN.includes(other.obj.status)) {
        add(join(join(join(path, "reciprocity"), "in_return_for"), i), "exchange-not-given", `'${otherId}' was ${other.obj.status}, never given, so it was not received: say \`expected\`, or name what was given`);
      }
    });
  }
  for (const { path, obj } of of("Concession")) {
    (obj.instruments || []).forEach((use, i) => {
      if (use.action === "under" && use.document === obj.under) {
        add(join(join(path, "instruments"), i), "instrument-twice", `'${use.document}' is already \`under\`: list here only the others`);
      }
    });
  }
  for (const name of MODEL.lists) {
    (data[name] || []).forEach((obj, i) => {
      if (!obj.evidence || !obj.evidence.length) add(`$.${name}[${i}]`, "missing-evidence", `'${obj.id}' cites no evidence from the source`, "warning");
    });
  }
  if (data.summary === MODEL.placeholder_summary) {
    add("$.summary", "placeholder", "the summary is still the placeholder: write the brief's findings", "warning");
  }
  return found;
}

// ---------------------------------------------------------------------------

// Why the quotes were not compared with the source text (the Python library's words), in
// the order the library tries them: no text, a text not UTF-8, a brief not read whole, a
// text whose SHA-256 is not the one the brief records.
export const UNCHECKED = Object.freeze({
  noText: "no source text was given",
  notUtf8: "the source text is not UTF-8",
  unreadable: "the brief could not be read whole, so not every quote could be",
  otherText: "the source text is not the one the brief records (its SHA-256 differs)",
});
const NO_TEXT_REQUIRED = "no source text was given, and one is required: the quotes cannot be checked";

/**
 * Validate a brief given as bytes, as the Python library does.
 * @param {Uint8Array} bytes the brief's JSON text
 * @param {{source?: Uint8Array, strict?: boolean, limits?: object, requireSource?: boolean}} options
 * @returns {{valid: boolean, problems: {path: string, code: string, message: string, severity: string}[], quotesChecked: boolean, uncheckedReason: string | null}}
 */
export function validateBrief(bytes, { source = null, strict = false, limits = DEFAULT_LIMITS, requireSource = false } = {}) {
  let problems;
  let text = null;
  let read = false;
  const textProblems = [];
  if (source === null) {
    if (requireSource) textProblems.push(problem("$.source", "source-required", NO_TEXT_REQUIRED));
  } else {
    try {
      text = decodeText(source);
      if (!wellFormed(text)) throw new Error("lone surrogate");
    } catch {
      text = null;
      textProblems.push(problem("$.source", "source-encoding", "the source text is not UTF-8"));
    }
  }
  const reason = (found) => {
    if (source === null) return UNCHECKED.noText;
    if (text === null) return UNCHECKED.notUtf8;
    if (!read) return UNCHECKED.unreadable;
    if (found.some((p) => p.code === "source-hash-mismatch")) return UNCHECKED.otherText;
    return null;
  };
  try {
    const { data, integralFloats } = parseJson(bytes, limits);
    problems = limitProblems(data, limits);
    if (!problems.length) problems = schemaProblems(data);
    if (!problems.length) problems = converterProblems(data, integralFloats);
    if (!problems.length) {
      problems = integrity(data, text, source);
      read = true;
    }
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const uncheckedReason = reason(error.problems);
    return { valid: false, problems: error.problems, quotesChecked: false, uncheckedReason };
  }
  problems = problems.concat(textProblems);
  if (strict) problems = problems.map((p) => ({ ...p, severity: "error" }));
  const uncheckedReason = reason(problems);
  return {
    valid: !problems.some((p) => p.severity === "error"),
    problems,
    quotesChecked: uncheckedReason === null,
    uncheckedReason,
  };
}
