/**
 * The resident memory of the Chromium renderer processes this test process started (the page and
 * its workers run there), read from /proc: how a browser test checks that a page's memory stays
 * bounded while it reads a large file. Linux only; undefined elsewhere.
 */
import fs from "node:fs";

/** Parent pid of a process, or undefined when it is gone. */
function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Whether `pid` descends from `ancestor`. */
function descendsFrom(pid: number, ancestor: number): boolean {
  for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 32; p = parentOf(p), hops++) if (p === ancestor) return true;
  return false;
}

/** Bytes of resident memory of the renderers under this process, or undefined without /proc. */
export function rendererMemory(): number | undefined {
  if (!fs.existsSync("/proc/self/status")) return undefined;
  let total = 0;
  for (const name of fs.readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer") || !descendsFrom(pid, process.pid)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      continue; // the process ended while it was read
    }
  }
  return total;
}
