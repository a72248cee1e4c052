/** A StreamInputError as the CLI's one-line input error, worded from the catalogue in the run's language. */
import type { StreamInputError } from "../../stream/input-error.js";
import { InputError } from "../errors.js";
import { cliLocale } from "../locale.js";

/** "file:line:column: message" for an input a stream could not read; `name` is the file as the user gave it. */
export function streamInputError(error: StreamInputError, name: string): InputError {
  return new InputError(error.describe(name, cliLocale()));
}
