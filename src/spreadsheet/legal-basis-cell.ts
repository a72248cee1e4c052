/**
 * The 设定依据 cell people keep in the item row: citations such as
 * "【法律】《中华人民共和国行政许可法》（主席令第7号）第十二条：条款内容", one per line (or separated by ；).
 */
import type { LegalCitation } from "../schema/v1/types.js";

const CITATION = /^(?:【[^】]*】)?\s*(《[^》]+》)\s*(?:[（(]([^）)]*)[）)])?\s*([^：:]*?)\s*(?:[：:]\s*([\s\S]*))?$/;

/** Parses one citation; text without a 《title》 is kept whole as the law name, so nothing is lost. */
function parseCitation(part: string): LegalCitation {
  const m = CITATION.exec(part);
  if (!m?.[1]) return { lawName: part };
  return {
    lawName: m[1],
    ...(m[2] ? { docNumber: m[2].trim() } : {}),
    ...(m[3] ? { article: m[3] } : {}),
    ...(m[4]?.trim() ? { text: m[4].trim() } : {}),
  };
}

/** Parses a 设定依据 cell into structured citations. */
export function parseLegalBasisCell(cell: string): LegalCitation[] {
  return cell
    .split(/\r?\n|[；;](?=\s*(?:【|《))/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(parseCitation);
}
