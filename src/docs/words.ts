/** Bilingual words for the reference, from the one message catalogue: "中文 · English". */
import { message, type MessageId } from "../i18n/all-messages.js";
import type { MessageParams } from "../i18n/entry.js";
import type { Severity } from "../report/issue.js";

/** A catalogue message in both languages, Chinese first. */
export function both(id: MessageId, params: MessageParams = {}): string {
  const zh = message(id, "zh-CN", params);
  const en = message(id, "en", params);
  return zh === en ? zh : `${zh} · ${en}`;
}

/** A severity in both languages. */
export const severityWords = (severity: Severity) => both(`report.severity.${severity}`);

/** Yes or no in both languages. */
export const yesNo = (value: boolean) => both(value ? "docs.yes" : "docs.no");

/** The section ids of the reference, shared by both renderings. */
export const SECTIONS = {
  documents: "documents",
  definitions: "definitions",
  identifiers: "identifiers",
  codeSets: "code-sets",
  rules: "rules",
  mapping: "mapping",
  versioning: "versioning",
  changelog: "changelog",
} as const;

/** An element of a mapping row: its title chain and dotted path ("承诺办结时限 › 时限单位 (`timeLimit.promised.unit`)"). */
export const mappedElementText = (e?: { path: string; titles: readonly string[] }): string => (e ? `${e.titles.join(" › ")} (${e.path})` : "");
