/** A StreamInputError as the CLI's one-line input error, worded from the catalogue in the run's language. */
import type { StreamInputError, StreamInputProblem } from "../../stream/input-error.js";
import { inputError, InputError } from "../errors.js";

/** The problems the CLI catalogue words itself; the node layer's file problems carry their own two-language text. */
const WORDED = ["invalid-utf8", "line-too-long", "inflate-limit", "not-gzip", "malformed-json", "item-too-large"] as const satisfies readonly StreamInputProblem[];
type Worded = (typeof WORDED)[number];
const isWorded = (problem: StreamInputProblem): problem is Worded => (WORDED as readonly string[]).includes(problem);

/** "file:line:column: message" for an input a stream could not read; `name` is the file as the user gave it. */
export function streamInputError(error: StreamInputError, name: string): InputError {
  if (!isWorded(error.problem)) return new InputError(error.describe(name));
  const at = error.line === undefined ? "" : error.column === undefined ? `:${error.line}` : `:${error.line}:${error.column}`;
  return inputError(`cli.stream.${error.problem}`, error.params, `${name}${at}`);
}
