/**
 * `npm run new-version`: opens the next major version beside the current one (a breaking change goes
 * there, never into a released major). It copies the TypeBox source and run-time description (the
 * generator finds the new folder by itself), registers the major in src/schema/majors.ts, the package
 * exports, the build and the migration registry, scaffolds the migration step,
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

// 1. The TypeBox source, the run-time description and the entry point, retargeted at the new major.
fs.cpSync(at("src/schema", from), at("src/schema", to), { recursive: true });
const retarget = (text: string) => text.replace(new RegExp(`\\b${from}(?=\\b|FastItemValidators\\b)`, "g"), to);
for (const file of fs.readdirSync(at("src/schema", to))) {
  const p = at("src/schema", to, file);
  let text = retarget(fs.readFileSync(p, "utf8"));
  if (file === "version.ts") {
    text = text.replaceAll(`"${n}.0"`, `"${n + 1}.0"`).replace(`"^${n}\\\\.`, `"^${n + 1}\\\\.`)
      .replace(`${n}.0, ${n}.1`, `${n + 1}.0, ${n + 1}.1`);
  }
  fs.writeFileSync(p, text);
}
fs.writeFileSync(at("src", `${to}.ts`), retarget(fs.readFileSync(at("src", `${from}.ts`), "utf8")));

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
    file: at("src/schema/majors.ts"),
    find: new RegExp(`import \\{ ${from}, ${from}FastItemValidators \\} from "\\./${from}/major\\.js";`),
    replace: (m) => `${m}\nimport { ${to}, ${to}FastItemValidators } from "./${to}/major.js";`,
    manual: `src/schema/majors.ts: import { ${to}, ${to}FastItemValidators } from "./${to}/major.js"`,
  },
  {
    file: at("src/schema/majors.ts"),
    find: /const registered = \[([^\]]*)\] as const;/,
    replace: (m) => m.replace(/\] as const;$/, `, ${to}] as const;`),
    manual: `src/schema/majors.ts: add ${to} to \`registered\``,
  },
  {
    file: at("src/schema/majors.ts"),
    find: /Readonly<Record<MajorId, FastItemValidators>> = \{([^}]*)\};/,
    replace: (m) => m.replace(/ \};$/, `, ${to}: ${to}FastItemValidators };`),
    manual: `src/schema/majors.ts: add ${to}: ${to}FastItemValidators to \`fastItemValidators\``,
  },
  {
    file: at("tsup.config.ts"),
    find: new RegExp(`${from}: "src/${from}\\.ts"`),
    replace: (m) => `${m}, ${to}: "src/${to}.ts"`,
    manual: `tsup.config.ts: add ${to}: "src/${to}.ts" to the library entries`,
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
const pkgFiles = (pkg as { files?: string[] }).files;
if (pkgFiles?.includes(`generated/${from}`) && !pkgFiles.includes(`generated/${to}`)) pkgFiles.splice(pkgFiles.indexOf(`generated/${from}`) + 1, 0, `generated/${to}`);
if (!(`./${to}` in exportsOut)) manual.push(`package.json: add the "./${to}" export (copy "./${from}")`);
pkg.exports = exportsOut;
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + "\n");

console.log(`Opened ${to} beside ${from}:
  src/schema/${to}/ (copy of ${from}), src/${to}.ts, src/migrate/steps/${from}-to-${to}.ts
  registered in src/schema/majors.ts, tsup.config.ts, package.json exports and files, and src/migrate/registry.ts${manual.length ? " (except the steps below)" : ""}
${manual.length ? `\nDo by hand (the anchors were not found):\n${manual.map((m) => `  - ${m}`).join("\n")}\n` : ""}
Next steps:
  1. Make the breaking change in src/schema/${to}/ (${from} stays as released).
  2. npm run generate                      # writes schemas/${to}/ and generated/${to}/
  3. Implement the transformation in src/migrate/steps/${from}-to-${to}.ts and test migrate(doc, { from: "${from}", to: "${to}" }).
  4. Decide when the root entry follows ${to} (src/index.ts re-exports the newest major's entry); validate() and the CLI pick the major from schemaVersion.
  5. npx changeset                         # choose major: release:check requires it while schemas/${to}/released/ does not exist
  6. npm run release:check && npm run release:version && publish`);
