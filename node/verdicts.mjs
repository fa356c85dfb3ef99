// For the tests: the Node validator's verdict on many documents in one process.
// Reads a JSON array of {brief, source, strict, requireSource} (brief and source in
// base64, source may be null) on standard input; prints a JSON array of
// {valid, problems, quotesChecked, uncheckedReason} in the same order.
import { validateBrief } from "./briefschema.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const results = cases.map(({ brief, source, strict, requireSource }) =>
  validateBrief(Buffer.from(brief, "base64"), {
    source: source === null ? null : Buffer.from(source, "base64"),
    strict,
    requireSource,
  }),
);
process.stdout.write(JSON.stringify(results));
