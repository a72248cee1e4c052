/** Runs the built `zwfw` binary (dist/cli.js, or $ZWFW_CLI) and captures its output and exit code. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The CLI under test: the built binary unless ZWFW_CLI points elsewhere. */
export const CLI = process.env.ZWFW_CLI ?? path.join(ROOT, "dist/cli.js");

/** The result of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with arguments from the repository root; stdin is empty unless given. */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses the single JSON report a `--report json` run prints. */
export function jsonReport(result: CliResult): any {
  return JSON.parse(result.stdout);
}
