import { describe, expect, it } from 'vitest';
import { kindParser } from '../../lib/kinds/index.ts';
import type { Cell, Row } from '../../lib/read/types.ts';
import { CONTEXT, codes, rejectionOf, row } from './helpers.ts';

const DATIAN = '330723200000';

/** The form exactly as the plan prints it (its last table), filled in by a clerk. */
const TITLE = row(1, ['社会保险政策活动开展情况统计表', null, null, null, null, null]);
const PLAN_HEADER = row(3, [
  '活动内容',
  '家（次、个）数',
  '出动人数',
  '宣传服务对象人数（其中咨询 ： 人）',
  '发放宣传资料（份）',
  '备注（发放短信、拨打电话等情况）',
]);
const PLAN_ROWS: Cell[][] = [
  ['“进市场”宣传', 2, 6, '120（30）', 300, null],
  ['“进园区”宣传', 1, 4, '80（其中咨询：20人）', 150, null],
  ['“进企业”宣传', 12, 15, '360(45)', 500, '发放短信200条'],
  ['“进车间”宣传', 3, 5, '90', null, null],
  ['“进宿舍”宣传', null, null, null, null, null],
  ['“进乡村”宣传', 5, 10, 200, 400, '拨打电话50个'],
  ['其他宣传服务活动', 1, 2, '40（其中咨询：40人）', 0, null],
];

function planForm(unitRow: Row, unit: string | null = DATIAN) {
  return kindParser('activity').begin(
    { header: PLAN_HEADER, preamble: [TITLE, unitRow], date1904: false },
    { ...CONTEXT, unit },
  );
}

describe('activity: the form as printed in the plan', () => {
  it('recognizes the printed header row', () => {
    expect(kindParser('activity').isHeader(PLAN_HEADER.cells)).toBe(true);
    expect(kindParser('activity').isHeader(TITLE.cells)).toBe(false);
  });

  it('reads every printed row, the served cell in all its forms, empty cells as 0', () => {
    const parser = planForm(row(2, ['责任单位：大田乡']));
    const results = PLAN_ROWS.map((cells, i) => parser.parse(row(4 + i, cells)));
    expect(results.map((r) => r.issues)).toEqual([[], [], [], [], [], [], []]);
    expect(results.map((r) => r.value)).toEqual([
      { activity: '进市场', count: 2, staff: 6, served: 120, consulted: 30, materials: 300 },
      { activity: '进园区', count: 1, staff: 4, served: 80, consulted: 20, materials: 150 },
      {
        activity: '进企业',
        count: 12,
        staff: 15,
        served: 360,
        consulted: 45,
        materials: 500,
        note: '发放短信200条',
      },
      { activity: '进车间', count: 3, staff: 5, served: 90, consulted: 0, materials: 0 },
      { activity: '进宿舍', count: 0, staff: 0, served: 0, consulted: 0, materials: 0 },
      {
        activity: '进乡村',
        count: 5,
        staff: 10,
        served: 200,
        consulted: 0,
        materials: 400,
        note: '拨打电话50个',
      },
      { activity: '其他', count: 1, staff: 2, served: 40, consulted: 40, materials: 0 },
    ]);
  });

  it('accepts the short 备注 header and labels typed without quotes', () => {
    const header = row(1, [
      '活动内容',
      '家（次、个）数',
      '出动人数',
      '宣传服务对象人数（其中咨询：人）',
      '发放宣传资料（份）',
      '备注',
    ]);
    const parser = kindParser('activity').begin(
      { header, preamble: [], date1904: false },
      { ...CONTEXT, unit: DATIAN },
    );
    const labels = ['进市场', '进园区宣传', '"进企业"宣传', '进 车 间', '进宿舍', '“进乡村”', '其他'];
    const activities = labels.map(
      (label, i) => parser.parse(row(2 + i, [label, 1, 1, 1, 1, null])).value?.activity,
    );
    expect(activities).toEqual(['进市场', '进园区', '进企业', '进车间', '进宿舍', '进乡村', '其他']);
  });

  it('rejects an unknown activity label', () => {
    const parser = planForm(row(2, ['责任单位：大田乡']));
    const result = parser.parse(row(11, ['合计', 24, 42, 890, 1350, null]));
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([
      { row: 11, column: '活动内容', value: '合计', code: 'UNKNOWN_ACTIVITY', severity: 'error' },
    ]);
  });

  it('rejects a second row of the same activity as DUPLICATE', () => {
    const parser = planForm(row(2, ['责任单位：大田乡']));
    const first = parser.parse(row(4, ['“进乡村”宣传', 1, 1, 1, 1, null]));
    const second = parser.parse(row(5, ['进乡村', 2, 2, 2, 2, null]));
    expect(codes(first)).toEqual([]);
    expect(second.value).toBeUndefined();
    expect(second.issues).toMatchObject([{ code: 'DUPLICATE', column: '活动内容', value: '进乡村' }]);
  });

  it('rejects unreadable, negative and inconsistent figures', () => {
    const parser = planForm(row(2, ['责任单位：大田乡']));
    const results = [
      parser.parse(row(4, ['进市场', '两次', 1, 1, 1, null])),
      parser.parse(row(5, ['进园区', 1, -2, 1, 1, null])),
      parser.parse(row(6, ['进企业', 1, 1, '很多', 1, null])),
      parser.parse(row(7, ['进车间', 1, 1, '30（40）', 1, null])),
    ];
    expect(results.map(codes)).toEqual([
      ['error:INVALID_NUMBER'],
      ['error:NEGATIVE'],
      ['error:INVALID_NUMBER'],
      ['error:INVALID_VALUE'],
    ]);
  });
});

describe('activity: 责任单位 against the unit of the upload folder', () => {
  it.each([
    ['责任单位：大田乡'],
    ['责任单位:大田'],
    ['责任单位：大田乡人民政府'],
    ['责任单位：330723200000'],
    ['责任单位：县人力社保局'],
    ['责任单位：'],
  ])('accepts %s for 大田乡', (text) => {
    expect(rejectionOf(() => planForm(row(2, [text])))).toBeUndefined();
  });

  it('accepts the name in the next cell of the row', () => {
    expect(rejectionOf(() => planForm(row(2, ['责任单位：', null, '大田乡'])))).toBeUndefined();
  });

  it('rejects a form of another township with UNIT_MISMATCH', () => {
    const rejection = rejectionOf(() => planForm(row(2, ['责任单位：桐琴镇'])));
    expect(rejection?.code).toBe('UNIT_MISMATCH');
    expect(rejection?.message).toContain('桐琴镇');
    expect(rejection?.message).toContain('大田乡');
  });

  it('finds the label in the next cell and with a full-width colon, and still rejects another township', () => {
    expect(rejectionOf(() => planForm(row(2, ['责任单位：', '泉溪镇人民政府'])))?.code).toBe('UNIT_MISMATCH');
    expect(rejectionOf(() => planForm(row(2, ['填报日期：2023-03-31', '责任单位：白姆乡'])))?.code).toBe(
      'UNIT_MISMATCH',
    );
  });

  it('accepts the development zone by its alias under its own folder', () => {
    expect(rejectionOf(() => planForm(row(2, ['责任单位：武义经济开发区']), '330723-KFQ'))).toBeUndefined();
  });

  it('accepts a department form naming the department', () => {
    expect(rejectionOf(() => planForm(row(2, ['责任单位：县人力社保局']), 'hrss'))).toBeUndefined();
  });
});

describe('activity: the long table', () => {
  const LONG_HEADER = row(1, [
    '活动内容',
    '家（次、个）数',
    '出动人数',
    '宣传服务对象人数',
    '其中咨询人数',
    '发放宣传资料（份）',
    '备注',
  ]);

  it('reads consultations from their own column', () => {
    const parser = kindParser('activity').begin(
      { header: LONG_HEADER, preamble: [], date1904: false },
      { ...CONTEXT, unit: 'hrss' },
    );
    const results = [
      parser.parse(row(2, ['进乡村', 4, 8, 150, 25, 300, '集中宣讲'])),
      parser.parse(row(3, ['进企业', 2, 3, '60', '', '', ''])),
      parser.parse(row(4, ['进园区', 1, 1, 10, 20, 0, ''])),
    ];
    expect(results[0]).toEqual({
      value: {
        activity: '进乡村',
        count: 4,
        staff: 8,
        served: 150,
        consulted: 25,
        materials: 300,
        note: '集中宣讲',
      },
      issues: [],
    });
    expect(results[1].value).toEqual({
      activity: '进企业',
      count: 2,
      staff: 3,
      served: 60,
      consulted: 0,
      materials: 0,
    });
    expect(results[2].issues).toMatchObject([{ code: 'INVALID_VALUE', column: '其中咨询人数' }]);
  });
});
