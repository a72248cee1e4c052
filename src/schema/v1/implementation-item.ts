/** 实施清单事项: a standard item plus the agency that runs it at one level. */
import { Type } from "typebox";
import { AgencyNatureCode, CREDIT_CODE_PATTERN, CreditCode, LevelCode } from "./common.js";
import { def, named } from "../named.js";
import { standardItemProperties } from "./standard-item.js";

const CREDIT_BODY = CREDIT_CODE_PATTERN.slice(1, -1);

/** 实施主体. */
export const Agency = def("Agency", Type.Object({
  name: Type.String({ title: "实施主体", description: "Name of the implementing agency.", minLength: 1, maxLength: 100 }),
  creditCode: Type.With(CreditCode, { title: "实施主体统一社会信用代码", description: "Credit code of the implementing agency." }),
  nature: Type.With(AgencyNatureCode, { title: "实施主体性质", description: "1 法定机关, 2 授权组织, 3 受委托组织, 9 其他 (A.3)." }),
}, { title: "实施主体", description: "The agency that implements the item.", additionalProperties: false }));

/** 实施清单事项. */
export const ImplementationItem = named("implementation-item.schema.json", Type.Object({
  ...standardItemProperties,
  implementationCode: Type.String({
    title: "实施编码",
    description: "31 characters: agency credit code (18) + level (1) + basic code (12).",
    pattern: `^${CREDIT_BODY}[1-6]\\d{12}$`,
    examples: ["11440300MB2D0722464440127028001"],
  }),
  handlingItemCode: Type.Optional(Type.String({
    title: "业务办理项编码",
    description: "33 characters: implementation code + 2-digit sequence of the handling item.",
    pattern: `^${CREDIT_BODY}[1-6]\\d{14}$`,
  })),
  level: Type.With(LevelCode, { title: "实施层级", description: "The level at which this agency exercises the item (A.2)." }),
  agency: Agency,
  location: Type.Optional(Type.String({ title: "办理地点", description: "Where to apply, down to the window.", maxLength: 500 })),
  hours: Type.Optional(Type.String({ title: "办理时间", description: "Office hours.", maxLength: 500 })),
  consultation: Type.Optional(Type.String({ title: "咨询方式", description: "How to ask questions, e.g. a phone number with area code.", maxLength: 500 })),
  complaint: Type.Optional(Type.String({ title: "监督投诉方式", description: "How to complain, e.g. a phone number with area code.", maxLength: 500 })),
}, {
  title: "实施清单事项",
  description: "A standard item plus the agency that implements it at one level (实施清单).",
  additionalProperties: false,
}));
