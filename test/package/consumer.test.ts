/**
 * The package as a consumer gets it: `npm pack`, install the tarball into an empty project, then
 * import it as ESM and as CommonJS, load a published schema, and type-check a TypeScript file.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const project = scratchDir("zwfw-consumer-");
const node = (file: string) => execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });

/** One `tsc -b` over several project folders of the consumer: the diagnostics, "" when all compile. */
function tscBuild(dirs: readonly string[]): string {
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-b", ...dirs], { cwd: project, encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

beforeAll(() => {
  expect(fs.existsSync(path.join(ROOT, "dist/index.js")), "run npm run build first").toBe(true);
  // --ignore-scripts: `npm test` has just built dist/; prepack would rebuild it under the running tests (test/release/pack-install.test.ts covers prepack).
  const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", project], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop()!;
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", path.join(project, packed)], { cwd: project, stdio: "pipe" });
}, 300_000);

describe("the packed package", () => {
  it("imports as ESM, from the root and from ./v1, and loads a schema subpath", () => {
    fs.writeFileSync(path.join(project, "esm.mjs"), `
      import { validate, ItemType, parseCreditCode } from "zwfw-standard";
      import * as v1 from "zwfw-standard/v1";
      import schema from "zwfw-standard/schemas/v1/catalogue.schema.json" with { type: "json" };
      const report = validate({ kind: "basic" });
      console.log(JSON.stringify([ItemType.License, parseCreditCode("11440000MB2D0164XH").valid, report.ok, typeof v1.validateCatalogue, v1.SCHEMA_VERSION, schema.$id]));
    `);
    expect(JSON.parse(node("esm.mjs"))).toEqual(["01", true, false, "function", "1.0", "https://zwfw-standard.org/schemas/v1/catalogue.schema.json"]);
  });

  it("requires as CommonJS", () => {
    fs.writeFileSync(path.join(project, "cjs.cjs"), `
      const { validate, levels } = require("zwfw-standard");
      const v1 = require("zwfw-standard/v1");
      console.log(JSON.stringify([validate(null).issues[0].rule, levels.entries.length, typeof v1.validate]));
    `);
    expect(JSON.parse(node("cjs.cjs"))).toEqual(["schema", 6, "function"]);
  });

  it("type-checks a TypeScript file that uses the exported types", () => {
    fs.writeFileSync(path.join(project, "use.ts"), `
      import type { Catalogue, BasicItem, ImplementationItem, Material, FeeItem, Duration, LegalCitation, Report } from "zwfw-standard";
      import { validate, ItemType } from "zwfw-standard";
      import type { StandardItem } from "zwfw-standard/v1";
      const duration: Duration = { value: 5, unit: "working_day" };
      const citation: LegalCitation = { lawName: "《中华人民共和国行政许可法》" };
      const material: Material = { name: "申请书", necessity: "required", medium: "electronic" };
      const fee: FeeItem = { name: "工本费", standard: "每本10元", basis: "发改价格〔2017〕1186号", amount: 10 };
      const item: BasicItem = { basicCode: "000123018000", name: "饮用水供水单位卫生许可", type: ItemType.License, levels: ["3", "4"], legalBasis: [citation] };
      const catalogue: Catalogue = { schemaVersion: "1.0", kind: "basic", region: { code: "320000000000", level: "2" }, publisher: { name: "江苏省" }, items: [item] };
      const report: Report = validate(catalogue);
      export const used: [Duration, Material, FeeItem, Report, ImplementationItem | undefined, StandardItem | undefined] = [duration, material, fee, report, undefined, undefined];
      // @ts-expect-error: "hour" is not a v1 time unit
      export const wrong: Duration = { value: 1, unit: "hour" };
    `);
    fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({
      compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] },
      files: ["use.ts"],
    }));
    const tscBin = path.join(ROOT, "node_modules/typescript/bin/tsc");
    expect(() => execFileSync(process.execPath, [tscBin, "-p", project], { cwd: project, encoding: "utf8", stdio: "pipe" })).not.toThrow();
  });

  /**
   * The consumer matrix of issue 12: strict, skipLibCheck false, every resolution mode, with and
   * without DOM and @types/node (the package brings no @types of its own), importing the root, every
   * subpath and a JSON schema. Every cell is one small project over the one install above, and all
   * cells compile in ONE `tsc -b` run (one process, one parse of the standard libs), so a failing
   * cell names its folder in the output. By default six representative cells run, one per resolution
   * mode, covering all four DOM × @types/node combinations (the DOM-without-@types cell is the one
   * that used to fail); ZWFW_FULL_MATRIX=1 compiles all 24 cells.
   */
  describe("consumer matrix (strict, skipLibCheck false)", () => {
    const imports = ["zwfw-standard", "zwfw-standard/v1", "zwfw-standard/v2", "zwfw-standard/spreadsheet", "zwfw-standard/regions", "zwfw-standard/node"];
    const body = imports.map((spec, i) => `import * as m${i} from "${spec}";`).join("\n") + `\nexport const all = [${imports.map((_, i) => `m${i}`).join(", ")}];\n`;
    const modes = [
      { name: "node16-esm", module: "Node16", resolution: "Node16", file: "m.mts", json: "" },
      { name: "node16-cjs", module: "Node16", resolution: "Node16", file: "c.cts", json: 'import schema = require("zwfw-standard/schemas/v1/catalogue.schema.json");\nexport const id: string = schema.$id;\n' },
      { name: "nodenext-esm", module: "NodeNext", resolution: "NodeNext", file: "m.mts", json: 'import schema from "zwfw-standard/schemas/v1/catalogue.schema.json" with { type: "json" };\nexport const id: string = schema.$id;\n' },
      { name: "nodenext-cjs", module: "NodeNext", resolution: "NodeNext", file: "c.cts", json: 'import schema = require("zwfw-standard/schemas/v2/catalogue.schema.json");\nexport const id: string = schema.$id;\n' },
      { name: "bundler", module: "ESNext", resolution: "Bundler", file: "b.ts", json: 'import schema from "zwfw-standard/schemas/v1/catalogue.schema.json";\nexport const id: string = schema.$id;\n' },
      { name: "node10-typesVersions", module: "CommonJS", resolution: "Node10", file: "n.ts", json: 'import schema = require("zwfw-standard/schemas/v1/catalogue.schema.json");\nexport const id: string = schema.$id;\n' },
    ];
    const all = modes.flatMap((mode) => [true, false].flatMap((dom) => [true, false].map((nodeTypes) => ({ ...mode, dom, nodeTypes }))));
    // Mode i gets DOM × @types combination i mod 4, so the subset covers every mode and every combination.
    const combos = [[true, false], [false, false], [true, true], [false, true]] as const;
    const subset = modes.map((mode, i) => ({ ...mode, dom: combos[i % 4]![0], nodeTypes: combos[i % 4]![1] }));
    const full = process.env.ZWFW_FULL_MATRIX === "1";
    const cells = full ? all : subset;

    it(`${cells.length} cells compile in one tsc -b run${full ? "" : " (ZWFW_FULL_MATRIX=1 for all 24)"}`, () => {
      const names = cells.map((cell) => {
        const name = `matrix-${cell.name}-${cell.dom ? "dom" : "nodom"}-${cell.nodeTypes ? "types" : "notypes"}`;
        const dir = path.join(project, name);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, cell.file), body + cell.json);
        fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({
          compilerOptions: {
            strict: true, skipLibCheck: false, noEmit: true, target: "ES2022", module: cell.module, moduleResolution: cell.resolution,
            resolveJsonModule: true, esModuleInterop: true, lib: cell.dom ? ["ES2022", "DOM"] : ["ES2022"],
            // @types/node comes from the repository's install, so the consumer's own node_modules stays as installed.
            types: cell.nodeTypes ? ["node"] : [], typeRoots: [path.join(ROOT, "node_modules/@types")],
          },
          files: [cell.file],
        }));
        fs.symlinkSync(path.join(project, "node_modules"), path.join(dir, "node_modules"), "dir");
        return name;
      });
      expect(tscBuild(names)).toBe("");
    }, 300_000);
  });

  it("ships the zwfw binary", () => {
    const out = execFileSync(path.join(project, "node_modules/.bin/zwfw"), ["--version"], { encoding: "utf8" });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
