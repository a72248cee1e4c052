/** The catalogue diff: added, removed and changed items between two batches, with the reform figures. */
export { diffCatalogues, itemKeyOf } from "./diff-catalogues.js";
export { normaliseName } from "./normalise-name.js";
export { percentChange } from "./metrics.js";
export {
  CatalogueDiffError,
  type CatalogueDiff, type CatalogueMetrics, type ChangedItem, type ItemChange, type ItemRef, type Metric, type MetricSet,
} from "./types.js";
