/** 标准化实施清单事项: a basic item plus the service elements an upper level standardises. */
import { Type } from "typebox";
import { codesOf } from "../../codes/code-set.js";
import { onlineDepths, resultTypes } from "../../codes/code-sets.js";
import { basicItemProperties } from "./basic-item.js";
import { Duration, HandlingFormCode, HandlingTypeCode, ServiceObjectCode } from "./common.js";
import { Fees } from "./fees.js";
import { Material } from "./material.js";
import { def, named } from "../named.js";
import { TimeLimit } from "./time-limit.js";

/** 办理流程 step. */
export const ProcessStep = def("ProcessStep", Type.Object({
  name: Type.String({ title: "环节名称", description: "Name of the step, e.g. 受理, 审查, 决定.", minLength: 1, maxLength: 100 }),
  timeLimit: Type.Optional(Type.With(Duration, { title: "环节时限", description: "Time limit of this step." })),
  description: Type.Optional(Type.String({ title: "环节说明", description: "What happens in this step.", maxLength: 1000 })),
}, { title: "办理环节", description: "One step of the handling process.", additionalProperties: false }));

/** 办理结果. */
export const Result = def("Result", Type.Object({
  name: Type.String({ title: "结果名称", description: "Name of the result, e.g. 卫生许可证.", minLength: 1, maxLength: 200 }),
  type: Type.Optional(Type.Enum(codesOf(resultTypes), { title: "审批结果类型", description: resultTypes.entries.map((e) => `${e.code} = ${e.zh}`).join("; ") })),
  licenceTypeCode: Type.Optional(Type.String({ title: "证照类型代码", description: "Electronic licence type code: defining agency's credit code (18) + 3 digits.", pattern: "^[0-9A-HJ-NPQRTUWXY]{18}\\d{3}$" })),
}, { title: "办理结果", description: "The result the applicant receives.", additionalProperties: false }));

/** The properties a standard item adds to a basic item. */
export const standardItemProperties = {
  ...basicItemProperties,
  serviceObjects: Type.Array(ServiceObjectCode, { title: "服务对象", description: "Who may apply (A.4).", minItems: 1, uniqueItems: true }),
  acceptanceConditions: Type.String({ title: "受理条件", description: "Conditions under which an application is accepted.", minLength: 1, maxLength: 10000 }),
  handlingType: Type.With(HandlingTypeCode, { title: "办件类型", description: "1 即办件, 2 承诺件, 9 其他 (A.6)." }),
  timeLimit: TimeLimit,
  materials: Type.Array(Material, { title: "申请材料", description: "Application materials; may be empty." }),
  fees: Fees,
  visits: Type.Integer({ title: "到办事现场次数", description: "How many times the applicant must come in person (0 = 零跑动).", minimum: 0, maximum: 9 }),
  onsiteReason: Type.Optional(Type.String({ title: "必须现场办理原因说明", description: "Why the applicant must come in person when visits > 0.", maxLength: 1000 })),
  onlineDepth: Type.Enum(codesOf(onlineDepths), { title: "网上办理深度", description: "0 不可网办; 1..4 = Ⅰ..Ⅳ级 (4 = 全程网办)." }),
  handlingForms: Type.Optional(Type.Array(HandlingFormCode, { title: "办理形式", description: "Channels through which the item is handled (A.5).", minItems: 1, uniqueItems: true })),
  process: Type.Optional(Type.Array(ProcessStep, { title: "办理流程", description: "The handling process as ordered steps.", minItems: 1 })),
  result: Type.Optional(Result),
};

/** 标准化实施清单事项. */
export const StandardItem = named("standard-item.schema.json", Type.Object(standardItemProperties, {
  title: "标准化实施清单事项",
  description: "A basic item plus the service elements an upper level standardises for every level below it.",
  additionalProperties: false,
}));
