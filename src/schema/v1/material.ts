/** 申请材料: one application material of a standard or implementation item. */
import { Type } from "typebox";
import { codesOf } from "../../codes/code-set.js";
import { materialCategories, materialSources, media, necessities, originalities } from "../../codes/code-sets.js";
import { def } from "../named.js";

/** Lists a slug code set in a description. */
const slugs = (set: { entries: readonly { code: string; zh: string }[] }) => set.entries.map((e) => `${e.code} = ${e.zh}`).join("; ");

/** 申请材料. `id` is the stable key that lets levels match the same material across lists. */
export const Material = def("Material", Type.Object({
  id: Type.Optional(Type.String({ title: "材料编码", description: "Stable material identifier shared by every level (matches materials across lists).", minLength: 1, maxLength: 64 })),
  name: Type.String({ title: "材料名称", description: "Name of the material.", minLength: 1, maxLength: 200 }),
  necessity: Type.Enum(codesOf(necessities), { title: "材料必要性", description: slugs(necessities) }),
  medium: Type.Enum(codesOf(media), { title: "材料形式", description: slugs(media) }),
  originality: Type.Optional(Type.Enum(codesOf(originalities), { title: "原件/复印件", description: slugs(originalities) })),
  copies: Type.Optional(Type.Integer({ title: "份数", description: "Number of paper copies required.", minimum: 0, maximum: 99 })),
  source: Type.Optional(Type.Enum(codesOf(materialSources), { title: "来源渠道", description: slugs(materialSources) })),
  category: Type.Optional(Type.Enum(codesOf(materialCategories), { title: "材料类型", description: slugs(materialCategories) })),
  issuer: Type.Optional(Type.String({ title: "出具机构", description: "Body that issues the material.", maxLength: 100 })),
  paperSize: Type.Optional(Type.String({ title: "纸质材料规格", description: "Paper size, e.g. A4.", maxLength: 20 })),
  legalBasis: Type.Optional(Type.String({ title: "要求提供材料的依据", description: "Legal basis for requiring this material.", maxLength: 1000 })),
  note: Type.Optional(Type.String({ title: "填报须知", description: "Instructions for filling in or providing the material.", maxLength: 1000 })),
}, { title: "申请材料", description: "An application material: name, necessity, medium and copies.", additionalProperties: false }));
