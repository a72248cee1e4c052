/**
 * 办事指南 records as guide APIs return them (the 济南 guide dataset): `{ content: [{ name, contentText,
 * auditMaterials }] }` or a bare array of such guides, where the guide is numbered text, one line per
 * paragraph (一、事项名称：… 二十二、咨询服务：…), and the materials a structured list beside it.
 */
import { isRecord } from "../spreadsheet/json-records.js";

/** One guide: its numbered sections by heading (in order), its structured materials, and its other fields. */
export interface GuideRecord {
  sections: Record<string, string>;
  materials: Record<string, unknown>[];
  fields: Record<string, unknown>;
}

/** A numbered heading line: 十六、申请材料：text (the colon may be full or half width, the text empty). */
const HEADING = /^\s*[一二三四五六七八九十百零〇]+\s*[、.．]\s*([^：:]{1,30}?)\s*[：:]\s*(.*)$/;

/** The sections of a guide's text: each heading's own text plus the lines up to the next heading. */
export function guideSections(lines: readonly string[]): Record<string, string> {
  const sections: Record<string, string> = {};
  let current: string | undefined;
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) {
      current = heading[1]!;
      sections[current] = heading[2]!.trim();
    } else if (current !== undefined && line.trim() !== "") {
      sections[current] = sections[current] ? `${sections[current]}\n${line.trim()}` : line.trim();
    }
  }
  for (const [key, value] of Object.entries(sections)) if (value === "") delete sections[key];
  return sections;
}

/** The guides of a document, or undefined when it is not a guide list (no guide has numbered text). */
export function guideRecords(document: unknown): GuideRecord[] | undefined {
  const list = Array.isArray(document) ? document : isRecord(document) && Array.isArray(document.content) ? document.content : undefined;
  if (!list || list.length === 0 || !list.every((g) => isRecord(g) && Array.isArray(g.contentText))) return undefined;
  return list.map((guide) => {
    const { contentText, auditMaterials, ...fields } = guide as Record<string, unknown>;
    return {
      sections: guideSections((contentText as unknown[]).map(String)),
      materials: Array.isArray(auditMaterials) ? auditMaterials.filter(isRecord) : [],
      fields,
    };
  });
}
