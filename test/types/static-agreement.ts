/**
 * Compile-time proof that the TypeBox `Static` types and the generated types agree: each must be
 * assignable to the other. Checked by `npm run typecheck`; any drift fails the build.
 */
import type * as G from "../../generated/v1/types.js";
import type { StaticBasicItem, StaticCatalogue, StaticImplementationItem, StaticStandardItem } from "../../src/schema/v1/index.js";

/** Resolves to true only when A and B are mutually assignable. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A type that only accepts `true`. */
type Assert<T extends true> = T;

export type BasicItemsAgree = Assert<Agree<StaticBasicItem, G.BasicItem>>;
export type StandardItemsAgree = Assert<Agree<StaticStandardItem, G.StandardItem>>;
export type ImplementationItemsAgree = Assert<Agree<StaticImplementationItem, G.ImplementationItem>>;
export type CataloguesAgree = Assert<Agree<StaticCatalogue, G.Catalogue>>;
