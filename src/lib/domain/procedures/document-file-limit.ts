/**
 * The largest procedure file (a .json document or an .xlsx workbook) an administrator may upload
 * or the import command reads, decoded: 10 MB. The browser checks it before sending, the server
 * before parsing; one figure for both.
 */
export const DOCUMENT_FILE_MAX_BYTES = 10 * 1024 * 1024;
