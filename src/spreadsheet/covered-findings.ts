/**
 * Which validation findings repeat an import finding, decided in time linear in the findings: the
 * import's error paths are indexed once (each path, each of its ancestors, the parents of header
 * paths), so a finding costs a walk up its own path instead of a scan of every import finding.
 */
import { itemIndexOf } from "../internal/json-pointer.js";
import type { Issue } from "../report/issue.js";

/** The pointer of the object holding `path`. */
const parentOf = (path: string) => path.slice(0, path.lastIndexOf("/"));

/** The import's error findings, indexed for `covers`. */
export class CoveredFindings {
  /** Paths of specific import errors (not the whole catalogue, not the items list). */
  private readonly paths = new Set<string>();
  /** Every proper ancestor of those paths. */
  private readonly ancestors = new Set<string>();
  /** Parents of the header paths among them. */
  private readonly headerParents = new Set<string>();

  constructor(imported: readonly Issue[], private readonly missingColumns: readonly string[]) {
    for (const issue of imported) this.add(issue);
  }

  /** Indexes one more import finding (a streamed import adds each item's as it reads them). */
  add(issue: Issue): void {
    if (issue.severity !== "error" || issue.path === "" || issue.path === "/items") return;
    if (this.paths.has(issue.path)) return;
    this.paths.add(issue.path);
    for (let p = parentOf(issue.path); p !== ""; p = parentOf(p)) this.ancestors.add(p);
    if (itemIndexOf(issue.path) === undefined) this.headerParents.add(parentOf(issue.path));
  }

  /**
   * Whether a validation finding repeats an import finding: it lies under a cell already reported
   * (a `required` finding names its property), or under a required column the sheet lacks.
   */
  covers(finding: Issue): boolean {
    // A `required` finding's params name the missing property last in its path ("agency.creditCode").
    const property = finding.keyword === "required" ? String(finding.params?.property ?? "").split(".").pop() || undefined : undefined;
    const path = property ? `${finding.path}/${property}` : finding.path;
    // The path itself or one of its ancestors was reported; or (for a missing property) something under it.
    for (let p = path; ; p = parentOf(p)) {
      if (this.paths.has(p)) return true;
      if (p === "") break;
    }
    if (property !== undefined && this.ancestors.has(path)) return true;
    const index = itemIndexOf(path);
    // A header field that could not be read also leaves what depends on it (the level of a missing region code).
    if (index === undefined) return this.headerParents.has(parentOf(path));
    const rest = path.slice(`/items/${index}/`.length);
    return this.missingColumns.some((m) => rest === m || rest.startsWith(`${m}/`) || m.startsWith(`${rest}/`));
  }
}
