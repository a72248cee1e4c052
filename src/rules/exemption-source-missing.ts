import { NO_FINDINGS, type Data, type Finding, type Rule } from "./rule.js";

/** exemption-source-missing: a 免提交 material says what replaces it (the licence, or the department whose data does). */
export const exemptionSourceMissing: Rule = {
  id: "exemption-source-missing",
  severity: "warning",
  title: { "zh-CN": "免提交材料写明替代来源", en: "A material that need not be submitted names what replaces it" },
  rationale: {
    "zh-CN": "免提交以电子证照或数据共享代替材料：不写证照类型代码或电子证照名称，窗口无法调取证照；不写数源部门，无法发起数据共享，申请人最终仍要自行提交。",
    en: "免提交 replaces a material by an electronic licence or shared data: without the 证照类型代码 or 电子证照名称 the window cannot fetch the licence, and without the 数源部门 no data request can be made, so the applicant ends up submitting it anyway.",
  },
  example: '{ "name": "营业执照", "exemptible": true, "exemptionMode": "e_licence" }',
  checkItem(item) {
    if (!Array.isArray(item.materials)) return NO_FINDINGS;
    let findings: Finding[] | undefined;
    item.materials.forEach((material: Data, i: number) => {
      if (material?.exemptible !== true) return;
      const mode = material.exemptionMode;
      const missing = mode === "e_licence" ? material.licenceTypeCode === undefined && material.licenceName === undefined
        : mode === "data_sharing" ? material.dataSourceDepartment === undefined : false;
      if (missing) (findings ??= []).push({ path: `/materials/${i}`, params: { material: String(material.name), mode } });
    });
    return findings ?? NO_FINDINGS;
  },
};
