/** The v1 documents: each published file name with its TypeBox schema and type name. */
import type { Static, TSchema } from "typebox";
import type { SchemaDocument } from "../document.js";
import { BasicItem } from "./basic-item.js";
import { Catalogue } from "./catalogue.js";
import { ImplementationItem } from "./implementation-item.js";
import { StandardItem } from "./standard-item.js";

export * from "./basic-item.js";
export * from "./catalogue.js";
export * from "./common.js";
export * from "./fees.js";
export * from "./implementation-item.js";
export * from "./material.js";
export * from "./standard-item.js";
export * from "./time-limit.js";

/** The v1 documents, in publication order. */
export const documents: readonly SchemaDocument[] = [
  { name: "catalogue", typeName: "Catalogue", schema: Catalogue },
  { name: "basic-item", typeName: "BasicItem", schema: BasicItem },
  { name: "standard-item", typeName: "StandardItem", schema: StandardItem },
  { name: "implementation-item", typeName: "ImplementationItem", schema: ImplementationItem },
];

/** TypeBox static types of the v1 documents (the generated types must agree with these). */
export type StaticCatalogue = Static<typeof Catalogue>;
/** TypeBox static type of a basic item. */
export type StaticBasicItem = Static<typeof BasicItem>;
/** TypeBox static type of a standard item. */
export type StaticStandardItem = Static<typeof StandardItem>;
/** TypeBox static type of an implementation item. */
export type StaticImplementationItem = Static<typeof ImplementationItem>;

import * as common from "./common.js";
import { Fees, FeeItem } from "./fees.js";
import { Material } from "./material.js";
import { TimeLimit } from "./time-limit.js";
import { ProcessStep, Result } from "./standard-item.js";
import { Agency } from "./implementation-item.js";
import { BasicCatalogue, ImplementationCatalogue, Publisher, Region, StandardCatalogue, UpperRef } from "./catalogue.js";

/** The shared definitions published in defs.schema.json, by name. */
export const definitions: Readonly<Record<string, TSchema>> = {
  CreditCode: common.CreditCode, RegionCode: common.RegionCode, BasicCode: common.BasicCode,
  LevelCode: common.LevelCode, ItemTypeCode: common.ItemTypeCode, ServiceObjectCode: common.ServiceObjectCode,
  HandlingFormCode: common.HandlingFormCode, HandlingTypeCode: common.HandlingTypeCode, AgencyNatureCode: common.AgencyNatureCode,
  Duration: common.Duration, TimeLimit, LegalCitation: common.LegalCitation, Material, FeeItem, Fees,
  ProcessStep, Result, Agency, Region, Publisher, UpperRef, Extensions: common.Extensions,
  BasicCatalogue, StandardCatalogue, ImplementationCatalogue,
};
