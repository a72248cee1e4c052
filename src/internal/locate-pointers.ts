/**
 * Where values sit in JSON text: the 1-based line and column (and offset and length) of the value
 * each JSON Pointer names, for reports that point at the source and for the page's click-to-source.
 * A pointer to something absent (a missing required field) lands on its nearest existing parent.
 * Parses the text once with jsonc-parser's tree, so it runs only when a report has issues. Browser-safe.
 */
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";

/** A value's place in the text. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
  length: number;
}

/** Splits a JSON Pointer into keys and indexes ("" → []). */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
}

/** The syntax tree of JSON text; undefined when it nests too deeply for the recursive parser (positions are a convenience, never a failure). */
function treeOf(text: string): Node | undefined {
  try {
    return parseTree(text, [], { disallowComments: true });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Finds the positions of values in one JSON text. */
export class PointerLocator {
  private readonly root: Node | undefined;
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    this.root = treeOf(text);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  /** The position of the value at a pointer (or its nearest existing parent); undefined when the text did not parse. */
  locate(pointer: string): TextPosition | undefined {
    if (!this.root) return undefined;
    const path = pointerSegments(pointer);
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.root : findNodeAtLocation(this.root, path.slice(0, n));
      if (node) return { ...this.lineColumn(node.offset), offset: node.offset, length: node.length };
    }
    return undefined;
  }

  /** 1-based line and column of an offset (binary search over line starts). */
  private lineColumn(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }
}
