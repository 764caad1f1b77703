import { describe, expect, it } from 'vitest';
import {
  BAIYANG,
  compareAt,
  P,
  pension,
  registered,
  residentId,
  surveyed,
  TONGQIN,
  taxEmployer,
  upload,
  uscc,
  wage,
} from './fixtures.ts';

describe('RULES 1.8 uninsured people (应保未保人员名单)', () => {
  it('lists the eligible, not covered persons of payroll-sourced enterprises, masked, per township', async () => {
    const [inBaiyang, unassigned, bySurvey] = [uscc(1), uscc(2), uscc(3)];
    const zhang = residentId('1985-01-02', 'male', 1);
    const li = residentId('1992-07-08', 'female', 2);
    const covered = residentId('1990-01-01', 'male', 3);
    const retired = residentId('1960-01-01', 'male', 4);
    const wang = residentId('1979-11-30', 'male', 5);
    const result = await compareAt([
      upload('registry', P, [registered(inBaiyang, { name: '白洋机械有限公司', township: BAIYANG })]),
      upload('tax-payroll', P, [
        wage(unassigned, wang, 4200.5, { name: '王五', employerName: '某某贸易商行' }),
        wage(inBaiyang, zhang, 6000, { name: '张三' }),
        wage(inBaiyang, li, 5000),
        wage(inBaiyang, li, 800, { incomeType: '工资薪金' }),
        wage(inBaiyang, covered, 7000, { name: '赵六' }),
        wage(inBaiyang, retired, 3000, { name: '钱七' }),
      ]),
      upload('tax-employers', P, [taxEmployer(bySurvey, { headcount: 9 })]),
      upload('insured', P, [pension(covered, inBaiyang)]),
      upload('survey', '2023-02', [surveyed(bySurvey, 9)], { unit: TONGQIN }),
    ]);
    expect(result.uninsuredPeople).toEqual([
      {
        creditCode: inBaiyang,
        enterpriseName: '白洋机械有限公司',
        township: BAIYANG,
        maskedId: `330723********${zhang.slice(-4)}`,
        name: '张三',
        income: 6000,
      },
      {
        creditCode: inBaiyang,
        enterpriseName: '白洋机械有限公司',
        township: BAIYANG,
        maskedId: `330723********${li.slice(-4)}`,
        name: null,
        income: 5800,
      },
      {
        creditCode: unassigned,
        enterpriseName: '某某贸易商行',
        township: 'unassigned',
        maskedId: `330723********${wang.slice(-4)}`,
        name: '王五',
        income: 4200.5,
      },
    ]);
    expect(result.county.uninsuredPeople).toBe(3);
    expect(result.county.townships.find((t) => t.township === BAIYANG)?.uninsuredPeople).toBe(2);
  });

  it('keeps no full ID number anywhere in the comparison', async () => {
    const e = uscc(1);
    const ids = [residentId('1985-01-02', 'male', 1), residentId('1992-07-08', 'female', 2)];
    const result = await compareAt([
      upload(
        'tax-payroll',
        P,
        ids.map((id) => wage(e, id)),
      ),
      upload('insured', P, [pension(ids[0], e)]),
    ]);
    const json = JSON.stringify(result);
    for (const id of ids) expect(json).not.toContain(id);
    expect(result.uninsuredPeople).toHaveLength(1);
  });
});
