/**
 * The county's enterprises: every sort RULES.md distinguishes, spread over the townships roughly as
 * Wuyi's economy is (开发区, 桐琴 and 泉溪 carry most), with registry entries, payroll months,
 * newform listings and the odd ones: unassigned, inactive, known only from a survey.
 */
import type { Township } from '../seeds/townships.ts';
import { MONTHS, NEVER, isoDate } from './calendar.ts';
import type { IdentifierMaker } from './identifiers.ts';
import type { Archetype, Enterprise, RegistryEntry, TownshipCellStyle } from './model.ts';
import { type CompanyKind, EnterpriseNamer, address, townshipWords } from './naming.ts';
import { archetypeCounts, plantedStaff } from './plantedSorts.ts';
import type { Random } from './random.ts';
import type { CountySize } from './scale.ts';
import { NEWFORM_TYPES } from './vocabulary.ts';

/** Relative number of enterprises per township. */
const TOWNSHIP_WEIGHT: Record<string, number> = {
  '330723-KFQ': 28,
  '330723001000': 6,
  '330723002000': 8,
  '330723003000': 6,
  '330723100000': 1.5,
  '330723101000': 4,
  '330723102000': 14,
  '330723103000': 11,
  '330723104000': 1,
  '330723105000': 4,
  '330723106000': 1.5,
  '330723107000': 5,
  '330723200000': 0.8,
  '330723201000': 0.8,
  '330723202000': 1,
  '330723203000': 0.7,
  '330723204000': 0.8,
  '330723205000': 0.6,
  '330723206000': 0.6,
};

/** Townships where the year's new enterprises register (large enough to absorb their staff). */
const GROWTH_TOWNSHIPS = ['330723-KFQ', '330723102000', '330723103000', '330723001000', '330723002000'];

/** Archetypes without an entry in the market registry. */
const NOT_REGISTERED: readonly Archetype[] = ['publicInstitution', 'oniSurveyOnly'];
/** Archetypes without payroll rows. */
const NO_PAYROLL: readonly Archetype[] = [
  'dormant',
  'inactive',
  'taxEmployersOnly',
  'oniTaxEmployersOnly',
  'oniSurveyOnly',
];

export interface EnterpriseOptions {
  size: CountySize;
  townships: Township[];
  /** Townships that will submit a survey: enterprises known only from surveys live there. */
  surveyingTownships: string[];
}

export function buildEnterprises(
  random: Random,
  ids: IdentifierMaker,
  options: EnterpriseOptions,
): Enterprise[] {
  const { townships } = options;
  const namer = new EnterpriseNamer(random.fork('names'));
  const words = townshipWords(townships);
  const counts = archetypeCounts(options.size);
  const weights = townships.map((t) => [t, TOWNSHIP_WEIGHT[t.code] ?? 1] as const);
  const surveying = townships.filter((t) => options.surveyingTownships.includes(t.code));
  const enterprises: Enterprise[] = [];
  const r = random.fork('enterprises');

  for (const [archetype, count] of counts) {
    for (let k = 0; k < count; k++) {
      let township: Township;
      if (archetype === 'oniSurveyOnly') township = r.pick(surveying);
      // However small the county, every township has a few enterprises to survey and visit.
      else if (archetype === 'clean' && k < 3 * townships.length) township = townships[k % townships.length];
      else if (archetype === 'newlyRegistered')
        township = r.pick(townships.filter((t) => GROWTH_TOWNSHIPS.includes(t.code)));
      else township = r.weighted(weights);
      enterprises.push(
        makeEnterprise(r, ids, namer, archetype, township, words, enterprises.length, townships),
      );
    }
  }
  markUnassigned(r, enterprises, words);
  return enterprises;
}

function makeEnterprise(
  r: Random,
  ids: IdentifierMaker,
  namer: EnterpriseNamer,
  archetype: Archetype,
  township: Township,
  words: string[],
  index: number,
  townships: Township[],
): Enterprise {
  const isPublic = archetype === 'publicInstitution';
  const named = isPublic
    ? { name: namer.publicInstitution(townships), kind: 'company' as CompanyKind, form: '' }
    : namer.enterprise();
  const entity = isPublic
    ? r.chance(0.2)
      ? 'governmentOrgan'
      : 'publicInstitution'
    : named.kind === 'individualBusiness'
      ? 'individualBusiness'
      : named.kind === 'cooperative'
        ? 'cooperative'
        : 'enterprise';
  const code = ids.uscc(entity, r.chance(0.95) ? '330723' : '330700');
  const staff = plantedStaff(archetype, r);
  const closingAt = archetype === 'closing' ? r.int(3, 5) : NEVER;
  const registeredAt = archetype === 'newlyRegistered' ? r.int(1, MONTHS - 1) : 0;
  const registry = NOT_REGISTERED.includes(archetype)
    ? null
    : registryEntry(r, archetype, named.kind, township, words, registeredAt, closingAt);
  let payroll: Enterprise['payroll'] = null;
  if (!NO_PAYROLL.includes(archetype)) payroll = { from: registeredAt, until: closingAt };
  const newform =
    archetype === 'newformClean' ||
    archetype === 'newformNoInjuryRiders' ||
    archetype === 'newformNoInjuryEmployees'
      ? newformEntry(r, index, staff)
      : null;
  return {
    index,
    code,
    name: named.name,
    archetype,
    // Outside the market registry and never surveyed, a public institution has no township (RULES 1.2).
    township: isPublic ? null : township.code,
    registry,
    payroll,
    declaredHeadcount:
      archetype === 'taxEmployersOnly' ? staff : archetype === 'oniTaxEmployersOnly' ? r.int(3, 12) : null,
    newform,
    staff,
  };
}

function newformEntry(r: Random, index: number, workers: number): Enterprise['newform'] {
  const unit = index % 2 === 0 ? 'transport' : 'postal';
  return { unit, formType: r.pick(NEWFORM_TYPES[unit]), workers };
}

function registryEntry(
  r: Random,
  archetype: Archetype,
  kind: CompanyKind,
  township: Township,
  words: string[],
  registeredAt: number,
  closingAt: number,
): RegistryEntry {
  const year = r.int(1995, 2022);
  // Month index k of 2023 is calendar month k (index 0 is 2022-12).
  const established =
    registeredAt > 0
      ? isoDate(2023, registeredAt, r.int(1, 28))
      : isoDate(year, r.int(1, year === 2022 ? 11 : 12), r.int(1, 28));
  const stateOwned = archetype === 'stateOwnedGap';
  const entityType = stateOwned
    ? r.pick(['有限责任公司（国有独资）', '有限责任公司（国有控股）'])
    : kind === 'individualBusiness'
      ? '个体工商户'
      : kind === 'cooperative'
        ? '农民专业合作社'
        : kind === 'soleProprietorship'
          ? '个人独资企业'
          : r.weighted([
              ['有限责任公司（自然人投资或控股）', 70],
              ['有限责任公司（自然人独资）', 20],
              ['股份有限公司（非上市、自然人投资或控股）', 5],
              ['其他有限责任公司', 5],
            ] as const);
  const inactiveFrom = archetype === 'inactive' || archetype === 'inactiveWithPayroll' ? 0 : closingAt;
  const cell: TownshipCellStyle = r.weighted([
    ['name', 40],
    ['alias', 15],
    ['code12', 10],
    ['code9', 5],
    ['empty', 30],
  ] as const);
  return {
    fromMonth: registeredAt,
    inactiveFrom,
    inactiveStatus:
      archetype === 'inactiveWithPayroll'
        ? '吊销'
        : archetype === 'closing'
          ? '注销'
          : r.pick(['吊销', '注销'] as const),
    activeStatus: r.weighted([
      ['存续', 70],
      ['在业', 25],
      ['开业', 5],
    ] as const),
    established,
    entityType,
    address: address(r, township, words),
    townshipCell: cell,
    aboveScale: archetype === 'aboveScaleLowRate',
    stateOwned,
  };
}

/**
 * Some enterprises have no township cell and an address naming no township (RULES 1.2:
 * `unassigned`): a few clean ones, a few dormant ones and one operating with no one insured.
 */
function markUnassigned(r: Random, enterprises: Enterprise[], words: string[]): void {
  const pickSome = (archetype: Archetype, share: number, minimum: number) => {
    const pool = enterprises.filter((e) => e.archetype === archetype && e.registry !== null);
    return r.sample(pool, Math.max(minimum, Math.round(pool.length * share)));
  };
  const chosen = [
    ...pickSome('clean', 0.01, 3),
    ...pickSome('dormant', 0.01, 1),
    ...pickSome('operatingNoInsured', 0, 1),
  ];
  for (const e of chosen) {
    if (!e.registry) continue;
    e.township = null;
    e.registry.townshipCell = 'empty';
    e.registry.address = address(r, null, words);
  }
}
