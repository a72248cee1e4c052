/** 办事指南 text (numbered guide sections with a structured material list), into the newest major. */
export { importGuide, type GuideImportOptions } from "./import-guide.js";
export { guideRecords, guideSections, type GuideRecord } from "./guide-records.js";
export { guideIndexDepartments, guideIndexFromScript, importGuideIndex } from "./guide-index.js";
