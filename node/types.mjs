// Writes the TypeScript declarations of a brief from the bundled schema, with
// json-schema-to-typescript: node types.mjs [OUT] (default: types/brief.d.ts beside this file).
// The file is published; tests/test_typescript.py checks that it is up to date and
// that `tsc --strict` accepts the example briefs typed with it and refuses broken ones.
import { compile } from "json-schema-to-typescript";
import { readFileSync, writeFileSync } from "node:fs";

const schema = JSON.parse(
  readFileSync(new URL("./schemas/brief.bundled.schema.json", import.meta.url), "utf8"),
);
// A property written {description, $ref} would become a type of its own (Text1, Text2...,
// each a copy of Text) with the property's words on it. Name the referenced type
// instead (tsType), so every property keeps its own description and every definition
// is one type, named by its title.
const titles = Object.fromEntries(
  Object.entries(schema.$defs).map(([name, definition]) => [`#/$defs/${name}`, definition.title]),
);
function nameReferences(node) {
  if (Array.isArray(node)) return node.map(nameReferences);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => {
          if (property.$ref !== undefined && property.description !== undefined) {
            const { $ref, ...rest } = property;
            return [name, { ...rest, tsType: titles[$ref] }];
          }
          return [name, nameReferences(property)];
        }),
      );
    } else {
      out[key] = nameReferences(value);
    }
  }
  return out;
}
const banner = [
  "/**",
  " * The brief format as TypeScript types, generated from schemas/brief.bundled.schema.json",
  " * by json-schema-to-typescript (node/types.mjs). Do not edit: regenerate.",
  " *",
  " * The types say the shape; the schema says more (patterns, lengths, unique items,",
  " * dates that exist) and the integrity rules more still: validate with the schema",
  " * or node/briefschema.mjs as well.",
  " */",
].join("\n");
const out = await compile(nameReferences(schema), "Brief", {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  style: { singleQuote: false, printWidth: 100 },
});
const target = process.argv[2] ?? new URL("./types/brief.d.ts", import.meta.url);
writeFileSync(target, out);
