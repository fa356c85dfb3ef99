#!/usr/bin/env node
// Validate briefs from Node with the library's verdict: strict UTF-8 and JSON,
// the limits, the published schema (Ajv 8) and the integrity rules.
// Usage: node validate-brief.mjs [--source TEXT] [--strict] [--require-source] BRIEF.json...
// Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file, or (with
// --require-source) no source text. A valid brief whose quotes were not compared with
// the text is never called plainly valid: the line says why they were not.
// Each problem is one line: `$.path: message [code]`.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { DEFAULT_LIMITS, validateBrief } from "./briefschema.mjs";

// Control, bidi and lone-surrogate characters never reach the terminal.
const shown = (text) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/gu, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

// At most one byte past the size limit is read, whatever the file is.
function readBounded(path, limit = DEFAULT_LIMITS.maxBytes) {
  const info = statSync(path);
  if (info.isDirectory() || info.isCharacterDevice() || info.isBlockDevice()) {
    throw new Error(`${path} is ${info.isDirectory() ? "a folder" : "a device"}, not a file`);
  }
  const fd = openSync(path, "r");
  try {
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) break;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

const args = process.argv.slice(2);
let source = null;
let strict = false;
let requireSource = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--source") source = args[++i];
  else if (args[i] === "--strict") strict = true;
  else if (args[i] === "--require-source") requireSource = true;
  else files.push(args[i]);
}
if (!files.length || (source === undefined)) {
  process.stderr.write("usage: node validate-brief.mjs [--source TEXT] [--strict] [--require-source] BRIEF.json...\n");
  process.exit(2);
}
if (requireSource && source === null) {
  process.stderr.write("validate-brief: no source text was given (--source TEXT), and --require-source asks for one\n");
  process.exit(2);
}
let status = 0;
let text = null;
try {
  text = source === null ? null : readBounded(source);
} catch (error) {
  process.stderr.write(`validate-brief: cannot read ${shown(source)}: ${shown(error.message)}\n`);
  process.exit(2);
}
for (const file of files) {
  let bytes;
  try {
    bytes = readBounded(file);
  } catch (error) {
    process.stderr.write(`validate-brief: cannot read ${shown(file)}: ${shown(error.message)}\n`);
    status = 2;
    continue;
  }
  const { valid, problems, uncheckedReason } = validateBrief(bytes, { source: text, strict, limits: DEFAULT_LIMITS });
  let verdict = valid ? "valid" : "invalid";
  if (valid && uncheckedReason !== null) {
    const why = text === null ? "no source text was given (give --source TEXT)" : uncheckedReason;
    verdict = `valid, but its quotes were not checked: ${why}`;
  }
  process.stdout.write(`${shown(file)}: ${verdict}\n`);
  for (const p of problems) {
    process.stdout.write(`  ${p.severity}: ${shown(`${p.path}: ${p.message} [${p.code}]`)}\n`);
  }
  if (!valid && status === 0) status = 1;
}
process.exit(status);
