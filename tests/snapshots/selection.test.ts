import { describe, expect, it } from 'vitest';
import type { RegistryRow, SurveyRow, TaxPayrollRow } from '../../lib/model/rows.ts';
import { memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { addMonths, endOfPeriod, monthsBetween, periodsBetween } from '../../lib/snapshots/period.ts';

const firm = (creditCode: string, name: string): RegistryRow => ({ creditCode, name, status: 'active' });
const pay = (employerCode: string, idNumber: string): TaxPayrollRow => ({
  employerCode,
  idNumber,
  idType: '居民身份证',
  incomeType: '正常工资薪金',
  employmentType: '雇员',
  income: 5000,
});

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('period arithmetic', () => {
  it('steps across year ends and knows month lengths', () => {
    expect(addMonths('2023-01', -1)).toBe('2022-12');
    expect(addMonths('2022-12', 13)).toBe('2024-01');
    expect(monthsBetween('2022-12', '2023-03')).toBe(3);
    expect(endOfPeriod('2024-02')).toBe('2024-02-29');
    expect(endOfPeriod('2023-02')).toBe('2023-02-28');
    expect(periodsBetween('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });
});

describe('which uploads the rules see (RULES 0)', () => {
  it('uses the latest snapshot with period ≤ P, not a later one', async () => {
    const data = memoryDataset([
      { kind: 'registry', period: '2023-01', rows: [firm('A', 'jan')] },
      { kind: 'registry', period: '2023-03', rows: [firm('A', 'mar')] },
      { kind: 'registry', period: '2023-05', rows: [firm('A', 'may')] },
    ]);
    expect((await collect(data.unitedAsOf('registry', '2023-04'))).map((r) => r.name)).toEqual(['mar']);
    expect(await collect(data.unitedAsOf('registry', '2022-12'))).toEqual([]);
  });

  it('hides a replaced version: the newest receipt of a snapshot wins', async () => {
    const data = memoryDataset([
      { kind: 'registry', period: '2023-03', receivedAt: '2023-04-05T02:00:00Z', rows: [firm('A', 'first')] },
      { kind: 'registry', period: '2023-03', receivedAt: '2023-04-06T02:00:00Z', rows: [firm('A', 'corrected')] },
    ]);
    expect((await collect(data.unitedAsOf('registry', '2023-03'))).map((r) => r.name)).toEqual(['corrected']);
    expect(data.manifests).toHaveLength(2); // history kept
  });

  it('ignores rejected uploads', async () => {
    const data = memoryDataset([
      { kind: 'registry', period: '2023-03', rows: [firm('A', 'good')] },
      { kind: 'registry', period: '2023-03', receivedAt: '2023-05-01T00:00:00Z', status: 'rejected', rows: [] },
    ]);
    expect((await collect(data.unitedAsOf('registry', '2023-03'))).map((r) => r.name)).toEqual(['good']);
  });

  it('unites units of a snapshot kind, the later receipt winning per key', async () => {
    const data = memoryDataset([
      { kind: 'newform', period: '2023-03', unit: 'transport', receivedAt: '2023-04-02T00:00:00Z', rows: [{ creditCode: 'A', workers: 5 }, { creditCode: 'B', workers: 1 }] },
      { kind: 'newform', period: '2023-02', unit: 'postal', receivedAt: '2023-04-03T00:00:00Z', rows: [{ creditCode: 'A', workers: 9 }] },
    ]);
    const rows = await collect(data.unitedAsOf('newform', '2023-03'));
    expect(rows.map((r) => `${r.creditCode}:${r.workers}`).sort()).toEqual(['A:9', 'B:1']);
  });

  it('takes monthly kinds from the latest period with data, but not when more than 2 months old', () => {
    const data = memoryDataset([
      { kind: 'tax-payroll', period: '2023-01', rows: [pay('A', '1')] },
      { kind: 'tax-payroll', period: '2023-02', unit: 'tax', rows: [pay('A', '2')] },
    ]);
    expect(data.monthlyAsOf('tax-payroll', '2023-04', 2)?.period).toBe('2023-02');
    expect(data.monthlyAsOf('tax-payroll', '2023-05', 2)).toBeNull();
    expect(data.monthlyAsOf('tax-payroll', '2022-12', 2)).toBeNull();
  });

  it('selects flow snapshots by the period of the file', () => {
    const survey = (code: string): SurveyRow => ({ creditCode: code, surveyedOn: '2023-01-10', employees: 3 });
    const data = memoryDataset([
      { kind: 'survey', period: '2022-12', unit: '330723200000', rows: [survey('A')] },
      { kind: 'survey', period: '2023-01', unit: '330723200000', rows: [survey('B')] },
      { kind: 'survey', period: '2023-03', unit: '330723201000', rows: [survey('C')] },
    ]);
    expect(data.flow('survey', '2023-01', '2023-03').map((s) => s.manifest.period)).toEqual(['2023-01', '2023-03']);
  });

  it('sees the data as it stood at an instant', async () => {
    const data = memoryDataset([
      { kind: 'registry', period: '2023-03', receivedAt: '2023-03-31T15:59:00Z', rows: [firm('A', 'on time')] },
      { kind: 'registry', period: '2023-03', receivedAt: '2023-03-31T16:00:30Z', rows: [firm('A', 'later')] },
    ]);
    const then = data.asReceivedBy('2023-03-31T16:00:00Z');
    expect((await collect(then.unitedAsOf('registry', '2023-03'))).map((r) => r.name)).toEqual(['on time']);
  });
});
