/** An input problem the page shows as one line (bad encoding, malformed JSON, unknown format). */
export class InputProblem extends Error {}
