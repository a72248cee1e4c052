/** The page's state and its one render function: inputs → checks → report, or the standard reference. */
import { catalogueKinds, labelOf } from "../../src/codes/index.js";
import type { Locale } from "../../src/i18n/locale.js";
import type { Report } from "../../src/report/issue.js";
import { CheckFailure, runChecks, type CheckResult } from "./check/run-checks.js";
import { annotatedWorkbook } from "./export/annotated-xlsx.js";
import { baseName, download } from "./export/download.js";
import { reportJson, reportMarkdown } from "./export/report-files.js";
import { reportHtml } from "./export/report-html.js";
import { locale, setLocale, t } from "./i18n.js";
import { isCatalogue } from "./input/document-name.js";
import { formatOf, InputProblem } from "./input/loaded-file.js";
import { StreamInputError } from "../../src/stream/input-error.js";
import { parseInput, parsesInWorker, streamedInput, streams, type ParsedInput } from "./input/parse-input.js";
import { standardDoc } from "./standard/doc-inputs.js";
import { standardView } from "./standard/standard-view.js";
import { h } from "./view/dom.js";
import { filePicker } from "./view/file-picker.js";
import { progressView, updateProgress, type Progress } from "./view/progress-view.js";
import { buildSources, reportView, type DownloadFormat } from "./view/report-view.js";
import type { DoneReply } from "./worker/protocol.js";
import { UnreadableFile, validateInWorker, type WorkerRun } from "./worker/validate-in-worker.js";

type SlotId = "main" | "upper" | "previous";
interface Slot {
  name?: string;
  parsed?: ParsedInput;
  problem?: string;
  /** A large JSON main file: read, parsed and validated in the worker (then `parsed` holds what it read, for the views). */
  file?: Blob;
}

/** Issues a streamed file's report keeps for the list (the summary counts all): more would only slow the page down. */
const LISTED_ISSUES = 1000;

const state: {
  tab: "check" | "standard"; slots: Record<SlotId, Slot>; uppers: ParsedInput[]; members: Slot[]; result?: CheckResult; error?: string;
  /** A streamed validation under way, and how far it is. */
  run?: WorkerRun; progress?: Progress;
  /** The last validation the worker made: the file, what was read from it, and its report, reused while the file and the language stay. */
  streamed?: { file: Blob; input: ParsedInput; locale: Locale; report: Report };
} = {
  tab: location.hash.length > 1 ? "standard" : "check",
  slots: { main: {}, upper: {}, previous: {} },
  uppers: [],
  members: [],
};

/** Reads the upper lists (one or several files); the slot shows them together, or the first problem. */
async function loadUppers(files: File[]): Promise<void> {
  state.uppers = [];
  const name = files.map((f) => f.name).join("、");
  for (const file of files) {
    await load("upper", file);
    const { parsed, problem } = state.slots.upper;
    if (!parsed) {
      state.uppers = [];
      state.slots.upper = { name, ...(problem ? { problem } : {}) };
      return;
    }
    state.uppers.push(parsed);
  }
  state.slots.upper = files.length > 0 ? { name } : {};
}

/** Reads and parses a chosen file; problems stay on the slot, one line each. A large JSON main file is left to the worker. */
async function read(file: File, main = false): Promise<Slot> {
  const format = formatOf(file.name);
  if (!format) return { name: file.name, problem: t("site.error.format", { file: file.name }) };
  try {
    if (streams(file.name, file.size, format)) return { name: file.name, parsed: await streamedInput(file.name, file) };
    if (main && parsesInWorker(file.size, format)) return { name: file.name, file };
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { name: file.name, parsed: await parseInput({ name: file.name, format, bytes }) };
  } catch (error) {
    const reason = error instanceof InputProblem ? error.message
      : error instanceof StreamInputError && error.line !== undefined ? `${error.line}: ${error.message}`
      : String((error as Error).message ?? error);
    return { name: file.name, problem: t("site.error.read", { file: file.name, reason }) };
  }
}

/** Reads a chosen file into a slot (no file empties it). */
async function load(id: SlotId, file: File | undefined): Promise<void> {
  state.slots[id] = file ? await read(file, id === "main") : {};
}

/** Re-runs the checks for the current inputs and language; a large JSONL or JSON main file is validated in the worker first. */
function check(): void {
  const slot = state.slots.main;
  const main = slot.parsed;
  state.result = undefined;
  state.error = undefined;
  state.run?.cancel();
  state.run = undefined;
  state.progress = undefined;
  const big = slot.file ?? (main?.format === "jsonl" ? main.file : undefined);
  if (big) {
    const done = state.streamed;
    if (done && done.file === big && done.locale === locale()) finish(done.input, done.report);
    else if (slot.file) validateJson(slot.name ?? "", slot.file);
    else validateStreamed(main as ParsedInput & { format: "jsonl" }, big);
    return;
  }
  if (main) finish(main);
}

/** Runs the checks, with the main file's validation when the worker made it. */
function finish(main: ParsedInput, validation?: Report): void {
  const { previous } = state.slots;
  const members = state.members.flatMap((slot) => (slot.parsed ? [slot.parsed] : []));
  try {
    state.result = runChecks({
      main, uppers: state.uppers, ...(previous.parsed ? { previous: previous.parsed } : {}),
      ...(members.length > 0 ? { members } : {}), locale: locale(), ...(validation ? { validation } : {}),
    });
  } catch (error) {
    // Only a failure of the main file's own validation reaches here, and it names the main file.
    if (!(error instanceof CheckFailure)) throw error;
    state.error = t("site.error.read", { file: error.file, reason: error.reason });
  }
}

/** Starts the worker's run with a progress bar it moves in place; its outcome applies (then re-renders) unless a newer file or language took over. */
function inWorker<R extends DoneReply>(name: string, total: number, start: (onProgress: (p: { bytes: number; items: number }) => void) => WorkerRun<R>,
  done: (reply: R) => void, failed: (error: Error) => void): void {
  state.progress = { file: name, bytes: 0, total, items: 0 };
  const run = start(({ bytes, items }) => {
    if (state.run !== run || !state.progress) return;
    state.progress = { ...state.progress, bytes, items };
    const view = document.querySelector<HTMLElement>('[data-testid="progress"]');
    if (view) updateProgress(view, state.progress);
  });
  state.run = run;
  const settle = (then: () => void) => {
    if (state.run !== run) return;
    state.run = undefined;
    state.progress = undefined;
    then();
    render();
  };
  run.result.then((reply) => settle(() => done(reply)), (error: Error) => settle(() => failed(error)));
}

/** Validates a large JSONL file in the worker, streamed. */
function validateStreamed(main: ParsedInput & { format: "jsonl" }, file: Blob): void {
  const lang = locale();
  inWorker(main.name, file.size, (onProgress) => validateInWorker({ format: "jsonl", file, kind: main.kind, locale: lang, maxIssues: LISTED_ISSUES }, onProgress),
    ({ report }) => {
      state.streamed = { file, input: main, locale: lang, report };
      finish(main, report);
    },
    (error) => (state.error = t("site.error.read", { file: main.name, reason: error.message })));
}

/**
 * Reads, parses and validates a large JSON main file in the worker. What it read becomes the slot's input, so
 * the views (item names, sources, comparisons, downloads) are those of a small file; a file it cannot read
 * shows on its picker, as a small file's problem does.
 */
function validateJson(name: string, file: Blob): void {
  const lang = locale();
  inWorker(name, file.size, (onProgress) => validateInWorker({ format: "json", file, locale: lang }, onProgress),
    ({ report, document, as, text }) => {
      const input: ParsedInput = { name, format: "json", document, as, text };
      state.slots.main = { name, parsed: input, file };
      state.streamed = { file, input, locale: lang, report };
      finish(input, report);
    },
    (error) => {
      if (error instanceof UnreadableFile) state.slots.main = { name, problem: t("site.error.read", { file: name, reason: error.message }) };
      else state.error = t("site.error.read", { file: name, reason: error.message });
    });
}

/** What a parsed input was read as, for the picker. */
function readAs(p: ParsedInput): string {
  const kind = p.format === "jsonl" && p.file
    ? t("site.kind.streamed", { size: (p.file.size / 1048576).toFixed(1) })
    : p.format === "jsonl"
    ? t("site.kind.lines", { items: p.lines.filter((l) => l.trim() !== "").length })
    : isCatalogue(p.document)
      ? t("site.kind.catalogue", { kind: labelOf(catalogueKinds, String(p.document.kind), locale()) ?? String(p.document.kind), items: p.document.items.length })
      : t("site.kind.item", { kind: p.as });
  return t("site.input.readAs", { file: p.name, format: p.format.toUpperCase(), kind });
}

/** Source excerpts built into a saved HTML report at most (each one parses the file again). */
const SAVED_SOURCES = 200;

async function onDownload(format: DownloadFormat): Promise<void> {
  const main = state.slots.main.parsed;
  if (!state.result || !main) return;
  const base = `${baseName(main.name)}.report`;
  const report = document.querySelector<HTMLElement>('[data-testid="report"]');
  if (format === "html" && report) {
    buildSources(report, SAVED_SOURCES);
    const title = `${t("report.title")} · ${main.name}`;
    download(`${base}.html`, reportHtml(report, { title, lang: locale(), footer: footerText() }), "text/html");
  } else if (format === "json") download(`${base}.json`, reportJson(state.result.combined), "application/json");
  else if (format === "markdown") download(`${base}.md`, reportMarkdown(state.result.combined, locale(), main.name), "text/markdown");
  else download(`${base}.xlsx`, await annotatedWorkbook(state.result.combined.issues, main, locale()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

function picker(id: SlotId, label: "site.input.main" | "site.input.upper" | "site.input.previous"): HTMLElement {
  const slot = state.slots[id];
  const note = id === "upper" ? state.uppers.map(readAs).join(" · ") : slot.parsed ? readAs(slot.parsed) : "";
  return filePicker({
    id, label, hint: `${label}.hint`,
    ...(slot.name ? { current: slot.name } : {}),
    ...(slot.problem ? { problem: slot.problem } : {}),
    ...(note ? { note } : {}),
    onFile: (file) => void (id === "upper" ? loadUppers(file ? [file] : []) : load(id, file)).then(() => { check(); render(); }),
    ...(id === "upper" ? { multiple: true, onFiles: (files: File[]) => void loadUppers(files).then(() => { check(); render(); }) } : {}),
  });
}

/** The picker of the implementation lists that hold a bundle list's members: several files at once. */
function membersPicker(): HTMLElement {
  const names = state.members.map((slot) => slot.name ?? "").filter((n) => n !== "");
  const problem = state.members.find((slot) => slot.problem)?.problem;
  const notes = state.members.flatMap((slot) => (slot.parsed ? [readAs(slot.parsed)] : []));
  const refresh = () => { check(); render(); };
  return filePicker({
    id: "members", label: "site.input.members", hint: "site.input.members.hint", multiple: true,
    ...(names.length > 0 ? { current: names.join("、") } : {}),
    ...(problem ? { problem } : {}),
    ...(notes.length > 0 ? { note: notes.join("；") } : {}),
    onFile: (file) => void (file ? read(file).then((slot) => { state.members = [slot]; }) : Promise.resolve(state.members = [])).then(refresh),
    onFiles: (files) => void Promise.all(files.map((file) => read(file))).then((slots) => { state.members = slots; }).then(refresh),
  });
}

function header(): HTMLElement {
  const lang = (value: Locale, label: string) =>
    h("button", { type: "button", class: "lang", lang: value, "aria-pressed": String(locale() === value), "data-locale": value,
      onclick: () => { setLocale(value); check(); render(); } }, label);
  const tab = (id: "check" | "standard", label: "site.tab.check" | "site.tab.standard") =>
    h("button", { type: "button", role: "tab", id: `tab-${id}`, "aria-selected": String(state.tab === id), "aria-controls": "panel",
      onclick: () => { state.tab = id; render(); } }, t(label));
  return h("header", { class: "top" },
    h("div", { class: "title" }, h("h1", {}, t("site.title")), h("p", { class: "subtitle" }, t("site.subtitle"))),
    h("div", { class: "controls" },
      h("div", { class: "langs", role: "group", "aria-label": t("site.language") }, lang("zh-CN", "中文"), lang("en", "English")),
      h("div", { role: "tablist" }, tab("check", "site.tab.check"), tab("standard", "site.tab.standard"))),
    h("p", { class: "privacy", "data-testid": "privacy" }, t("site.privacy")));
}

/** The footer line: tool, version, standard. */
const footerText = () => t("site.footer", { version: __APP_VERSION__, schema: standardDoc().version });

/** Renders the page from the state, keeping the focused control focused. */
export function render(): void {
  const focused = document.activeElement?.id;
  document.title = `${t("site.title")} · zwfw-standard`;
  const app = document.getElementById("app")!;
  const main = state.slots.main.parsed;
  const panel = state.tab === "standard"
    ? standardView(standardDoc())
    : h("div", {},
      h("div", { class: "pickers" }, picker("main", "site.input.main"), picker("upper", "site.input.upper"), picker("previous", "site.input.previous"), membersPicker()),
      state.error ? h("p", { class: "problem", role: "alert" }, state.error) : null,
      state.progress ? progressView(state.progress)
      : state.result && main
        ? reportView(state.result, { main, uppers: state.uppers, onDownload: (f) => void onDownload(f) })
        : h("p", { class: "empty" }, t("site.report.empty")));
  app.replaceChildren(header(), h("main", { id: "panel", role: "tabpanel", "aria-labelledby": `tab-${state.tab}` }, panel),
    h("footer", {}, footerText()));
  if (focused) document.getElementById(focused)?.focus();
}
