import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Json,
  logicalIdStartingWith,
  resourcesOfType,
  type Synthesized,
  synthKuomian,
} from './synthKuomian.ts';

describe('the scheduled jobs (RULES 2, 3)', () => {
  let s: Synthesized;

  beforeAll(() => {
    s = synthKuomian();
  });

  const job = (name: 'MonthlyRollup' | 'SurveyCheck') => {
    const schedule =
      s.json.Resources[logicalIdStartingWith(s.json, `Schedules${name}Schedule`, 'AWS::Scheduler::Schedule')];
    const fn = logicalIdStartingWith(s.json, `Schedules${name}JobFunction`, 'AWS::Lambda::Function');
    const failures = logicalIdStartingWith(s.json, `Schedules${name}Failures`, 'AWS::SQS::Queue');
    return { schedule: schedule.Properties ?? {}, fn, failures };
  };

  it('has exactly two schedules', () => {
    expect(resourcesOfType(s.json, 'AWS::Scheduler::Schedule')).toHaveLength(2);
  });

  it('runs the monthly rollup on the 1st of each month at 08:00 in Asia/Shanghai', () => {
    const { schedule, fn } = job('MonthlyRollup');
    expect(schedule).toMatchObject({
      ScheduleExpression: 'cron(0 8 1 * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    expect(schedule.Target.Arn).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
  });

  it('runs the survey check daily at 09:00 in March and April, Asia/Shanghai', () => {
    const { schedule, fn } = job('SurveyCheck');
    expect(schedule).toMatchObject({
      ScheduleExpression: 'cron(0 9 * 3-4 ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    expect(schedule.Target.Arn).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
  });

  it('retries a failed start 5 times within 2 hours, then parks it in the job’s dead-letter queue', () => {
    for (const name of ['MonthlyRollup', 'SurveyCheck'] as const) {
      const { schedule, failures } = job(name);
      expect(schedule.Target.RetryPolicy).toEqual({
        MaximumRetryAttempts: 5,
        MaximumEventAgeInSeconds: 7200,
      });
      expect(schedule.Target.DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [failures, 'Arn'] } });
    }
  });

  it('sends a run that failed after 2 Lambda retries to the same queue', () => {
    for (const name of ['MonthlyRollup', 'SurveyCheck'] as const) {
      const { fn, failures } = job(name);
      const config = resourcesOfType(s.json, 'AWS::Lambda::EventInvokeConfig').find(
        ([, r]) => r.Properties?.FunctionName?.Ref === fn,
      )?.[1].Properties;
      expect(config).toMatchObject({
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 21600,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [failures, 'Arn'] } } },
      });
    }
  });

  it('encrypts the failure queues (SSE-SQS: the scheduler can only be granted sqs:SendMessage) and keeps failures 14 days', () => {
    for (const name of ['MonthlyRollup', 'SurveyCheck'] as const) {
      const queue = s.json.Resources[job(name).failures].Properties;
      expect(queue).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 86400 });
    }
  });

  it('lets only schedules of this account assume the scheduler roles, and only to start their own job', () => {
    for (const name of ['MonthlyRollup', 'SurveyCheck'] as const) {
      const { schedule, fn, failures } = job(name);
      const roleId = schedule.Target.RoleArn['Fn::GetAtt'][0] as string;
      const trust = s.json.Resources[roleId].Properties?.AssumeRolePolicyDocument.Statement[0];
      expect(trust).toMatchObject({
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      });
      const policy = resourcesOfType(s.json, 'AWS::IAM::Policy').find(([, p]) =>
        ((p.Properties?.Roles ?? []) as Json[]).some((r) => r.Ref === roleId),
      )?.[1].Properties?.PolicyDocument.Statement as Json[];
      expect(policy.map((st) => st.Action).sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
      expect(JSON.stringify(policy)).toContain(fn);
      expect(JSON.stringify(policy)).toContain(failures);
    }
  });

  it('sizes the jobs: rollup 1769 MB (one vCPU) / 15 min, survey check 256 MB / 5 min', () => {
    expect(s.json.Resources[job('MonthlyRollup').fn].Properties).toMatchObject({
      MemorySize: 1769,
      Timeout: 900,
    });
    expect(s.json.Resources[job('SurveyCheck').fn].Properties).toMatchObject({
      MemorySize: 256,
      Timeout: 300,
    });
  });
});
