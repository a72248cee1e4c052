/** CLI failures that end with exit 2 and one clear line: usage errors and unreadable input. */

/** A usage or input error; the CLI prints its message alone and exits 2. */
export class InputError extends Error {
  /** The exit code of usage and input errors. */
  readonly exitCode = 2;
}

/** Exit codes of every command: clean, findings with errors, usage or input error. */
export const EXIT = { ok: 0, findings: 1, input: 2 } as const;
