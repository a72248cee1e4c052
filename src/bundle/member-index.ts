/** Finds a bundle's member items in the implementation lists by implementation code. */
import type { Data } from "../rules/rule.js";
import type { ResolvedMember } from "./bundle-rule.js";

/** Where an implementation item is: its list, its pointer and the item. */
interface Located {
  list: number;
  itemPath: string;
  item: Data;
}

/** Implementation items of several lists by implementation code (the first list that carries a code wins). */
export class MemberIndex {
  private readonly byCode = new Map<string, Located>();

  constructor(lists: readonly unknown[]) {
    lists.forEach((list, l) => {
      const items = typeof list === "object" && list !== null ? (list as Data).items : undefined;
      if (!Array.isArray(items)) return;
      items.forEach((item: unknown, i) => {
        if (typeof item !== "object" || item === null) return;
        const code = (item as Data).implementationCode;
        // An item split into 业务办理项 repeats its code; the first entry stands for the item.
        if (typeof code === "string" && !this.byCode.has(code)) this.byCode.set(code, { list: l, itemPath: `/items/${i}`, item: item as Data });
      });
    });
  }

  /** The members of a bundle, each with its item when found. */
  resolve(bundle: Data): ResolvedMember[] {
    if (!Array.isArray(bundle.members)) return [];
    return bundle.members.flatMap((member: unknown, index: number) => {
      const code = typeof member === "object" && member !== null ? (member as Data).implementationCode : undefined;
      if (typeof code !== "string") return [];
      const found = this.byCode.get(code);
      return [found ? { index, code, item: found.item, list: found.list, itemPath: found.itemPath } : { index, code }];
    });
  }
}
