/**
 * Identifiers that must be rejected, for rows planted as invalid: USCCs with a wrong check
 * character, IDs Excel turned into numbers (`3.30723E+17` in a CSV, a numeric cell ending in 000
 * in a workbook), IDs with a wrong check character or an impossible birth date.
 */
import { USCC_CHARSET, residentIdCheckCharacter, usccCheckCharacter } from '../checkCharacters.ts';
import {
  excelScientific,
  excelTruncatedNumber,
  withImpossibleBirthDate,
  withWrongIdCheck,
  withWrongUsccCheck,
} from '../identifiers.ts';
import type { Random } from '../random.ts';
import type { OutCell } from '../writers/table.ts';

export function brokenUscc(r: Random): string {
  let body = '91330723MA';
  for (let i = 0; i < 7; i++) body += r.pick(USCC_CHARSET.split(''));
  return withWrongUsccCheck(body + usccCheckCharacter(body));
}

function randomId(r: Random): string {
  const body = `330723${r.int(1965, 2000)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(10, 28))}${String(r.int(100, 999))}`;
  return body + residentIdCheckCharacter(body);
}

export type IdDamage = 'scientific' | 'truncatedNumber' | 'wrongCheck' | 'impossibleDate';

/** A damaged ID and the kind of damage; truncated numbers only where a workbook holds them. */
export function damagedId(r: Random, format: 'csv' | 'xlsx'): { cell: OutCell; damage: IdDamage } {
  const id = randomId(r);
  const damage: IdDamage = r.pick(
    format === 'csv'
      ? ['scientific', 'scientific', 'wrongCheck', 'impossibleDate']
      : ['truncatedNumber', 'truncatedNumber', 'wrongCheck'],
  );
  switch (damage) {
    case 'scientific':
      return { cell: excelScientific(id), damage };
    case 'truncatedNumber': {
      const number = excelTruncatedNumber(id);
      return number === null
        ? { cell: withWrongIdCheck(id), damage: 'wrongCheck' }
        : { cell: number, damage };
    }
    case 'impossibleDate':
      return { cell: withImpossibleBirthDate(id), damage };
    default:
      return { cell: withWrongIdCheck(id), damage };
  }
}
