import { NO_FINDINGS, type Data, type Finding, type Rule } from "./rule.js";

/** situation-material-unknown: every material a 办理情形 names is one of the item's materials (by 材料编码). */
export const situationMaterialUnknown: Rule = {
  id: "situation-material-unknown",
  severity: "error",
  title: { "zh-CN": "办理情形所列材料均为本事项材料", en: "A situation names only the item's own materials" },
  rationale: {
    "zh-CN": "办理情形以材料编码列出该情形下应提交的材料；编码不在本事项的申请材料中，申请人就不知道要交什么，下级也无法按情形比对材料。",
    en: "A situation (办理情形) lists the materials that apply in it by their 材料编码; an id that is not among the item's materials leaves applicants without the material and lower levels without a material to compare.",
  },
  example: '"materials": [{ "id": "M1", … }], "situations": [{ "id": "S1", "name": "首次申请", "materials": ["M1", "M9"] }]',
  checkItem(item) {
    const situations = item.situations;
    if (!Array.isArray(situations)) return NO_FINDINGS;
    const ids = new Set<unknown>(Array.isArray(item.materials) ? item.materials.map((m: Data) => m?.id) : []);
    let findings: Finding[] | undefined;
    situations.forEach((situation: Data, s: number) => {
      (Array.isArray(situation?.materials) ? situation.materials : []).forEach((id: unknown, m: number) => {
        if (!ids.has(id)) (findings ??= []).push({ path: `/situations/${s}/materials/${m}`, params: { situation: String(situation.name), material: String(id) } });
      });
    });
    return findings ?? NO_FINDINGS;
  },
};
