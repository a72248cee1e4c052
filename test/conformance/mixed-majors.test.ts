/** Comparing documents of two majors is refused: the library throws a TypeError naming both, the CLI exits 2 with one line that says to migrate. */
import { describe, expect, it } from "vitest";
import { checkChain, checkConformance, diffCatalogues } from "../../src/index.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { runCli } from "../helpers/cli.js";

const V1 = "test/fixtures/v1/catalogue/valid/full-implementation.json";
const V2 = "test/fixtures/v2/catalogue/valid/full-implementation.json";

describe("documents of two majors", () => {
  it("the library refuses them with a TypeError naming both majors", () => {
    const [v1, v2] = [readJson(V1), readJson(V2)];
    const message = "不能比较 v1 文档与 v2 文档；请先将 v1 文档迁移到 v2";
    expect(() => checkConformance(v1, v2)).toThrow(TypeError);
    expect(() => checkConformance(v1, v2)).toThrow(`checkConformance：${message}`);
    expect(() => diffCatalogues(v1, v2)).toThrow(`diffCatalogues：${message}`);
    expect(() => checkChain([...CHAIN_FILES.map(readJson), v2])).toThrow(`checkChain：${message}`);
    expect(() => checkConformance(v2, v1)).toThrow("checkConformance：不能比较 v2 文档与 v1 文档；请先将 v1 文档迁移到 v2");
    // In English when the call asks for it, and re-renderable from the id and params the error carries.
    expect(() => checkConformance(v2, v1, { locale: "en" })).toThrow(
      expect.objectContaining({
        name: "TypeError",
        message: "checkConformance: cannot compare a v2 document with a v1 document; migrate the v1 one to v2 first",
        messageId: "error.major.mixed",
        messageParams: { what: "checkConformance", first: "v2", second: "v1", from: "v1", to: "v2" },
      }),
    );
  });

  it("near miss: two documents of one major compare (any minor, and v2 with v2)", () => {
    const [a, b] = [readJson(V2), readJson(V2)];
    b.schemaVersion = "2.3";
    expect(diffCatalogues(a, b).summary).toBeDefined();
    expect(() => checkConformance(readJson(CHAIN_FILES[0]!), readJson(CHAIN_FILES[1]!))).not.toThrow();
  });

  it("the CLI exits 2 with one line that says to migrate (迁移 / migrate), in both languages", () => {
    expect(runCli(["diff", V1, V2])).toMatchObject({
      code: 2, stdout: "",
      stderr: `zwfw: ${V1} 为 v1，${V2} 为 v2，不同主版本的文档不能比较；请先将 ${V1} 迁移到 v2\n`,
    });
    expect(runCli(["conform", V2, V1, "--locale", "en"])).toMatchObject({
      code: 2, stdout: "",
      stderr: `zwfw: ${V2} is v2 and ${V1} is v1: documents of two majors cannot be compared; migrate ${V1} to v2 first\n`,
    });
    expect(runCli(["conform", "--chain", ...CHAIN_FILES, V2]).code).toBe(2);
  });
});
