/** The v2 documents: each published file name with its TypeBox schema and type name (generator input). */
import type { Static, TSchema } from "typebox";
import type { SchemaDocument } from "../document.js";
import { REF_KEY } from "../named.js";
import { BasicItem } from "./basic-item.js";
import { Catalogue, catalogueKinds } from "./catalogue.js";
import { ImplementationItem } from "./implementation-item.js";
import { StandardItem } from "./standard-item.js";

export * from "./basic-item.js";
export * from "./bundle.js";
export * from "./catalogue.js";
export * from "./common.js";
export * from "./fees.js";
export * from "./implementation-item.js";
export * from "./material.js";
export * from "./online-service.js";
export * from "./procedures.js";
export * from "./situation.js";
export * from "./standard-item.js";
export * from "./time-limit.js";

/** The v2 documents, in publication order. */
export const documents: readonly SchemaDocument[] = [
  { name: "catalogue", typeName: "Catalogue", schema: Catalogue },
  { name: "basic-item", typeName: "BasicItem", schema: BasicItem },
  { name: "standard-item", typeName: "StandardItem", schema: StandardItem },
  { name: "implementation-item", typeName: "ImplementationItem", schema: ImplementationItem },
];

/** TypeBox static types of the v2 documents (the generated types must agree with these). */
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
import { IntermediaryService, SpecialProcedure } from "./procedures.js";
import { Situation } from "./situation.js";
import { TimeLimit } from "./time-limit.js";
import { Faq, ProcessStep, Result, Topics } from "./standard-item.js";
import { Agency } from "./implementation-item.js";
import { Publisher, Region, UpperRef } from "./catalogue.js";
import { Bundle, BundleDepartment, BundleMaterial, BundleMember, BundleTimeLimit, MaterialReplacement } from "./bundle.js";

/** Each catalogue kind, by the definition name it is published under. */
const catalogueDefinitions = Object.fromEntries(
  catalogueKinds.map((c) => [String((c as unknown as Record<string, unknown>)[REF_KEY]).split("/").pop()!, c as TSchema]),
);

/** The shared definitions published in defs.schema.json, by name. */
export const definitions: Readonly<Record<string, TSchema>> = {
  CreditCode: common.CreditCode, RegionCode: common.RegionCode, BasicCode: common.BasicCode,
  LevelCode: common.LevelCode, ItemTypeCode: common.ItemTypeCode, ServiceObjectCode: common.ServiceObjectCode,
  HandlingFormCode: common.HandlingFormCode, HandlingTypeCode: common.HandlingTypeCode, AgencyNatureCode: common.AgencyNatureCode,
  ItemStateCode: common.ItemStateCode, PowerSourceCode: common.PowerSourceCode, CrossRegionScopeCode: common.CrossRegionScopeCode,
  OnlineCapabilityCode: common.OnlineCapabilityCode, SpecialProcedureKindCode: common.SpecialProcedureKindCode,
  ExemptionModeCode: common.ExemptionModeCode, IsoDate: common.IsoDate,
  Duration: common.Duration, TimeLimit, LegalCitation: common.LegalCitation, Body: common.Body, Material, Situation, FeeItem, Fees,
  IntermediaryService, SpecialProcedure, ProcessStep, Result, Faq, Topics, Agency, Region, Publisher, UpperRef,
  Extensions: common.Extensions,
  BundleDepartment, BundleMember, MaterialReplacement, BundleMaterial, BundleTimeLimit, Bundle,
  ...catalogueDefinitions,
};
