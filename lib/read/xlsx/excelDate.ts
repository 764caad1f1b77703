const DAY_MS = 86_400_000;
/** Excel's largest date, 9999-12-31 (1900 system); beyond it Excel shows `#####`. */
const LAST_SERIAL = 2_958_465;
const EPOCH_1900 = Date.UTC(1899, 11, 31);
/** From serial 61 on, the 1900 system counts from a day earlier: it believes 1900-02-29 existed (serial 60). */
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The day a date-formatted serial shows in Excel, as a Date at UTC midnight (the Cell contract), in
 * the workbook's date system (§5.3). The time of day is dropped. Null when Excel would show no date.
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  // Whole milliseconds first, so that 45000.99999999999 (a float for midnight) is the next day.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (date1904) {
    if (day > LAST_SERIAL - 1462) return null;
    return new Date(EPOCH_1904 + day * DAY_MS);
  }
  if (day > LAST_SERIAL) return null;
  return new Date((day < 61 ? EPOCH_1900 : EPOCH_1900_AFTER_LEAP_BUG) + day * DAY_MS);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A cell of type `d` holds an ISO 8601 date-time as text; the day it names, at UTC midnight. */
export function isoCellDate(text: string): Date | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}
