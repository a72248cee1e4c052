/**
 * commander's help in the run's language: localized headings, placeholders and default values, and
 * wrapping measured in display columns (CJK characters are two wide), 80 columns at most.
 */
import { Help, type Command, type Option } from "commander";
import { t } from "../locale.js";
import { displayWidth, wrapText } from "./display-width.js";

/** The widest help line. */
export const HELP_WIDTH = 80;

const TITLES: Record<string, Parameters<typeof t>[0]> = {
  "Usage:": "cli.help.usage",
  "Arguments:": "cli.help.arguments",
  "Options:": "cli.help.options",
  "Commands:": "cli.help.commands",
  "Global Options:": "cli.help.global-options",
};

/** Usage text with commander's English placeholders in the run's language. */
const placeholders = (usage: string) => usage.replace("[options]", t("cli.help.options-placeholder")).replace("[command]", t("cli.help.command-placeholder"));

/** The Help class of every zwfw command. */
export class LocalizedHelp extends Help {
  constructor() {
    super();
    this.helpWidth = HELP_WIDTH;
  }

  override prepareContext(contextOptions: { error?: boolean; helpWidth?: number; outputHasColors?: boolean }): void {
    super.prepareContext(contextOptions);
    // Terminals wider than 80 columns still get 80: the help is written to be read at that width.
    this.helpWidth = Math.min(this.helpWidth ?? HELP_WIDTH, HELP_WIDTH);
  }

  override styleTitle(title: string): string {
    const id = TITLES[title];
    return id ? t(id) : title;
  }

  override commandUsage(cmd: Command): string {
    return placeholders(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return placeholders(super.subcommandTerm(cmd));
  }

  override optionDescription(option: Option): string {
    const shown = option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== "boolean";
    return shown ? `${option.description}${t("cli.help.default", { value: String(option.defaultValue) })}` : option.description;
  }

  override displayWidth(text: string): number {
    return displayWidth(text);
  }

  override boxWrap(text: string, width: number): string {
    return width < this.minWidthToWrap ? text : wrapText(text, width);
  }
}
