/**
 * Generates realistic implementation records for the benchmark: the items of the example
 * implementation lists (city, county, township, village), each copy with its own agency (a new
 * credit code with valid GB 32100 and GB 11714 check characters, in a real region of the
 * examples) and the implementation code built from it, so that every record is valid and unique.
 * One record in 1,000 carries a deliberate error (a duplicate, a fee flag that contradicts the fee
 * items, a broken check character), so the run also exercises the issue path.
 */
import fs from "node:fs";
import path from "node:path";
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, organizationCodeCheckCharacter } from "../src/identifiers/credit-code.js";

const LISTS = ["3-city-suzhou", "4-county-gusu", "5-township-jinchang", "6-village-yangyuxiang"];

type Item = Record<string, any>;

/** The template items and the region codes (6-digit prefixes) of the examples. */
function templates(root: string): { items: Item[]; regions: string[] } {
  const items: Item[] = [];
  const regions = new Set<string>();
  for (const name of LISTS) {
    const list = JSON.parse(fs.readFileSync(path.join(root, "examples", `${name}.json`), "utf8"));
    regions.add(list.region.code.slice(0, 6));
    if (list.upper?.regionCode) regions.add(list.upper.regionCode.slice(0, 6));
    items.push(...list.items);
  }
  return { items, regions: [...regions] };
}

/** A valid credit code: the template's first two characters, a region, and an organisation code numbered `n`. */
export function creditCode(prefix: string, region: string, n: number): string {
  let body = "MB";
  for (let i = 0, v = n; i < 6; i++, v = Math.floor(v / 31)) body += CREDIT_CODE_CHARSET[v % 31];
  const first17 = prefix + region + body + organizationCodeCheckCharacter(body)!;
  return first17 + creditCodeCheckCharacter(first17)!;
}

/** Marks the varying codes in a template's text; neither occurs in any example. */
const CREDIT = "@@credit-code@@";
const IMPLEMENTATION = "@@implementation-code@@";

/**
 * A template item's JSON text cut at its varying codes: `pieces[0] + v[0] + pieces[1] + v[1] …`.
 * Serialising once per template and splicing the codes in is why the generator writes at disk speed
 * (structuredClone + JSON.stringify per record wrote ~2 MB/s on a loaded 2-core machine); the text
 * is the same as JSON.stringify of the edited clone, since the codes need no escaping.
 */
interface Template {
  pieces: string[];
  /** For each gap between pieces: 0 for the credit code, 1 for the implementation code. */
  slots: (0 | 1)[];
  /** The template's credit code prefix (its first two characters), its level and basic code. */
  prefix: string;
  suffix: string;
}

function cut(item: Item): Template {
  const clone = structuredClone(item);
  const prefix = clone.agency.creditCode.slice(0, 2);
  const suffix = clone.level + clone.basicCode;
  clone.agency.creditCode = CREDIT;
  clone.implementationCode = IMPLEMENTATION;
  const text = JSON.stringify(clone);
  const pieces: string[] = [];
  const slots: (0 | 1)[] = [];
  const marker = new RegExp(`${CREDIT}|${IMPLEMENTATION}`, "g");
  let last = 0;
  for (const match of text.matchAll(marker)) {
    pieces.push(text.slice(last, match.index));
    slots.push(match[0] === CREDIT ? 0 : 1);
    last = match.index! + match[0].length;
  }
  pieces.push(text.slice(last));
  return { pieces, slots, prefix, suffix };
}

/** The line of record number `n` (deterministic): its template with the record's codes spliced in. */
function line(n: number, plain: Template[], flipped: Template[], regions: string[]): string {
  // One record in 1,000 has a fee flag that contradicts its fee items.
  const template = (n % 1000 === 500 ? flipped : plain)[n % plain.length]!;
  const code = creditCode(template.prefix, regions[n % regions.length]!, n);
  const values = [
    // One record in 1,000 has a broken check character.
    n % 1000 === 900 ? code.slice(0, 17) + (code[17] === "0" ? "1" : "0") : code,
    code + template.suffix,
  ];
  let text = template.pieces[0]!;
  for (let i = 0; i < template.slots.length; i++) text += values[template.slots[i]!]! + template.pieces[i + 1]!;
  return text;
}

/**
 * Writes `count` records to `file`; returns its size in bytes. As "jsonl", one record a line; as
 * "catalogue", one JSON catalogue (the county example's header, its items the records, one a line).
 */
export async function generateRecords(root: string, count: number, file: string, form: "jsonl" | "catalogue" = "jsonl"): Promise<number> {
  const { items, regions } = templates(root);
  const plain = items.map(cut);
  const flipped = items.map((item) => {
    const clone = structuredClone(item);
    clone.fees.charged = !clone.fees.charged;
    return cut(clone);
  });
  const { items: _items, ...header } = JSON.parse(fs.readFileSync(path.join(root, "examples", "4-county-gusu.json"), "utf8"));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file + ".tmp", "w");
  try {
    let chunk = form === "catalogue" ? JSON.stringify(header).slice(0, -1) + ',"items":[\n' : "";
    const separator = form === "catalogue" ? ",\n" : "\n";
    let previous = "";
    for (let n = 0; n < count; n++) {
      // One record in 1,000 repeats the one before it: a duplicate-item error.
      const text = n % 1000 === 999 ? previous : line(n, plain, flipped, regions);
      previous = text;
      chunk += text + (form === "catalogue" && n === count - 1 ? "\n" : separator);
      // Writes of about 4 MiB: few system calls, and the string never grows large.
      if (chunk.length >= 1 << 21) {
        fs.writeSync(fd, chunk);
        chunk = "";
      }
    }
    if (form === "catalogue") chunk += "]}\n";
    if (chunk.length > 0) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(file + ".tmp", file);
  return fs.statSync(file).size;
}
