import type { Policy } from '../seeds/policy.ts';
import { loadTownships, UNASSIGNED } from '../seeds/townships.ts';
import type { Dataset, SnapshotData } from '../snapshots/dataset.ts';
import { activeInPensionAsOf } from '../snapshots/activeInPension.ts';
import type { TaxPayrollRow } from '../model/rows.ts';
import { baseConsolidation, WageIncome } from './baseConsolidation.ts';
import { countyFigures } from './countyFigures.ts';
import { countyRate } from './countyRate.ts';
import { enterpriseVerdict } from './enterpriseVerdict.ts';
import { toNumber } from './exact.ts';
import type { FeedPeriods, FlagContext } from './facts.ts';
import { feedStatus, latestPeriodOf, periodInUse, selectFeeds } from './feeds.ts';
import { type EnterpriseFigures, enterpriseFigures, payrollCounts } from './figures.ts';
import { NameBook } from './names.ts';
import { readEnforcement } from './sources/enforcement.ts';
import { insuredCounts, readInsured } from './sources/insured.ts';
import { readNewform } from './sources/newform.ts';
import { readEmployment } from './sources/payroll.ts';
import { readRegistry } from './sources/registry.ts';
import { readSubsidies } from './sources/subsidies.ts';
import { readSurveys } from './sources/survey.ts';
import { readTaxEmployers } from './sources/taxEmployers.ts';
import { unitedRows } from '../snapshots/unitedRows.ts';
import { townshipOf } from './township.ts';
import type { Comparison } from './types.ts';
import { uninsuredPeople } from './uninsuredPeople.ts';
import { enterpriseUniverse } from './universe.ts';
import { comparisonWindow } from './window.ts';

/**
 * The comparison (数据比对) of RULES 1 as of period P: every enterprise's figures and flags, the
 * county rate, the uninsured people and base consolidation, with the evidence and feed status behind
 * them. Each source is streamed once into compact per-enterprise or per-person maps.
 */
export async function compare(dataset: Dataset, period: string, policy: Policy): Promise<Comparison> {
  const window = comparisonWindow(period);
  const feeds = selectFeeds(dataset, window, policy);
  const tax = {
    payroll: periodInUse(feeds['tax-payroll']),
    taxEmployers: periodInUse(feeds['tax-employers']),
  };
  const names = new NameBook();

  const registry = await readRegistry(dataset.unitedAsOf('registry', period), names);
  const taxEmployers = await readTaxEmployers(
    unitedRows('tax-employers', feeds['tax-employers'].snapshots),
    names,
  );
  const insured = await readInsured(dataset.unitedAsOf('insured', period), names);
  // The persons active in pension are the pension map's keys: remembered as they are, not copied.
  void activeInPensionAsOf(dataset, period, async () => insured.pension);
  // Employment reads P_tax's payroll; base consolidation (1.9) takes the same rows as they pass.
  const income = new WageIncome(
    insured.pension,
    dataset.flow('tax-payroll', window.twelveMonthsFrom, period),
  );
  const payroll = await readEmployment(
    withIncome(income, tax.payroll, feeds['tax-payroll'].snapshots),
    window.end,
    policy,
    names,
  );
  const newform = await readNewform(dataset.unitedAsOf('newform', period), names);
  const surveys = await readSurveys(feeds.survey.snapshots, names);
  const subsidies = await readSubsidies(feeds.subsidies.snapshots, names);
  const enforcement = await readEnforcement(
    feeds.enforcement.snapshots,
    window.enforcementFromDate,
    window.end,
  );

  // RULES 1.1
  const codes = enterpriseUniverse([
    registry.keys(),
    taxEmployers.keys(),
    payroll.rowsByEmployer.keys(),
    insured.employers,
    newform.keys(),
    surveys.keys(),
    subsidies.keys(),
  ]);
  const insuredByEmployer = insuredCounts(insured);
  const eligibleByEmployer = payrollCounts(payroll.employed, insured.covered);
  const figures: EnterpriseFigures[] = codes.map((creditCode) =>
    enterpriseFigures(
      {
        creditCode,
        name: names.nameOf(creditCode),
        township: townshipOf(registry.get(creditCode), surveys.get(creditCode)),
        registry: registry.get(creditCode),
        taxEmployer: taxEmployers.get(creditCode),
        payrollRows: payroll.rowsByEmployer.get(creditCode) ?? 0,
        payrollEligible: eligibleByEmployer.get(creditCode),
        survey: surveys.get(creditCode),
        newform: newform.get(creditCode),
        insured: insuredByEmployer.get(creditCode),
        subsidiesFen: subsidies.get(creditCode) ?? 0,
        enforcement: enforcement.get(creditCode),
      },
      tax,
    ),
  );

  const feedPeriods: FeedPeriods = {
    period,
    registry: latestPeriodOf(feeds.registry),
    insured: latestPeriodOf(feeds.insured),
    newform: latestPeriodOf(feeds.newform),
    payroll: tax.payroll,
    taxEmployers: tax.taxEmployers,
    yearStart: window.yearStart,
    twelveMonthsFrom: window.twelveMonthsFrom,
  };
  const county = countyRate(figures); // RULES 1.6
  const ctx: FlagContext = { countyRate: county.rate, policy, feeds: feedPeriods };

  const verdicts = figures.map((e) => enterpriseVerdict(e, ctx));
  const enterprises = verdicts.map((v) => v.result);

  const townshipOrder = [...loadTownships().map((t) => t.code), UNASSIGNED];
  const byCode = new Map(figures.map((e) => [e.creditCode, e]));
  const enterpriseOf = (creditCode: string) => byCode.get(creditCode) as EnterpriseFigures;
  const rankOf = (township: string) => {
    const rank = townshipOrder.indexOf(township);
    return rank < 0 ? townshipOrder.length : rank;
  };
  const uninsured = uninsuredPeople(payroll.employed, insured.covered, enterpriseOf, rankOf);
  const base = await baseConsolidation(
    income,
    { from: window.twelveMonthsFrom, to: period },
    policy.baseLimits,
    (creditCode) => enterpriseOf(creditCode).township,
    townshipOrder,
  );

  return {
    period,
    result: { period, countyRate: county.rate && toNumber(county.rate), enterprises },
    evidence: verdicts.map((v) => v.evidence),
    uninsuredPeople: uninsured,
    baseConsolidation: base,
    feedStatus: feedStatus(feeds, period),
    taxPeriod: { 'tax-payroll': tax.payroll, 'tax-employers': tax.taxEmployers },
    county: countyFigures(enterprises, uninsured, townshipOrder),
  };
}

/** The payroll rows of P_tax, each also added to the wage income of 1.9 when P_tax lies in its window. */
async function* withIncome(
  income: WageIncome,
  month: string | null,
  snapshots: readonly SnapshotData<TaxPayrollRow>[],
): AsyncIterable<TaxPayrollRow> {
  const rows = unitedRows('tax-payroll', snapshots);
  if (month === null || !income.takes(month, snapshots)) {
    yield* rows;
    return;
  }
  for await (const row of rows) {
    income.add(month, row);
    yield row;
  }
}
