/** Issues as tests compare them: whole, with the message in both locales. */
import type { Issue } from "../../src/report/issue.js";

/** An issue as a test compares it: every field, with the message in both locales. */
export type WholeIssue = Omit<Issue, "message"> & { message: { "zh-CN": string; en: string } };

/** Zips the zh-CN and en reports of one run into whole issues (both runs must find the same issues, in order). */
export function whole(zh: readonly Issue[], en: readonly Issue[]): WholeIssue[] {
  if (zh.length !== en.length) throw new Error(`the zh-CN run found ${zh.length} issues, the en run ${en.length}`);
  return zh.map((issue, i) => {
    const { message: enMessage, ...enRest } = en[i]!;
    const { message: zhMessage, ...zhRest } = issue;
    if (JSON.stringify(zhRest) !== JSON.stringify(enRest)) throw new Error(`issue ${i} differs between locales beyond its message`);
    return { ...zhRest, message: { "zh-CN": zhMessage, en: enMessage } };
  });
}
