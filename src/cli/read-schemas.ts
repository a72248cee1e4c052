/**
 * Reads JSON Schemas for the schema diff: a folder of schema files, or one file plus the sibling files
 * its `$ref`s name (followed transitively), so `schemas/v1/catalogue.schema.json` diffs with its defs.
 */
import fs from "node:fs";
import path from "node:path";
import { bilingual } from "../i18n/messages.js";
import { setOwn } from "../internal/own-property.js";
import { inputError, InputError } from "./errors.js";
import { readJsonFile } from "./input/read-input.js";

/** Every `*.json` file directly inside a folder, by file name (a `released/` subfolder is not read). */
export function readSchemaFolder(dir: string): Record<string, unknown> {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith(".json") && fs.statSync(path.join(dir, f)).isFile()).sort();
  if (names.length === 0) throw inputError("cli.schema.no-files", {}, dir);
  return Object.fromEntries(names.map((name) => [name, readJsonFile(path.join(dir, name))]));
}

/** The file parts of every `$ref` in a schema ("defs.schema.json#/$defs/X" → "defs.schema.json"). */
export function externalRefFiles(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) externalRefFiles(s, found);
  else if (typeof schema === "object" && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) found.add(value.split("#")[0]!.split("/").pop()!);
      else externalRefFiles(value, found);
    }
  }
  return found;
}

/** One schema file and the sibling files it references, by file name. */
export function readSchemaWithRefs(file: string): { schema: unknown; refs: Record<string, unknown> } {
  const schema = readJsonFile(file);
  const dir = path.dirname(file);
  const refs: Record<string, unknown> = {};
  const pending = [...externalRefFiles(schema)];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (Object.hasOwn(refs, name) || name === path.basename(file)) continue;
    const sibling = path.join(dir, name);
    if (!fs.existsSync(sibling)) throw inputError("cli.schema.missing-ref", { name, dir }, file);
    const ref = readJsonFile(sibling);
    setOwn(refs, name, ref); // a file named by the schema ("__proto__") stays a key
    pending.push(...externalRefFiles(ref));
  }
  return { schema, refs };
}

/** Whether a path is a folder (false for files; a missing path is an input error). */
export function isFolder(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new InputError(`${target}: ${bilingual("input.symlink-loop")}`);
    throw inputError("cli.schema.no-such-path", {}, target);
  }
}
