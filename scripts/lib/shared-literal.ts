/**
 * A JSON value as JavaScript source whose repeated parts are written once: every object, array or
 * string that occurs more than once becomes a constant that each occurrence names. The element
 * tables repeat whole records (a standard item holds a basic item's elements, and a title such as
 * 事项名称 recurs across records); bundlers escape CJK text as \uXXXX, six bytes a character, so each
 * repeat is costly in a browser bundle (issue 12). The value it evaluates to is equal (deep) to the input;
 * repeated parts are shared by identity, so readers must not mutate them (src/schema/elements.ts copies).
 */

/** The source of a JSON value with its repeats hoisted: constant declarations (dependencies first) and the expression. */
export interface SharedLiteral {
  declarations: string[];
  expression: string;
}

/** A repeat shorter than this (its JSON) stays inline: naming it would cost about as much as it saves. */
const MIN_SHARED = 6;

/** Hoists the repeated parts of `value` into constants named `${prefix}0`, `${prefix}1` …; the declarations use `const`. */
export function sharedLiteral(value: unknown, prefix = "_"): SharedLiteral {
  const counts = new Map<string, number>();
  const count = (v: unknown): void => {
    const json = JSON.stringify(v);
    counts.set(json, (counts.get(json) ?? 0) + 1);
    // The parts of a repeat are counted once per occurrence of the repeat, which only ever
    // shares more; a part used only inside one shared constant is then named for nothing, rarely.
    if (Array.isArray(v)) v.forEach(count);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(count);
  };
  count(value);
  const names = new Map<string, string>();
  const declarations: string[] = [];
  const write = (v: unknown, top: boolean): string => {
    const json = JSON.stringify(v);
    const shared = !top && (counts.get(json) ?? 0) > 1 && json.length >= MIN_SHARED;
    const known = names.get(json);
    if (shared && known !== undefined) return known;
    const source = Array.isArray(v)
      ? `[${v.map((x) => write(x, false)).join(",")}]`
      : typeof v === "object" && v !== null
        ? `{${Object.entries(v).map(([k, x]) => `${k === "__proto__" ? '["__proto__"]' : JSON.stringify(k)}:${write(x, false)}`).join(",")}}`
        : json;
    // (A literal's "__proto__" key would set the prototype; the computed form makes it a property, as JSON.parse does.)
    if (!shared) return source;
    const name = `${prefix}${names.size}`;
    names.set(json, name);
    declarations.push(`const ${name} = ${source};`);
    return name;
  };
  const expression = write(value, true);
  return { declarations, expression };
}
