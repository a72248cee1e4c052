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
  private readonly byCode = new Map<string, IndexedItem[]>();

  /** Indexes the items of `catalogue` (a catalogue object, or its items array). */
  constructor(catalogue: Data | readonly unknown[]) {
    const items: readonly unknown[] = Array.isArray(catalogue) ? catalogue : Array.isArray((catalogue as Data).items) ? (catalogue as Data).items : [];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (typeof item !== "object" || item === null) continue;
      const code = (item as Data).basicCode;
      if (typeof code !== "string") continue;
      const list = this.byCode.get(code);
      if (list) list.push({ item: item as Data, index });
      else this.byCode.set(code, [{ item: item as Data, index }]);
    }
  }

  /** Whether any item carries this basic code. */
  has(basicCode: unknown): boolean {
    return typeof basicCode === "string" && this.byCode.has(basicCode);
  }

  /** The upper item a lower item implements: the same handling item first, else one without a handling item. */
  find(lower: Data): IndexedItem | undefined {
    const candidates = (typeof lower.basicCode === "string" && this.byCode.get(lower.basicCode)) || [];
    const sequence = handlingSequenceOf(lower);
    return (
      (sequence !== undefined ? candidates.find((c) => handlingSequenceOf(c.item) === sequence) : undefined) ??
      candidates.find((c) => sameItem(c.item, lower))
    );
  }

  /** Whether some item here is the same item as `other` (sameItem is symmetric: upper items ask a lower list whether they are claimed). */
  hasSame(other: Data): boolean {
    const candidates = typeof other.basicCode === "string" ? this.byCode.get(other.basicCode) : undefined;
    return candidates !== undefined && candidates.some((c) => sameItem(other, c.item));
  }
}
