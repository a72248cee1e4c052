/**
 * Turns a command-line input argument into a readable path with a telling extension: `-` (stdin)
 * is copied to a temporary file, and a file whose extension does not say what it holds is linked
 * under a name that does, so every reader downstream can go by the name. Messages keep the name
 * the user gave.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { inputError } from "../errors.js";
import { formatOfContent, formatOfName, SNIFF_BYTES, type InputFormat } from "./detect-format.js";
import { fileSize } from "./read-input.js";

/** An input as the commands read it. */
export interface ResolvedInput {
  /** The path to read (a temporary file for stdin). */
  path: string;
  /** The name to show: what the user typed ("-" for stdin). */
  name: string;
  format: InputFormat;
}

let stage: string | undefined;
let stdinTaken = false;

/** The temporary folder of this run, removed when the process exits. */
function stagingFolder(): string {
  if (stage === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-input-"));
    stage = dir;
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return stage;
}

/** The extension that states a format. */
const extensionOf = (format: InputFormat) => `.${format.kind}${format.gzip ? ".gz" : ""}`;

/** The first bytes of a file. */
function headOf(file: string): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies stdin to a temporary file (streaming, so large JSONL does not sit in memory). */
async function stdinToFile(): Promise<string> {
  if (stdinTaken) throw inputError("cli.stdin.once");
  if (process.stdin.isTTY) throw inputError("cli.stdin.tty");
  stdinTaken = true;
  const file = path.join(stagingFolder(), "stdin");
  await pipeline(process.stdin, fs.createWriteStream(file));
  return file;
}

/** Resolves one input argument; `-` reads stdin. */
export async function resolveInput(arg: string): Promise<ResolvedInput> {
  if (arg !== "-") {
    fileSize(arg); // one-line errors for a missing file or a folder
    const named = formatOfName(arg);
    if (named) return { path: arg, name: arg, format: named };
  }
  const source = arg === "-" ? await stdinToFile() : arg;
  const format = formatOfContent(headOf(source));
  const staged = path.join(stagingFolder(), `${fs.readdirSync(stagingFolder()).length}${extensionOf(format)}`);
  if (arg === "-") fs.renameSync(source, staged);
  else {
    try {
      fs.symlinkSync(path.resolve(source), staged);
    } catch {
      fs.copyFileSync(source, staged); // where links are not allowed (some Windows setups)
    }
  }
  return { path: staged, name: arg, format };
}
