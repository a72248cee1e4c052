/** Every repository path the generators touch, in one place. */
import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Emitted JSON Schemas of a major version. */
export const schemasDir = (version: string) => path.join(ROOT, "schemas", version);
/** Generated TypeScript types and validators of a major version. */
export const generatedDir = (version: string) => path.join(ROOT, "generated", version);
/** Base URL of every `$id`; the major version is the path segment after it. */
export const ID_BASE = "https://zwfw-standard.org/schemas";
