import { describe, expect, it } from 'vitest';
import { ageAt, birthDateOf, maskId, parseResidentId, sexOf } from '../../lib/normalize/residentId.ts';

const TODAY = '2023-04-10';

describe('parseResidentId (GB 11643-1999)', () => {
  it('accepts a valid ID with its birth date and sex', () => {
    expect(parseResidentId('330723199001011239', TODAY)).toEqual({
      ok: true,
      id: '330723199001011239',
      birthDate: '1990-01-01',
      sex: 'male',
    });
    expect(parseResidentId('330723198506150029', TODAY)).toEqual({
      ok: true,
      id: '330723198506150029',
      birthDate: '1985-06-15',
      sex: 'female',
    });
  });

  it('upper-cases a lower-case x check character and drops spaces', () => {
    expect(parseResidentId(' 33072319900101101x ', TODAY)).toMatchObject({
      ok: true,
      id: '33072319900101101X',
    });
  });

  it('rejects a wrong check character', () => {
    expect(parseResidentId('330723199001011238', TODAY)).toEqual({ ok: false, code: 'INVALID_ID' });
  });

  it('rejects birth dates that do not exist or lie in the future', () => {
    // 1990-02-30 does not exist (check character computed for the broken date)
    expect(parseResidentId('330723199002301238', TODAY)).toEqual({ ok: false, code: 'INVALID_ID' });
    // born 2023-05-01, after today
    expect(parseResidentId('330723202305011232', TODAY)).toEqual({ ok: false, code: 'INVALID_ID' });
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseResidentId('330723200002290044', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it('rejects wrong lengths and letters', () => {
    expect(parseResidentId('33072319900101123', TODAY)).toEqual({ ok: false, code: 'INVALID_ID' });
    expect(parseResidentId('33072319900101123A', TODAY)).toEqual({ ok: false, code: 'INVALID_ID' });
    expect(parseResidentId('', TODAY)).toEqual({ ok: false, code: 'INVALID_ID' });
  });

  it('upgrades a 15-digit ID', () => {
    expect(parseResidentId('330723900101123', TODAY)).toEqual({
      ok: true,
      id: '330723199001011239',
      birthDate: '1990-01-01',
      sex: 'male',
    });
  });

  it('reports Excel scientific notation as Excel damage', () => {
    expect(parseResidentId('3.30723E+17', TODAY)).toEqual({ ok: false, code: 'ID_EXCEL_DAMAGED' });
    expect(parseResidentId('3.30723199001011E+17', TODAY)).toEqual({ ok: false, code: 'ID_EXCEL_DAMAGED' });
  });

  it('reports a number cell holding an 18-digit ID as Excel damage', () => {
    expect(parseResidentId(Number('330723199001011239'), TODAY)).toEqual({
      ok: false,
      code: 'ID_EXCEL_DAMAGED',
    });
  });

  it('reports an 18-digit number ending in 000 that fails the check as Excel damage', () => {
    expect(parseResidentId('330723199001011000', TODAY)).toEqual({ ok: false, code: 'ID_EXCEL_DAMAGED' });
  });

  it('accepts an ID ending in 000 when its check holds', () => {
    expect(parseResidentId('330723199001050000', TODAY)).toMatchObject({ ok: true, sex: 'female' });
  });
});

describe('ID helpers', () => {
  it('reads birth date and sex', () => {
    expect(birthDateOf('330723198506150029')).toBe('1985-06-15');
    expect(sexOf('330723198506150029')).toBe('female');
    expect(sexOf('33072319900101101X')).toBe('male');
  });

  it('counts age in completed years', () => {
    expect(ageAt('330723199001011239', '2023-03-31')).toBe(33);
    expect(ageAt('330723198506150029', '2023-06-14')).toBe(37);
    expect(ageAt('330723198506150029', '2023-06-15')).toBe(38);
    expect(ageAt('330723200002290044', '2023-02-28')).toBe(22);
    expect(ageAt('330723200002290044', '2023-03-01')).toBe(23);
  });

  it('masks the middle of an ID', () => {
    expect(maskId('33072319900101123X')).toBe('330723********123X');
    expect(maskId('330723900101123')).toBe('330723*****1123');
    expect(maskId('330723199001011000')).toBe('330723********1000');
  });

  it('leaves short values and Excel scientific notation as they are', () => {
    expect(maskId('无')).toBe('无');
    expect(maskId('3.30723E+17')).toBe('3.30723E+17');
  });
});
