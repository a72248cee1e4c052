/**
 * Validates a JSON catalogue too large to read whole, streaming it with stream-json: the header
 * first, then item by item. The report equals `validate(document)` for the same document: the
 * same schema errors (each failing item is checked inside a one-item catalogue with the real
 * header, so ajv sees what it sees in the whole document), the same catalogue rules and
 * duplicates, the same order. When a top-level key follows `items` (so the header is not complete
 * before the items), the file is read a second time for the items. Node-only.
 */
import type { Locale } from "../i18n/locale.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import type { Report } from "../report/issue.js";
import { capReport } from "../report/issue-collector.js";
import { decodeText } from "../stream/decode-text.js";
import { DEFAULT_MAX_LINE_BYTES } from "../stream/line-reader.js";
import { validate } from "../validate/validate.js";
import { catalogueParts, type PartFilter } from "./catalogue-parts.js";
import { CatalogueRun } from "./catalogue-run.js";
import { spilledItemKeys, type ItemSpillOptions } from "./spilled-item-keys.js";
import { openFile } from "./open-file.js";
import { assignOwn, setOwn } from "../internal/own-property.js";

/** Options of validateJsonCatalogueFile. */
export interface JsonCatalogueFileOptions {
  locale?: Locale;
  /** The largest header value or item, in characters; 64 MiB by default (env ZWFW_MAX_LINE_BYTES). */
  maxItemChars?: number;
  /** A region registry: adds region-code-unknown warnings, as validate() does. */
  registry?: RegionRegistry;
  /** Issues kept in the report, the summary counting all (as for JSONL); all by default, like validate(). */
  maxIssues?: number;
  /** Progress: file bytes read so far, items and issues. */
  onProgress?: (progress: { bytes: number; items: number; issues: number }) => void;
}

/**
 * Validates a catalogue file by streaming; rejects with a StreamInputError on unreadable input.
 * Memory is bounded: the items' duplicate keys spill to temporary files (removed however the run
 * ends) and at most a few times `maxIssues` issues are held (with 0, every issue is).
 */
export function validateJsonCatalogueFile(file: string, options: JsonCatalogueFileOptions = {}): Promise<Report> {
  return validateCatalogueSpilled(file, options);
}

/** validateJsonCatalogueFile with the spill's settings (tests use small bounds and colliding hashes). */
export async function validateCatalogueSpilled(file: string, options: JsonCatalogueFileOptions, spill: ItemSpillOptions = {}): Promise<Report> {
  const runs: CatalogueRun[] = [];
  const newRun = () => {
    const run = new CatalogueRun(options.locale ?? "zh-CN", { maxIssues: options.maxIssues ?? 0, keys: spilledItemKeys(spill) });
    runs.push(run);
    return run;
  };
  try {
    return await validateCatalogue(file, options, newRun);
  } finally {
    for (const run of runs) run.close();
  }
}

/** The report of a catalogue file, streamed, with runs made by `newRun`. */
async function validateCatalogue(file: string, options: JsonCatalogueFileOptions, newRun: () => CatalogueRun): Promise<Report> {
  const locale = options.locale ?? "zh-CN";
  const fromEnv = Number(process.env.ZWFW_MAX_LINE_BYTES);
  const max = options.maxItemChars ?? (fromEnv > 0 ? fromEnv : DEFAULT_MAX_LINE_BYTES);
  let bytes = 0;
  const parts = (filter: PartFilter) => catalogueParts(decodeText(openFile(file, { onBytes: (n) => (bytes += n) })), filter, max);
  const progress = (run: CatalogueRun) => options.onProgress?.({ bytes, items: run.itemCount, issues: run.issueCount });

  // Pass 1: the header, and the items when the header comes first (the usual layout).
  const first = newRun();
  let lastItems = -1; // the `items` occurrence JSON.parse would keep, when it is an array
  let keyAfterItems = false;
  for await (const part of parts({ header: true, itemsOccurrence: 0 })) {
    if (part.type === "document") return capReport(validate(part.value, { locale, ...(options.registry ? { registry: options.registry } : {}) }), options.maxIssues ?? 0);
    if (part.type === "header") {
      // An own property even for "__proto__", as JSON.parse makes it: the schema must see every key.
      setOwn(first.header, part.key, part.value);
      if (part.key === "items") lastItems = -1;
    } else if (part.type === "items-start") {
      lastItems = part.occurrence;
      if (part.occurrence === 0) first.startItems();
    } else if (part.type === "item") {
      first.item(part.index, part.value);
      if ((part.index & 1023) === 1023) progress(first);
    } else if (part.type === "key-after-items") keyAfterItems = true;
  }
  if (!keyAfterItems) return first.report(options.registry);

  // Pass 2: with the whole header known, the items of the array JSON.parse keeps (the last `items`).
  const second = newRun();
  assignOwn(second.header, first.header);
  if (lastItems < 0) return second.report(options.registry);
  second.startItems();
  bytes = 0;
  for await (const part of parts({ header: false, itemsOccurrence: lastItems })) {
    if (part.type === "item") {
      second.item(part.index, part.value);
      if ((part.index & 1023) === 1023) progress(second);
    }
  }
  return second.report(options.registry);
}
