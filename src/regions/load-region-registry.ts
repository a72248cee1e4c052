/** loadRegionRegistry(): the bundled registry, its data imported only on the first call. */
import { createRegionRegistry, type LoadedRegionRegistry } from "./create-region-registry.js";

let loading: Promise<LoadedRegionRegistry> | undefined;

/**
 * Loads the registry of every five-level 统计用区划代码 (about 665 000 regions). The data module is
 * imported dynamically so bundlers split it into its own chunk, fetched only when this is called;
 * later calls share the first registry.
 */
export function loadRegionRegistry(): Promise<LoadedRegionRegistry> {
  loading ??= import("../../generated/regions/regions.js").then(
    (module) => createRegionRegistry(module.default),
    (error: unknown) => {
      loading = undefined; // a failed fetch (e.g. offline browser) may be retried
      throw error;
    },
  );
  return loading;
}
