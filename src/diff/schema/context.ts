/** The state of one diff run: both registries, the changes found, and the memo that stops cycles. */
import { CHANGE_IDS, type ChangeId } from "./change-ids.js";
import { child, type SchemaNode, type SchemaRegistry } from "./registry.js";

/** A change before its message is rendered. */
export interface RawChange {
  file: string;
  pointer: string;
  change: ChangeId;
  backward: boolean;
  forward: boolean;
  params: Record<string, string | number | boolean | undefined>;
}

/** Parameters of a change message. */
export type ChangeParams = RawChange["params"];

/** One diff run. Sub-runs (for subset questions) share the registries and the subset cache. */
export class DiffContext {
  readonly changes: RawChange[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly oldRegistry: SchemaRegistry,
    readonly newRegistry: SchemaRegistry,
    readonly subsetCache: Map<string, { backward: boolean; forward: boolean }> = new Map(),
  ) {}

  /** A fresh run over the same schemas, whose changes are not reported. */
  fork(): DiffContext {
    return new DiffContext(this.oldRegistry, this.newRegistry, this.subsetCache);
  }

  /** Marks a pair of nodes as compared; false when it already was (shared definitions, cycles). */
  enter(oldNode: SchemaNode, newNode: SchemaNode): boolean {
    const key = `${oldNode.file}#${oldNode.pointer}\u0000${newNode.file}#${newNode.pointer}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Records a change at a node of the new schema (plus tokens), classified by its id unless given. */
  emit(at: SchemaNode, tokens: (string | number)[], change: ChangeId, params: ChangeParams = {}, flags?: { backward: boolean; forward: boolean }): void {
    const fixed = CHANGE_IDS[change];
    // Stryker disable next-line StringLiteral,ObjectLiteral,BooleanLiteral: unreachable: every "computed" id is emitted with its flags
    const { backward, forward } = flags ?? (fixed === "computed" ? { backward: false, forward: false } : fixed);
    const node = child(at, ...tokens);
    this.changes.push({ file: node.file, pointer: node.pointer, change, backward, forward, params });
  }
}

/** A value shown in a message: JSON, shortened. */
export function show(value: unknown): string {
  if (value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + "…" : text;
}
