/**
 * Library errors that reach the CLI (a guide, index or national file of another shape, a catalogue the
 * spreadsheet layout cannot hold): one line, exit 2, in the run's language; a TypeError of our own
 * code is never passed off as the input's fault.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-worded-");
const put = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const out = path.join(dir, "out.json");

/** The run in zh-CN (the default) and with --locale en. */
const both = (args: string[]) => ({ zh: runCli(args), en: runCli([...args, "--locale", "en"]) });
const line = (text: string) => ({ code: 2, stdout: "", stderr: `zwfw: ${text}\n` });

describe("zwfw import: a document of another shape", () => {
  it("--from guide: not a guide list", () => {
    const file = put("guide.json", '{"x":1}');
    expect(both(["import", file, "--from", "guide", "-o", out])).toEqual({
      zh: line(`${file}: 办事指南列表须为 { content: [{ name, contentText: ["一、事项名称：…", …], auditMaterials }] } 或这样的指南组成的数组`),
      en: line(`${file}: a guide list is { content: [{ name, contentText: ["一、事项名称：…", …], auditMaterials }] } or an array of such guides`),
    });
  });

  it("--from index: not a guide index", () => {
    const file = put("index.json", '{"x":1}');
    expect(both(["import", file, "--from", "index", "-o", out])).toEqual({
      zh: line(`${file}: 办事指南索引须为数组：[{ department, items: [{ main_item, sub_items: [{ name, link }] }] }]`),
      en: line(`${file}: a guide index is an array of { department, items: [{ main_item, sub_items: [{ name, link }] }] }`),
    });
  });

  it("--from national: a csv row that joins no item, and JSON without records", () => {
    const csv = put("records.csv", "task_code,task_name\nC,甲\n");
    put("records.materials.csv", "task_code,material_name\nD,孤\n");
    expect(both(["import", csv, "--from", "national", "-o", out])).toEqual({
      zh: line(`${csv}: materials 第 2 行：task_code D 在"basic"中没有对应的行`),
      en: line(`${csv}: materials row 2: task_code D matches no row of "basic"`),
    });
    const json = put("national.json", '{"x":1}');
    expect(both(["import", json, "--from", "national", "-o", out])).toEqual({
      zh: line(`${json}: 国家平台格式的文档须为记录数组（或 { samples: [{ records }] }）`),
      en: line(`${json}: a national-layout document is an array of records (or { samples: [{ records }] })`),
    });
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("zwfw export: a catalogue the layout cannot hold", () => {
  it("a material that is not an object is named by its pointer", () => {
    const file = put("bad-material.json", JSON.stringify({ kind: "implementation", items: [{ name: "甲", materials: [7] }] }));
    const csv = path.join(dir, "bad.csv");
    expect(both(["export", file, "-o", csv])).toEqual({
      zh: line(`${file}: /items/0/materials/0 为数字，不是对象`),
      en: line(`${file}: /items/0/materials/0 is a number, not an object`),
    });
    expect(fs.existsSync(csv)).toBe(false);
  });
});
