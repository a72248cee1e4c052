/** `zwfw rules`: the rule catalogue (id, severity, what it checks, why, example). */
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { t } from "../locale.js";
import { addLocaleOption, localeOption, reportFormat } from "../output.js";
import { renderJson } from "../../report/render/json.js";
import { ruleCatalogue } from "../rule-catalogue.js";

/** Registers the rules command. */
export function registerRules(program: Command): void {
  const command = program
    .command("rules")
    .description(t("cli.rules"))
    .option("--report <format>", t("cli.opt.report", { formats: "text | json" }), "text");
  addLocaleOption(command)
    .action((opts: { report: string; locale: string }) => {
      const format = reportFormat(opts.report, ["text", "json"]);
      const locale = localeOption(opts.locale);
      const catalogue = ruleCatalogue(locale);
      if (format === "json") {
        process.stdout.write(renderJson(catalogue));
        return;
      }
      const example = message("report.example", locale);
      for (const r of catalogue) process.stdout.write(`${r.id} (${r.kind}, ${r.severity})\n  ${r.title}\n  ${r.rationale}\n  ${example} ${r.example}\n\n`);
    });
}
