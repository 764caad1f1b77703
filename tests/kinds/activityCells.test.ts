import { describe, expect, it } from 'vitest';
import { activityOfLabel } from '../../lib/kinds/activityLabels.ts';
import { parseServed } from '../../lib/kinds/activityServed.ts';
import { namedUnit } from '../../lib/kinds/activityUnit.ts';
import { row } from './helpers.ts';

describe('the served cell of the activity form', () => {
  it.each([
    ['120（30）', 120, 30],
    ['120（其中咨询：30人）', 120, 30],
    ['120(30)', 120, 30],
    ['120人（其中咨询30人）', 120, 30],
    ['120，其中咨询30人', 120, 30],
    ['120 ( 咨询 : 30 )', 120, 30],
  ])('reads %s', (text, total, consulted) => {
    expect(parseServed(text)).toEqual({ status: 'ok', total, consulted });
  });

  it('reads a plain total', () => {
    expect(parseServed('120')).toEqual({ status: 'ok', total: 120 });
    expect(parseServed(120)).toEqual({ status: 'ok', total: 120 });
  });

  it('is absent when empty and invalid otherwise', () => {
    expect(parseServed(null)).toEqual({ status: 'absent' });
    expect(parseServed('一百二十')).toEqual({ status: 'invalid' });
    expect(parseServed('120（三十）')).toEqual({ status: 'invalid' });
    expect(parseServed('120 30')).toEqual({ status: 'invalid' });
  });
});

describe('activity labels', () => {
  it('match without quotes and without a trailing 宣传', () => {
    expect(activityOfLabel('“进市场”宣传')).toBe('进市场');
    expect(activityOfLabel('进乡村宣传')).toBe('进乡村');
    expect(activityOfLabel('其他宣传服务活动')).toBe('其他');
    expect(activityOfLabel('其他')).toBe('其他');
    expect(activityOfLabel('进社区')).toBeUndefined();
  });
});

describe('namedUnit', () => {
  it('finds the 责任单位 in the rows above the header', () => {
    expect(namedUnit([row(1, ['社会保险政策活动开展情况统计表']), row(2, ['责任单位：大田乡'])])).toBe(
      '大田乡',
    );
    expect(namedUnit([row(2, ['责任单位:', '', '桐琴镇'])])).toBe('桐琴镇');
    expect(namedUnit([row(2, ['牵头单位：县人力社保局  责任单位：白姆乡  填报日期：2023-03-31'])])).toBe(
      '白姆乡',
    );
    expect(namedUnit([row(2, ['责任单位：'])])).toBeUndefined();
    expect(namedUnit([])).toBeUndefined();
  });
});
