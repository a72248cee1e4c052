/** The fields of an implementation item that only the locality knows, which a derived draft leaves to fill. */

/** 办理地点, 办理时间, 咨询方式, 监督投诉方式: optional in the schema, so a draft without them still validates. */
export const LOCAL_FIELDS = ["location", "hours", "consultation", "complaint"] as const;

/** The extensions key under which a derived catalogue lists its fields to fill (conformance ignores extensions). */
export const TODO_EXTENSION = "todo";
