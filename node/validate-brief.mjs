// Validate a brief from Node with Ajv 8, using the one-file bundled schema.
// Usage: node validate-brief.mjs BRIEF.json   (exit 0 valid, 1 invalid)
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const schemaUrl = new URL("../schemas/brief.bundled.schema.json", import.meta.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl, "utf8")));

const brief = JSON.parse(readFileSync(process.argv[2], "utf8"));
if (validate(brief)) {
  console.log(`${process.argv[2]}: valid`);
} else {
  for (const error of validate.errors) {
    console.log(`$${error.instancePath.replaceAll("/", ".")}: ${error.message}`);
  }
  process.exit(1);
}
