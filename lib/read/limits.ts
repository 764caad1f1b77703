/**
 * The bounds that keep reading safe for any input (DATA-CONTRACT §5: one outcome per file, never a
 * crash or a hang, memory bounded). Each one is far above what a real export reaches.
 */

/** §5.4: a file over 1 GiB — or a workbook whose parts inflate beyond 1 GiB — is rejected whole. */
export const DEFAULT_MAX_BYTES = 1024 ** 3;

/** §4.1: the header row is the first row, within the first 10 non-empty rows, that passes the test. */
export const HEADER_SEARCH_ROWS = 10;

/** Bytes looked at before deciding a CSV's encoding and delimiter, or a file's true format. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Longest CSV record (characters). An unclosed quote swallows the rest of the file into one field;
 * this stops it long before memory runs out (a real record is a few hundred characters).
 */
export const MAX_CSV_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Longest XML text or tag inside a workbook part (characters between two `<`). Excel caps a cell at
 * 32,767 characters; without this a crafted part could make the XML parser buffer a gigabyte.
 */
export const MAX_XML_RUN_CHARS = 4 * 1024 * 1024;

/**
 * Estimated memory the shared-string table of one workbook may take. All of a workbook's distinct
 * texts are held while its sheet is read (a 300,000-row roster of names and ID numbers needs ~40 MB);
 * the function's whole budget is 512 MB (§5.4).
 */
export const MAX_SHARED_STRINGS_MEMORY = 160 * 1024 * 1024;

/** Most sheets, relationships or cell formats a workbook part may list (Excel files have hundreds). */
export const MAX_PART_ITEMS = 100_000;

/** Sheets whose first rows are kept to explain a missing header (the rest are still searched). */
export const MAX_EXPLAINED_SHEETS = 20;

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;
