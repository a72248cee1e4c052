/**
 * The 设定依据 cell people keep in the item row: citations such as
 * "【法律】《中华人民共和国行政许可法》（主席令第7号）第十二条：条款内容". Real cells put the article on
 * the line below its law, run articles over several lines, number their laws (1.《…》), and name a
 * law without 《》 (港口经营管理规定（交通运输部令…）第二十九条); a citation starts only where a law's
 * name does, so an article's text never becomes a law name.
 */
import type { LegalCitation } from "../schema/types.js";

/** The words a law's name ends with (法律、法规、规章、规范性文件的名称). */
const LAW_ENDINGS = "法|条例|规定|办法|决定|细则|规则|规范|规程|意见|通知|公告|方案|目录|标准|决议|批复|令|纲要|制度|章程|解释";

/** A category mark such as 【法律】 or 【规范性文件】 (never 【2017】 inside a document number). */
const CATEGORY = /【[^】\d]{1,10}】/g;

/** An article reference: 第二十六条第一款, 第五条第（一）项, 第十条之一. */
const ARTICLE = "第[一二三四五六七八九十百千零〇两\\d]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十百\\d]+款)?(?:第[（(]?[一二三四五六七八九十百\\d]+[）)]?项)?";

/**
 * The head of a citation: category, numbering, then 《title》, or a bare name ending like a law's
 * after a category or before a bracketed note (税收征管法第五十一条 inside an article's text is no head).
 */
const HEAD = new RegExp(
  `^[;；\\s]*(【[^】]*】)?[：:\\s]*(?:\\d{1,2}[、.．]\\s*)?(《[^》]+》|[^《》（()）：:，,。；;\\s]{2,60}?(?:${LAW_ENDINGS})(?=[（(]))?`,
);
/** A bare law name that follows a category mark (【规章】港口经营管理规定 第二十九条). */
const BARE_AFTER_CATEGORY = new RegExp(`^[^《》（()）：:，,。；;\\s]{2,60}?(?:${LAW_ENDINGS})(?=$|[\\s：:，,；;“"]|第|〔)`);
/** What may follow a law's name: a bracketed note, a document number, an article, then the text. */
const TAIL = new RegExp(`^\\s*(?:[（(]([^）)]*)[）)])?\\s*([^第：:\\s]*?[〔\\[【\\d][^第：:\\s]*?号)?\\s*(${ARTICLE})?\\s*[：:]?\\s*([\\s\\S]*)$`);
const ARTICLE_START = new RegExp(`^(${ARTICLE})\\s*[：:]?\\s*([\\s\\S]*)$`);

/** The longest 文号 the schema takes. */
const MAX_DOC_NUMBER = 100;

/** Whether a text reads as a law's name: 《…》, or a name ending in 法, 条例, 规定, 办法 … and not an article. */
export function isLawName(name: string): boolean {
  const text = name.trim();
  if (/^《[^》]+》$/.test(text)) return true;
  return !text.startsWith("第") && new RegExp(`^[^《》：:，,。；;\\s]{2,60}(?:${LAW_ENDINGS})$`).test(text);
}

/** The citation a segment starts, when it starts with a law's name. */
function parseHead(segment: string): LegalCitation | undefined {
  const head = HEAD.exec(segment)!;
  let name = head[2];
  let rest = segment.slice(head[0].length);
  if (name === undefined && head[1] !== undefined) {
    name = BARE_AFTER_CATEGORY.exec(rest)?.[0];
    rest = rest.slice(name?.length ?? 0);
  }
  if (name === undefined) return undefined;
  const tail = TAIL.exec(rest)!;
  const [, note, number, article, text] = tail;
  let docNumber = [note, number].map((s) => s?.trim()).filter(Boolean).join(" ");
  let body = text?.trim() ?? "";
  // A long note is a law's amendment history rather than its 文号: it stays with the text, whole.
  if (docNumber.length > MAX_DOC_NUMBER) {
    body = [`（${docNumber}）`, body].filter(Boolean).join("\n");
    docNumber = "";
  }
  return {
    lawName: name,
    ...(docNumber ? { docNumber } : {}),
    ...(article ? { article } : {}),
    ...(body ? { text: body } : {}),
  };
}

/** Appends a line of text to a citation. */
const appendText = (citation: LegalCitation, text: string) => {
  if (text) citation.text = citation.text ? `${citation.text}\n${text}` : text;
};

/**
 * Parses a 设定依据 cell into structured citations. A line that starts no law continues the citation
 * before it (a new article of the same law becomes a citation of that law); text before any law
 * name is kept whole as a law name, so nothing is lost.
 */
export function parseLegalBasisCell(cell: string): LegalCitation[] {
  const segments = cell
    .trim()
    // Cells pasted from CSV keep their quotes.
    .replace(/^"([\s\S]*)"$/, "$1")
    .replace(CATEGORY, (mark) => `\n${mark}`)
    .split(/\r?\n|[；;](?=\s*(?:【|《))/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/^[;；]+$/.test(s));
  const citations: LegalCitation[] = [];
  for (const segment of segments) {
    const citation = parseHead(segment);
    const last = citations[citations.length - 1];
    if (citation) citations.push(citation);
    else if (!last) citations.push({ lawName: segment });
    else {
      const article = ARTICLE_START.exec(segment);
      if (article && last.article === undefined && !last.text) {
        last.article = article[1]!;
        appendText(last, article[2]!.trim());
      } else if (article) {
        const { lawName, docNumber } = last;
        citations.push({ lawName, ...(docNumber ? { docNumber } : {}), article: article[1]!, ...(article[2]!.trim() ? { text: article[2]!.trim() } : {}) });
      } else appendText(last, segment);
    }
  }
  return citations;
}
