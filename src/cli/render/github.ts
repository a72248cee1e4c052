/**
 * Renders a report as GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * annotation per issue, with file, line and column where known, and nothing else on stdout.
 */
import type { Severity } from "../../report/issue.js";
import type { ReportContext } from "../report/report-context.js";
import { locationOf } from "../../report/render/group.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Escapes a workflow command's message (GitHub's rules: %, CR and LF). */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** Escapes a workflow command's property value (also ":" and ","). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** The annotations of a report, one line each. */
export function renderGithub(ctx: ReportContext): string {
  return ctx.report.issues
    .map((issue) => {
      const file = ctx.fileOf(issue);
      const props = [
        ...(file !== undefined && file !== "-" ? [`file=${escapeProperty(file)}`] : []),
        ...(issue.line !== undefined && issue.sheet === undefined ? [`line=${issue.line}`] : []),
        ...(issue.col !== undefined && issue.sheet === undefined ? [`col=${issue.col}`] : []),
        `title=${escapeProperty(issue.rule)}`,
      ];
      // A spreadsheet cell has no line and column GitHub could show, so it goes into the text.
      const place = [issue.itemCode, issue.path || "/", issue.sheet !== undefined ? locationOf(issue) : undefined].filter(Boolean).join(" ");
      return `::${COMMAND[issue.severity]} ${props.join(",")}::${escapeData(`${issue.message} (${place})`)}`;
    })
    .map((line) => line + "\n")
    .join("");
}
