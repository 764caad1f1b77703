/**
 * When each township sends its 2023 enterprise survey (入企调查, due 31 March, RULES 3): most in
 * March, 开发区 in two batches, one township on the morning of the deadline, one with a corrected
 * re-upload the next day, one late (received 2023-04-03) and one that never sends it.
 */
import type { Township } from '../seeds/townships.ts';
import { type ShanghaiTime, isoDate, shanghaiTime } from './calendar.ts';
import type { Random } from './random.ts';

export interface SurveySubmission {
  township: string;
  period: '2023-01' | '2023-02' | '2023-03';
  receivedAt: ShanghaiTime;
  /** A corrected version of the same snapshot, received the day after. */
  correctedAt?: ShanghaiTime;
}

export interface SurveyCalendar {
  submissions: SurveySubmission[];
  lateTownship: string;
  neverTownship: string;
  correctedTownship: string;
  /** Received on the deadline day at 07:30 Shanghai time (still 30 March in UTC). */
  deadlineMorningTownship: string;
}

const KFQ = '330723-KFQ';

export function planSurveyCalendar(random: Random, townships: readonly Township[]): SurveyCalendar {
  const others = random.shuffled(townships.filter((t) => t.code !== KFQ).map((t) => t.code));
  const [neverTownship, lateTownship, correctedTownship, deadlineMorningTownship, ...rest] = others;
  const submissions: SurveySubmission[] = [
    { township: KFQ, period: '2023-01', receivedAt: shanghaiTime('2023-02-08', '10:00') },
    { township: KFQ, period: '2023-03', receivedAt: shanghaiTime('2023-03-28', '16:00') },
    { township: lateTownship, period: '2023-03', receivedAt: shanghaiTime('2023-04-03', '10:30') },
    {
      township: correctedTownship,
      period: '2023-03',
      receivedAt: shanghaiTime('2023-03-20', '09:30'),
      correctedAt: shanghaiTime('2023-03-21', '09:30'),
    },
    { township: deadlineMorningTownship, period: '2023-03', receivedAt: shanghaiTime('2023-03-31', '07:30') },
  ];
  for (const code of rest) {
    const early = random.chance(0.4);
    const day = early ? random.int(1, 10) : random.int(11, 30);
    const time = `${String(random.int(9, 16)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
    submissions.push({
      township: code,
      period: early ? '2023-02' : '2023-03',
      receivedAt: shanghaiTime(isoDate(2023, 3, day), time),
    });
  }
  submissions.sort((a, b) =>
    a.township < b.township ? -1 : a.township > b.township ? 1 : a.period < b.period ? -1 : 1,
  );
  return { submissions, lateTownship, neverTownship, correctedTownship, deadlineMorningTownship };
}

/** Townships with at least one submission. */
export function surveyingTownships(calendar: SurveyCalendar): string[] {
  return [...new Set(calendar.submissions.map((s) => s.township))];
}
