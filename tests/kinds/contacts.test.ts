import { describe, expect, it } from 'vitest';
import { buildCadreRoster } from '../../lib/kinds/cadreRoster.ts';
import { codes, parseRows, rejectionOf, start, USCC } from './helpers.ts';

const cadres = buildCadreRoster([
  { cadreId: 'C001', name: '洪学敏' },
  { cadreId: 'C002', name: '张杰' },
  { cadreId: 'C003', name: '张杰' },
  { cadreId: 'C004', name: '徐  杰' },
]);
const unit = '330723200000';

describe('contacts rows', () => {
  it('normalizes a complete row with a known cadre id', () => {
    const [result] = parseRows(
      start('contacts', ['干部编号', '企业统一社会信用代码', '联系日期', '联系方式', '联系内容'], {
        unit,
        cadres,
      }),
      [['c001', USCC.a, '2023-03-08', '电话', '宣传参保政策']],
    );
    expect(result).toEqual({
      value: {
        cadreId: 'C001',
        creditCode: USCC.a,
        contactedOn: '2023-03-08',
        method: '电话',
        summary: '宣传参保政策',
      },
      issues: [],
    });
  });

  it('defaults the method to 上门走访 and maps its synonyms', () => {
    const results = parseRows(start('contacts', ['干部编号', '走访日期', '方式'], { unit, cadres }), [
      ['C001', '2023-03-01', ''],
      ['C001', '2023-03-02', '走访'],
      ['C001', '2023-03-03', '上门'],
      ['C001', '2023-03-04', '入企'],
      ['C001', '2023-03-05', '座谈'],
      ['C001', '2023-03-06', '其他'],
    ]);
    expect(results.map((r) => r.value?.method)).toEqual([
      '上门走访',
      '上门走访',
      '上门走访',
      '上门走访',
      '座谈',
      '其他',
    ]);
  });

  it('keeps an unknown method as 其他 with a warning, never as a visit', () => {
    const [result] = parseRows(start('contacts', ['干部编号', '联系日期', '联系方式'], { unit, cadres }), [
      ['C001', '2023-03-01', '微信'],
    ]);
    expect(result.value?.method).toBe('其他');
    expect(codes(result)).toEqual(['warning:INVALID_VALUE']);
  });

  it('resolves a unique cadre name to the id', () => {
    const [byName, spaced] = parseRows(start('contacts', ['联系干部', '联系日期'], { unit, cadres }), [
      ['洪学敏', '2023-03-01'],
      ['徐杰', '2023-03-01'],
    ]);
    expect(byName.value).toEqual({ cadreId: 'C001', contactedOn: '2023-03-01', method: '上门走访' });
    expect(spaced.value?.cadreId).toBe('C004');
  });

  it('rejects unknown cadres and ambiguous names', () => {
    const results = parseRows(start('contacts', ['干部编号', '干部姓名', '联系日期'], { unit, cadres }), [
      ['C999', '', '2023-03-01'],
      ['', '李四', '2023-03-01'],
      ['', '张杰', '2023-03-01'],
      ['', '', '2023-03-01'],
    ]);
    expect(results.map(codes)).toEqual([
      ['error:UNKNOWN_CADRE'],
      ['error:UNKNOWN_CADRE'],
      ['error:AMBIGUOUS_CADRE'],
      ['error:REQUIRED_MISSING'],
    ]);
    expect(results[2].issues[0]).toMatchObject({
      column: '干部姓名',
      value: '张杰',
      message: '名册中有多名同名干部，请填写干部编号（同名干部编号：C002、C003）',
    });
  });

  it('accepts a contact with the township itself (no credit code); drops an invalid one with a warning', () => {
    const [none, invalid] = parseRows(
      start('contacts', ['干部编号', '统一社会信用代码', '联系日期'], { unit, cadres }),
      [
        ['C001', '', '2023-03-01'],
        ['C001', '123', '2023-03-01'],
      ],
    );
    expect(none.value).toEqual({ cadreId: 'C001', contactedOn: '2023-03-01', method: '上门走访' });
    expect(invalid.value).toEqual({ cadreId: 'C001', contactedOn: '2023-03-01', method: '上门走访' });
    expect(codes(invalid)).toEqual(['warning:INVALID_USCC']);
  });

  it('rejects a missing or invalid contact date', () => {
    const results = parseRows(start('contacts', ['干部编号', '联系日期'], { unit, cadres }), [
      ['C001', ''],
      ['C001', '3月1日'],
    ]);
    expect(results.map(codes)).toEqual([['error:REQUIRED_MISSING'], ['error:INVALID_DATE']]);
  });

  it('counts every contact: repeated visits are no duplicates', () => {
    const results = parseRows(start('contacts', ['干部编号', '联系日期'], { unit, cadres }), [
      ['C001', '2023-03-01'],
      ['C001', '2023-03-01'],
    ]);
    expect(results.map(codes)).toEqual([[], []]);
  });

  it('cannot check contacts without a cadre roster', () => {
    expect(rejectionOf(() => start('contacts', ['干部编号', '联系日期'], { unit }))?.code).toBe(
      'NO_CADRE_ROSTER',
    );
  });
});
