// Development only: the worker entry when running from the TypeScript sources under tsx or vitest.
// A worker thread does not inherit tsx's loader, so it registers it before importing the real
// worker. The build bundles validate-range-worker.ts to dist/ and never uses this file.
import { register } from "tsx/esm/api";

register();
const { default: validateRange } = await import("./validate-range-worker.ts");
export default validateRange;
