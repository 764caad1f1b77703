import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidResidentId, upgradeFifteenDigitId } from '../../lib/synthetic/checkCharacters.ts';
import {
  type Cell,
  type Generated,
  fileWhere,
  generateInTemp,
  normalizeCode,
  readRecords,
} from './readTree.ts';

const PENSION = new Set(['企业职工基本养老保险', '企业养老']);
const INJURY = new Set(['工伤保险', '工伤']);
const ACTIVE = new Set(['参保缴费', '正常缴费']);

/** The value of the first of the headers that the record has. */
function field(record: Record<string, Cell>, headers: string[]): string {
  const header = headers.find((h) => h in record);
  return header === undefined ? '' : String(record[header] ?? '');
}

describe('planted facts hold in the files themselves', () => {
  let g: Generated;
  /** employer code → persons employed (wages, 雇员) in the 2023-06 payroll. */
  const employed = new Map<string, Set<string>>();
  /** employer code → persons active in pension / injury in the 2023-06 insured list. */
  const pension = new Map<string, Set<string>>();
  const injury = new Map<string, Set<string>>();
  const anyPensionRow = new Set<string>();

  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  const archetype = (name: string) =>
    Object.entries(g.county.planted.archetypes)
      .filter(([, a]) => a === name)
      .map(([code]) => code);

  beforeAll(async () => {
    g = await generateInTemp();
    const file = (kind: string) => fileWhere(g, (f) => f.kind === kind && f.period === '2023-06');
    for (const r of await readRecords(join(g.dir, ...file('tax-payroll').key.split('/')))) {
      const employer = normalizeCode(
        field(r, ['扣缴义务人纳税人识别号', '扣缴单位纳税人识别号', '扣缴义务人统一社会信用代码']),
      );
      if (field(r, ['所得项目']) === '正常工资薪金' && field(r, ['任职受雇从业类型']) === '雇员') {
        add(employed, employer, normalizeCode(field(r, ['身份证件号码', '证件号码', '身份证号码'])));
      }
    }
    for (const r of await readRecords(join(g.dir, ...file('insured').key.split('/')))) {
      const employer = normalizeCode(
        field(r, ['单位统一社会信用代码', '统一社会信用代码', '单位社会信用代码']),
      );
      const raw = normalizeCode(field(r, ['公民身份号码', '社会保障号码', '身份证号码']));
      const id = raw.length === 15 ? upgradeFifteenDigitId(raw) : raw;
      // Rows planted as damaged are rejected by ingestion; people without an employer owe no injury insurance.
      if (!isValidResidentId(id) || employer === '') continue;
      const scheme = field(r, ['险种', '险种类型']);
      const active = ACTIVE.has(field(r, ['参保状态', '缴费状态']));
      if (PENSION.has(scheme)) anyPensionRow.add(employer);
      if (active && PENSION.has(scheme)) add(pension, employer, id);
      if (active && INJURY.has(scheme)) add(injury, employer, id);
    }
  });
  afterAll(() => g?.cleanup());

  it('plants every flag in 2023-06', () => {
    const flags = g.county.planted.flags['2023-06'];
    for (const [flag, codes] of Object.entries(flags)) expect(codes.length, flag).toBeGreaterThan(0);
  });

  it('gives operating-no-insured enterprises payroll rows and no pension row at all', () => {
    for (const code of [...archetype('operatingNoInsured'), ...archetype('oniWithSubsidy')]) {
      expect(employed.get(code)?.size ?? 0, code).toBeGreaterThanOrEqual(5);
      expect(anyPensionRow.has(code), code).toBe(false);
    }
  });

  it('gives large low-rate enterprises 70 or more employees and about 10 % insured', () => {
    for (const code of archetype('largeLowRate')) {
      const staff = employed.get(code)?.size ?? 0;
      expect(staff, code).toBeGreaterThanOrEqual(70);
      expect((pension.get(code)?.size ?? 0) / staff, code).toBeLessThanOrEqual(0.12);
    }
  });

  it('insures everyone of a clean enterprise in injury too', () => {
    let checked = 0;
    for (const code of g.county.planted.noFlags) {
      for (const id of pension.get(code) ?? []) {
        expect(injury.get(code)?.has(id), `${code} ${id}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leaves injury gaps only where planted', () => {
    const gaps = [...pension]
      .filter(([code, ids]) => [...ids].some((id) => !injury.get(code)?.has(id)))
      .map(([code]) => code)
      .sort();
    expect(gaps).toEqual(g.county.planted.flags['2023-06'].INJURY_GAP);
  });

  it('lists the late and the never-submitting township for the 2023 survey', () => {
    const { survey } = g.county.planted;
    expect(survey.townships[survey.lateTownship]).toEqual({
      submitted: true,
      submittedOn: '2023-04-03',
      late: true,
    });
    expect(survey.townships[survey.neverTownship]).toEqual({
      submitted: false,
      submittedOn: null,
      late: false,
    });
    expect(survey.townships[survey.deadlineMorningTownship]).toEqual({
      submitted: true,
      submittedOn: '2023-03-31',
      late: false,
    });
    expect(Object.values(survey.townships).filter((s) => s.late)).toHaveLength(1);
  });

  it('records no contact of a cadre listed as missing their township that month', async () => {
    const names = new Map<string, string>();
    for (const roster of g.county.files.filter((f) => f.kind === 'cadres')) {
      for (const r of await readRecords(join(g.dir, ...roster.key.split('/'))))
        names.set(String(r.干部编号), String(r.姓名));
    }
    let checked = 0;
    for (const [period, missing] of Object.entries(g.county.planted.contacts.missing)) {
      for (const m of missing.filter((x) => x.assignmentType === '片区')) {
        const file = g.county.files.find(
          (f) => f.kind === 'contacts' && f.period === period && f.unit === m.target,
        );
        if (!file) continue;
        const records = await readRecords(join(g.dir, ...file.key.split('/')));
        expect(
          records.some((r) => r.干部编号 === m.cadreId || r.联系干部 === names.get(m.cadreId)),
          `${period} ${m.cadreId}`,
        ).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('makes townships differ: some gain more new insured than others by 2023-06', () => {
    const june = g.county.planted.rollup['2023-06'].townships;
    const march = g.county.planted.rollup['2023-03'].townships;
    const gains = Object.values(june).map((m) => m.newInsured);
    expect(Math.max(...gains)).toBeGreaterThan(Math.min(...gains));
    for (const code of Object.keys(june))
      expect(june[code].newInsured, code).toBeGreaterThanOrEqual(march[code].newInsured);
  });
});
