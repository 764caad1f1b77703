import { describe, expect, it } from 'vitest';
import { isTownshipCode, matchTownship, townshipFromAddress } from '../../lib/normalize/township.ts';

const TONGQIN = '330723102000';
const KFQ = '330723-KFQ';

describe('matchTownship', () => {
  it('matches by code, 9-digit prefix, name and alias', () => {
    expect(matchTownship('330723102000')).toBe(TONGQIN);
    expect(matchTownship(330723102000)).toBe(TONGQIN);
    expect(matchTownship('330723102')).toBe(TONGQIN);
    expect(matchTownship('桐琴镇')).toBe(TONGQIN);
    expect(matchTownship('桐琴')).toBe(TONGQIN);
    expect(matchTownship(' 桐 琴 镇 ')).toBe(TONGQIN);
  });

  it('matches the development zone by its internal code and aliases', () => {
    expect(matchTownship('330723-kfq')).toBe(KFQ);
    expect(matchTownship('武义经济开发区')).toBe(KFQ);
    expect(matchTownship('开发区')).toBe(KFQ);
  });

  it('matches 柳城畲族镇 by its aliases', () => {
    expect(matchTownship('柳城镇')).toBe('330723100000');
    expect(matchTownship('柳城')).toBe('330723100000');
  });

  it('knows nothing else', () => {
    expect(matchTownship('东阳镇')).toBeUndefined();
    expect(matchTownship('330724102000')).toBeUndefined();
    expect(matchTownship('')).toBeUndefined();
  });
});

describe('townshipFromAddress', () => {
  it('finds the township named in an address', () => {
    expect(townshipFromAddress('浙江省金华市武义县桐琴镇工业功能区1号')).toBe(TONGQIN);
    expect(townshipFromAddress('武义县大溪口乡大溪口村')).toBe('330723206000');
    expect(townshipFromAddress('武义县柳城畲族镇华塘村')).toBe('330723100000');
  });

  it('places 开发区 and 经济开发区 in the development zone', () => {
    expect(townshipFromAddress('武义县经济开发区温泉南路8号')).toBe(KFQ);
    expect(townshipFromAddress('武义县开发区某路')).toBe(KFQ);
  });

  it('prefers the longest match', () => {
    // 大溪口 (3) beats nothing shorter; 白洋街道 (4) beats 白洋 (2)
    expect(townshipFromAddress('白洋街道某某路')).toBe('330723001000');
  });

  it('finds nothing in an address outside the county townships', () => {
    expect(townshipFromAddress('金华市婺城区某路')).toBeUndefined();
  });
});

describe('isTownshipCode', () => {
  it('accepts the seed codes only', () => {
    expect(isTownshipCode('330723200000')).toBe(true);
    expect(isTownshipCode(KFQ)).toBe(true);
    expect(isTownshipCode('330723999000')).toBe(false);
  });
});
