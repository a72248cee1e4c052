/** Every conformance rule: a minimal pair that triggers it (exact rule, severity, path, upperPath) and a near-miss that must pass. */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { conformanceRules } from "../../src/conformance/rules/index.js";
import type { RegionRegistry } from "../../src/regions/region-registry.js";
import { brief, pair } from "./pair.js";
import { v2Cases } from "./v2-cases.js";

type Mutate = (upper: any, lower: any) => void;
interface Case {
  rule: string;
  trigger: Mutate;
  expected: ReturnType<typeof brief>;
  nearMisses: [string, Mutate][];
}

const item = (doc: any, i = 0) => doc.items[i];
const material = (doc: any, id: string) => item(doc).materials.find((m: any) => m.id === id);

const cases: Case[] = [
  {
    rule: "level-order",
    trigger: (_u, l) => (l.region = { code: "320000000000", level: "2" }),
    expected: [{ rule: "level-order", severity: "error", path: "/region/level", upperPath: "/region/level" }],
    nearMisses: [
      ["a city below a province", () => {}],
      ["a province below the nation", (u, l) => {
        u.region = { code: "000000000000", level: "1" };
        l.region = { code: "320000000000", level: "2" };
        for (const it of [...u.items, ...l.items]) it.levels = ["2", "3", "4"];
      }],
    ],
  },
  {
    rule: "region-not-within-upper",
    trigger: (_u, l) => (l.region.code = "330100000000"),
    expected: [{ rule: "region-not-within-upper", severity: "error", path: "/region/code", upperPath: "/region/code" }],
    nearMisses: [["another city of the same province", (_u, l) => (l.region.code = "320600000000")]],
  },
  {
    rule: "not-in-upper",
    trigger: (_u, l) => l.items.push({ ...structuredClone(item(l)), basicCode: "000199001000" }),
    expected: [{ rule: "not-in-upper", severity: "error", path: "/items/2/basicCode" }],
    nearMisses: [["a second copy of a listed item", (_u, l) => l.items.push(structuredClone(item(l)))]],
  },
  {
    rule: "name-mismatch",
    trigger: (_u, l) => (item(l).name += "（市级）"),
    expected: [{ rule: "name-mismatch", severity: "error", path: "/items/0/name", upperPath: "/items/0/name" }],
    nearMisses: [
      ["whitespace, including an ideographic space", (_u, l) => (item(l).name = ` 饮用水供水单位\u3000卫生 许可 `)],
      ["half-width brackets where the upper has full-width ones", (u, l) => {
        item(u).name = "企业投资项目备案（技术改造）";
        item(l).name = "企业投资项目备案(技术改造)";
      }],
    ],
  },
  {
    rule: "type-mismatch",
    trigger: (_u, l) => (item(l).type = "20"),
    expected: [{ rule: "type-mismatch", severity: "error", path: "/items/0/type", upperPath: "/items/0/type" }],
    nearMisses: [["a different department (not one of the compared elements)", (_u, l) => (item(l).department = "卫生健康局")]],
  },
  {
    rule: "legal-basis-mismatch",
    trigger: (_u, l) => (item(l).legalBasis[0].article = "第三十条"),
    expected: [{ rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis" }],
    nearMisses: [["reordered, without 《》, other 文号 and text", (_u, l) => {
      const basis = item(l).legalBasis.reverse();
      basis[0].lawName = basis[0].lawName.replace(/[《》]/g, "");
      basis[0].docNumber = "另一文号";
      delete basis[1].text;
    }]],
  },
  {
    rule: "level-not-allowed-upstream",
    trigger: (u) => (item(u).levels = ["2", "4"]),
    expected: [{ rule: "level-not-allowed-upstream", severity: "error", path: "/items/0/level", upperPath: "/items/0/levels" }],
    nearMisses: [["narrowed levels", (_u, l) => (item(l).levels = ["3"])]],
  },
  {
    rule: "level-not-allowed-upstream",
    trigger: (_u, l) => item(l).levels.push("5"),
    expected: [{ rule: "level-not-allowed-upstream", severity: "error", path: "/items/0/levels/2", upperPath: "/items/0/levels" }],
    nearMisses: [["levels dropped to its own level", (_u, l) => (item(l).levels = ["3"])]],
  },
  {
    rule: "statutory-time-changed",
    trigger: (_u, l) => (item(l).timeLimit.statutory.value = 15),
    expected: [{ rule: "statutory-time-changed", severity: "error", path: "/items/0/timeLimit/statutory", upperPath: "/items/0/timeLimit/statutory" }],
    nearMisses: [["statutory left out (only two present fields are compared)", (_u, l) => delete item(l).timeLimit.statutory]],
  },
  {
    rule: "statutory-time-changed",
    trigger: (_u, l) => (item(l).timeLimit.statutory.unit = "natural_day"),
    expected: [{ rule: "statutory-time-changed", severity: "error", path: "/items/0/timeLimit/statutory", upperPath: "/items/0/timeLimit/statutory" }],
    nearMisses: [],
  },
  {
    rule: "promised-time-exceeds-upper",
    trigger: (_u, l) => (item(l).timeLimit.promised.value = 11),
    expected: [{ rule: "promised-time-exceeds-upper", severity: "error", path: "/items/0/timeLimit/promised", upperPath: "/items/0/timeLimit/promised" }],
    nearMisses: [
      ["a shortened promise", (_u, l) => (item(l).timeLimit.promised.value = 5)],
      ["a longer promise in another unit (not compared)", (_u, l) => (item(l).timeLimit.promised = { value: 14, unit: "natural_day" })],
    ],
  },
  {
    rule: "material-added",
    trigger: (_u, l) => item(l).materials.push({ name: "户口簿", necessity: "required", medium: "paper" }),
    expected: [{ rule: "material-added", severity: "error", path: "/items/0/materials/4", upperPath: "/items/0/materials" }],
    nearMisses: [
      ["a removed material", (_u, l) => item(l).materials.splice(1, 1)],
      ["a renamed material with the same id", (_u, l) => (material(l, "M1").name = "申请书")],
      ["a material without id matched by normalised name", (_u, l) => (item(l).materials[3].name = "营业执照 (副本)")],
    ],
  },
  {
    rule: "material-added",
    trigger: (_u, l) => (material(l, "M2").id = "M9"),
    expected: [{ rule: "material-added", severity: "error", path: "/items/0/materials/1", upperPath: "/items/0/materials" }],
    nearMisses: [],
  },
  {
    rule: "material-necessity-raised",
    trigger: (_u, l) => {
      item(l).materials.reverse();
      material(l, "M2").necessity = "required";
    },
    expected: [{ rule: "material-necessity-raised", severity: "error", path: "/items/0/materials/2/necessity", upperPath: "/items/0/materials/1/necessity" }],
    nearMisses: [
      ["a required material made optional", (_u, l) => (material(l, "M1").necessity = "optional")],
      ["a deferrable material made optional", (_u, l) => (material(l, "M3").necessity = "optional")],
    ],
  },
  {
    rule: "material-necessity-raised",
    trigger: (_u, l) => (material(l, "M3").necessity = "required"),
    expected: [{ rule: "material-necessity-raised", severity: "error", path: "/items/0/materials/2/necessity", upperPath: "/items/0/materials/2/necessity" }],
    nearMisses: [],
  },
  {
    rule: "material-copies-increased",
    trigger: (_u, l) => (material(l, "M1").copies = 2),
    expected: [{ rule: "material-copies-increased", severity: "warning", path: "/items/0/materials/0/copies", upperPath: "/items/0/materials/0/copies" }],
    nearMisses: [["fewer copies", (_u, l) => (item(l).materials[3].copies = 1)]],
  },
  {
    rule: "fee-added",
    trigger: (_u, l) => item(l).fees.items.push({ name: "证书邮寄费", standard: "每件12元", basis: "本市规定", amount: 12 }),
    expected: [{ rule: "fee-added", severity: "error", path: "/items/0/fees/items/1", upperPath: "/items/0/fees/items" }],
    nearMisses: [
      ["the same fee, written with spaces", (_u, l) => (item(l).fees.items[0].name = "卫生 检测费")],
      ["free where the upper charges", (_u, l) => (item(l).fees = { charged: false, items: [] })],
    ],
  },
  {
    rule: "fee-added",
    trigger: (_u, l) => (item(l, 1).fees = { charged: true, items: [{ name: "查档费", standard: "每件5元", basis: "本市规定", amount: 5 }] }),
    expected: [{ rule: "fee-added", severity: "error", path: "/items/1/fees/charged", upperPath: "/items/1/fees/charged" }],
    nearMisses: [],
  },
  {
    rule: "fee-amount-increased",
    trigger: (_u, l) => (item(l).fees.items[0].amount = 12),
    expected: [{ rule: "fee-amount-increased", severity: "error", path: "/items/0/fees/items/0/amount", upperPath: "/items/0/fees/items/0/amount" }],
    nearMisses: [["a lower fee", (_u, l) => (item(l).fees.items[0].amount = 8)]],
  },
  {
    rule: "visits-increased",
    trigger: (_u, l) => (item(l).visits = 2),
    expected: [{ rule: "visits-increased", severity: "error", path: "/items/0/visits", upperPath: "/items/0/visits" }],
    nearMisses: [["zero visits", (_u, l) => (item(l).visits = 0)]],
  },
  {
    rule: "online-depth-decreased",
    trigger: (_u, l) => (item(l).onlineDepth = 2),
    expected: [{ rule: "online-depth-decreased", severity: "warning", path: "/items/0/onlineDepth", upperPath: "/items/0/onlineDepth" }],
    nearMisses: [["a higher online depth", (_u, l) => (item(l).onlineDepth = 4)]],
  },
  {
    rule: "not-claimed",
    trigger: (_u, l) => l.items.splice(1, 1),
    expected: [{ rule: "not-claimed", severity: "info", path: "/items", upperPath: "/items/1" }],
    nearMisses: [["an unclaimed item not allowed at the lower level", (u, l) => {
      l.items.splice(1, 1);
      item(u, 1).levels = ["4"];
    }]],
  },
];

/** The share of Han characters among the letters of a text (Han and Latin). */
function hanShare(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han / Math.max(1, han + latin);
}

describe("conformance rules", () => {
  it("the fixture pair is clean", () => {
    const { upper, lower } = pair();
    expect(checkConformance(upper, lower).issues).toEqual([]);
  });

  it("every rule has a case (v2's own rules in v2-cases.ts)", () => {
    expect(new Set([...cases, ...v2Cases].map((c) => c.rule))).toEqual(new Set(conformanceRules.map((r) => r.id)));
  });

  it.each(conformanceRules.map((r) => [r.id, r] as const))("%s has a rationale in zh-CN and en", (_id, rule) => {
    // The English keeps the Chinese terms it glosses (事项名称, 行使层级…), so each side is checked by its main script.
    expect(hanShare(rule.rationale["zh-CN"])).toBeGreaterThan(0.5);
    expect(hanShare(rule.rationale.en)).toBeLessThan(0.5);
    expect(rule.rationale.en.length).toBeGreaterThan(40);
  });

  for (const c of cases) {
    describe(c.rule, () => {
      it(`triggers: ${JSON.stringify(c.expected[0]?.path)}`, () => {
        const { upper, lower } = pair();
        c.trigger(upper, lower);
        const report = checkConformance(upper, lower);
        expect(brief(report.issues)).toEqual(c.expected);
        expect(report.ok).toBe(c.expected[0]!.severity !== "error");
      });
      for (const [name, mutate] of c.nearMisses) {
        it(`near-miss passes: ${name}`, () => {
          const { upper, lower } = pair();
          mutate(upper, lower);
          expect(brief(checkConformance(upper, lower).issues)).toEqual([]);
        });
      }
    });
  }

  it("issues carry the lower item's code and a message with both values, in both locales", () => {
    const { upper, lower } = pair();
    item(lower).timeLimit.promised.value = 12;
    const [zh] = checkConformance(upper, lower).issues;
    const [en] = checkConformance(upper, lower, { locale: "en" }).issues;
    expect(zh!.itemCode).toBe(item(lower).implementationCode);
    expect(zh!.message).toBe("承诺办结时限超过上级：上级 10个工作日，本级 12个工作日");
    expect(en!.message).toBe("promised time limit exceeds the upper item's: upper 10 working day(s), lower 12 working day(s)");
  });

  it("standard-only fields are not compared against a basic catalogue", () => {
    const { upper, lower } = pair();
    upper.kind = "basic";
    item(lower).timeLimit.promised.value = 30;
    item(lower).materials.push({ name: "户口簿", necessity: "required", medium: "paper" });
    item(lower).name = "另一个名称";
    expect(brief(checkConformance(upper, lower).issues).map((i) => i.rule)).toEqual(["name-mismatch"]);
  });

  it("matches handling items by their sequence where both have one", () => {
    const { lower } = pair();
    const a = item(lower);
    const b = structuredClone(a);
    a.handlingItemCode = a.implementationCode + "01";
    b.handlingItemCode = b.implementationCode + "02";
    b.timeLimit.promised.value = 12;
    lower.items.push(b);
    // The upper list is an implementation list with one handling item only.
    const upperImpl = structuredClone(lower);
    upperImpl.items = [structuredClone(a)];
    upperImpl.items[0].timeLimit.promised.value = 10;
    upperImpl.region = { code: "320000000000", level: "2" };
    const issues = brief(checkConformance(upperImpl, { ...lower, items: [a, b] }).issues);
    // b (sequence 02) has no counterpart above: it is an item outside the list.
    expect(issues).toEqual([{ rule: "not-in-upper", severity: "error", path: "/items/1/basicCode" }]);
  });

  describe("region registry", () => {
    const registry = (parents: Record<string, string[]>): RegionRegistry => ({
      region: (code) => (parents[code] ? { code, name: code, level: "4" } : undefined),
      parents: (code) => (parents[code] ?? []).map((p) => ({ code: p, name: p, level: "3" })),
    });

    it("uses the registry's parent links when it knows the region", () => {
      const { upper, lower } = pair();
      upper.region = { code: "320500000000", level: "3" };
      lower.region = { code: "320581000000", level: "4" };
      for (const it of lower.items) it.level = "4";
      const options = { registry: registry({ "320581000000": ["320000000000", "320600000000"] }) };
      expect(brief(checkConformance(upper, lower, options).issues)).toEqual([
        { rule: "region-not-within-upper", severity: "error", path: "/region/code", upperPath: "/region/code" },
      ]);
      // The same codes pass by structure when the registry does not know the region.
      expect(checkConformance(upper, lower, { registry: registry({}) }).issues).toEqual([]);
    });
  });
});
