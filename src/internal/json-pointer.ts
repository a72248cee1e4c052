/** RFC 6901 JSON Pointer helpers. */

/** Escapes one reference token. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins tokens onto a pointer: pointer("/items", 3, "name") → "/items/3/name". */
export function pointer(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => "/" + escapeToken(t)).join("");
}

/** The index of the item a pointer points into ("/items/3/name" → 3), or undefined. */
export function itemIndexOf(path: string): number | undefined {
  const m = /^\/items\/(\d+)(?:\/|$)/.exec(path);
  return m ? Number(m[1]) : undefined;
}
