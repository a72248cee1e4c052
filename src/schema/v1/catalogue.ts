/** 目录 / 清单: a published catalogue of items, discriminated by `kind`. */
import { Type, type Static, type TSchema } from "typebox";
import { BasicItem } from "./basic-item.js";
import { CreditCode, Extensions, LevelCode, RegionCode } from "./common.js";
import { ImplementationItem } from "./implementation-item.js";
import { def, named } from "../named.js";
import { StandardItem } from "./standard-item.js";
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
  schemaVersion: Type.String({ title: "标准版本", description: "major.minor of this standard the document follows, e.g. 1.0.", pattern: SCHEMA_VERSION_PATTERN, examples: [SCHEMA_VERSION] }),
  region: Region,
  publisher: Publisher,
  title: Type.Optional(Type.String({ title: "目录名称", description: "Title of the catalogue.", maxLength: 200 })),
  batch: Type.Optional(Type.String({ title: "批次", description: "Publication batch, e.g. 第一批.", maxLength: 50 })),
  version: Type.Optional(Type.String({ title: "目录版本", description: "Version label of the catalogue.", maxLength: 50 })),
  publishedAt: Type.Optional(Type.String({ title: "发布日期", description: "Publication date, YYYY-MM-DD.", format: "date" })),
  upper: Type.Optional(UpperRef),
  extensions: Type.Optional(Extensions),
};

/** A catalogue kind: the header, the `kind` literal and the items of that kind. */
function catalogueOf<K extends string, I extends TSchema>(name: string, kind: K, item: I, title: string, description: string) {
  return def(name, Type.Object({
    ...header,
    kind: Type.Literal(kind, { title: "目录类型", description: "basic 基本目录 | standard 标准化实施清单 | implementation 实施清单." }),
    items: Type.Array(item, { title: "事项", description: "The items of the catalogue." }),
  }, { title, description, additionalProperties: false }));
}

/** 基本目录. */
export const BasicCatalogue = catalogueOf("BasicCatalogue", "basic", BasicItem, "基本目录", "A basic catalogue: the items and the elements equal at every level.");
/** 标准化实施清单. */
export const StandardCatalogue = catalogueOf("StandardCatalogue", "standard", StandardItem, "标准化实施清单", "A standard list: an upper level's standardised service elements for every level below.");
/** 实施清单. */
export const ImplementationCatalogue = catalogueOf("ImplementationCatalogue", "implementation", ImplementationItem, "实施清单", "An implementation list: the items one level's agencies implement.");

/** 目录: any catalogue, discriminated by `kind`. */
export const Catalogue = named("catalogue.schema.json", Type.Unsafe<
  Static<typeof BasicCatalogue> | Static<typeof StandardCatalogue> | Static<typeof ImplementationCatalogue>
>({
  title: "政务服务事项目录",
  description: "A catalogue of government service items: a basic catalogue, a standard list or an implementation list, by kind.",
  type: "object",
  discriminator: { propertyName: "kind" },
  required: ["kind"],
  properties: { kind: { title: "目录类型", description: "basic 基本目录 | standard 标准化实施清单 | implementation 实施清单.", enum: ["basic", "standard", "implementation"] } },
  oneOf: [BasicCatalogue, StandardCatalogue, ImplementationCatalogue],
}));
