/** Bundled JSON Schema → generated/<v>/types.ts with json-schema-to-typescript (one declaration per definition). */
import { compile } from "json-schema-to-typescript";
import { banner } from "./banner.js";

type Node = Record<string, unknown>;

/**
 * json-schema-to-typescript names a type after any `title` it meets, so our Chinese property titles
 * would each become a type alias. Only `$defs` entries are types; every other title moves into the
 * doc comment ("事项名称: …") where readers of the types still see the official element name.
 */
function titlesToComments(value: unknown, keepTitle: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => titlesToComments(v, false));
  if (typeof value !== "object" || value === null) return value;
  // A `$ref` with sibling annotations would be declared as a new type (RegionCode1, RegionCode2 …).
  if (typeof (value as Node).$ref === "string") return { $ref: (value as Node).$ref };
  // The discriminated union's shared `properties` would turn `Catalogue` into an intersection.
  const skip = Array.isArray((value as Node).oneOf) ? new Set(["properties", "required", "type", "discriminator"]) : new Set<string>();
  const out: Node = {};
  for (const [key, child] of Object.entries(value as Node)) {
    if ((key === "title" && !keepTitle) || skip.has(key)) continue;
    if (key === "$defs" || key === "properties") {
      out[key] = Object.fromEntries(Object.entries(child as Node).map(([k, c]) => [k, titlesToComments(c, key === "$defs")]));
    } else out[key] = titlesToComments(child, false);
  }
  const node = value as Node;
  if (typeof node.title === "string") {
    out.description = node.description ? `${node.title}: ${String(node.description)}` : node.title;
  }
  return out;
}

/** Generates the TypeScript declarations of one bundled version schema. */
export async function generateTypes(bundle: Node, version: string): Promise<string> {
  const defs = bundle.$defs as Node;
  const named: Node = { ...bundle, $defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, { ...(titlesToComments(v, true) as Node), title: k }])) };
  const ts = await compile(named, String(bundle.title), {
    bannerComment: banner("scripts/generate.ts (json-schema-to-typescript)", `schemas/${version}/*.schema.json`).trimEnd(),
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    // Plain arrays (`LevelCode[]`) read better for vendors than `[LevelCode, ...LevelCode[]]`, and match TypeBox `Static`.
    ignoreMinAndMaxItems: true,
    format: true,
    $refOptions: { resolve: { http: false } } as never,
    style: { singleQuote: false, semi: true, printWidth: 120, trailingComma: "all" },
  });
  return ts;
}
