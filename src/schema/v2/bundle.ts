/**
 * 一件事清单: a catalogue whose items are bundles (一件事, 高效办成一件事, GB/T 45836—2025): several
 * departments' items that an applicant handles as one, with one lead department, one form, one set of
 * materials and one window.
 */
import { Type } from "typebox";
import { codesOf } from "../../codes/code-set.js";
import { collaborationTypes, onlineDepths } from "../../codes/code-sets.js";
import { catalogueOf } from "./catalogue-header.js";
import { CreditCode, Duration, Extensions } from "./common.js";
import { ImplementationItem } from "./implementation-item.js";
import { Material } from "./material.js";
import { def } from "../named.js";
import { Situation } from "./situation.js";

/** The pattern of a 31-character 实施编码, as the implementation item defines it. */
const IMPLEMENTATION_CODE_PATTERN = (ImplementationItem.properties.implementationCode as { pattern?: string }).pattern;

/** A department of a bundle: its name and credit code. */
export const BundleDepartment = def("BundleDepartment", Type.Object({
  name: Type.String({ title: "部门名称", description: "Name of the department.", minLength: 1, maxLength: 100 }),
  creditCode: Type.Optional(Type.With(CreditCode, { title: "部门统一社会信用代码", description: "Credit code of the department." })),
}, { title: "部门", description: "A department taking part in a bundle.", additionalProperties: false }));

/** 事项组成: one member item, by the implementation code of the item in an implementation list. */
export const BundleMember = def("BundleMember", Type.Object({
  implementationCode: Type.String({
    title: "实施编码",
    description: "Implementation code of the member item (31 characters), as in the implementation list that carries it.",
    pattern: IMPLEMENTATION_CODE_PATTERN,
  }),
}, { title: "组成事项", description: "A member item of the bundle.", additionalProperties: false }));

/** A member material that a bundle material replaces. */
export const MaterialReplacement = def("MaterialReplacement", Type.Object({
  implementationCode: Type.String({
    title: "组成事项实施编码",
    description: "Implementation code of the member whose material is replaced.",
    pattern: IMPLEMENTATION_CODE_PATTERN,
  }),
  materialId: Type.String({ title: "被替代材料编码", description: "材料编码 (id) of the member's material.", minLength: 1, maxLength: 64 }),
}, { title: "替代的组成事项材料", description: "A member's material that this bundle material replaces.", additionalProperties: false }));

/** A material of the bundle's one set: an item material that may say which member materials it replaces. */
export const BundleMaterial = def("BundleMaterial", Type.Object({
  ...Material.properties,
  replaces: Type.Optional(Type.Array(MaterialReplacement, {
    title: "替代材料",
    description: "The member materials this material replaces (一套材料); a member material is also covered by the same 材料编码 or the same name.",
    minItems: 1,
  })),
}, { title: "一件事材料", description: "A material of the bundle's one set, with the member materials it replaces.", additionalProperties: false }));

/** 办结时限 of a bundle: only the promise (a bundle has no statutory limit of its own). */
export const BundleTimeLimit = def("BundleTimeLimit", Type.Object({
  promised: Type.With(Duration, { title: "承诺办结时限", description: "The time the bundle promises; no longer than its members' promised times together, in the same unit." }),
  promisedNote: Type.Optional(Type.String({ title: "承诺办结时限说明", description: "Notes on the promised time limit, e.g. which steps run in parallel.", maxLength: 1000 })),
}, { title: "办结时限", description: "The bundle's promised time limit.", additionalProperties: false }));

/** 一件事. */
export const Bundle = def("Bundle", Type.Object({
  code: Type.String({ title: "一件事编码", description: "Code of the bundle, stable across levels (the levels of one 一件事 share it).", minLength: 1, maxLength: 64 }),
  name: Type.String({ title: "一件事名称", description: "Name of the bundle, e.g. 开办餐饮店一件事.", minLength: 1, maxLength: 200 }),
  leadDepartment: Type.With(BundleDepartment, { title: "牵头部门", description: "The department that leads the bundle and receives the application (一窗受理)." }),
  cooperatingDepartments: Type.Optional(Type.Array(BundleDepartment, { title: "配合部门", description: "The other departments whose items the bundle holds." })),
  collaboration: Type.Optional(Type.Array(Type.Enum(codesOf(collaborationTypes)), {
    title: "协同类型",
    description: collaborationTypes.entries.map((e) => `${e.code} = ${e.zh}`).join("; "),
    minItems: 1,
    uniqueItems: true,
  })),
  members: Type.Array(BundleMember, { title: "事项组成", description: "The member items, by implementation code.", minItems: 1 }),
  situations: Type.Optional(Type.Array(Situation, {
    title: "办理情形",
    description: "The bundle's situations; each names the bundle materials that apply in it, and reaches the members' situations of the same 情形编码.",
  })),
  materials: Type.Array(BundleMaterial, { title: "申请材料", description: "The bundle's one set of materials (一套材料)." }),
  timeLimit: BundleTimeLimit,
  visits: Type.Integer({ title: "到办事现场次数", description: "How many times the applicant must come in person for the whole bundle (0 = 零跑动).", minimum: 0, maximum: 9 }),
  onlineDepth: Type.Enum(codesOf(onlineDepths), { title: "网上办理深度", description: "0 不可网办; 1..4 = Ⅰ..Ⅳ级 (4 = 全程网办)." }),
  extensions: Type.Optional(Extensions),
}, {
  title: "一件事",
  description: "A bundle of items an applicant handles as one (高效办成一件事): lead department, members, one set of materials, time, visits and online depth.",
  additionalProperties: false,
}));

/** 一件事清单. */
export const BundleCatalogue = catalogueOf("BundleCatalogue", "bundle", Bundle, "一件事清单", "A bundle list: the 一件事 a level publishes, each bundling items of its implementation lists.");
