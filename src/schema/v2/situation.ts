/** 办理情形: a situation an applicant may be in, and the materials that apply in it. */
import { Type } from "typebox";
import { def } from "../named.js";

/** 办理情形. Matches across levels by `id`; a material named by no situation applies in all of them. */
export const Situation = def("Situation", Type.Object({
  id: Type.String({ title: "情形编码", description: "Stable situation identifier shared by every level (matches situations across lists).", minLength: 1, maxLength: 64 }),
  name: Type.String({ title: "情形名称", description: "Name of the situation, e.g. 首次申请, 变更法定代表人.", minLength: 1, maxLength: 200 }),
  materials: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { title: "情形材料", description: "The 材料编码 (id) of the item's materials that apply in this situation.", uniqueItems: true }),
}, { title: "办理情形", description: "A situation of an application, with the ids of the materials that apply in it.", additionalProperties: false }));
