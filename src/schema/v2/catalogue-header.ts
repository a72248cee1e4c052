/** The header every v2 catalogue kind shares, and `catalogueOf`, which makes a catalogue kind from its item schema. */
import { Type, type TSchema } from "typebox";
import { CreditCode, Extensions, LevelCode, RegionCode } from "./common.js";
import { def } from "../named.js";
import { SCHEMA_VERSION, SCHEMA_VERSION_PATTERN } from "./version.js";

/** 发布区域. */
export const Region = def("Region", Type.Object({
  code: Type.With(RegionCode, { title: "区划代码", description: "12-digit code of the publishing region." }),
  level: Type.With(LevelCode, { title: "层级", description: "Level of the publishing region; must match the code's structure." }),
}, { title: "发布区域", description: "The region and level that publish the catalogue.", additionalProperties: false }));

/** 发布机构. */
export const Publisher = def("Publisher", Type.Object({
  name: Type.String({ title: "发布机构", description: "Name of the publishing body.", minLength: 1, maxLength: 200 }),
  creditCode: Type.Optional(Type.With(CreditCode, { title: "发布机构统一社会信用代码", description: "Credit code of the publishing body." })),
}, { title: "发布机构", description: "The body that publishes the catalogue.", additionalProperties: false }));

/** 上级目录: the upper-level catalogue this one implements. */
export const UpperRef = def("UpperRef", Type.Object({
  regionCode: Type.With(RegionCode, { title: "上级区划代码", description: "Region code of the upper-level catalogue." }),
  version: Type.Optional(Type.String({ title: "上级目录版本", description: "Version of the upper-level catalogue.", maxLength: 50 })),
}, { title: "上级目录", description: "The upper-level catalogue this one implements.", additionalProperties: false }));

/** The header every catalogue kind shares. */
const header = {
  schemaVersion: Type.String({ title: "标准版本", description: "major.minor of this standard the document follows, e.g. 2.0.", pattern: SCHEMA_VERSION_PATTERN, examples: [SCHEMA_VERSION] }),
  region: Region,
  publisher: Publisher,
  title: Type.Optional(Type.String({ title: "目录名称", description: "Title of the catalogue.", maxLength: 200 })),
  batch: Type.Optional(Type.String({ title: "批次", description: "Publication batch, e.g. 第一批.", maxLength: 50 })),
  version: Type.Optional(Type.String({ title: "目录版本", description: "Version label of the catalogue.", maxLength: 50 })),
  publishedAt: Type.Optional(Type.String({ title: "发布日期", description: "Publication date, YYYY-MM-DD.", format: "date" })),
  upper: Type.Optional(UpperRef),
  extensions: Type.Optional(Extensions),
};

/** The `kind` property's description, listing every kind (extend it with the list in catalogue.ts). */
export const KIND_DESCRIPTION = "basic 基本目录 | standard 标准化实施清单 | implementation 实施清单 | bundle 一件事清单.";

/** A catalogue kind: the header, the `kind` literal and the items of that kind, published as `$defs/<name>`. */
export function catalogueOf<K extends string, I extends TSchema>(name: string, kind: K, item: I, title: string, description: string) {
  return def(name, Type.Object({
    ...header,
    kind: Type.Literal(kind, { title: "目录类型", description: KIND_DESCRIPTION }),
    items: Type.Array(item, { title: "事项", description: "The items of the catalogue." }),
  }, { title, description, additionalProperties: false }));
}
