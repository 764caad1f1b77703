/**
 * People of the synthetic county, column by column (typed arrays), so that 800,000 of them fit in
 * bounded memory. A person's month-by-month state is derived from a few timeline fields.
 */
import { type MonthIndex, NEVER } from './calendar.ts';

export const ROLE = {
  /** Wages (正常工资薪金) as an employee (雇员). */
  employee: 0,
  /** Paid for services (劳务报酬), not employed. */
  labourService: 1,
  /** Student intern (实习学生), not employed. */
  intern: 2,
  /** Employee with a foreign passport: a payroll row without a resident ID. */
  foreigner: 3,
  /** Insured in the enterprise pension scheme without an employer (灵活就业). */
  flexible: 4,
  /** Only in the resident pension scheme (城乡居民养老). */
  resident: 5,
  /** Staff of a public institution, in the public-sector pension scheme. */
  publicStaff: 6,
} as const;

export type Role = (typeof ROLE)[keyof typeof ROLE];

export const STOP = { none: 0, suspended: 1, ended: 2 } as const;

export interface PersonSpec {
  id: string;
  name: string;
  role: Role;
  employer?: number;
  hiredFrom?: MonthIndex;
  leftAt?: MonthIndex;
  wage?: number;
  pensionFrom?: MonthIndex;
  pensionStop?: MonthIndex;
  stopStatus?: (typeof STOP)[keyof typeof STOP];
  suspendedBefore?: boolean;
  injury?: boolean;
  unemployment?: boolean;
  resident?: boolean;
  base?: number;
  /** Days since 1970-01-01 of the (latest) pension start date. */
  startDay?: number;
  township?: number;
}

export class PeopleTable {
  count = 0;
  id: string[] = [];
  name: string[] = [];
  role = new Uint8Array(0);
  employer = new Int32Array(0);
  hiredFrom = new Int8Array(0);
  leftAt = new Int8Array(0);
  wage = new Int32Array(0);
  second = new Int32Array(0);
  secondWage = new Int32Array(0);
  pensionFrom = new Int8Array(0);
  pensionStop = new Int8Array(0);
  stopStatus = new Uint8Array(0);
  suspendedBefore = new Uint8Array(0);
  injury = new Uint8Array(0);
  unemployment = new Uint8Array(0);
  resident = new Uint8Array(0);
  base = new Int32Array(0);
  startDay = new Int32Array(0);
  township = new Int8Array(0);

  constructor(capacity = 1024) {
    this.grow(capacity);
  }

  private grow(capacity: number): void {
    const copy = <T extends Int8Array | Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.role = copy(this.role, (n) => new Uint8Array(n));
    this.employer = copy(this.employer, (n) => new Int32Array(n));
    this.hiredFrom = copy(this.hiredFrom, (n) => new Int8Array(n));
    this.leftAt = copy(this.leftAt, (n) => new Int8Array(n));
    this.wage = copy(this.wage, (n) => new Int32Array(n));
    this.second = copy(this.second, (n) => new Int32Array(n));
    this.secondWage = copy(this.secondWage, (n) => new Int32Array(n));
    this.pensionFrom = copy(this.pensionFrom, (n) => new Int8Array(n));
    this.pensionStop = copy(this.pensionStop, (n) => new Int8Array(n));
    this.stopStatus = copy(this.stopStatus, (n) => new Uint8Array(n));
    this.suspendedBefore = copy(this.suspendedBefore, (n) => new Uint8Array(n));
    this.injury = copy(this.injury, (n) => new Uint8Array(n));
    this.unemployment = copy(this.unemployment, (n) => new Uint8Array(n));
    this.resident = copy(this.resident, (n) => new Uint8Array(n));
    this.base = copy(this.base, (n) => new Int32Array(n));
    this.startDay = copy(this.startDay, (n) => new Int32Array(n));
    this.township = copy(this.township, (n) => new Int8Array(n));
  }

  add(spec: PersonSpec): number {
    if (this.count === this.role.length) this.grow(this.role.length * 2);
    const i = this.count++;
    this.id.push(spec.id);
    this.name.push(spec.name);
    this.role[i] = spec.role;
    this.employer[i] = spec.employer ?? -1;
    this.hiredFrom[i] = spec.hiredFrom ?? 0;
    this.leftAt[i] = spec.leftAt ?? NEVER;
    this.wage[i] = spec.wage ?? 0;
    this.second[i] = -1;
    this.secondWage[i] = 0;
    this.pensionFrom[i] = spec.pensionFrom ?? NEVER;
    this.pensionStop[i] = spec.pensionStop ?? NEVER;
    this.stopStatus[i] = spec.stopStatus ?? STOP.none;
    this.suspendedBefore[i] = spec.suspendedBefore ? 1 : 0;
    this.injury[i] = spec.injury ? 1 : 0;
    this.unemployment[i] = spec.unemployment ? 1 : 0;
    this.resident[i] = spec.resident ? 1 : 0;
    this.base[i] = spec.base ?? 0;
    this.startDay[i] = spec.startDay ?? 0;
    this.township[i] = spec.township ?? -1;
    return i;
  }

  /** On the payroll of the main employer in month m (the employer's own payroll months aside). */
  employedAt(i: number, m: MonthIndex): boolean {
    return this.employer[i] >= 0 && this.hiredFrom[i] <= m && m < this.leftAt[i];
  }

  /** Status of the person's pension (enterprise or public scheme) row in month m, or null for no row. */
  pensionStatusAt(i: number, m: MonthIndex): 'active' | 'suspended' | 'ended' | null {
    const from = this.pensionFrom[i];
    if (from <= m) {
      if (m >= this.pensionStop[i]) return this.stopStatus[i] === STOP.ended ? 'ended' : 'suspended';
      return 'active';
    }
    return this.suspendedBefore[i] ? 'suspended' : null;
  }

  isActiveInPensionAt(i: number, m: MonthIndex): boolean {
    return this.pensionStatusAt(i, m) === 'active';
  }
}
