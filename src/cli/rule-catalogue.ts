/** The rules zwfw reports, with their texts in one language: for `zwfw rules` and the SARIF rule metadata. */
import { bundleRules } from "../bundle/index.js";
import { conformanceRules } from "../conformance/index.js";
import type { Locale } from "../i18n/locale.js";
import type { Severity } from "../report/issue.js";
import { regionCodeUnknown } from "../rules/region-code-unknown.js";
import { rules } from "../rules/index.js";

/** One rule as the catalogue lists it. */
export interface RuleEntry {
  id: string;
  kind: "validate" | "conform" | "bundle";
  severity: Severity;
  title: string;
  rationale: string;
  example: string;
}

/** Validation rules (region-code-unknown, which needs the registry, included), then conformance rules, then bundle (一件事) rules. */
export function ruleCatalogue(locale: Locale): RuleEntry[] {
  return [
    ...[...rules, regionCodeUnknown].map((r) => ({ kind: "validate" as const, r })),
    ...conformanceRules.map((r) => ({ kind: "conform" as const, r })),
    ...bundleRules.map((r) => ({ kind: "bundle" as const, r })),
  ].map(({ kind, r }) => ({ id: r.id, kind, severity: r.severity, title: r.title[locale], rationale: r.rationale[locale], example: r.example }));
}
