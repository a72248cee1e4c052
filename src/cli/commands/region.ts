/**
 * `zwfw region <code>` and `zwfw region --name <name>`: name, level and parent chain of a region from
 * the registry, by code or by name (exact, then prefix matches). A malformed code is a usage error
 * (exit 2); a well-formed code or a name the registry does not know is a finding (exit 1).
 */
import type { Command } from "commander";
import { labelOf } from "../../codes/code-set.js";
import { levels } from "../../codes/code-sets.js";
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { RegionSource } from "../../regions/packed-region-data.js";
import type { RegionInfo } from "../../regions/region-registry.js";
import { findRegions, type RegionMatch } from "../../regions/region.js";
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
  return { found: true, region, levelLabel: levelLabelOf(region.level), parents: registry.parents(code), source };
}

/** The zh and en labels of a level. */
const levelLabelOf = (level: string) => ({ zh: labelOf(levels, level, "zh-CN") ?? "", en: labelOf(levels, level, "en") ?? "" });

/** The lines of one region: code and name, level, parent chain. */
function regionLines(region: RegionInfo, parents: RegionInfo[], locale: Locale): string[] {
  const label = levelLabelOf(region.level);
  const chain = parents.map((p) => `${p.name} ${p.code}`).join(" › ");
  return [
    `${region.code} ${region.name}`,
    `  ${message("region.level", locale, { level: region.level, label: locale === "en" ? label.en : label.zh })}`,
    `  ${chain ? message("region.parents", locale, { chain }) : message("region.parents.none", locale)}`,
  ];
}

/** The text form of a lookup. */
function renderText(lookup: Lookup, locale: Locale): string {
  const source = message("region.source", locale, { ...lookup.source });
  if (!lookup.found) return `✖ ${lookup.message}\n  ${source}\n`;
  return [...regionLines(lookup.region, lookup.parents, locale), `  ${source}`].join("\n") + "\n";
}

/** Matches a text report lists in full; the rest are counted (the JSON report lists all). */
const TEXT_MATCHES = 20;

/** The text form of a lookup by name: exact matches, then a heading and the prefix matches. */
function renderNameText(name: string, matches: RegionMatch[], source: RegionSource, locale: Locale): string {
  const footer = `  ${message("region.source", locale, { ...source })}`;
  if (matches.length === 0) return `✖ ${message("region.name-unknown", locale, { name })}\n${footer}\n`;
  const lines: string[] = [];
  const exact = matches.filter((m) => m.match === "exact");
  const prefix = matches.filter((m) => m.match === "prefix");
  const shown = [...exact, ...prefix].slice(0, TEXT_MATCHES);
  shown.forEach((m, i) => {
    if (m.match === "prefix" && (i === 0 || shown[i - 1]!.match === "exact")) lines.push(message("region.name-prefix", locale, { name, count: prefix.length }));
    lines.push(...regionLines(m, m.parents, locale));
  });
  if (matches.length > shown.length) lines.push(message("region.name-more", locale, { count: matches.length - shown.length }));
  return [...lines, footer].join("\n") + "\n";
}

/** Registers the region command. */
export function registerRegion(program: Command): void {
  const command = program
    .command("region")
    .description(t("cli.region"))
    .argument("[code]", t("cli.region.code"))
    .option("--name <name>", t("cli.region.name"))
    .option("--report <format>", t("cli.opt.report", { formats: "text | json" }), "text");
  addLocaleOption(command)
    .action(async (code: string | undefined, opts: { name?: string; report: string; locale: string }) => {
      const format = reportFormat(opts.report, ["text", "json"]);
      const locale = localeOption(opts.locale);
      if ((code === undefined) === (opts.name === undefined)) throw new InputError(message("region.code-or-name", locale));
      if (opts.name !== undefined) {
        const name = opts.name.normalize("NFKC").trim();
        if (name === "") throw new InputError(message("region.code-or-name", locale));
        const matches = await findRegions(name);
        const { source } = await loadRegionRegistry();
        process.stdout.write(format === "json" ? JSON.stringify({ name, matches, source }, null, 2) + "\n" : renderNameText(name, matches, source, locale));
        process.exitCode = matches.length > 0 ? EXIT.ok : EXIT.findings;
        return;
      }
      if (code === undefined || !/^(\d{6}|\d{12})$/.test(code)) throw new InputError(message("region.malformed", locale, { code }));
      const lookup = await lookUp(code, locale);
      process.stdout.write(format === "json" ? JSON.stringify(lookup, null, 2) + "\n" : renderText(lookup, locale));
      process.exitCode = lookup.found ? EXIT.ok : EXIT.findings;
    });
}
