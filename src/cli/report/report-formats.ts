/**
 * The one registry of report formats. Every reporting command (validate, conform, diff, import)
 * accepts every format here, so none can list a format and fall back to text; a format without a
 * renderer fails the type check.
 */
import { renderGithub } from "../render/github.js";
import { renderJson } from "../../report/render/json.js";
import { renderJunit } from "../render/junit.js";
import { renderMarkdown } from "../../report/render/markdown.js";
import { renderSarif } from "../render/sarif.js";
import { renderText } from "../render/text.js";
import { TOOL } from "../tool.js";
import type { ReportContext } from "./report-context.js";

/** Renders one report format. */
type Renderer = (ctx: ReportContext) => string;

/** The document the json format writes: the report (or the command's own JSON) with the tool that made it. */
export const jsonReportDocument = (ctx: ReportContext): object => ({ tool: TOOL, ...((ctx.json ?? ctx.report) as object) });

/** Every report format, in the order help lists them. */
export const reportFormats = {
  text: (ctx) => ctx.text?.(ctx.color) ?? renderText(ctx.report, ctx.locale, ctx.color),
  json: (ctx) => renderJson(jsonReportDocument(ctx)),
  markdown: (ctx) => ctx.markdown?.() ?? renderMarkdown(ctx.report, ctx.locale),
  sarif: renderSarif,
  junit: renderJunit,
  github: renderGithub,
} satisfies Record<string, Renderer>;

/** A report format name. */
export type ReportFormat = keyof typeof reportFormats;

/** The format names, in help order. */
export const REPORT_FORMATS = Object.keys(reportFormats) as ReportFormat[];

/** Whether a string names a report format. */
export const isReportFormat = (value: string): value is ReportFormat => Object.hasOwn(reportFormats, value);
