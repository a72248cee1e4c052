/**
 * 目录 / 清单: a published catalogue of items, discriminated by `kind`. The catalogue kinds of v2 are
 * the one list below: a new kind (e.g. 一件事清单) is a `catalogueOf(...)` in its own file, added to it.
 */
import { Type, type Static } from "typebox";
import { BasicItem } from "./basic-item.js";
import { BundleCatalogue } from "./bundle.js";
import { catalogueOf, KIND_DESCRIPTION } from "./catalogue-header.js";
import { ImplementationItem } from "./implementation-item.js";
import { named } from "../named.js";
import { StandardItem } from "./standard-item.js";

export { Publisher, Region, UpperRef } from "./catalogue-header.js";

/** 基本目录. */
export const BasicCatalogue = catalogueOf("BasicCatalogue", "basic", BasicItem, "基本目录", "A basic catalogue: the items and the elements equal at every level.");
/** 标准化实施清单. */
export const StandardCatalogue = catalogueOf("StandardCatalogue", "standard", StandardItem, "标准化实施清单", "A standard list: an upper level's standardised service elements for every level below.");
/** 实施清单. */
export const ImplementationCatalogue = catalogueOf("ImplementationCatalogue", "implementation", ImplementationItem, "实施清单", "An implementation list: the items one level's agencies implement.");

/** Every v2 catalogue kind, in publication order: the one list to extend with a new kind. */
export const catalogueKinds = [BasicCatalogue, StandardCatalogue, ImplementationCatalogue, BundleCatalogue] as const;

/** The `kind` code of each catalogue kind, in the list's order. */
const kindCodes = catalogueKinds.map((c) => c.properties.kind.const);

/** 目录: any catalogue, discriminated by `kind`. */
export const Catalogue = named("catalogue.schema.json", Type.Unsafe<Static<(typeof catalogueKinds)[number]>>({
  title: "政务服务事项目录",
  description: "A catalogue of government service items: a basic catalogue, a standard list, an implementation list or a bundle list (一件事清单), by kind.",
  type: "object",
  discriminator: { propertyName: "kind" },
  required: ["kind"],
  properties: { kind: { title: "目录类型", description: KIND_DESCRIPTION, enum: kindCodes } },
  oneOf: [...catalogueKinds],
}));
