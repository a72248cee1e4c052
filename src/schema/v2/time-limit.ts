/** 办结时限: the statutory and the promised time limits, each with its own note. */
import { Type } from "typebox";
import { Duration } from "./common.js";
import { def } from "../named.js";

/** 法定办结时限 / 承诺办结时限. */
export const TimeLimit = def("TimeLimit", Type.Object({
  statutory: Type.Optional(Type.With(Duration, { title: "法定办结时限", description: "The time limit set by law; no level may change it." })),
  statutoryNote: Type.Optional(Type.String({ title: "法定办结时限说明", description: "Notes on the statutory time limit, e.g. what the law excludes.", maxLength: 1000 })),
  promised: Type.With(Duration, { title: "承诺办结时限", description: "The time limit the agency promises; no longer than the statutory one, and never longer than the level above." }),
  promisedNote: Type.Optional(Type.String({ title: "承诺办结时限说明", description: "Notes on the promised time limit, e.g. which special procedures are excluded.", maxLength: 1000 })),
}, { title: "办结时限", description: "Statutory and promised time limits, each with its note.", additionalProperties: false }));
