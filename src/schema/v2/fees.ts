/** 收费: whether an item is charged, on what basis, and its fee items. */
import { Type } from "typebox";
import { def } from "../named.js";

/** 收费项目. */
export const FeeItem = def("FeeItem", Type.Object({
  name: Type.String({ title: "收费项目名称", description: "Name of the fee item.", minLength: 1, maxLength: 200 }),
  standard: Type.String({ title: "收费标准", description: "The charging standard as published, e.g. 每件80元.", minLength: 1, maxLength: 1000 }),
  basis: Type.String({ title: "收费依据", description: "The legal or pricing basis of the fee.", minLength: 1, maxLength: 1000 }),
  amount: Type.Optional(Type.Number({ title: "收费金额", description: "The most charged, in yuan (元).", minimum: 0 })),
  waivable: Type.Optional(Type.Boolean({ title: "是否允许减免", description: "Whether the fee may be reduced or waived." })),
  waiverBasis: Type.Optional(Type.String({ title: "减免依据", description: "The basis on which the fee may be reduced or waived.", maxLength: 1000 })),
}, { title: "收费项目", description: "One fee item: name, standard, basis, amount and waiver.", additionalProperties: false }));

/** 收费 block: `charged` is 是否收费, `basis` the item's 收费依据, `items` the fee items (empty when not charged). */
export const Fees = def("Fees", Type.Object({
  charged: Type.Boolean({ title: "是否收费", description: "Whether the item is charged." }),
  basis: Type.Optional(Type.String({ title: "收费依据", description: "The item-level basis of charging (the national exchange's fee_basis).", maxLength: 1000 })),
  items: Type.Array(FeeItem, { title: "收费项目", description: "Fee items; empty when the item is free." }),
}, { title: "收费", description: "Whether the item is charged, on what basis, with its fee items.", additionalProperties: false }));
