/**
 * Finds the partners of lower elements in upper lists by lookup: each list is indexed once per
 * run (a province standard once for every county checked against it), so a comparison costs
 * about as much as reading the lower list, not the product of the two lists' sizes.
 */
import type { Data } from "../rules/rule.js";
import { ItemIndex, type IndexedItem } from "./match-items.js";
import type { Matching } from "./matching.js";

/** An element of an upper list with its index. */
export interface Partner {
  value: Data;
  index: number;
}

/** What comparison rules and the comparison core look partners up with; see IndexedMatcher. */
export interface Matcher {
  /** The first element of `list` (an upper item's list) that `matching` pairs with `element`. */
  first(list: unknown, element: Data, matching: Matching): Partner | undefined;
  /**
   * The partner in `upperList` of each element of `lowerList`, by the lower element's index
   * (undefined where it has none or is no object): `first` for every element, once per pair of
   * lists however many rules ask (materials are paired by five rules).
   */
  partners(upperList: unknown, lowerList: unknown, matching: Matching): readonly (Partner | undefined)[];
  /** The item of `catalogue` that a lower item implements (ItemIndex.find). */
  implemented(catalogue: Data, lower: Data): IndexedItem | undefined;
  /** Whether `catalogue` carries an item with this basic code. */
  carries(catalogue: Data, basicCode: unknown): boolean;
  /** Sets `marks[u]` for every item u of `catalogue` that is the same item as `lower` (sameItem): an upper item so marked is claimed. */
  markSame(catalogue: Data, lower: Data, marks: Uint8Array): void;
}

/** Every lower element's partner by `first` (the definition of `partners`, shared by matchers). */
export function partnersByFirst(matcher: Matcher, upperList: unknown, lowerList: unknown, matching: Matching): (Partner | undefined)[] {
  if (!Array.isArray(lowerList)) return [];
  // Stryker disable next-line ArrayDeclaration: equivalent: the length only preallocates; the loop assigns every slot
  const out: (Partner | undefined)[] = new Array(lowerList.length);
  for (let k = 0; k < lowerList.length; k++) {
    const element = lowerList[k];
    out[k] = typeof element === "object" && element !== null ? matcher.first(upperList, element as Data, matching) : undefined;
  }
  return out;
}

/** A `partners` answer remembered for its three arguments. */
interface PartnersMemo {
  upper: unknown;
  lower: unknown;
  matching: Matching;
  partners: (Partner | undefined)[];
}

/** How many `partners` answers a matcher remembers: the element lists of one pair of items (materials, fee items, situations …). */
const PARTNER_MEMOS = 4;

/** The first index under each key of one list's elements. */
type KeyIndex = Map<string, number>;

/**
 * Lists up to this long are scanned with the pairing's predicate instead: most material and fee
 * lists have a handful of elements, where building and probing an index costs more than the few
 * comparisons it saves. Longer lists (and item lists, always) go through an index, so no
 * comparison grows with the product of two lists' lengths.
 */
const SCAN_MAX = 8;

/** The index of the first object element of `list` that pairs with `element`, or -1. */
function scan(list: readonly unknown[], element: Data, matching: Matching): number {
  for (let i = 0; i < list.length; i++) {
    const u = list[i];
    if (typeof u === "object" && u !== null && matching.same(u as Data, element)) return i;
  }
  return -1;
}

/** Indexes the object elements of `list` under their upper keys; the first element under a key wins, as a scan from the start finds it. */
function keyIndexOf(list: readonly unknown[], matching: Matching): KeyIndex {
  const index: KeyIndex = new Map();
  for (let i = 0; i < list.length; i++) {
    const element = list[i];
    if (typeof element !== "object" || element === null) continue;
    for (const key of matching.upperKeys(element as Data)) if (!index.has(key)) index.set(key, i);
  }
  return index;
}

/** The index in the keyed list of the first element that pairs with `element`, or -1. */
function lookUp(index: KeyIndex, element: Data, matching: Matching): number {
  let best = -1;
  for (const key of matching.lowerKeys(element)) {
    const at = index.get(key);
    if (at !== undefined && (best < 0 || at < best)) best = at;
  }
  return best;
}

/**
 * A matcher that indexes each upper list the first time it is asked about it and keeps the index
 * for its own lifetime: one check, or one region run (a province standard is indexed once for all
 * its counties), during which the documents do not change. Maps rather than WeakMaps: the matcher
 * goes with its run, and thousands of WeakMap entries cost every garbage collection (ephemerons).
 * A lower list is never indexed: its claims are marked in the upper lists' indexes (`markSame`).
 */
export class IndexedMatcher implements Matcher {
  private readonly lists = new Map<object, Map<Matching, KeyIndex>>();
  private readonly catalogues = new Map<object, ItemIndex>();
  /** The last few `partners` answers, replaced in turn: the rules of one item pair ask about the same few lists. */
  // Stryker disable next-line ArrayDeclaration: equivalent: a string in the memo list matches no question (its lower, upper and matching are undefined) and is overwritten by the first answer
  private readonly memos: PartnersMemo[] = [];
  private nextMemo = 0;

  first(list: unknown, element: Data, matching: Matching): Partner | undefined {
    if (!Array.isArray(list)) return undefined;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: scan and index give the same partner (the key law, indexed-matching.test.ts); only the cost differs
    const at = list.length <= SCAN_MAX ? scan(list, element, matching) : lookUp(this.keyIndex(list, matching), element, matching);
    return at < 0 ? undefined : { value: list[at] as Data, index: at };
  }

  partners(upperList: unknown, lowerList: unknown, matching: Matching): readonly (Partner | undefined)[] {
    for (const memo of this.memos) if (memo.lower === lowerList && memo.upper === upperList && memo.matching === matching) return memo.partners;
    const partners = partnersByFirst(this, upperList, lowerList, matching);
    this.memos[this.nextMemo] = { upper: upperList, lower: lowerList, matching, partners };
    // Stryker disable next-line ArithmeticOperator: equivalent: counting down writes memos[-1], outside the list searched, so fewer answers are remembered, none wrong
    this.nextMemo = (this.nextMemo + 1) % PARTNER_MEMOS;
    return partners;
  }

  implemented(catalogue: Data, lower: Data): IndexedItem | undefined {
    return this.itemIndex(catalogue).find(lower);
  }

  carries(catalogue: Data, basicCode: unknown): boolean {
    return this.itemIndex(catalogue).has(basicCode);
  }

  markSame(catalogue: Data, lower: Data, marks: Uint8Array): void {
    this.itemIndex(catalogue).markSame(lower, marks);
  }

  private itemIndex(catalogue: Data): ItemIndex {
    let index = this.catalogues.get(catalogue);
    if (!index) this.catalogues.set(catalogue, (index = new ItemIndex(catalogue)));
    return index;
  }

  private keyIndex(list: unknown[], matching: Matching): KeyIndex {
    let byMatching = this.lists.get(list);
    if (!byMatching) this.lists.set(list, (byMatching = new Map()));
    let index = byMatching.get(matching);
    if (!index) byMatching.set(matching, (index = keyIndexOf(list, matching)));
    return index;
  }
}
