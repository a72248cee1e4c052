/** A StreamInputError as the CLI's one-line input error, worded from the catalogue in the run's language. */
import type { StreamInputError } from "../../stream/input-error.js";
import { inputError, type InputError } from "../errors.js";

/** "file:line:column: message" for an input a stream could not read; `name` is the file as the user gave it. */
export function streamInputError(error: StreamInputError, name: string): InputError {
  const at = error.line === undefined ? "" : error.column === undefined ? `:${error.line}` : `:${error.line}:${error.column}`;
  return inputError(`cli.stream.${error.problem}`, error.params, `${name}${at}`);
}
