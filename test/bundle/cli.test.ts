/** `zwfw bundle check` from the built CLI: the example's report in each format, exit codes 0/1/2. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-bundle-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};

describe("zwfw bundle check: bad input", () => {
  const list = write("list.json", { kind: "implementation", items: [] });
  const notBundles = write("basic.json", { kind: "basic", items: [] });
  const bundles = write("bundles.json", { kind: "bundle", items: [] });
  it.each([
    ["a missing file", ["bundle", "check", path.join(tmp, "nope.json"), list], /nope\.json: 文件不存在/],
    ["malformed JSON", ["bundle", "check", write("bad.json", "{\"kind\": "), list], /bad\.json:1:10: /],
    ["a first file that is no bundle list", ["bundle", "check", notBundles, list], /basic\.json 不是一件事清单（kind 应为 "bundle"） \(.*basic\.json is not a bundle list/],
    ["a member file that is no implementation list", ["bundle", "check", bundles, notBundles], /basic\.json 不是实施清单/],
    ["no implementation list", ["bundle", "check", bundles], /missing required argument/],
    ["a bad --report", ["bundle", "check", bundles, list, "--report", "html"], /--report must be one of/],
    ["an unknown subcommand", ["bundle", "verify", bundles, list], /unknown command/],
  ])("exit 2 with one line on %s", (_name, args, stderr) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
});
