/** 办结时限: the statutory and the promised time limits. */
import { Type } from "typebox";
import { Duration } from "./common.js";
import { def } from "../named.js";

/** 法定办结时限 / 承诺办结时限. */
export const TimeLimit = def("TimeLimit", Type.Object({
  statutory: Type.Optional(Type.With(Duration, { title: "法定办结时限", description: "The time limit set by law; no level may change it." })),
  promised: Type.With(Duration, { title: "承诺办结时限", description: "The time limit the agency promises; no longer than the statutory one, and never longer than the level above." }),
  note: Type.Optional(Type.String({ title: "办结时限说明", description: "Notes, e.g. which special procedures are excluded.", maxLength: 1000 })),
}, { title: "办结时限", description: "Statutory and promised time limits.", additionalProperties: false }));
