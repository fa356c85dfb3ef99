// Runs the conformance corpus through Ajv 8 (2020-12 mode, ajv-formats, strict).
// Usage: node conformance.mjs SCHEMA_DIR CASES_DIR [--bundle]
// Prints one JSON array: [{file, group, test, valid}], the verdict of each case.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [schemaDir, casesDir, mode] = process.argv.slice(2);
const bundled = mode === "--bundle";
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const name of readdirSync(schemaDir).sort()) {
  const isBundle = name.endsWith(".bundled.schema.json");
  const isPerFile = /^[^.]+\.schema\.json$/.test(name); // not the bundle, not the LLM profile
  if (bundled ? isBundle : isPerFile) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, name), "utf8")));
  }
}
// With the bundle, a case's per-file reference becomes the bundle's pointer:
// defs.schema.json#/$defs/x is #/$defs/x, brief.schema.json the root, actor.schema.json #/$defs/actor.
const BASE = "https://briefschema.org/schema/1/";
const BUNDLE_ID = `${BASE}brief.bundled.schema.json`;
function schemaOf(schema) {
  if (!bundled) return schema;
  const [target, pointer = ""] = schema.$ref.split("#");
  const name = target.slice(BASE.length).replace(/\.schema\.json$/, "");
  if (name === "defs" || name === "brief") return { $ref: `${BUNDLE_ID}#${pointer}` };
  return { $ref: `${BUNDLE_ID}#/$defs/${name}${pointer}` };
}
const verdicts = [];
for (const file of readdirSync(casesDir).filter((n) => n.endsWith(".json")).sort()) {
  const groups = JSON.parse(readFileSync(join(casesDir, file), "utf8"));
  groups.forEach((group, g) => {
    const validate = ajv.compile(schemaOf(group.schema));
    group.tests.forEach((test, t) => {
      verdicts.push({ file, group: g, test: t, valid: validate(test.data) });
    });
  });
}
process.stdout.write(JSON.stringify(verdicts));
