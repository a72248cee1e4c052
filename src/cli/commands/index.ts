/** Every CLI command; each module registers one command on the program. */
import type { Command } from "commander";
import { registerRules } from "./rules.js";
import { registerValidate } from "./validate.js";

/** Registration functions, in the order `zwfw --help` lists the commands. */
export const commands: ((program: Command) => void)[] = [registerValidate, registerRules];
