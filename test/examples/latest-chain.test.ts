/**
 * The five-level chain in the latest major (examples/v2): clean on its own and along the chain, the
 * older major's chain plus only what the latest major adds, and carrying the latest major's elements
 * (办理情形, 免提交 materials, online-service flags) that its conformance rules compare.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkChain, migrate, validate } from "../../src/index.js";
import { latestMajor, majors } from "../../src/schema/majors.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";

const older = majors[majors.length - 2]!;
const latest = (file: string) => file.replace("examples/", `examples/${latestMajor.id}/`);
const LATEST_FILES = fs.readdirSync(`examples/${latestMajor.id}`).filter((f) => f.endsWith(".json")).map((f) => `examples/${latestMajor.id}/${f}`);
const LATEST_CHAIN = CHAIN_FILES.map(latest);

describe("the example chain in the latest major", () => {
  it("mirrors every numbered example of the older major, file for file", () => {
    const numbered = fs.readdirSync("examples").filter((f) => /^\d-.*\.json$/.test(f)).map((f) => latest(`examples/${f}`));
    expect(LATEST_FILES.sort()).toEqual(numbered.sort());
  });

  it.each(LATEST_FILES.filter((f) => !f.includes("deviations")))("%s validates clean as the latest major", (file) => {
    const doc = readJson(file);
    expect(doc.schemaVersion).toBe(latestMajor.schemaVersion);
    const report = validate(doc);
    expect(report.issues).toEqual([]);
  });

  it("passes the chain check from the province standard down to the village with no finding", () => {
    expect(checkChain(LATEST_CHAIN.map(readJson)).issues).toEqual([]);
  });

  it.each(LATEST_FILES)("%s is the older major's example plus only elements the older major cannot hold", (file) => {
    const dropped: string[] = [];
    const back = migrate(readJson(file), { from: latestMajor.id, to: older.id, onDropped: (p) => dropped.push(p) });
    const original = readJson(file.replace(`examples/${latestMajor.id}/`, "examples/"));
    // The deviations file's own planted deviation (a withdrawn exemption) is in elements the older major lacks.
    expect(back).toEqual(original);
    for (const p of dropped) expect(p).toMatch(/^\/items\/\d+\/(itemVersion|state|situations|onlineCapabilities|online|appointment|serviceHall|expressDelivery|onlinePayment|crossRegionScope|materials\/\d+\/(exemptible|exemptionMode|licenceTypeCode|licenceName|dataSourceDepartment))$/);
  });

  it("carries situations, 免提交 materials and online-service flags on the items the chain compares", () => {
    const items = LATEST_CHAIN.flatMap((f) => readJson(f).items);
    expect(items.filter((i) => i.situations?.length).length).toBeGreaterThanOrEqual(4);
    const exemptible = items.flatMap((i) => i.materials).filter((m) => m.exemptible);
    expect(new Set(exemptible.map((m) => m.exemptionMode))).toEqual(new Set(["e_licence", "data_sharing", "commitment"]));
    expect(items.every((i) => typeof i.online === "boolean" && i.serviceHall === true)).toBe(true);
  });

  it("finds the planted exemption withdrawal in the deviations file besides the older major's deviations", () => {
    const deviations = [LATEST_CHAIN[0]!, LATEST_CHAIN[1]!, latest("examples/7-county-gusu-deviations.json"), ...LATEST_CHAIN.slice(3)];
    const issues = checkChain(deviations.map(readJson)).issues;
    const withdrawn = issues.filter((i) => i.rule === "exemption-withdrawn");
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({
      severity: "error", path: "/items/2/materials/1/exemptible", itemCode: "11320508MB1M2N7B0Q4320511001000",
      message: "材料「户口簿」上级可免提交（电子证照），本级仍要求提交",
    });
    const olderRules = new Set(checkChain([CHAIN_FILES[0]!, CHAIN_FILES[1]!, "examples/7-county-gusu-deviations.json", ...CHAIN_FILES.slice(3)].map(readJson)).issues.map((i) => i.rule));
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set([...olderRules, "exemption-withdrawn"]));
  });
});
