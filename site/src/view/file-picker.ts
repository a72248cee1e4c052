/** A labelled file picker that also takes a dropped file: one per input of the page. */
import { t } from "../i18n.js";
import type { MessageId } from "../../../src/i18n/all-messages.js";
import { h } from "./dom.js";

/** What a picker shows and reports. */
export interface FilePickerOptions {
  /** Used for the input's id (`<id>-file`) and test hooks. */
  id: string;
  label: MessageId;
  hint: MessageId;
  /** The chosen file's name, or undefined. */
  current?: string;
  /** A one-line problem with the chosen file. */
  problem?: string;
  /** What the file was read as. */
  note?: string;
  onFile(file: File | undefined): void;
  /** Takes several files at once (the upper lists); each one is handed to onFiles. */
  multiple?: boolean;
  onFiles?(files: File[]): void;
}

const ACCEPT = ".json,.jsonl,.ndjson,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Renders a picker; dropping a file on it works like choosing one. */
export function filePicker(o: FilePickerOptions): HTMLElement {
  const input = h("input", {
    type: "file", id: `${o.id}-file`, accept: ACCEPT, class: "visually-hidden",
    "aria-describedby": `${o.id}-hint`,
    ...(o.multiple ? { multiple: true } : {}),
    onchange: () => (o.multiple && o.onFiles ? o.onFiles(Array.from(input.files ?? [])) : o.onFile(input.files?.[0])),
  });
  const zone = h("div", { class: `picker${o.current ? " has-file" : ""}${o.problem ? " has-problem" : ""}`, "data-picker": o.id },
    h("label", { for: `${o.id}-file`, class: "picker-label" }, t(o.label)),
    h("p", { id: `${o.id}-hint`, class: "hint" }, t(o.hint)),
    input,
    h("div", { class: "picker-row" },
      h("label", { for: `${o.id}-file`, class: "button" }, t("site.input.choose")),
      h("span", { class: "hint" }, t("site.input.drop"))),
    h("p", { class: "picker-file", "data-file": o.id }, o.current ?? t("site.input.none"),
      o.current ? h("button", { type: "button", class: "link", onclick: () => o.onFile(undefined) }, t("site.input.remove")) : null),
    o.note ? h("p", { class: "picker-note" }, o.note) : null,
    o.problem ? h("p", { class: "problem", role: "alert" }, o.problem) : null,
  );
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (o.multiple && o.onFiles && files.length > 0) o.onFiles(files);
    else if (files[0]) o.onFile(files[0]);
  });
  return zone;
}
