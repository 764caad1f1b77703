import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Generated, fileWhere, generateInTemp } from './readTree.ts';

const ALL_MONTHS = ['2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'];
const TOWNSHIPS = 19;

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const key = prefix ? `${prefix}/${name}` : name;
    return statSync(path).isDirectory() ? walk(path, key) : [key];
  });
}

describe('the upload tree', () => {
  let g: Generated;
  beforeAll(async () => {
    g = await generateInTemp();
  });
  afterAll(() => g?.cleanup());

  const periodsOf = (kind: string, unit?: string) =>
    [
      ...new Set(
        g.county.files
          .filter((f) => f.kind === kind && (unit === undefined || f.unit === unit))
          .map((f) => f.period),
      ),
    ].sort();

  it('holds only upload files, each listed once with its key', () => {
    expect(walk(g.dir).sort()).toEqual(g.county.files.map((f) => f.key).sort());
    expect(existsSync(join(g.dir, '..', 'uploads-expected.json'))).toBe(false);
  });

  it('has every monthly kind for every month 2022-12 … 2023-06', () => {
    for (const kind of [
      'registry',
      'tax-payroll',
      'tax-employers',
      'insured',
      'enforcement',
      'activity',
      'contacts',
    ]) {
      expect(periodsOf(kind), kind).toEqual(ALL_MONTHS);
    }
    expect(periodsOf('subsidies', 'finance')).toEqual(ALL_MONTHS);
    expect(periodsOf('subsidies', 'commerce')).toEqual(ALL_MONTHS);
  });

  it('has quarterly newform lists from transport and postal, the roster in 2022-12 and 2023-03', () => {
    expect(periodsOf('newform', 'transport')).toEqual(['2022-12', '2023-03', '2023-06']);
    expect(periodsOf('newform', 'postal')).toEqual(['2022-12', '2023-03', '2023-06']);
    expect(g.county.files.filter((f) => f.kind === 'cadres').map((f) => [f.period, f.unit])).toEqual([
      ['2022-12', 'office'],
      ['2023-03', 'office'],
    ]);
  });

  it('has surveys of 2023-01 … 2023-03 from every township but one', () => {
    const surveys = g.county.files.filter((f) => f.kind === 'survey');
    expect(new Set(surveys.map((f) => f.period))).toEqual(new Set(['2023-01', '2023-02', '2023-03']));
    const units = new Set(surveys.map((f) => f.unit));
    expect(units.size).toBe(TOWNSHIPS - 1);
    expect(units.has(g.county.planted.survey.neverTownship)).toBe(false);
  });

  it('has an activity form from every township every month, and the county bureau twice', () => {
    for (const period of ALL_MONTHS) {
      const units = g.county.files
        .filter((f) => f.kind === 'activity' && f.period === period)
        .map((f) => f.unit);
      expect(units.filter((u) => u !== 'hrss')).toHaveLength(TOWNSHIPS);
    }
    expect(
      g.county.files.filter((f) => f.kind === 'activity' && f.unit === 'hrss').map((f) => f.period),
    ).toEqual(['2023-02', '2023-05']);
  });

  it('has a contacts file from every township in a month unless its only cadre made no contact', () => {
    for (const period of ALL_MONTHS) {
      const units = new Set(
        g.county.files.filter((f) => f.kind === 'contacts' && f.period === period).map((f) => f.unit),
      );
      const silent = g.county.planted.contacts.missing[period].filter(
        (m) => m.assignmentType === '片区' && !units.has(m.target),
      );
      expect(units.size + new Set(silent.map((m) => m.target)).size, period).toBe(TOWNSHIPS);
    }
  });

  it('dates files as the departments send them', () => {
    const at = (kind: string, period: string, unit: string | null = null) =>
      fileWhere(g, (f) => f.kind === kind && f.period === period && f.unit === unit && f.format !== 'xls')
        .receivedAt;
    expect(at('registry', '2023-01')).toBe('2023-02-05T10:00:00+08:00');
    expect(at('tax-payroll', '2022-12')).toBe('2023-01-15T09:30:00+08:00');
    expect(at('tax-employers', '2023-06')).toBe('2023-07-15T09:00:00+08:00');
    expect(at('insured', '2023-03')).toBe('2023-04-08T10:00:00+08:00');
    expect(at('subsidies', '2023-02', 'finance')).toBe('2023-03-10T15:00:00+08:00');
    expect(at('cadres', '2022-12', 'office')).toBe('2022-12-28T09:00:00+08:00');
    expect(at('cadres', '2023-03', 'office')).toBe('2023-03-10T09:00:00+08:00');
  });

  it('receives the late survey on 2023-04-03 and the correction a day after the original', () => {
    const { lateTownship, correctedTownship } = g.county.planted.survey;
    const late = g.county.files.filter((f) => f.kind === 'survey' && f.unit === lateTownship);
    expect(late.map((f) => f.receivedAt.slice(0, 10))).toEqual(['2023-04-03']);
    const corrected = fileWhere(g, (f) => f.kind === 'survey' && f.unit === correctedTownship && f.replaces);
    const original = fileWhere(g, (f) => f.key === corrected.replaces);
    expect(original.period).toBe(corrected.period);
    expect(new Date(corrected.receivedAt).getTime() - new Date(original.receivedAt).getTime()).toBe(
      24 * 3600 * 1000,
    );
    expect(original.invalidRows).toBe(2);
    expect(corrected.invalidRows).toBe(0);
    expect(corrected.rows).toBeGreaterThan(original.rows - original.invalidRows - original.duplicateRows);
  });

  it('lists files in receipt order, then by key', () => {
    const order = g.county.files.map((f) => [new Date(f.receivedAt).getTime(), f.key] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(order).toEqual(sorted);
  });

  it('sends an old .xls once (rejected whole) and the same enforcement file twice (a duplicate)', () => {
    const xls = g.county.files.filter((f) => f.format === 'xls');
    expect(xls.map((f) => [f.key, f.expected.status, f.expected.reason])).toEqual([
      ['tax-employers/2023-03/纳税企业名单及工资总额_202303.xls', 'rejected', 'XLS_FORMAT'],
    ]);
    const copies = g.county.files.filter((f) => f.copyOf);
    expect(copies).toHaveLength(1);
    expect(copies[0].expected.status).toBe('duplicate');
    expect(copies[0].kind).toBe('enforcement');
  });

  it('knows how many rows of each accepted file ingestion must accept and reject', () => {
    for (const f of g.county.files.filter((x) => x.expected.status === 'accepted')) {
      expect((f.expected.accepted ?? Number.NaN) + (f.expected.rejected ?? Number.NaN), f.key).toBe(f.rows);
      expect(f.expected.rejected, f.key).toBe(f.invalidRows + f.duplicateRows);
    }
    const total = (kind: string, field: 'invalidRows' | 'duplicateRows') =>
      g.county.files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f[field], 0);
    expect(total('insured', 'invalidRows')).toBe(3 * 7);
    expect(total('tax-payroll', 'invalidRows')).toBe(3 * 7);
    expect(total('registry', 'invalidRows')).toBe(2 * 7);
    expect(total('insured', 'duplicateRows')).toBeGreaterThanOrEqual(2 * 7);
  });
});
