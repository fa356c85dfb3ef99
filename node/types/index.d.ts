// Declarations of the briefschema validator for Node (briefschema.mjs), and the
// brief format's types (brief.d.ts, generated from the bundled schema).
export type * from "./brief.js";

/** One thing wrong with a document, as the Python library reports it. */
export interface Problem {
  /** Where, as a JSON path (`$.positions[3].actor`). */
  path: string;
  /** A stable code naming the rule (see the rule catalogue). */
  code: string;
  /** What is wrong, in a sentence a person understands. */
  message: string;
  /** An error makes the document invalid; a warning does only in strict mode. */
  severity: "error" | "warning";
}

/** The verdict on one document, and what was checked. */
export interface Verdict {
  /** No errors: the schema and the integrity rules (quotes only if `quotesChecked`). */
  valid: boolean;
  /** Every problem, errors and warnings, in document order. */
  problems: Problem[];
  /** Whether every quote was compared with the source text the brief records. */
  quotesChecked: boolean;
  /** Why the quotes were not checked (one of `UNCHECKED`'s sentences); null when they were. */
  uncheckedReason: string | null;
}

/** Why quotes were not checked, in the Python library's words. */
export declare const UNCHECKED: Readonly<{
  noText: string;
  notUtf8: string;
  unreadable: string;
  otherText: string;
}>;

/** How large, deep, wide and long a document may be. */
export interface Limits {
  maxBytes: number;
  maxDepth: number;
  maxItems: number;
  maxString: number;
}

/** The library's default limits: 32 MiB, depth 64, 100,000 items, 1,000,000 characters. */
export declare const DEFAULT_LIMITS: Readonly<Limits>;

export interface ValidateOptions {
  /** The source text's exact bytes: quotes and the SHA-256 are checked against it. */
  source?: Uint8Array | null;
  /** Treat warnings as errors (the source text is still not required). */
  strict?: boolean;
  limits?: Limits;
  /** Make a missing source text an error (`source-required` at `$.source`). */
  requireSource?: boolean;
}

/**
 * Validate a brief given as its JSON bytes, with the Python library's verdict: strict
 * UTF-8 and JSON, the limits, the published schema, and every integrity rule.
 */
export declare function validateBrief(bytes: Uint8Array, options?: ValidateOptions): Verdict;

/** Extend a JSON path by a key or an index, spelled as the library spells paths. */
export declare function join(path: string, key: string | number): string;

/** Decode strict UTF-8 (no replacement characters); throws on invalid bytes. */
export declare function decodeText(bytes: Uint8Array): string;

/** Parse JSON strictly (no duplicate keys, every number kept exactly); throws with `problems`. */
export declare function parseJson(bytes: Uint8Array, limits?: Limits): unknown;
