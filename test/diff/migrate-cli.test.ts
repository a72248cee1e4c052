/** `zwfw migrate <file> --to <major> [-o out]`: stdout without -o, dropped elements on stderr, exit 2 on a bad target. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";

const V1 = "test/fixtures/v1/catalogue/valid/full-implementation.json";

describe("zwfw migrate", () => {
  it("--to v2 prints the library's migration on stdout, exit 0, nothing dropped", () => {
    const r = runCli(["migrate", V1, "--to", "v2"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual(migrate(readJson(V1), { from: "v1", to: "v2" }));
  });

  it("-o writes the file; back to v1 gives the original, and a v2-only element is listed as dropped", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-migrate-"));
    const v2 = path.join(dir, "v2.json");
    const back = path.join(dir, "back.json");
    expect(runCli(["migrate", V1, "--to", "v2", "-o", v2])).toMatchObject({ code: 0, stdout: "" });
    const doc = JSON.parse(fs.readFileSync(v2, "utf8"));
    doc.items[0].state = "in_force";
    fs.writeFileSync(v2, JSON.stringify(doc));
    expect(runCli(["migrate", v2, "--to", "v1", "-o", back, "--locale", "en"])).toMatchObject({ code: 0, stdout: "", stderr: "zwfw: dropped /items/0/state: v1 has no such element\n" });
    expect(JSON.parse(fs.readFileSync(back, "utf8"))).toEqual(readJson(V1));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exit 2 with one line on an unknown target major", () => {
    expect(runCli(["migrate", V1, "--to", "v9"])).toMatchObject({ code: 2, stdout: "", stderr: 'zwfw: --to 不是本标准的主版本："v9"（可选：v1, v2）\n' });
  });
});
