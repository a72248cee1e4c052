import type { BundleRule } from "../bundle-rule.js";
import { coveredByBundle, foundMembers, isExempt, requiredInReach } from "../member-facts.js";
import { textOf } from "../../internal/shown.js";

/** bundle-material-uncovered: the bundle's one set of materials covers every material its members require. */
export const bundleMaterialUncovered: BundleRule = {
  id: "bundle-material-uncovered",
  severity: "error",
  title: { "zh-CN": "一套材料覆盖组成事项的必要材料", en: "The bundle's one set covers the members' required materials" },
  rationale: {
    "zh-CN": "一套材料（GB/T 45836—2025）：一件事的材料取代各组成事项的材料。组成事项在一件事所及办理情形中的必要材料，须由一件事的材料以 replaces、相同材料编码或相同（规范化）名称覆盖，或在组成事项中可免提交；否则申请人仍须另交，或受理部门缺少法定材料。",
    en: "一套材料 (GB/T 45836—2025): the bundle's materials replace its members'. A required material of a member, in the situations the bundle reaches, must be covered by a bundle material (through replaces, the same material id or the same normalised name) or be 免提交 in the member; otherwise the applicant still hands it in separately, or the department lacks a statutory material.",
  },
  example: 'member material { "id": "M0002", "name": "营业执照", "necessity": "required" }; bundle materials without it',
  check({ bundle, members }) {
    return foundMembers(members).flatMap((m) =>
      requiredInReach(bundle, m.item)
        .filter(([, material]) => !isExempt(material) && !coveredByBundle(bundle, m.code, material))
        .map(([k, material]) => ({
          path: `/members/${m.index}`,
          upperPath: `${m.itemPath}/materials/${k}`,
          list: m.list,
          params: { code: m.code, item: textOf(m.item.name ?? ""), name: textOf(material.name ?? material.id ?? "") },
        })),
    );
  },
};
