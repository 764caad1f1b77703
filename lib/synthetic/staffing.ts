/**
 * The people on each enterprise's books, with the insurance their enterprise's sort calls for:
 * clean enterprises insure every eligible person in pension and injury; partial ones some; planted
 * ones exactly as plantedSorts says, with «safe» ages so their figures hold every month.
 */
import {
  type AgeBand,
  dayNumber,
  drawBase,
  drawWage,
  earlierStartDay,
  newIdentity,
  workingBand,
} from './ages.ts';
import { NEVER } from './calendar.ts';
import type { IdentifierMaker } from './identifiers.ts';
import type { Archetype, Enterprise } from './model.ts';
import { type PeopleTable, type PersonSpec, ROLE, STOP } from './people.ts';
import { plantedInjured, plantedInsured } from './plantedSorts.ts';
import type { Random } from './random.ts';
import { FOREIGN_PASSPORT_PREFIXES } from './vocabulary.ts';

export interface BaseLimits {
  lower: number;
  upper: number;
}

/** Sorts whose eligible people are all insured, pension and injury. */
const CLEAN_SORTS: readonly Archetype[] = [
  'clean',
  'closing',
  'newlyRegistered',
  'taxEmployersOnly',
  'newformClean',
];
/** Sorts planted with a fixed number insured out of safe-aged staff. */
const LOW_RATE_SORTS: readonly Archetype[] = [
  'largeLowRate',
  'subsidizedLowRate',
  'subsidizedAtThreshold',
  'subsidyJustBelow',
  'aboveScaleLowRate',
  'stateOwnedGap',
  'newformNoInjuryEmployees',
  'injuryGap',
];
const NOBODY_INSURED: readonly Archetype[] = ['operatingNoInsured', 'oniWithSubsidy', 'inactiveWithPayroll'];

export class Staffing {
  constructor(
    private readonly r: Random,
    private readonly ids: IdentifierMaker,
    private readonly people: PeopleTable,
    private readonly limits: BaseLimits,
  ) {}

  /** Adds the staff of one enterprise; returns their person indexes. */
  staff(e: Enterprise): number[] {
    const added: number[] = [];
    const from = e.registry?.fromMonth ?? 0;
    const closingAt = e.payroll?.until ?? NEVER;
    const add = (spec: PersonSpec) =>
      added.push(this.people.add({ ...spec, employer: e.index, hiredFrom: from }));
    const a = e.archetype;
    if (a === 'taxEmployersOnly') {
      // Declares its head count without payroll detail: everyone must be insured for the figures to match.
      for (let k = 0; k < e.staff; k++) add(this.insured('working', 0, true));
    } else if (CLEAN_SORTS.includes(a)) {
      for (let k = 0; k < e.staff; k++) add(this.cleanEmployee(from, closingAt));
      if (e.staff >= 30 && a === 'clean') this.addNonEmployees(add);
    } else if (a === 'partial') {
      for (let k = 0; k < e.staff; k++) add(this.partialEmployee(k < 2));
    } else if (NOBODY_INSURED.includes(a)) {
      for (let k = 0; k < e.staff; k++) add(this.uninsured('safe', this.r.chance(0.2)));
    } else if (a === 'oniFixed') {
      // Insures everyone in 2023-04 after the enforcement team's reminders (month index 4).
      for (let k = 0; k < e.staff; k++) add(this.insured('safe', 4, true));
    } else if (LOW_RATE_SORTS.includes(a)) {
      const insured = plantedInsured(a, e.staff);
      const injured = plantedInjured(a, insured);
      for (let k = 0; k < e.staff; k++)
        add(k < insured ? this.insured('safe', 0, k < injured) : this.uninsured('safe', false));
    } else if (a === 'newformNoInjuryRiders') {
      for (let k = 0; k < e.staff; k++) add(this.nonEmployee(ROLE.labourService, 'safe'));
    } else if (a === 'publicInstitution') {
      for (let k = 0; k < e.staff; k++)
        add({ ...this.insured('working', 0, true), role: ROLE.publicStaff, unemployment: false });
    }
    return added;
  }

  /** Insured unless past retirement age; some retirees still show an ended pension row. */
  cleanEmployee(from: number, closingAt: number): PersonSpec {
    const band = workingBand(this.r);
    if (band === 'overRetirement') {
      const spec = this.uninsured(band, false);
      // An ended row at this employer only where the employer existed before the window.
      if (from === 0 && this.r.chance(0.3))
        return {
          ...spec,
          pensionFrom: 0,
          pensionStop: 0,
          stopStatus: STOP.ended,
          startDay: earlierStartDay(this.r, spec.id),
        };
      return spec;
    }
    const spec = this.insured(this.r.chance(0.01) ? 'sixteen' : band, from, true);
    return closingAt === NEVER
      ? spec
      : { ...spec, leftAt: closingAt, pensionStop: closingAt, stopStatus: STOP.suspended };
  }

  private partialEmployee(core: boolean): PersonSpec {
    if (core) return this.insured('safe', 0, true);
    const roll = this.r.next();
    const band: AgeBand = roll < 0.01 ? 'child' : roll < 0.02 ? 'sixteen' : workingBand(this.r);
    if (band !== 'child' && band !== 'overRetirement' && this.r.chance(0.45))
      return this.insured(band, 0, true);
    return this.uninsured(band, this.r.chance(0.3));
  }

  /** Interns, a foreign employee and service providers of a large enterprise: payroll rows, not employees. */
  private addNonEmployees(add: (spec: PersonSpec) => void): void {
    const interns = this.r.int(0, 3);
    for (let k = 0; k < interns; k++) add(this.nonEmployee(ROLE.intern, 'student'));
    if (this.r.chance(0.3)) add(this.foreigner());
    if (this.r.chance(0.3)) add(this.nonEmployee(ROLE.labourService, 'working'));
  }

  insured(band: AgeBand, from: number, injury: boolean): PersonSpec {
    const who = newIdentity(this.r, this.ids, band);
    const wage = drawWage(this.r);
    const { lower, upper } = this.limits;
    const startDay = from === 0 ? earlierStartDay(this.r, who.id) : dayNumber(2023, from, this.r.int(1, 28));
    return {
      id: who.id,
      name: who.name,
      role: ROLE.employee,
      wage,
      pensionFrom: from,
      injury,
      unemployment: this.r.chance(0.6),
      base: drawBase(this.r, wage, lower, upper),
      startDay,
    };
  }

  uninsured(band: AgeBand, resident: boolean): PersonSpec {
    const who = newIdentity(this.r, this.ids, band);
    const wage = band === 'child' ? this.r.int(250, 300) * 10 : drawWage(this.r);
    return {
      id: who.id,
      name: who.name,
      role: ROLE.employee,
      wage,
      resident,
      startDay: resident ? earlierStartDay(this.r, who.id) : 0,
    };
  }

  private nonEmployee(role: typeof ROLE.intern | typeof ROLE.labourService, band: AgeBand): PersonSpec {
    const who = newIdentity(this.r, this.ids, band);
    const wage = role === ROLE.intern ? this.r.int(250, 350) * 10 : this.r.int(80, 600) * 10;
    return { id: who.id, name: who.name, role, wage };
  }

  private foreigner(): PersonSpec {
    const id = this.r.pick(FOREIGN_PASSPORT_PREFIXES) + String(this.r.int(10_000_000, 99_999_999));
    const name = this.r.pick([
      'JOHN SMITH',
      'NGUYEN VAN AN',
      'KIM MINSU',
      'MARIA SILVA',
      'AHMED KHAN',
      'TANAKA HIROSHI',
    ]);
    return { id, name, role: ROLE.foreigner, wage: drawWage(this.r) + 3000 };
  }
}
