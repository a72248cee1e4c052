/** `zwfw rules`: the rule catalogue (id, severity, what it checks, why, example). */
import type { Command } from "commander";
import { bundleRules } from "../../bundle/index.js";
import { conformanceRules } from "../../conformance/index.js";
import { message } from "../../i18n/messages.js";
import { regionCodeUnknown } from "../../rules/region-code-unknown.js";
import { rules } from "../../rules/index.js";
import { localeOption, reportFormat } from "../output.js";
import { renderJson } from "../render/json.js";

/** Registers the rules command. */
export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("list the validation, conformance and bundle (一件事) rules with their severity, rationale and example (规则目录)")
    .option("--report <format>", "text | json", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action((opts: { report: string; locale: string }) => {
      const format = reportFormat(opts.report, ["text", "json"]);
      const locale = localeOption(opts.locale);
      // Validation rules (region-code-unknown needs a registry, so it is not in `rules`), conformance rules, then bundle rules.
      const all = [
        ...[...rules, regionCodeUnknown].map((r) => ({ kind: "validate", ...r })),
        ...conformanceRules.map((r) => ({ kind: "conform", ...r })),
        ...bundleRules.map((r) => ({ kind: "bundle", ...r })),
      ];
      const catalogue = all.map((r) => ({ id: r.id, kind: r.kind, severity: r.severity, title: r.title[locale], rationale: r.rationale[locale], example: r.example }));
      if (format === "json") {
        process.stdout.write(renderJson(catalogue));
        return;
      }
      const example = message("report.example", locale);
      for (const r of catalogue) process.stdout.write(`${r.id} (${r.kind}, ${r.severity})\n  ${r.title}\n  ${r.rationale}\n  ${example} ${r.example}\n\n`);
    });
}
