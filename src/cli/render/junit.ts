/**
 * Renders a report as JUnit XML for CI test tabs: one test suite per file, one test case per item
 * (or the document header); a case fails when it has errors, and warnings and infos go to its
 * system-out. A clean file is one passing case. (conform and diff list every compared file.)
 */
import { message } from "../../i18n/messages.js";
import type { Issue } from "../../report/issue.js";
import { groupIssues, locationOf } from "../../report/render/group.js";
import type { ReportContext } from "../report/report-context.js";
import { TOOL } from "../tool.js";

/** Escapes text for XML content and attribute values (and drops characters XML 1.0 cannot carry). */
export const xml = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** One line describing an issue inside a failure or system-out. */
function issueLine(issue: Issue, ctx: ReportContext): string {
  const where = [issue.path || "/", locationOf(issue)].filter(Boolean).join(" ");
  return `${message(`report.severity.${issue.severity}`, ctx.locale)} [${issue.rule}] ${where}: ${issue.message}`;
}

/** The JUnit XML of a report. */
export function renderJunit(ctx: ReportContext): string {
  const byFile = new Map<string, Issue[]>(ctx.files.map((file) => [file, []]));
  for (const issue of ctx.report.issues) {
    const file = ctx.fileOf(issue) ?? "";
    byFile.set(file, [...(byFile.get(file) ?? []), issue]);
  }
  if (byFile.size === 0) byFile.set("", []);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, issues] of byFile) {
    const groups = groupIssues(issues.map(({ file: _file, ...rest }) => rest));
    const cases = groups.length > 0 ? groups : [{ issues: [] as Issue[] }];
    const caseXml = cases.map((group) => {
      const name = "itemCode" in group && group.itemCode ? message("report.item", ctx.locale, { code: group.itemCode }) : message("report.header", ctx.locale);
      const errors = group.issues.filter((i) => i.severity === "error");
      const others = group.issues.filter((i) => i.severity !== "error");
      const failure = errors.length > 0
        ? `\n      <failure message="${xml(errors[0]!.message)}" type="${xml(errors[0]!.rule)}">${xml(errors.map((i) => issueLine(i, ctx)).join("\n"))}</failure>`
        : "";
      const out = others.length > 0 ? `\n      <system-out>${xml(others.map((i) => issueLine(i, ctx)).join("\n"))}</system-out>` : "";
      return `    <testcase name="${xml(name)}" classname="${xml(file || TOOL.name)}">${failure}${out}${failure || out ? "\n    " : ""}</testcase>`;
    });
    const failed = cases.filter((g) => g.issues.some((i) => i.severity === "error")).length;
    tests += cases.length;
    failures += failed;
    suites.push(`  <testsuite name="${xml(file || TOOL.name)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${caseXml.join("\n")}\n  </testsuite>`);
  }
  const s = ctx.report.summary;
  const summary = message("report.summary", ctx.locale, { ...s });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`${TOOL.name} ${TOOL.version}`)}" tests="${tests}" failures="${failures}" errors="0">`,
    `  <!-- ${xml(summary).replace(/--/g, "- -")} -->`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
