/**
 * `npm run new-version`: opens the next major version beside the current one (a breaking change goes
 * there, never into a released major). It copies the TypeBox source, registers the version with the
 * generator, the package exports, the build and the migration registry, scaffolds the migration step,
 * and prints what it cannot safely do by itself. Run it on a clean working tree and review the diff.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/paths.js";
import { applyEdits, type TextEdit } from "./release/edit-text.js";

const at = (...p: string[]) => path.join(ROOT, ...p);
const majors = fs.readdirSync(at("src/schema")).filter((d) => /^v\d+$/.test(d)).map((d) => Number(d.slice(1)));
const n = Math.max(...majors);
const [from, to] = [`v${n}`, `v${n + 1}`];

if (fs.existsSync(at("src/schema", to)) || fs.existsSync(at("schemas", to))) {
  console.error(`new-version: ${to} already exists (src/schema/${to} or schemas/${to}); nothing done.`);
  process.exit(2);
}

// 1. The TypeBox source and the version entry point, retargeted at the new major's generated files.
fs.cpSync(at("src/schema", from), at("src/schema", to), { recursive: true });
for (const file of fs.readdirSync(at("src/schema", to))) {
  const p = at("src/schema", to, file);
  fs.writeFileSync(p, fs.readFileSync(p, "utf8").replaceAll(`generated/${from}/`, `generated/${to}/`));
}
const entry = fs.readFileSync(at("src", `${from}.ts`), "utf8")
  .replace(new RegExp(`\\b${from}\\b`, "g"), to)
  .replace(`SCHEMA_VERSION = "${n}.0"`, `SCHEMA_VERSION = "${n + 1}.0"`);
fs.writeFileSync(at("src", `${to}.ts`), entry);

// 2. The migration step, scaffolded: it only moves schemaVersion until the maintainer writes the real transformation.
fs.mkdirSync(at("src/migrate/steps"), { recursive: true });
const stepName = `${from}To${to.toUpperCase()}`;
fs.writeFileSync(at("src/migrate/steps", `${from}-to-${to}.ts`), `/** Migrates ${from} documents to ${to}. */
import type { MigrationStep } from "../types.js";

/** ${from} → ${to}: TODO describe and implement the transformation of every field that changed. */
export const ${stepName}: MigrationStep = {
  from: "${from}",
  to: "${to}",
  description: "${from} → ${to}",
  migrate(document) {
    const doc = structuredClone(document) as Record<string, unknown>;
    if (typeof doc.schemaVersion === "string") doc.schemaVersion = "${n + 1}.0";
    return doc;
  },
};
`);

// 3. Registrations, as anchored edits; an anchor that moved becomes a printed manual step.
const edits: TextEdit[] = [
  {
    file: at("scripts/generate.ts"),
    find: new RegExp(`import \\* as ${from} from "\\.\\./src/schema/${from}/index\\.js";`),
    replace: (m) => `${m}\nimport * as ${to} from "../src/schema/${to}/index.js";`,
    manual: `scripts/generate.ts: import * as ${to} from "../src/schema/${to}/index.js"`,
  },
  {
    file: at("scripts/generate.ts"),
    find: new RegExp(`\\{ version: "${from}", documents: ${from}\\.documents, definitions: ${from}\\.definitions \\}`),
    replace: (m) => `${m}, { version: "${to}", documents: ${to}.documents, definitions: ${to}.definitions }`,
    manual: `scripts/generate.ts: add { version: "${to}", documents: ${to}.documents, definitions: ${to}.definitions } to \`versions\``,
  },
  {
    file: at("tsup.config.ts"),
    find: new RegExp(`${from}: "src/${from}\\.ts"`),
    replace: (m) => `${m}, ${to}: "src/${to}.ts"`,
    manual: `tsup.config.ts: add ${to}: "src/${to}.ts" to the library entries`,
  },
  {
    file: at("src/schema", to, "catalogue.ts"),
    find: new RegExp(`"\\^${n}\\\\\\\\\\.\\(0\\|\\[1-9\\]\\\\\\\\d\\*\\)\\$", examples: \\["${n}\\.0"\\]`),
    replace: () => `"^${n + 1}\\\\.(0|[1-9]\\\\d*)$", examples: ["${n + 1}.0"]`,
    manual: `src/schema/${to}/catalogue.ts: make schemaVersion's pattern accept ${n + 1}.x`,
  },
  {
    file: at("src/migrate/registry.ts"),
    find: /export const SCHEMA_MAJORS: readonly string\[\] = \[([^\]]*)\];/,
    replace: (m) => m.replace(/\];$/, `, "${to}"];`),
    manual: `src/migrate/registry.ts: add "${to}" to SCHEMA_MAJORS`,
  },
  {
    file: at("src/migrate/registry.ts"),
    find: /export const migrationSteps: readonly MigrationStep\[\] = \[([^\]]*)\];/,
    replace: (m) => m.replace(/\[([^\]]*)\];$/, (_all, list: string) => `[${list.trim() ? `${list.trim()}, ` : ""}${stepName}];`),
    manual: `src/migrate/registry.ts: add ${stepName} (src/migrate/steps/${from}-to-${to}.ts) to migrationSteps`,
  },
  {
    file: at("src/migrate/registry.ts"),
    find: /import type \{ MigrationStep \} from "\.\/types\.js";/,
    replace: (m) => `import { ${stepName} } from "./steps/${from}-to-${to}.js";\n${m}`,
    manual: `src/migrate/registry.ts: import { ${stepName} } from "./steps/${from}-to-${to}.js"`,
  },
];
const manual = applyEdits(edits);

// 4. Package exports: the new subpath and its schema files, beside the current ones.
const pkgPath = at("package.json");
const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8")) as { exports: Record<string, unknown> };
const exportsOut: Record<string, unknown> = {};
for (const [key, value] of Object.entries(pkg.exports)) {
  exportsOut[key] = value;
  if (key === `./${from}`) exportsOut[`./${to}`] = JSON.parse(JSON.stringify(value).replaceAll(`/${from}.`, `/${to}.`));
  if (key === `./schemas/${from}/*.json`) exportsOut[`./schemas/${to}/*.json`] = `./schemas/${to}/*.json`;
}
if (!(`./${to}` in exportsOut)) manual.push(`package.json: add the "./${to}" export (copy "./${from}")`);
pkg.exports = exportsOut;
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + "\n");

console.log(`Opened ${to} beside ${from}:
  src/schema/${to}/ (copy of ${from}), src/${to}.ts, src/migrate/steps/${from}-to-${to}.ts
  registered in scripts/generate.ts, tsup.config.ts, package.json exports and src/migrate/registry.ts${manual.length ? " (except the steps below)" : ""}
${manual.length ? `\nDo by hand (the anchors were not found):\n${manual.map((m) => `  - ${m}`).join("\n")}\n` : ""}
Next steps:
  1. Make the breaking change in src/schema/${to}/ (${from} stays as released).
  2. npm run generate                      # writes schemas/${to}/ and generated/${to}/
  3. Implement the transformation in src/migrate/steps/${from}-to-${to}.ts and test migrate(doc, { from: "${from}", to: "${to}" }).
  4. Decide what the root entry exports (src/index.ts re-exports ./${from}.js) and make validate() and the CLI accept ${to} documents.
  5. npx changeset                         # choose major: release:check requires it while schemas/${to}/released/ does not exist
  6. npm run release:check && npm run release:version && publish`);
