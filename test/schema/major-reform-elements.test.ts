/** Each major's reform-figure flags (exemptibleMaterials, onlineCapabilities) say exactly what its emitted schemas hold. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { majors } from "../../src/schema/majors.js";
import { ROOT } from "../helpers/cli.js";

const schema = (major: string, file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", major, file), "utf8"));

describe.each(majors.map((m) => [m.id, m] as const))("the %s major's reform elements", (id, major) => {
  it("exemptibleMaterials is whether its 申请材料 has 是否可免提交", () => {
    const material = schema(id, "defs.schema.json").$defs.Material.properties;
    expect(major.exemptibleMaterials).toBe(material.exemptible?.title === "是否可免提交");
  });

  it("onlineCapabilities is whether its standard and implementation items have 网上办理能力", () => {
    for (const file of ["standard-item.schema.json", "implementation-item.schema.json"]) {
      const properties = schema(id, file).properties;
      expect(major.onlineCapabilities).toBe(properties.onlineCapabilities?.title === "网上办理能力");
    }
  });
});
