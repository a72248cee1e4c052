/**
 * The spilled keys' temporary file is removed however the process ends: on close, on exit, and on
 * SIGINT and SIGTERM, after which the process still ends by the signal, as it would have.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { removeOnExit } from "../../src/node/temp-file.js";

/** A Node process (from the TypeScript sources, with tsx) that opens a temporary file, prints its path and runs `then`. */
function child(then: string) {
  const script = `
    const { removeOnExit } = await import(${JSON.stringify(new URL("../../src/node/temp-file.ts", import.meta.url).href)});
    const temp = removeOnExit("zwfw-keys-");
    console.log(temp.path);
    ${then}
  `;
  const proc = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on("exit", (code, signal) => resolve({ code, signal })));
  const file = new Promise<string>((resolve) => proc.stdout.once("data", (data: Buffer) => resolve(data.toString().trim())));
  return { proc, file, ended };
}

describe("temporary files of spilled keys", () => {
  it("are removed by remove(), once, and the directory with them", () => {
    const temp = removeOnExit("zwfw-keys-");
    fs.writeSync(temp.fd, "x");
    expect(fs.existsSync(temp.path)).toBe(true);
    temp.remove();
    temp.remove();
    expect(fs.existsSync(temp.path)).toBe(false);
    expect(fs.existsSync(temp.path.replace(/[\\/]data$/, ""))).toBe(false);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("are removed when the process gets %s, which still ends it", async (signal) => {
    const run = child("setInterval(() => {}, 1000);");
    const file = await run.file;
    expect(fs.existsSync(file)).toBe(true);
    run.proc.kill(signal);
    expect(await run.ended).toEqual({ code: null, signal });
    expect(fs.existsSync(file)).toBe(false);
  }, 30_000);

  it("are removed when the process exits without removing them", async () => {
    const run = child("setTimeout(() => process.exit(3), 200);");
    const file = await run.file;
    expect(await run.ended).toEqual({ code: 3, signal: null });
    expect(fs.existsSync(file)).toBe(false);
  }, 30_000);
});
