/**
 * The standard reference as data: built once from the schemas, code sets and rules, then rendered
 * to Markdown (docs/standard.md) and to HTML (the site's standard page), so both say the same.
 */
import type { CodeSet } from "../codes/code-set.js";
import type { Severity } from "../report/issue.js";

/** A type as shown: its text, and the anchor it links to when it names a definition or document. */
export interface TypeLabel {
  text: string;
  anchor?: string;
}

/** The code set an element's values come from. */
export interface CodeSetLink {
  id: string;
  anchor: string;
  zh: string;
  en: string;
}

/** One element (property) of a document or definition. */
export interface ElementRow {
  /** The property key: the element's English name. */
  key: string;
  /** The official Chinese element name. */
  title: string;
  description: string;
  type: TypeLabel;
  required: boolean;
  codeSet?: CodeSetLink;
  constraints: string[];
  example?: string;
}

/** A document or an object definition with its element table. */
export interface ElementTable {
  anchor: string;
  /** Document file name or definition name. */
  name: string;
  title: string;
  description: string;
  rows: ElementRow[];
  /** Whether unknown properties are rejected (undefined when the node is not an object). */
  closed?: boolean;
  /** The alternatives of a discriminated union (the catalogue). */
  variants?: TypeLabel[];
}

/** A scalar definition: an identifier or a code enum. */
export interface ScalarDefinition {
  anchor: string;
  name: string;
  title: string;
  description: string;
  type: string;
  codeSet?: CodeSetLink;
  constraints: string[];
  example?: string;
}

/** A rule of the rule catalogue. */
export interface RuleEntry {
  id: string;
  anchor: string;
  severity: Severity;
  title: { "zh-CN": string; en: string };
  rationale: { "zh-CN": string; en: string };
  example: string;
}

/** A group of rules (validation of one list; conformance between levels). */
export interface RuleGroup {
  id: "validation" | "conformance" | "bundle";
  rules: RuleEntry[];
}

/** One element in a mapping row: its dotted path and its chain of Chinese titles. */
export interface MappedElement {
  path: string;
  titles: readonly string[];
}

/** How an element of an older major appears in the documented one. */
export interface MappingRow {
  change: "same" | "renamed" | "removed" | "added";
  /** The element in the older major (absent when added). */
  from?: MappedElement;
  /** The element in the documented major (absent when removed). */
  to?: MappedElement;
}

/** The mapping from one older major (e.g. "v1") to the documented major. */
export interface MajorMapping {
  from: string;
  rows: MappingRow[];
}

/** The whole reference. */
export interface StandardDoc {
  version: string;
  /** Where the documented schemas are published, e.g. "schemas/v2". */
  schemaFolder: string;
  documents: ElementTable[];
  definitions: ElementTable[];
  scalars: ScalarDefinition[];
  codeSets: (CodeSet<string | number> & { anchor: string })[];
  ruleGroups: RuleGroup[];
  /** The mapping from each older major, oldest first (empty for the first major). */
  mappings: MajorMapping[];
  /** Relative links of the versioning page (when present) and the changelog. */
  links: { versioning?: string; changelog: string };
}

/** The anchor of a document, definition, code set or rule: stable, lower-case, for links in both renderings. */
export function anchorOf(kind: "doc" | "def" | "code" | "rule", name: string): string {
  return `${kind}-${name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}`;
}
