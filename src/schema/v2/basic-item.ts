/** 基本目录事项: the elements that are equal at every level, with the item's identity and lifecycle. */
import { Type } from "typebox";
import { BasicCode, Extensions, IsoDate, ItemStateCode, ItemTypeCode, LegalCitation, LevelCode } from "./common.js";
import { named } from "../named.js";

/** The properties of a basic item; the standard and implementation items add to them. */
export const basicItemProperties = {
  basicCode: Type.With(BasicCode, { title: "基本编码", description: "12-digit basic code of the item in the basic catalogue." }),
  localBasicCode: Type.Optional(Type.String({ title: "地方基本编码", description: "The locality's own code of the item, kept beside the national basic code.", minLength: 1, maxLength: 50 })),
  name: Type.String({ title: "事项名称", description: "Official item name; the same at every level.", minLength: 1, maxLength: 200 }),
  mainItemName: Type.Optional(Type.String({ title: "主项名称", description: "Name of the main item when this item is a sub-item.", minLength: 1, maxLength: 200 })),
  subItemName: Type.Optional(Type.String({ title: "子项名称", description: "Name of the sub-item (子项) within its main item.", minLength: 1, maxLength: 200 })),
  type: Type.With(ItemTypeCode, { title: "事项类型", description: "Item type code (GB/T 39046 A.1)." }),
  levels: Type.Array(LevelCode, { title: "行使层级", description: "The levels at which the item may be exercised (A.2).", minItems: 1, uniqueItems: true }),
  legalBasis: Type.Array(LegalCitation, { title: "设定依据", description: "Legal citations that establish the item.", minItems: 1 }),
  department: Type.Optional(Type.String({ title: "主管部门", description: "Competent department that owns the item.", maxLength: 100 })),
  itemVersion: Type.Optional(Type.Integer({ title: "事项版本", description: "Version of the item's record, counted from 1.", minimum: 1 })),
  state: Type.Optional(Type.With(ItemStateCode, { title: "事项状态", description: "in_force 在用, suspended 暂停, cancelled 取消." })),
  plannedEffectiveDate: Type.Optional(Type.With(IsoDate, { title: "计划生效日期", description: "Date the item (this version) is planned to take effect." })),
  plannedCancelDate: Type.Optional(Type.With(IsoDate, { title: "计划取消日期", description: "Date the item is planned to be cancelled; not before 计划生效日期." })),
  extensions: Type.Optional(Extensions),
};

/** 基本目录事项. */
export const BasicItem = named("basic-item.schema.json", Type.Object(basicItemProperties, {
  title: "基本目录事项",
  description: "An item of a basic catalogue (基本目录): the elements that must be equal at every level.",
  additionalProperties: false,
}));
