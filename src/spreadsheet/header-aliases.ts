/**
 * The headers real sources use for an element beside the template's own (职权编码 for 基本编码, 实施层级
 * for 行使层级 in a list without 实施编码 …), by the element's property path in its record. Kept apart
 * from the column table so the columns can follow the schema while these follow the sources.
 */
import type { Column } from "./columns.js";
import { normalizeLabel } from "./labels.js";

/** Header variants by property path ("agency/name"); matched after the template's own headers. */
export const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  basicCode: ["职权编码", "权力编码", "事项编码"],
  name: ["职权名称", "权力名称"],
  type: ["职权类型", "权力类型", "事项类别"],
  legalBasis: ["法律依据"],
  levels: ["实施层级"],
  "agency/name": ["实施机关", "实施部门"],
};

/** The normalized alias headers of a column. */
export function aliasHeaders(column: Column): string[] {
  return (HEADER_ALIASES[column.path.join("/")] ?? []).map(normalizeLabel);
}
