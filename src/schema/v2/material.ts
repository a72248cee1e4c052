/** 申请材料, with the forms, acceptance standard, copies and 免提交 (need not be submitted) elements. */
import { Type } from "typebox";
import { codesOf } from "../../codes/code-set.js";
import { materialCategories, materialSources, media, necessities, originalities } from "../../codes/code-sets.js";
import { ExemptionModeCode, LICENCE_TYPE_CODE_PATTERN } from "./common.js";
import { def } from "../named.js";

/** Lists a slug code set in a description. */
const slugs = (set: { entries: readonly { code: string; zh: string }[] }) => set.entries.map((e) => `${e.code} = ${e.zh}`).join("; ");

/** 申请材料. `id` is the stable key that lets levels (and 办理情形) match the same material across lists. */
export const Material = def("Material", Type.Object({
  id: Type.Optional(Type.String({ title: "材料编码", description: "Stable material identifier shared by every level (matches materials across lists and names them in 办理情形).", minLength: 1, maxLength: 64 })),
  name: Type.String({ title: "材料名称", description: "Name of the material.", minLength: 1, maxLength: 200 }),
  necessity: Type.Enum(codesOf(necessities), { title: "材料必要性", description: slugs(necessities) }),
  medium: Type.Enum(codesOf(media), { title: "材料形式", description: slugs(media) }),
  originality: Type.Optional(Type.Enum(codesOf(originalities), { title: "原件/复印件", description: slugs(originalities) })),
  copies: Type.Optional(Type.Integer({ title: "份数", description: "Number of paper copies required.", minimum: 0, maximum: 99 })),
  originalCopies: Type.Optional(Type.Integer({ title: "原件份数", description: "Number of originals required.", minimum: 0, maximum: 99 })),
  photocopies: Type.Optional(Type.Integer({ title: "复印件份数", description: "Number of photocopies required.", minimum: 0, maximum: 99 })),
  source: Type.Optional(Type.Enum(codesOf(materialSources), { title: "来源渠道", description: slugs(materialSources) })),
  sourceNote: Type.Optional(Type.String({ title: "来源说明", description: "Where the material comes from, in words (e.g. which office issues it).", maxLength: 500 })),
  category: Type.Optional(Type.Enum(codesOf(materialCategories), { title: "材料类型", description: slugs(materialCategories) })),
  issuer: Type.Optional(Type.String({ title: "出具机构", description: "Body that issues the material.", maxLength: 100 })),
  paperSize: Type.Optional(Type.String({ title: "纸质材料规格", description: "Paper size, e.g. A4.", maxLength: 20 })),
  legalBasis: Type.Optional(Type.String({ title: "要求提供材料的依据", description: "Legal basis for requiring this material.", maxLength: 1000 })),
  note: Type.Optional(Type.String({ title: "填报须知", description: "Instructions for filling in or providing the material.", maxLength: 1000 })),
  blankForm: Type.Optional(Type.String({ title: "空白表格", description: "Where to get the blank form: a URL or file reference.", maxLength: 1000 })),
  sampleForm: Type.Optional(Type.String({ title: "示例样表", description: "Where to see a filled-in sample: a URL or file reference.", maxLength: 1000 })),
  acceptanceStandard: Type.Optional(Type.String({ title: "受理标准", description: "What the material must satisfy to be accepted.", maxLength: 1000 })),
  remark: Type.Optional(Type.String({ title: "材料备注", description: "Any other remark on the material.", maxLength: 1000 })),
  exemptible: Type.Optional(Type.Boolean({ title: "是否可免提交", description: "Whether the applicant may skip this material because something else replaces it (免提交)." })),
  exemptionMode: Type.Optional(Type.With(ExemptionModeCode, { title: "免提交方式", description: "e_licence 电子证照, data_sharing 数据共享, commitment 告知承诺." })),
  licenceTypeCode: Type.Optional(Type.String({ title: "证照类型代码", description: "Electronic licence type code that replaces the material: defining agency's credit code (18) + 3 digits.", pattern: LICENCE_TYPE_CODE_PATTERN })),
  licenceName: Type.Optional(Type.String({ title: "电子证照名称", description: "Name of the electronic licence that replaces the material.", maxLength: 200 })),
  dataSourceDepartment: Type.Optional(Type.String({ title: "数源部门", description: "Department whose shared data replaces the material.", maxLength: 200 })),
}, { title: "申请材料", description: "An application material: name, necessity, medium, copies, forms and whether it may be skipped (免提交).", additionalProperties: false }));
