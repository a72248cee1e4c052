// Development only: the region worker entry when running from the TypeScript sources under tsx or
// vitest (a worker thread does not inherit tsx's loader). The build bundles region-worker.ts.
import { register } from "tsx/esm/api";

register();
const { default: checkRegionTask } = await import("./region-worker.ts");
export default checkRegionTask;
