/** The v2 conformance rules' cases: a trigger with the whole issue (both locales) and near-misses, on the v2 pair (pair-v2.ts). */
type Mutate = (upper: any, lower: any) => void;

/** The whole expected issue, with the message in each locale. */
export interface ExpectedV2 {
  rule: string;
  severity: "error" | "warning" | "info";
  path: string;
  upperPath: string;
  itemCode: string;
  zh: string;
  en: string;
}

/** One v2 case. */
export interface CaseV2 {
  rule: string;
  trigger: Mutate;
  expected: ExpectedV2;
  nearMisses: [string, Mutate][];
}

const item = (doc: any, i = 0) => doc.items[i];
const material = (doc: any, id: string) => item(doc).materials.find((m: any) => m.id === id);
const situation = (doc: any, id: string) => item(doc).situations.find((s: any) => s.id === id);
/** The lower fixture's first item's implementation code. */
const CODE = "11320508MB1H3K5E5P4000123018000";

/** Every v2 conformance rule's cases. */
export const v2Cases: CaseV2[] = [
  {
    rule: "situation-added",
    trigger: (_u, l) => item(l).situations.push({ id: "S09", name: "补办", materials: ["M0001"] }),
    expected: {
      rule: "situation-added", severity: "error", path: "/items/0/situations/2", upperPath: "/items/0/situations", itemCode: CODE,
      zh: "新增上级未列的办理情形 S09「补办」",
      en: 'adds situation S09 "补办", which the upper item does not list',
    },
    nearMisses: [
      ["a situation dropped below", (_u, l) => item(l).situations.splice(1, 1)],
      ["a situation renamed below, same id", (_u, l) => (situation(l, "S02").name = "延续换证")],
      ["situations reordered below", (_u, l) => item(l).situations.reverse()],
      ["an upper item without situations", (u) => delete item(u).situations],
    ],
  },
  {
    rule: "situation-material-added",
    trigger: (_u, l) => {
      item(l).situations.reverse();
      situation(l, "S02").materials.push("M0002");
    },
    expected: {
      rule: "situation-material-added", severity: "error", path: "/items/0/situations/0/materials/1", upperPath: "/items/0/situations/1/materials", itemCode: CODE,
      zh: "办理情形「延续」新增上级该情形未要求的材料 M0002「供水设施平面布局图及工艺流程图」",
      en: 'situation "延续" asks for material M0002 "供水设施平面布局图及工艺流程图", which the upper situation does not',
    },
    nearMisses: [
      ["a material that no upper situation names (it applies in all of them)", (_u, l) => situation(l, "S02").materials.push("M0003")],
      ["fewer materials in a situation", (_u, l) => (situation(l, "S01").materials = ["M0001"])],
      ["the same materials in another order", (_u, l) => situation(l, "S01").materials.reverse()],
    ],
  },
  {
    rule: "exemption-withdrawn",
    trigger: (_u, l) => {
      const m = material(l, "M0002");
      for (const key of ["exemptible", "exemptionMode", "licenceName", "dataSourceDepartment"]) delete m[key];
    },
    expected: {
      rule: "exemption-withdrawn", severity: "error", path: "/items/0/materials/1/exemptible", upperPath: "/items/0/materials/1/exemptible", itemCode: CODE,
      zh: "材料「供水设施平面布局图及工艺流程图」上级可免提交（电子证照），本级仍要求提交",
      en: 'material "供水设施平面布局图及工艺流程图" may be skipped above (Electronic licence) but must be submitted here',
    },
    nearMisses: [
      ["a material made exemptible below", (_u, l) => Object.assign(material(l, "M0001"), { exemptible: true, exemptionMode: "commitment" })],
      ["exempt by another mode below", (_u, l) => Object.assign(material(l, "M0002"), { exemptionMode: "data_sharing" })],
      ["a material not exemptible on either level", (u, l) => {
        material(u, "M0002").exemptible = false;
        material(l, "M0002").exemptible = false;
      }],
      ["the exemptible material dropped below", (_u, l) => {
        item(l).materials.splice(1, 1);
        situation(l, "S01").materials = ["M0001"];
      }],
    ],
  },
  {
    rule: "exemption-withdrawn",
    trigger: (u, l) => {
      item(u).materials.reverse();
      material(l, "M0002").exemptible = false;
    },
    expected: {
      rule: "exemption-withdrawn", severity: "error", path: "/items/0/materials/1/exemptible", upperPath: "/items/0/materials/2/exemptible", itemCode: CODE,
      zh: "材料「供水设施平面布局图及工艺流程图」上级可免提交（电子证照），本级仍要求提交",
      en: 'material "供水设施平面布局图及工艺流程图" may be skipped above (Electronic licence) but must be submitted here',
    },
    nearMisses: [],
  },
  {
    rule: "intermediary-added",
    trigger: (_u, l) => item(l).intermediaries.push({ name: "环境影响评价", required: true }),
    expected: {
      rule: "intermediary-added", severity: "error", path: "/items/0/intermediaries/1", upperPath: "/items/0/intermediaries", itemCode: CODE,
      zh: "新增上级未要求的中介服务「环境影响评价」",
      en: 'requires intermediary service "环境影响评价", which the upper item does not require',
    },
    nearMisses: [
      ["an optional intermediary service added below", (_u, l) => item(l).intermediaries.push({ name: "环境影响评价", required: false })],
      ["a required service made optional below", (_u, l) => (item(l).intermediaries[0].required = false)],
      ["the same service, written with spaces", (_u, l) => (item(l).intermediaries[0].name = "水质 检测")],
      ["an upper item without intermediaries", (u) => delete item(u).intermediaries],
    ],
  },
  {
    rule: "intermediary-added",
    trigger: (u) => (item(u).intermediaries[0].required = false),
    expected: {
      rule: "intermediary-added", severity: "error", path: "/items/0/intermediaries/0/required", upperPath: "/items/0/intermediaries/0/required", itemCode: CODE,
      zh: "新增上级未要求的中介服务「水质检测」",
      en: 'requires intermediary service "水质检测", which the upper item does not require',
    },
    nearMisses: [],
  },
  {
    rule: "special-procedure-added",
    trigger: (_u, l) => item(l).specialProcedures.push({ kind: "2", name: "专家评审" }),
    expected: {
      rule: "special-procedure-added", severity: "warning", path: "/items/0/specialProcedures/1", upperPath: "/items/0/specialProcedures", itemCode: CODE,
      zh: "新增上级未列的特别程序「专家评审」",
      en: 'adds special procedure "专家评审", which the upper item does not have',
    },
    nearMisses: [
      ["a special procedure dropped below", (_u, l) => (item(l).specialProcedures = [])],
      ["the same procedure with a shorter time limit", (_u, l) => (item(l).specialProcedures[0].timeLimit.value = 3)],
      ["an upper item without special procedures", (u) => delete item(u).specialProcedures],
    ],
  },
  {
    rule: "online-service-withdrawn",
    trigger: (_u, l) => (item(l).appointment = false),
    expected: {
      rule: "online-service-withdrawn", severity: "warning", path: "/items/0/appointment", upperPath: "/items/0/appointment", itemCode: CODE,
      zh: "「是否支持预约办理」上级为是，本级为否",
      en: "online service appointment is on above but off here",
    },
    nearMisses: [
      ["a service switched on below", (_u, l) => (item(l).onlinePayment = true)],
      ["a flag the lower item does not give", (_u, l) => delete item(l).appointment],
      ["a flag off on both levels", (u, l) => (item(u).appointment = item(l).appointment = false)],
    ],
  },
  {
    rule: "cross-region-scope-narrowed",
    trigger: (u) => (item(u).crossRegionScope = "province"),
    expected: {
      rule: "cross-region-scope-narrowed", severity: "warning", path: "/items/0/crossRegionScope", upperPath: "/items/0/crossRegionScope", itemCode: CODE,
      zh: "通办范围缩小：上级 全省通办，本级 全市通办",
      en: "narrower cross-region scope: upper Province-wide, lower City-wide",
    },
    nearMisses: [
      ["a broader scope below", (_u, l) => (item(l).crossRegionScope = "nationwide")],
      ["no scope below", (u, l) => {
        item(u).crossRegionScope = "province";
        delete item(l).crossRegionScope;
      }],
    ],
  },
  {
    rule: "upper-item-cancelled",
    trigger: (u) => (item(u).state = "cancelled"),
    expected: {
      rule: "upper-item-cancelled", severity: "error", path: "/items/0", upperPath: "/items/0/state", itemCode: CODE,
      zh: "事项 000123018000「饮用水供水单位卫生许可」已被上级取消，本级清单仍保留",
      en: 'item 000123018000 "饮用水供水单位卫生许可" is cancelled above but still on this list',
    },
    nearMisses: [
      ["an item suspended above", (u) => (item(u).state = "suspended")],
      ["an item cancelled above and dropped below (not reported unclaimed either)", (u, l) => {
        item(u).state = "cancelled";
        l.items.splice(0, 1);
      }],
    ],
  },
];
