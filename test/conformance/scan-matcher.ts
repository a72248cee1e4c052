/** The straightforward reference of the indexed matcher: every lookup a scan from the start, with the pairings' predicates. */
import { handlingSequenceOf, sameItem, type IndexedItem } from "../../src/conformance/match-items.js";
import { partnersByFirst, type Matcher, type Partner } from "../../src/conformance/matcher.js";
import type { Matching } from "../../src/conformance/matching.js";
import type { Data } from "../../src/rules/rule.js";

const isData = (v: unknown): v is Data => typeof v === "object" && v !== null;
const itemsOf = (catalogue: Data): unknown[] => (Array.isArray(catalogue.items) ? catalogue.items : []);

/** Scans every list, as conformance did before it was indexed (7.5 million comparisons for 1,500 × 5,000 items). */
export class ScanMatcher implements Matcher {
  first(list: unknown, element: Data, matching: Matching): Partner | undefined {
    if (!Array.isArray(list)) return undefined;
    const index = list.findIndex((u) => isData(u) && matching.same(u, element));
    return index < 0 ? undefined : { value: list[index] as Data, index };
  }

  partners(upperList: unknown, lowerList: unknown, matching: Matching): readonly (Partner | undefined)[] {
    return partnersByFirst(this, upperList, lowerList, matching);
  }

  implemented(catalogue: Data, lower: Data): IndexedItem | undefined {
    const items = itemsOf(catalogue);
    const sequence = handlingSequenceOf(lower);
    const sameCode = (u: unknown): u is Data => isData(u) && typeof u.basicCode === "string" && u.basicCode === lower.basicCode;
    let index = sequence === undefined ? -1 : items.findIndex((u) => sameCode(u) && handlingSequenceOf(u) === sequence);
    if (index < 0) index = items.findIndex((u) => sameCode(u) && sameItem(u, lower));
    return index < 0 ? undefined : { item: items[index] as Data, index };
  }

  carries(catalogue: Data, basicCode: unknown): boolean {
    return typeof basicCode === "string" && itemsOf(catalogue).some((u) => isData(u) && u.basicCode === basicCode);
  }

  markSame(catalogue: Data, lower: Data, marks: Uint8Array): void {
    itemsOf(catalogue).forEach((u, i) => {
      if (isData(u) && sameItem(u, lower)) marks[i] = 1;
    });
  }
}
