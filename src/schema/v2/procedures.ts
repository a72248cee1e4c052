/** 中介服务 and 特别程序: what an application may involve beyond the agency's own steps. */
import { Type } from "typebox";
import { Duration, SpecialProcedureKindCode } from "./common.js";
import { def } from "../named.js";

/** 中介服务. */
export const IntermediaryService = def("IntermediaryService", Type.Object({
  name: Type.String({ title: "中介服务名称", description: "Name of the intermediary service, e.g. 环境影响评价.", minLength: 1, maxLength: 200 }),
  required: Type.Boolean({ title: "是否必需", description: "Whether the applicant must obtain the service." }),
  basis: Type.Optional(Type.String({ title: "中介服务依据", description: "The legal basis that requires the service.", maxLength: 1000 })),
}, { title: "中介服务", description: "An intermediary service the application involves.", additionalProperties: false }));

/** 特别程序. */
export const SpecialProcedure = def("SpecialProcedure", Type.Object({
  kind: Type.With(SpecialProcedureKindCode, { title: "特别程序种类", description: "1 延长审批, 2 除延长审批之外的情况 (A.7)." }),
  name: Type.String({ title: "特别程序名称", description: "Name of the procedure, e.g. 听证, 专家评审.", minLength: 1, maxLength: 200 }),
  timeLimit: Type.Optional(Type.With(Duration, { title: "特别程序时限", description: "Time limit of the procedure." })),
  countsTowardTimeLimit: Type.Optional(Type.Boolean({ title: "是否计入办结时限", description: "Whether the procedure's time counts toward the item's time limit." })),
  basis: Type.Optional(Type.String({ title: "特别程序依据", description: "The legal basis of the procedure.", maxLength: 1000 })),
}, { title: "特别程序", description: "A special procedure (GB/T 39046 A.7) with its time limit and basis.", additionalProperties: false }));
