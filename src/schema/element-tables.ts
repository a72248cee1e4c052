/**
 * The element table of each registered major, by id. Kept apart from the majors' run-time
 * description (majors.ts) so that `validate` and the other callers that need no titles do not carry
 * the tables; test/schema/elements.test.ts proves every registered major has one.
 */
import type { ElementTable } from "./elements.js";
import { elements as v1 } from "./v1/elements.js";
import { elements as v2 } from "./v2/elements.js";

/** Major id → its generated element table. */
export const elementTables: Readonly<Record<string, ElementTable>> = { v1, v2 };
