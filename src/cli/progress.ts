/**
 * The progress bar of long runs, on stderr and only on a terminal (`--quiet` turns it off): bytes
 * read, records/s, issues so far and time left, with cli-progress. It appears after a short
 * delay, so quick runs print nothing but the report.
 */
import cliProgress from "cli-progress";
import { message } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";

/** What a run reports to the bar. */
export interface ProgressState {
  bytes: number;
  total: number;
  items: number;
  issues: number;
}

/** A progress display; `update` is cheap to call often. */
export interface Progress {
  update(state: ProgressState): void;
  stop(): void;
}

/** Runs shorter than this show no bar. */
const DELAY_MS = 500;

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/** A bar on stderr when it is a TTY and not `quiet`; otherwise a no-op. */
export function createProgress(locale: Locale, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return NONE;
  const started = Date.now();
  // Each file restarts the bar's total and the clock its rate and time left are measured by.
  let fileStarted = started;
  let fileTotal: number | undefined;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(state) {
      if (state.total !== fileTotal) {
        fileTotal = state.total;
        fileStarted = Date.now();
        bar?.setTotal(state.total || 1);
      }
      const elapsed = (Date.now() - fileStarted) / 1000;
      if (!bar) {
        if (Date.now() - started < DELAY_MS) return;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: "{bar} {percentage}% · {line}", hideCursor: true, clearOnComplete: true, barsize: 24 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(state.total || 1, 0, { line: "" });
      }
      const rate = elapsed > 0 ? state.items / elapsed : 0;
      const left = state.bytes > 0 ? (elapsed * (state.total - state.bytes)) / state.bytes : NaN;
      const line = message("progress.line", locale, {
        read: megabytes(state.bytes),
        total: megabytes(state.total),
        rate: Math.round(rate).toLocaleString("en-US"),
        items: state.items.toLocaleString("en-US"),
        issues: state.issues.toLocaleString("en-US"),
        eta: Number.isFinite(left) ? `${Math.max(0, Math.round(left))}s` : "?",
      });
      bar.update(Math.min(state.bytes, state.total), { line });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** "123.4 MB". */
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
