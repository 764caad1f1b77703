import { describe, expect, it } from 'vitest';
import {
  BAIYANG,
  compareAt,
  DATIAN,
  enterprise,
  KFQ,
  P,
  registered,
  surveyed,
  TONGQIN,
  upload,
  uscc,
} from './fixtures.ts';

describe('RULES 1.2 township of an enterprise', () => {
  it('registry cell, else registry address, else latest survey unit, else unassigned', async () => {
    const [cell, address, zone, survey, nowhere, cellWins] = [1, 2, 3, 4, 5, 6].map(uscc);
    const result = await compareAt([
      upload('registry', P, [
        registered(cell, { township: BAIYANG }),
        registered(address, { address: '浙江省金华市武义县桐琴镇工业区5号' }),
        registered(zone, { address: '武义经济开发区温泉南路8号' }),
        registered(survey, { address: '浙江省金华市某路1号' }),
        registered(cellWins, { township: DATIAN, address: '武义县桐琴镇' }),
      ]),
      upload('survey', '2023-01', [surveyed(survey, 3, { surveyedOn: '2023-01-20' })], { unit: TONGQIN }),
      upload('survey', '2023-02', [surveyed(survey, 3)], { unit: DATIAN }),
      upload('subsidies', P, [{ creditCode: nowhere, amount: 100 }]),
    ]);
    const townships = Object.fromEntries(
      result.result.enterprises.map((e, i) => [
        e.creditCode,
        [e.township, result.evidence[i].townshipSource],
      ]),
    );
    expect(townships).toEqual({
      [cell]: [BAIYANG, 'registry'],
      [address]: [TONGQIN, 'address'],
      [zone]: [KFQ, 'address'],
      [survey]: [DATIAN, 'survey'],
      [nowhere]: ['unassigned', 'unassigned'],
      [cellWins]: [DATIAN, 'registry'],
    });
  });

  it('an enterprise known only from a survey lies in the surveying township', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('survey', '2023-02', [surveyed(e, 12, { name: '调查企业' })], { unit: TONGQIN }),
    ]);
    expect(enterprise(result, e)).toMatchObject({
      name: '调查企业',
      township: TONGQIN,
      employeesSource: 'survey',
      eligibleEmployees: 12,
      coveredEmployees: 0,
      operating: true,
      flags: ['OPERATING_NO_INSURED'],
    });
  });
});
