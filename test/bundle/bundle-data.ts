/**
 * A small world for the bundle rules: a county list with 食品经营许可 and 公共场所卫生许可, a city list
 * with 户外广告设施设置审批, and the 开办餐饮店 bundle over all three, clean as built. Each test breaks one thing.
 */
export const X = "11320508MB1H3K5E5P4000101001000"; // 食品经营许可 (county 市场监管局)
export const Y = "11320508MB1J7K2E3Q4000123018000"; // 公共场所卫生许可 (county 卫健委)
export const Z = "11320500MB1C4D5E6F3000134002000"; // 户外广告设施设置审批 (city 城管局)

const material = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, necessity: "required", medium: "paper", ...extra });
const item = (code: string, name: string, agency: string, extra: Record<string, unknown>) => ({
  implementationCode: code, name, agency: { name: agency, creditCode: code.slice(0, 18), nature: "1" },
  visits: 1, onlineDepth: 3, timeLimit: { promised: { value: 5, unit: "working_day" } }, ...extra,
});

/** The county's implementation list. */
export function countyList(): any {
  return {
    kind: "implementation",
    items: [
      item(X, "食品经营许可", "姑苏区市场监督管理局", {
        timeLimit: { promised: { value: 10, unit: "working_day" } },
        materials: [
          material("X01", "食品经营许可申请书"),
          material("X02", "营业执照"),
          material("X03", "食品安全管理制度"),
          material("X04", "从业人员健康证明", { exemptible: true }),
          material("X05", "委托书", { necessity: "optional" }),
        ],
        situations: [{ id: "S1", name: "新办", materials: ["X03"] }, { id: "S2", name: "委托代办", materials: ["X05"] }],
      }),
      item(Y, "公共场所卫生许可", "姑苏区卫生健康委员会", {
        onlineDepth: 4, visits: 1,
        materials: [material("Y01", "公共场所卫生许可申请表"), material("Y02", "卫生检测报告")],
      }),
    ],
  };
}

/** The city's implementation list. */
export function cityList(): any {
  return {
    kind: "implementation",
    items: [
      item(Z, "户外广告设施设置审批", "苏州市城市管理局", {
        visits: 0, onlineDepth: 4,
        materials: [material("Z01", "户外广告设施设置申请表"), material("Z02", "设计效果图")],
      }),
    ],
  };
}

/** The 开办餐饮店 bundle over the three items, clean. */
export function bundleList(): any {
  return {
    kind: "bundle",
    items: [
      {
        code: "320508-YJS-0001",
        name: "开办餐饮店",
        leadDepartment: { name: "姑苏区市场监督管理局", creditCode: "11320508MB1H3K5E5P" },
        members: [{ implementationCode: X }, { implementationCode: Y }, { implementationCode: Z }],
        materials: [
          material("B01", "开办餐饮店一件事申请表", { replaces: [
            { implementationCode: X, materialId: "X01" }, { implementationCode: Y, materialId: "Y01" }, { implementationCode: Z, materialId: "Z01" },
          ] }),
          material("X02", "营业执照"), // by material id
          material("B03", "食品安全 管理制度"), // by normalised name (X03)
          material("B04", "卫生检测报告及设计效果图", { replaces: [{ implementationCode: Y, materialId: "Y02" }, { implementationCode: Z, materialId: "Z02" }] }),
        ],
        timeLimit: { promised: { value: 15, unit: "working_day" } },
        visits: 1,
        onlineDepth: 3,
      },
    ],
  };
}
