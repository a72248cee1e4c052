/** The report languages: zh-CN is the default, en is available. */
export type Locale = "zh-CN" | "en";

/** The locales the message catalogue covers, default first. */
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** Whether a string names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en";
}
