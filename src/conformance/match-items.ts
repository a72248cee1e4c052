/** Which upper item a lower item implements: same basicCode, and the same handling item where both have one. */
import type { Data } from "../rules/rule.js";

/** An item with its index in its catalogue. */
export interface IndexedItem {
  item: Data;
  index: number;
}

/**
 * The 2-digit handling-item sequence of a 33-character 业务办理项编码. The full code starts with the
 * agency's credit code, which differs at every level by construction, so levels share only the
 * basic code and this sequence (01 企业申请, 02 个人申请 …).
 */
export function handlingSequenceOf(item: Data): string | undefined {
  const code = item.handlingItemCode;
  return typeof code === "string" && code.length === 33 ? code.slice(31) : undefined;
}

/** Whether two items are the same item at two levels. */
export function sameItem(upper: Data, lower: Data): boolean {
  if (typeof upper.basicCode !== "string" || upper.basicCode !== lower.basicCode) return false;
  const a = handlingSequenceOf(upper);
  const b = handlingSequenceOf(lower);
  return a === undefined || b === undefined || a === b;
}

/** The items of a catalogue by basic code, for matching lower items against it. */
export class ItemIndex {
  /**
   * The first item index per basic code, and the further ones of a code that repeats (rare: the
   * items of one code split into handling items). Numbers, not an object per item: a province
   * standard is indexed for every check against it, and 5,000 small objects cost more to make and
   * collect than the lookups they serve.
   */
  private readonly firstByCode = new Map<string, number>();
  private readonly moreByCode = new Map<string, number[]>();
  private readonly items: readonly unknown[];

  /** Indexes the items of `catalogue` (a catalogue object, or its items array). */
  constructor(catalogue: Data | readonly unknown[]) {
    // Stryker disable next-line ArrayDeclaration: equivalent: a text in place of the missing items is no object, so it is skipped like no items
    const items: readonly unknown[] = Array.isArray(catalogue) ? catalogue : Array.isArray((catalogue as Data).items) ? (catalogue as Data).items : [];
    this.items = items;
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (typeof item !== "object" || item === null) continue;
      const code = (item as Data).basicCode;
      if (typeof code !== "string") continue;
      if (!this.firstByCode.has(code)) this.firstByCode.set(code, index);
      else {
        const more = this.moreByCode.get(code);
        if (more) more.push(index);
        else this.moreByCode.set(code, [index]);
      }
    }
  }

  /** Whether any item carries this basic code. */
  has(basicCode: unknown): boolean {
    return typeof basicCode === "string" && this.firstByCode.has(basicCode);
  }

  /** The upper item a lower item implements: the same handling item first, else one without a handling item. */
  find(lower: Data): IndexedItem | undefined {
    const code = lower.basicCode;
    if (typeof code !== "string") return undefined;
    const first = this.firstByCode.get(code);
    if (first === undefined) return undefined;
    const more = this.moreByCode.get(code);
    if (more === undefined) return sameItem(this.items[first] as Data, lower) ? { item: this.items[first] as Data, index: first } : undefined;
    const candidates = [first, ...more];
    const sequence = handlingSequenceOf(lower);
    const at =
      (sequence !== undefined ? candidates.find((c) => handlingSequenceOf(this.items[c] as Data) === sequence) : undefined) ??
      candidates.find((c) => sameItem(this.items[c] as Data, lower));
    return at === undefined ? undefined : { item: this.items[at] as Data, index: at };
  }

  /** Sets `marks[index]` for every item here that is the same item as `lower`. */
  markSame(lower: Data, marks: Uint8Array): void {
    const code = lower.basicCode;
    if (typeof code !== "string") return;
    const first = this.firstByCode.get(code);
    if (first === undefined) return;
    if (sameItem(this.items[first] as Data, lower)) marks[first] = 1;
    for (const c of this.moreByCode.get(code) ?? []) if (sameItem(this.items[c] as Data, lower)) marks[c] = 1;
  }
}
