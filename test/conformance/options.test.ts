/** The refusals of checkConformance and checkChain (options and documents), each whole: a TypeError, its message id and params, the message in zh-CN and en. */
import { describe, expect, it } from "vitest";
import { checkChain } from "../../src/conformance/check-chain.js";
import { checkConformance } from "../../src/conformance/check-conformance.js";

const std = () => ({ kind: "standard", items: [] });
const impl = () => ({ kind: "implementation", items: [] });
const basic = () => ({ kind: "basic", items: [] });
const bundle = () => ({ kind: "bundle", items: [] });

/** What a call throws, as a caller sees it. */
function thrown(call: () => unknown) {
  try {
    call();
  } catch (error: any) {
    return { type: error.constructor.name, id: error.messageId, params: error.messageParams, message: error.message };
  }
  return "returned";
}

// [cause, call in zh-CN, call in en, id, params, zh-CN message, en message]
const refusals: [string, (locale?: "en") => unknown, string, object, string, string][] = [
  ["an upper list that is null", (locale) => checkConformance(null, impl(), { locale }), "error.conformance.not-object", { index: 0 },
    "一致性检查：第 0 个文档不是目录对象", "conformance: document 0 is not a catalogue object"],
  ["an upper list that is an array", (locale) => checkConformance([], impl(), { locale }), "error.conformance.not-object", { index: 0 },
    "一致性检查：第 0 个文档不是目录对象", "conformance: document 0 is not a catalogue object"],
  ["a lower list that is text", (locale) => checkConformance(std(), "清单", { locale }), "error.conformance.not-object", { index: 1 },
    "一致性检查：第 1 个文档不是目录对象", "conformance: document 1 is not a catalogue object"],
  ["a list below a bundle list", (locale) => checkConformance(bundle(), impl(), { locale }), "error.conformance.bundle-mix", { index: 1, kind: "implementation", firstKind: "bundle" },
    "一致性检查：第 1 个文档为 implementation 目录，第 0 个为 bundle 目录；一件事清单只能与一件事清单比较",
    "conformance: document 1 is a implementation catalogue and document 0 a bundle one; a bundle list compares only with a bundle list"],
  ["a bundle list below a standard list", (locale) => checkConformance(std(), bundle(), { locale }), "error.conformance.bundle-mix", { index: 1, kind: "bundle", firstKind: "standard" },
    "一致性检查：第 1 个文档为 bundle 目录，第 0 个为 standard 目录；一件事清单只能与一件事清单比较",
    "conformance: document 1 is a bundle catalogue and document 0 a standard one; a bundle list compares only with a bundle list"],
  ["a basic catalogue below", (locale) => checkConformance(std(), basic(), { locale }), "error.conformance.not-lower", { index: 1, kind: "basic" },
    "一致性检查：第 1 个文档为 basic 目录；下级清单须为标准化清单或实施清单", "conformance: document 1 is a basic catalogue; a lower list must be a standard or implementation list"],
  ["a lower list without kind", (locale) => checkConformance(std(), { items: [] }, { locale }), "error.conformance.not-lower", { index: 1, kind: "undefined" },
    "一致性检查：第 1 个文档为 undefined 目录；下级清单须为标准化清单或实施清单", "conformance: document 1 is a undefined catalogue; a lower list must be a standard or implementation list"],
  ["a chain of one list", (locale) => checkChain([std()], { locale }), "error.chain.too-short", {},
    "checkChain：逐级检查至少需要两个目录", "checkChain: a chain needs at least two catalogues"],
  ["a chain that is no array", (locale) => checkChain({ 0: std(), 1: impl(), length: 2 } as any, { locale }), "error.chain.too-short", {},
    "checkChain：逐级检查至少需要两个目录", "checkChain: a chain needs at least two catalogues"],
  ["a basic catalogue in the middle of a chain", (locale) => checkChain([std(), basic(), impl()], { locale }), "error.conformance.not-lower", { index: 1, kind: "basic" },
    "一致性检查：第 1 个文档为 basic 目录；下级清单须为标准化清单或实施清单", "conformance: document 1 is a basic catalogue; a lower list must be a standard or implementation list"],
  ["a v1 list above a v2 list", (locale) => checkConformance({ ...std(), schemaVersion: "1.0" }, { ...impl(), schemaVersion: "2.0" }, { locale }), "error.major.mixed",
    { what: "checkConformance", first: "v1", second: "v2", from: "v1", to: "v2" },
    "checkConformance：不能比较 v1 文档与 v2 文档；请先将 v1 文档迁移到 v2", "checkConformance: cannot compare a v1 document with a v2 document; migrate the v1 one to v2 first"],
  ["a chain whose third list is of another major", (locale) => checkChain([{ ...std(), schemaVersion: "2.0" }, impl(), { ...impl(), schemaVersion: "1.0" }], { locale }), "error.major.mixed",
    { what: "checkChain", first: "v2", second: "v1", from: "v1", to: "v2" },
    "checkChain：不能比较 v2 文档与 v1 文档；请先将 v1 文档迁移到 v2", "checkChain: cannot compare a v2 document with a v1 document; migrate the v1 one to v2 first"],
  ["a chain whose third list is null", (locale) => checkChain([std(), impl(), null], { locale }), "error.conformance.not-object", { index: 2 },
    "一致性检查：第 2 个文档不是目录对象", "conformance: document 2 is not a catalogue object"],
];

describe("conformance refusals", () => {
  it.each(refusals)("%s", (_cause, call, id, params, zh, en) => {
    expect(thrown(() => call())).toEqual({ type: "TypeError", id, params, message: zh });
    expect(thrown(() => call("en"))).toEqual({ type: "TypeError", id, params, message: en });
  });

  it("an unknown locale is refused in zh-CN, naming the locale", () => {
    const expected = { type: "TypeError", id: "error.conformance.locale", params: { locale: "fr" }, message: '一致性检查：未知语言"fr"（可选：zh-CN、en）' };
    expect(thrown(() => checkConformance(std(), impl(), { locale: "fr" as any }))).toEqual(expected);
    expect(thrown(() => checkChain([std(), impl()], { locale: "fr" as any }))).toEqual(expected);
  });

  it.each([
    ["a standard list below a basic catalogue", () => checkConformance(basic(), std())],
    ["an implementation list below an implementation list", () => checkConformance(impl(), impl(), { locale: "en" })],
    ["a bundle list below a bundle list", () => checkConformance(bundle(), bundle())],
    ["a chain of two", () => checkChain([basic(), std()])],
    ["a chain of three", () => checkChain([std(), std(), impl()], { locale: "en" })],
  ])("near miss: %s is compared", (_cause, call) => {
    expect(call()).toEqual({ ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 0 }, issues: [] });
  });
});
