/** 基本目录事项: the elements that are equal at every level. */
import { Type } from "typebox";
import { BasicCode, Extensions, ItemTypeCode, LegalCitation, LevelCode } from "./common.js";
import { named } from "../named.js";

/** The properties of a basic item; the standard and implementation items add to them. */
export const basicItemProperties = {
  basicCode: Type.With(BasicCode, { title: "基本编码", description: "12-digit basic code of the item in the basic catalogue." }),
  name: Type.String({ title: "事项名称", description: "Official item name; the same at every level.", minLength: 1, maxLength: 200 }),
  type: Type.With(ItemTypeCode, { title: "事项类型", description: "Item type code (GB/T 39046 A.1)." }),
  levels: Type.Array(LevelCode, { title: "行使层级", description: "The levels at which the item may be exercised (A.2).", minItems: 1, uniqueItems: true }),
  legalBasis: Type.Array(LegalCitation, { title: "设定依据", description: "Legal citations that establish the item.", minItems: 1 }),
  department: Type.Optional(Type.String({ title: "主管部门", description: "Competent department that owns the item.", maxLength: 100 })),
  extensions: Type.Optional(Extensions),
};

/** 基本目录事项. */
export const BasicItem = named("basic-item.schema.json", Type.Object(basicItemProperties, {
  title: "基本目录事项",
  description: "An item of a basic catalogue (基本目录): the elements that must be equal at every level.",
  additionalProperties: false,
}));
