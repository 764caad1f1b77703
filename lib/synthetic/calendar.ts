/**
 * The months the synthetic county covers and the clock of its departments. All times are
 * Asia/Shanghai (UTC+8, no daylight saving), written as values, never read from the system clock.
 */

/** Every period the generator writes: 2022-12 (the baseline month) through 2023-06. */
export const PERIODS = ['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'] as const;
export type Period = (typeof PERIODS)[number];

/** Month index of the model: 0 = 2022-12 … 6 = 2023-06. */
export type MonthIndex = number;
export const MONTHS = PERIODS.length;
/** A month index meaning "never" in timelines. */
export const NEVER = 99;

export function periodOf(month: MonthIndex): Period {
  return PERIODS[month];
}

export function monthOf(period: string): MonthIndex {
  const index = (PERIODS as readonly string[]).indexOf(period);
  if (index < 0) throw new Error(`period outside the synthetic county: ${period}`);
  return index;
}

export function yearMonth(period: string): { year: number; month: number } {
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

/** The period `count` months after `period`. */
export function addMonths(period: string, count: number): string {
  const { year, month } = yearMonth(period);
  const total = year * 12 + (month - 1) + count;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(period: string): number {
  const { year, month } = yearMonth(period);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar day as `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dayOfPeriod(period: string, day: number): string {
  const { year, month } = yearMonth(period);
  return isoDate(year, month, Math.min(day, daysInMonth(period)));
}

/** A moment in Asia/Shanghai: the instant and its ISO text with the +08:00 offset. */
export interface ShanghaiTime {
  iso: string;
  instant: Date;
}

export function shanghaiTime(date: string, time: string): ShanghaiTime {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const instant = new Date(Date.UTC(year, month - 1, day, hour - 8, minute, 0));
  return { iso: `${date}T${time.padStart(5, '0')}:00+08:00`, instant };
}

/** The receipt `day` of the month after `period`, at `time` (a department's monthly delivery). */
export function nextMonthAt(period: string, day: number, time: string): ShanghaiTime {
  return shanghaiTime(dayOfPeriod(addMonths(period, 1), day), time);
}

/** Adds minutes to a time of day `HH:MM` (the same day; callers stay well before midnight). */
export function laterBy(time: string, minutes: number): string {
  const [hour, minute] = time.split(':').map(Number);
  const total = hour * 60 + minute + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function lastDayOf(period: string): string {
  return dayOfPeriod(period, 31);
}
