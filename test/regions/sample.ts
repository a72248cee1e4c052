/** A small hand-made registry: part of Jiangsu, plus a city without counties (as 东莞市 is). */
import { createRegionRegistry, packRegions, type RegionRecord, type RegionSource } from "../../src/regions/index.js";

/** The source the test data claims. */
export const TEST_SOURCE: RegionSource = { package: "test", version: "0", dataset: "test data", validAt: "2024-01-01", licence: "MIT" };

/** Jiangsu → Suzhou → Gusu → Jinchang → Yangyuxiang, a second village, and Dongguan → a township. */
export const SAMPLE: RegionRecord[] = [
  { code: "320000000000", name: "江苏省", level: "2" },
  { code: "320500000000", name: "苏州市", level: "3", parentCode: "320000000000" },
  { code: "320508000000", name: "姑苏区", level: "4", parentCode: "320500000000" },
  { code: "320508019000", name: "金阊街道", level: "5", parentCode: "320508000000" },
  { code: "320508019044", name: "养育巷社区居委会", level: "6", parentCode: "320508019000" },
  { code: "320508019045", name: "彩香一村第二社区居委会", level: "6", parentCode: "320508019000" },
  { code: "440000000000", name: "广东省", level: "2" },
  { code: "441900000000", name: "东莞市", level: "3", parentCode: "440000000000" },
  { code: "441900003000", name: "东城街道", level: "5", parentCode: "441900000000" },
];

/** The sample as a registry. */
export const sampleRegistry = () => createRegionRegistry(packRegions(SAMPLE, TEST_SOURCE));
