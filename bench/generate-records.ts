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

/** The record number `n` (deterministic). */
function record(n: number, items: Item[], regions: string[]): Item {
  const template = items[n % items.length]!;
  const item = structuredClone(template);
  const code = creditCode(template.agency.creditCode.slice(0, 2), regions[n % regions.length]!, n);
  item.agency.creditCode = code;
  item.implementationCode = code + item.level + item.basicCode;
  if (n % 1000 === 500) item.fees.charged = !item.fees.charged;
  if (n % 1000 === 900) item.agency.creditCode = code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
  return item;
}

/** Writes `count` records as JSONL to `file`; returns its size in bytes. */
export async function generateRecords(root: string, count: number, file: string): Promise<number> {
  const { items, regions } = templates(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file + ".tmp");
  let batch: string[] = [];
  let previous = "";
  for (let n = 0; n < count; n++) {
    // One record in 1,000 repeats the one before it: a duplicate-item error.
    const line = n % 1000 === 999 ? previous : JSON.stringify(record(n, items, regions));
    previous = line;
    batch.push(line);
    if (batch.length === 2000) {
      if (!out.write(batch.join("\n") + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      batch = [];
    }
  }
  if (batch.length > 0) out.write(batch.join("\n") + "\n");
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  fs.renameSync(file + ".tmp", file);
  return fs.statSync(file).size;
}
