import { describe, expect, it } from 'vitest';
import {
  type CurrentSubscription,
  type DesiredSubscription,
  type SubscriptionDirectory,
  desiredSubscriptions,
  planReconcile,
  reconcileSubscriptions,
} from '../../lib/alerts/subscriptions.ts';
import { DATIAN, cadre, uscc } from '../survey/fixtures.ts';

const roster = [
  cadre('C001', '片区', DATIAN, { mobile: '13800000001', email: 'c001@wuyi.gov.cn' }),
  cadre('C001', '企业', uscc(1), { mobile: '13800000001', email: 'c001@wuyi.gov.cn' }),
  cadre('C002', '企业', uscc(2), { mobile: '13800000002' }),
  cadre('C003', '企业', uscc(3), { email: 'shared@wuyi.gov.cn' }),
  cadre('C004', '企业', uscc(4), { email: 'Shared@wuyi.gov.cn' }),
  cadre('C005', '企业', uscc(5)),
];

function sub(
  arn: string,
  protocol: string,
  endpoint: string,
  cadreIds?: string[],
  pending = false,
): CurrentSubscription {
  return { arn, protocol, endpoint, pending, ...(cadreIds === undefined ? {} : { cadreIds }) };
}

describe('desired subscriptions from the cadres roster', () => {
  it('subscribes each mobile (SMS) and e-mail once, filtered to its cadre(s), plus the office', () => {
    expect(
      desiredSubscriptions(roster, {
        smsAvailable: true,
        office: { cadreId: 'office', email: 'office@wuyi.gov.cn' },
      }),
    ).toEqual([
      { protocol: 'email', endpoint: 'c001@wuyi.gov.cn', cadreIds: ['C001'] },
      { protocol: 'email', endpoint: 'office@wuyi.gov.cn', cadreIds: ['office'] },
      { protocol: 'email', endpoint: 'shared@wuyi.gov.cn', cadreIds: ['C003', 'C004'] },
      { protocol: 'sms', endpoint: '+8613800000001', cadreIds: ['C001'] },
      { protocol: 'sms', endpoint: '+8613800000002', cadreIds: ['C002'] },
    ]);
  });

  it('leaves SMS out where the region offers none', () => {
    const desired = desiredSubscriptions(roster, { smsAvailable: false });
    expect(desired.map((d) => d.protocol)).toEqual(['email', 'email']);
  });
});

describe('planReconcile', () => {
  const desired: DesiredSubscription[] = [
    { protocol: 'email', endpoint: 'c001@wuyi.gov.cn', cadreIds: ['C001'] },
    { protocol: 'email', endpoint: 'new@wuyi.gov.cn', cadreIds: ['C006'] },
    { protocol: 'email', endpoint: 'waiting@wuyi.gov.cn', cadreIds: ['C007'] },
    { protocol: 'sms', endpoint: '+8613800000001', cadreIds: ['C001'] },
    { protocol: 'sms', endpoint: '+8613800000002', cadreIds: ['C002', 'C008'] },
  ];

  it('adds the missing, keeps the matching, updates changed filters, removes the rest', () => {
    const current = [
      sub('arn:1', 'email', 'C001@WUYI.gov.cn', ['C001']), // same address, other case: keep
      sub('arn:2', 'sms', '+8613800000001', ['C001']),
      sub('arn:3', 'sms', '+8613800000002', ['C002']), // a second cadre now shares it: update
      sub('arn:4', 'sms', '+8613899999999', ['C099']), // left the roster: remove
      sub('arn:5', 'email', 'nofilter@wuyi.gov.cn'), // no cadre filter: would get every alert: remove
      sub('arn:6', 'sqs', 'arn:aws:sqs:archive'), // not ours: untouched
      sub('PendingConfirmation', 'email', 'waiting@wuyi.gov.cn', undefined, true), // awaiting: no re-subscribe
      sub('PendingConfirmation', 'email', 'gone@wuyi.gov.cn', undefined, true), // awaiting, not wanted, no ARN: cannot remove
      sub('arn:7', 'email', 'c001@wuyi.gov.cn', ['C001']), // a duplicate of arn:1: remove
    ];
    const plan = planReconcile(desired, current);
    expect(plan.add).toEqual([{ protocol: 'email', endpoint: 'new@wuyi.gov.cn', cadreIds: ['C006'] }]);
    expect(plan.keep.map((s) => s.arn)).toEqual(['arn:1', 'arn:2']);
    expect(plan.update).toEqual([{ subscription: current[2], cadreIds: ['C002', 'C008'] }]);
    expect(plan.remove.map((s) => s.arn)).toEqual(['arn:4', 'arn:5', 'arn:7']);
    expect(plan.awaitingConfirmation.map((s) => s.endpoint)).toEqual([
      'waiting@wuyi.gov.cn',
      'gone@wuyi.gov.cn',
    ]);
  });

  it('changes nothing when the topic already matches the roster', () => {
    const current = desired.map((d, i) => sub(`arn:${i}`, d.protocol, d.endpoint, d.cadreIds));
    const plan = planReconcile(desired, current);
    expect(plan).toEqual({ add: [], keep: current, update: [], remove: [], awaitingConfirmation: [] });
  });

  it('removes everything managed when the roster is empty', () => {
    const current = [sub('arn:1', 'email', 'a@x.cn', ['C1']), sub('arn:2', 'lambda', 'arn:fn')];
    expect(planReconcile([], current).remove.map((s) => s.arn)).toEqual(['arn:1']);
  });
});

describe('reconcileSubscriptions', () => {
  it('applies removals, updates and additions, and reports a failure without its endpoint', async () => {
    const calls: string[] = [];
    const directory: SubscriptionDirectory = {
      list: async () => [
        sub('arn:old', 'sms', '+8613899999999', ['C099']),
        sub('arn:c1', 'sms', '+8613800000001', ['C009']),
      ],
      subscribe: async (d) => {
        calls.push(`subscribe ${d.protocol} ${d.cadreIds.join(',')}`);
        if (d.protocol === 'email')
          throw new Error(`InvalidParameter: Invalid parameter: Email address ${d.endpoint}`);
      },
      setCadres: async (arn, ids) => {
        calls.push(`set ${arn} ${ids.join(',')}`);
      },
      unsubscribe: async (arn) => {
        calls.push(`unsubscribe ${arn}`);
      },
    };
    const desired = desiredSubscriptions(roster.slice(0, 3), { smsAvailable: true });
    const report = await reconcileSubscriptions(directory, desired);
    expect(calls).toEqual([
      'unsubscribe arn:old',
      'set arn:c1 C001',
      'subscribe email C001',
      'subscribe sms C002',
    ]);
    expect(report).toEqual({
      added: 1,
      kept: 0,
      updated: 1,
      removed: 1,
      awaitingConfirmation: 0,
      failures: [
        {
          action: 'add',
          protocol: 'email',
          cadreIds: ['C001'],
          error: 'Error: InvalidParameter: Invalid parameter: Email address ***@***',
        },
      ],
    });
  });
});
