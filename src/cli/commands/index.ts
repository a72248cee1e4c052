/** Every CLI command; each module registers one command on the program. */
import type { Command } from "commander";
import { registerBundle } from "./bundle.js";
import { registerConform } from "./conform.js";
import { registerDerive } from "./derive.js";
import { registerDiff } from "./diff.js";
import { registerExport } from "./export.js";
import { registerImport } from "./import.js";
import { registerMigrate } from "./migrate.js";
import { registerRegion } from "./region.js";
import { registerRules } from "./rules.js";
import { registerSchemaDiff } from "./schema-diff.js";
import { registerTemplate } from "./template.js";
import { registerValidate } from "./validate.js";

/** Registration functions, in the order `zwfw --help` lists the commands. */
export const commands: ((program: Command) => void)[] = [registerValidate, registerRules, registerRegion, registerConform, registerBundle, registerDerive, registerDiff, registerSchemaDiff, registerMigrate, registerImport, registerExport, registerTemplate];
