/** 收费: whether an item is charged, and its fee items. */
import { Type } from "typebox";
import { def } from "../named.js";

/** 收费项目. */
export const FeeItem = def("FeeItem", Type.Object({
  name: Type.String({ title: "收费项目名称", description: "Name of the fee item.", minLength: 1, maxLength: 200 }),
  standard: Type.String({ title: "收费标准", description: "The charging standard as published, e.g. 每件80元.", minLength: 1, maxLength: 1000 }),
  basis: Type.String({ title: "收费依据", description: "The legal or pricing basis of the fee.", minLength: 1, maxLength: 1000 }),
  amount: Type.Optional(Type.Number({ title: "收费金额", description: "The most charged, in yuan (元).", minimum: 0 })),
  waivable: Type.Optional(Type.Boolean({ title: "是否允许减免", description: "Whether the fee may be reduced or waived." })),
}, { title: "收费项目", description: "One fee item: name, standard, basis and amount.", additionalProperties: false }));

/** 收费 block: `charged` is 是否收费, `items` the fee items (empty when not charged). */
export const Fees = def("Fees", Type.Object({
  charged: Type.Boolean({ title: "是否收费", description: "Whether the item is charged." }),
  items: Type.Array(FeeItem, { title: "收费项目", description: "Fee items; empty when the item is free." }),
}, { title: "收费", description: "Whether the item is charged, with its fee items.", additionalProperties: false }));
