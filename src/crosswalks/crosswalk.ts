/** A crosswalk: how one platform's codes for an element translate into the standard's code set. */

/** One translation table, with the source that documents it. */
export interface Crosswalk {
  /** Stable id, named on the command line (`--crosswalk guangxi-time-unit`). */
  id: string;
  /** The id of the standard code set the codes translate into (`time-unit`, `service-object` …). */
  codeSet: string;
  title: { "zh-CN": string; en: string };
  /** Where the platform's codes are documented or observed. */
  source: string;
  /** Platform code → standard code. */
  map: Readonly<Record<string, string>>;
  /**
   * Applied only when named: a table that renumbers the standard's own codes wholesale (Zhejiang
   * qlKind) would otherwise put a warning on every clean value.
   */
  namedOnly?: boolean;
}
