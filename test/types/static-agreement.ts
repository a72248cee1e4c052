/**
 * Compile-time proof that the TypeBox `Static` types and the generated types agree: each must be
 * assignable to the other. Checked by `npm run typecheck`; any drift fails the build.
 */
import type * as G from "../../generated/v1/types.js";
import type * as G2 from "../../generated/v2/types.js";
import type { StaticBasicItem, StaticCatalogue, StaticImplementationItem, StaticStandardItem } from "../../src/schema/v1/index.js";
import type * as S2 from "../../src/schema/v2/index.js";

/** Resolves to true only when A and B are mutually assignable. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A type that only accepts `true`. */
type Assert<T extends true> = T;

export type BasicItemsAgree = Assert<Agree<StaticBasicItem, G.BasicItem>>;
export type StandardItemsAgree = Assert<Agree<StaticStandardItem, G.StandardItem>>;
export type ImplementationItemsAgree = Assert<Agree<StaticImplementationItem, G.ImplementationItem>>;
export type CataloguesAgree = Assert<Agree<StaticCatalogue, G.Catalogue>>;

export type V2BasicItemsAgree = Assert<Agree<S2.StaticBasicItem, G2.BasicItem>>;
export type V2StandardItemsAgree = Assert<Agree<S2.StaticStandardItem, G2.StandardItem>>;
export type V2ImplementationItemsAgree = Assert<Agree<S2.StaticImplementationItem, G2.ImplementationItem>>;
export type V2CataloguesAgree = Assert<Agree<S2.StaticCatalogue, G2.Catalogue>>;
