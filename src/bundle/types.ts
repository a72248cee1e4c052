/** The result shapes of checkBundles: the usual report plus what each bundle saves. */
import type { Report } from "../report/issue.js";

/** One reform figure of a bundle: its members taken one by one (before) and the bundle (after); null when unknown. */
export interface BundleFigure {
  before: number | null;
  after: number | null;
}

/** What a bundle saves (减材料、减跑动、减时限、减部门、减表单). */
export interface BundleMetrics {
  /** Required materials that are not 免提交: summed over the members (in the situations the bundle reaches) vs the bundle's set. */
  materials: BundleFigure;
  /** 到办事现场次数: summed over the members vs the bundle's. */
  visits: BundleFigure;
  /** 承诺办结时限: summed over the members vs the bundle's, in `timeUnit`; before is null when the units differ. */
  time: BundleFigure;
  /** Departments the applicant deals with: the members' distinct implementing agencies vs the one lead department (一窗受理). */
  departments: BundleFigure;
  /** Application forms: one per member vs the bundle's one form (一表申请). */
  forms: BundleFigure;
}

/** One checked bundle with its figures. */
export interface BundleResult {
  /** 一件事编码. */
  code: string;
  /** 一件事名称. */
  name: string;
  /** JSON Pointer of the bundle in the bundle list. */
  path: string;
  /** The unit of `metrics.time` (the bundle's promised time unit), when the bundle gives one. */
  timeUnit?: string;
  metrics: BundleMetrics;
}

/** The report of checkBundles: issues as in every report (paths into the bundle list, itemCode = 一件事编码) and each bundle's figures. */
export interface BundleReport extends Report {
  bundles: BundleResult[];
}
