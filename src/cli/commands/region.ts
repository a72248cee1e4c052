/**
 * `zwfw region <code>`: name, level and parent chain of a region from the registry. A malformed code
 * is a usage error (exit 2); a well-formed code the registry does not know is a finding (exit 1).
 */
import type { Command } from "commander";
import { labelOf } from "../../codes/code-set.js";
import { levels } from "../../codes/code-sets.js";
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { RegionSource } from "../../regions/packed-region-data.js";
import type { RegionInfo } from "../../regions/region-registry.js";
import { EXIT, InputError } from "../errors.js";
import { t } from "../locale.js";
import { addLocaleOption, localeOption, reportFormat } from "../output.js";

/** What a lookup found: the region with its parents, or the code it could not find. */
type Lookup =
  | { found: true; region: RegionInfo; levelLabel: { zh: string; en: string }; parents: RegionInfo[]; source: RegionSource }
  | { found: false; code: string; message: string; source: RegionSource };

/** Looks a code up in the bundled registry. */
async function lookUp(code: string, locale: Locale): Promise<Lookup> {
  const registry = await loadRegionRegistry();
  const region = registry.region(code);
  const source = registry.source;
  const full = code.padEnd(12, "0");
  if (!region) return { found: false, code: full, message: message("region-code-unknown", locale, { code: full }), source };
  const levelLabel = { zh: labelOf(levels, region.level, "zh-CN") ?? "", en: labelOf(levels, region.level, "en") ?? "" };
  return { found: true, region, levelLabel, parents: registry.parents(code), source };
}

/** The text form of a lookup. */
function renderText(lookup: Lookup, locale: Locale): string {
  const source = message("region.source", locale, { ...lookup.source });
  if (!lookup.found) return `✖ ${lookup.message}\n  ${source}\n`;
  const { region, parents, levelLabel } = lookup;
  const chain = parents.map((p) => `${p.name} ${p.code}`).join(" › ");
  return [
    `${region.code} ${region.name}`,
    `  ${message("region.level", locale, { level: region.level, label: locale === "en" ? levelLabel.en : levelLabel.zh })}`,
    `  ${chain ? message("region.parents", locale, { chain }) : message("region.parents.none", locale)}`,
    `  ${source}`,
  ].join("\n") + "\n";
}

/** Registers the region command. */
export function registerRegion(program: Command): void {
  const command = program
    .command("region")
    .description(t("cli.region"))
    .argument("<code>", t("cli.region.code"))
    .option("--report <format>", t("cli.opt.report", { formats: "text | json" }), "text");
  addLocaleOption(command)
    .action(async (code: string, opts: { report: string; locale: string }) => {
      const format = reportFormat(opts.report, ["text", "json"]);
      const locale = localeOption(opts.locale);
      if (!/^(\d{6}|\d{12})$/.test(code)) throw new InputError(message("region.malformed", locale, { code }));
      const lookup = await lookUp(code, locale);
      process.stdout.write(format === "json" ? JSON.stringify(lookup, null, 2) + "\n" : renderText(lookup, locale));
      process.exitCode = lookup.found ? EXIT.ok : EXIT.findings;
    });
}
