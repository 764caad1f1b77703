/**
 * Makers of unified social credit codes and resident identity numbers with correct check
 * characters, unique within one county, and the ways real exports break them.
 */
import {
  USCC_CHARSET,
  isValidResidentId,
  organizationCheckCharacter,
  residentIdCheckCharacter,
  usccCheckCharacter,
} from './checkCharacters.ts';
import type { Random } from './random.ts';

/** Registration-authority and entity-type prefixes of GB 32100 used in a county. */
export const USCC_PREFIX = {
  enterprise: '91',
  individualBusiness: '92',
  cooperative: '93',
  publicInstitution: '12',
  governmentOrgan: '11',
} as const;

export type UsccEntity = keyof typeof USCC_PREFIX;

const DIGITS = '0123456789';

/** Issues codes and IDs, never the same one twice. */
export class IdentifierMaker {
  private readonly usccs = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(private readonly random: Random) {}

  /**
   * A valid USCC. Most carry a modern `MA…` organization code; older enterprises carry a numeric
   * one, and some of those fail the organization code's own check, as early issued codes do
   * (DATA-CONTRACT 4.2: not a reason to reject).
   */
  uscc(entity: UsccEntity, area = '330723'): string {
    for (;;) {
      const code = this.candidateUscc(entity, area);
      if (!this.usccs.has(code)) {
        this.usccs.add(code);
        return code;
      }
    }
  }

  private candidateUscc(entity: UsccEntity, area: string): string {
    const r = this.random;
    let org: string;
    if (entity === 'enterprise' || entity === 'individualBusiness' || entity === 'cooperative') {
      if (r.chance(0.7)) {
        let body = 'MA';
        for (let i = 0; i < 6; i++) body += r.pick(USCC_CHARSET.split(''));
        org = body + organizationCheckCharacter(body);
      } else {
        org = this.legacyOrganizationCode();
      }
    } else {
      org = this.legacyOrganizationCode();
    }
    const body = USCC_PREFIX[entity] + area + org;
    return body + usccCheckCharacter(body);
  }

  private legacyOrganizationCode(): string {
    const r = this.random;
    let body = '';
    for (let i = 0; i < 8; i++) body += r.pick(DIGITS.split(''));
    const check = organizationCheckCharacter(body);
    if (r.chance(0.15)) {
      // An early issued code whose own check character does not hold.
      const wrong = DIGITS.split('').filter((d) => d !== check);
      return body + r.pick(wrong);
    }
    return body + check;
  }

  /** A valid resident ID: area code, birth date, sequence whose parity gives the sex, check. */
  residentId(area: string, birth: { year: number; month: number; day: number }, male: boolean): string {
    const date = `${birth.year}${String(birth.month).padStart(2, '0')}${String(birth.day).padStart(2, '0')}`;
    for (;;) {
      const sequence = this.random.int(0, 499) * 2 + (male ? 1 : 0);
      const body = `${area}${date}${String(sequence).padStart(3, '0')}`;
      const id = body + residentIdCheckCharacter(body);
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }
}

/** A USCC with a wrong check character: rejected as INVALID_USCC. */
export function withWrongUsccCheck(code: string): string {
  const right = code[17];
  const index = (USCC_CHARSET.indexOf(right) + 7) % USCC_CHARSET.length;
  return code.slice(0, 17) + USCC_CHARSET[index];
}

/** An ID with a wrong check character: rejected as INVALID_ID. */
export function withWrongIdCheck(id: string): string {
  const checks = '0123456789X';
  const index = (checks.indexOf(id[17]) + 3) % checks.length;
  return id.slice(0, 17) + checks[index];
}

/** An ID whose month is 13 with a matching check character: the date makes it invalid. */
export function withImpossibleBirthDate(id: string): string {
  const body = `${id.slice(0, 10)}13${id.slice(12, 17)}`;
  return body + residentIdCheckCharacter(body);
}

/** How Excel shows an 18-digit number in General format in a CSV export: `3.30723E+17`. */
export function excelScientific(id: string): string {
  const [mantissa, exponent] = Number(id.replace(/X$/, '0')).toExponential(5).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${trimmed}E${exponent}`;
}

/**
 * The number Excel keeps of an ID typed into a numeric cell: 15 significant digits, the rest zeros.
 * Null when the damaged digits happen to form a valid ID (the caller then damages another one).
 */
export function excelTruncatedNumber(id: string): number | null {
  const text = `${id.slice(0, 15)}000`;
  if (isValidResidentId(text)) return null;
  return Number(text);
}

/** The 15-character ID of a person born in the 1900s (issued before 1999). */
export function fifteenDigitForm(id: string): string | null {
  if (id.slice(6, 8) !== '19') return null;
  return id.slice(0, 6) + id.slice(8, 17);
}
