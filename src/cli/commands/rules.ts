/** `zwfw rules`: the rule catalogue (id, severity, what it checks, why, example). */
import type { Command } from "commander";
import { rules } from "../../rules/index.js";
import { localeOption, reportFormat } from "../output.js";
import { renderJson } from "../render/json.js";

/** Registers the rules command. */
export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("list the validation rules with their severity, rationale and example (规则目录)")
    .option("--report <format>", "text | json", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action((opts: { report: string; locale: string }) => {
      const format = reportFormat(opts.report, ["text", "json"]);
      const locale = localeOption(opts.locale);
      const catalogue = rules.map((r) => ({ id: r.id, severity: r.severity, title: r.title[locale], rationale: r.rationale, example: r.example }));
      if (format === "json") process.stdout.write(renderJson(catalogue));
      else for (const r of catalogue) process.stdout.write(`${r.id} (${r.severity})\n  ${r.title}\n  ${r.rationale}\n  e.g. ${r.example}\n\n`);
    });
}
