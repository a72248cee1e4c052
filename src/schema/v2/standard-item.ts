/** 标准化实施清单事项: a basic item plus the service elements an upper level standardises. */
import { Type } from "typebox";
import { codesOf } from "../../codes/code-set.js";
import { onlineDepths, resultTypes } from "../../codes/code-sets.js";
import { basicItemProperties } from "./basic-item.js";
import {
  CrossRegionScopeCode, Duration, HandlingFormCode, HandlingTypeCode, LegalCitation, LICENCE_TYPE_CODE_PATTERN,
  OnlineCapabilityCode, ServiceObjectCode,
} from "./common.js";
import { Fees } from "./fees.js";
import { Material } from "./material.js";
import { def, named } from "../named.js";
import { onlineServiceProperties } from "./online-service.js";
import { IntermediaryService, SpecialProcedure } from "./procedures.js";
import { Situation } from "./situation.js";
import { TimeLimit } from "./time-limit.js";

/** 办理流程 step. */
export const ProcessStep = def("ProcessStep", Type.Object({
  name: Type.String({ title: "环节名称", description: "Name of the step, e.g. 受理, 审查, 决定.", minLength: 1, maxLength: 100 }),
  timeLimit: Type.Optional(Type.With(Duration, { title: "环节时限", description: "Time limit of this step." })),
  description: Type.Optional(Type.String({ title: "环节说明", description: "What happens in this step.", maxLength: 1000 })),
  outcome: Type.Optional(Type.String({ title: "环节结果", description: "What the step produces, e.g. 受理通知书.", maxLength: 500 })),
  post: Type.Optional(Type.String({ title: "办理岗位", description: "The post that handles the step, e.g. 窗口受理人员.", maxLength: 200 })),
}, { title: "办理环节", description: "One step of the handling process.", additionalProperties: false }));

/** 办理结果. */
export const Result = def("Result", Type.Object({
  name: Type.String({ title: "结果名称", description: "Name of the result, e.g. 卫生许可证.", minLength: 1, maxLength: 200 }),
  type: Type.Optional(Type.Enum(codesOf(resultTypes), { title: "审批结果类型", description: resultTypes.entries.map((e) => `${e.code} = ${e.zh}`).join("; ") })),
  licenceTypeCode: Type.Optional(Type.String({ title: "证照类型代码", description: "Electronic licence type code: defining agency's credit code (18) + 3 digits.", pattern: LICENCE_TYPE_CODE_PATTERN })),
  sample: Type.Optional(Type.String({ title: "结果样本", description: "Where to see a sample of the result: a URL or file reference.", maxLength: 1000 })),
  validity: Type.Optional(Type.String({ title: "结果有效期", description: "How long the result is valid, e.g. 5年 or 长期.", maxLength: 200 })),
}, { title: "办理结果", description: "The result the applicant receives.", additionalProperties: false }));

/** 常见问题. */
export const Faq = def("Faq", Type.Object({
  question: Type.String({ title: "问题", description: "The question as applicants ask it.", minLength: 1, maxLength: 1000 }),
  answer: Type.String({ title: "解答", description: "The answer.", minLength: 1, maxLength: 10000 }),
}, { title: "常见问题", description: "A frequently asked question and its answer.", additionalProperties: false }));

/** 主题分类: the national topic codes for natural and legal persons, and local topics. */
export const Topics = def("Topics", Type.Object({
  naturalPerson: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { title: "面向自然人主题分类", description: "Topics for natural persons (national topic list).", uniqueItems: true })),
  legalPerson: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { title: "面向法人主题分类", description: "Topics for legal persons (national topic list).", uniqueItems: true })),
  local: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { title: "地方特色主题分类", description: "The locality's own topics.", uniqueItems: true })),
}, { title: "主题分类", description: "Topic classification for natural persons, legal persons and local topics.", additionalProperties: false }));

/** The properties a standard item adds to a basic item. */
export const standardItemProperties = {
  ...basicItemProperties,
  serviceObjects: Type.Array(ServiceObjectCode, { title: "服务对象", description: "Who may apply (A.4).", minItems: 1, uniqueItems: true }),
  exerciseContent: Type.Optional(Type.String({ title: "行使内容", description: "What is exercised under the item (GB/T 39046 #9).", maxLength: 2000 })),
  authorityDivision: Type.Optional(Type.String({ title: "权限划分", description: "How the item's authority is divided among levels (GB/T 39046 #10).", maxLength: 2000 })),
  implementationBasis: Type.Optional(Type.Array(LegalCitation, { title: "实施依据", description: "Legal citations the item is implemented under, beside 设定依据.", minItems: 1 })),
  acceptanceConditions: Type.String({ title: "受理条件", description: "Conditions under which an application is accepted.", minLength: 1, maxLength: 10000 }),
  quantityLimit: Type.Optional(Type.String({ title: "数量限制", description: "Any limit on the number of grants, e.g. 无数量限制.", maxLength: 1000 })),
  intermediaries: Type.Optional(Type.Array(IntermediaryService, { title: "中介服务", description: "Intermediary services the application involves." })),
  specialProcedures: Type.Optional(Type.Array(SpecialProcedure, { title: "特别程序", description: "Special procedures (听证, 检验, 专家评审 …) of the item." })),
  crossRegionScope: Type.Optional(Type.With(CrossRegionScopeCode, { title: "通办范围", description: "Where the item can be handled, broad to narrow: nationwide, cross_province, province, city, county." })),
  topics: Type.Optional(Topics),
  handlingType: Type.With(HandlingTypeCode, { title: "办件类型", description: "1 即办件, 2 承诺件, 9 其他 (A.6)." }),
  timeLimit: TimeLimit,
  materials: Type.Array(Material, { title: "申请材料", description: "Application materials; may be empty." }),
  situations: Type.Optional(Type.Array(Situation, { title: "办理情形", description: "The situations an applicant may be in; each names the materials that apply in it." })),
  fees: Fees,
  visits: Type.Integer({ title: "到办事现场次数", description: "How many times the applicant must come in person (0 = 零跑动).", minimum: 0, maximum: 9 }),
  onsiteReason: Type.Optional(Type.String({ title: "必须现场办理原因说明", description: "Why the applicant must come in person when visits > 0.", maxLength: 1000 })),
  onlineDepth: Type.Enum(codesOf(onlineDepths), { title: "网上办理深度", description: "0 不可网办; 1..4 = Ⅰ..Ⅳ级 (4 = 全程网办)." }),
  onlineCapabilities: Type.Optional(Type.Array(OnlineCapabilityCode, { title: "网上办理能力", description: "The online capabilities (1–8) beside the Ⅰ–Ⅳ depth.", minItems: 1, uniqueItems: true })),
  ...onlineServiceProperties,
  handlingForms: Type.Optional(Type.Array(HandlingFormCode, { title: "办理形式", description: "Channels through which the item is handled (A.5).", minItems: 1, uniqueItems: true })),
  process: Type.Optional(Type.Array(ProcessStep, { title: "办理流程", description: "The handling process as ordered steps.", minItems: 1 })),
  result: Type.Optional(Result),
  faqs: Type.Optional(Type.Array(Faq, { title: "常见问题", description: "Frequently asked questions." })),
};

/** 标准化实施清单事项. */
export const StandardItem = named("standard-item.schema.json", Type.Object(standardItemProperties, {
  title: "标准化实施清单事项",
  description: "A basic item plus the service elements an upper level standardises for every level below it.",
  additionalProperties: false,
}));
