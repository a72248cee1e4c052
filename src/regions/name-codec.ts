/** Region names ↔ their ASCII form in the packed data (symbols of one or two NAME_ALPHABET characters). */
import { NAME_ALPHABET, NAME_SUFFIXES } from "./packed-format.js";

/** The symbols of a packed dataset, most frequent first, and how many of them take one character. */
export interface NameTable {
  symbols: string[];
  single: number;
}

const BASE = NAME_ALPHABET.length;
const DIGIT = new Map([...NAME_ALPHABET].map((c, i) => [c, i]));

/** A name split into symbols: its characters, and its longest known suffix as one symbol. */
export function symbolsOf(name: string): string[] {
  const suffix = NAME_SUFFIXES.find((s) => name.endsWith(s));
  const head = suffix === undefined ? name : name.slice(0, -suffix.length);
  return suffix === undefined ? [...head] : [...head, suffix];
}

/**
 * The table for a set of names: symbols by descending frequency (ties by code point, so the output is
 * reproducible), with as many one-character symbols as leave room for the rest as two-character ones.
 */
export function buildNameTable(names: Iterable<string>): NameTable {
  const counts = new Map<string, number>();
  for (const name of names) for (const symbol of symbolsOf(name)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  const symbols = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s);
  // single + (BASE − single) · BASE ≥ symbols  ⇔  single ≤ (BASE² − symbols) / (BASE − 1)
  const single = Math.min(symbols.length, BASE - 1, Math.floor((BASE * BASE - symbols.length) / (BASE - 1)));
  if (single < 0) throw new RangeError(`${symbols.length} distinct name symbols exceed the ${BASE * BASE} the format can carry`);
  return { symbols, single };
}

/** An encoder for names whose symbols are all in the table. */
export function nameEncoder(table: NameTable): (name: string) => string {
  const indexOf = new Map(table.symbols.map((s, i) => [s, i]));
  return (name) =>
    symbolsOf(name)
      .map((symbol) => {
        const i = indexOf.get(symbol);
        if (i === undefined) throw new RangeError(`the symbol "${symbol}" of "${name}" is not in the name table`);
        if (i < table.single) return NAME_ALPHABET[i]!;
        const j = i - table.single;
        return NAME_ALPHABET[table.single + Math.floor(j / BASE)]! + NAME_ALPHABET[j % BASE]!;
      })
      .join("");
}

/** Decodes an encoded name. */
export function decodeName(encoded: string, table: NameTable): string {
  let name = "";
  for (let k = 0; k < encoded.length; k++) {
    const lead = DIGIT.get(encoded[k]!) ?? 0;
    name += lead < table.single ? table.symbols[lead] : table.symbols[table.single + (lead - table.single) * BASE + (DIGIT.get(encoded[++k]!) ?? 0)];
  }
  return name;
}
