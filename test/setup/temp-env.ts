/** The temporary-folder variables the suite's setup points elsewhere, and puts back. */

/** Points TMPDIR, TMP and TEMP at `dir` (and sets `extra`); returns the function that restores every variable it set. */
export function pointTempAt(dir: string, extra: Record<string, string> = {}): () => void {
  const values: Record<string, string> = { TMPDIR: dir, TMP: dir, TEMP: dir, ...extra };
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
