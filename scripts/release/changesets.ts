/** The bump the pending changesets (`.changeset/*.md`) declare for one package, read with @changesets/read. */
import readChangesets from "@changesets/read";
import { maxBump } from "../../src/diff/schema/bump.js";
import type { Bump } from "../../src/diff/schema/types.js";

/** A pending changeset's declaration for the package. */
export interface Declaration {
  id: string;
  bump: Bump;
}

/** Every declaration of the package in the pending changesets, and the largest one ("none" without any). */
export async function declaredBump(root: string, packageName: string): Promise<{ bump: Bump; declarations: Declaration[] }> {
  const changesets = await readChangesets(root);
  const declarations = changesets.flatMap((c) => c.releases.filter((r) => r.name === packageName).map((r) => ({ id: c.id, bump: r.type as Bump })));
  return { bump: maxBump(...declarations.map((d) => d.bump)), declarations };
}
