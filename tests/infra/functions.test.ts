import type { CfnElement } from 'aws-cdk-lib';
import type { Role } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allowedActions,
  allowedResources,
  allows,
  roleStatements,
  type Statement,
  wellKnownNames,
} from './policies.ts';
import { resourcesOfType, type Synthesized, synthKuomian } from './synthKuomian.ts';

describe('the functions', () => {
  let s: Synthesized;
  let names: Record<string, string>;
  let ingest: Statement[];
  let rollup: Statement[];
  let surveyCheck: Statement[];

  const logicalId = (element: unknown) => s.stack.getLogicalId(element as CfnElement);
  const env = (fn: { node: { defaultChild?: unknown } }) =>
    s.json.Resources[logicalId(fn.node.defaultChild)].Properties?.Environment.Variables as Record<
      string,
      unknown
    >;

  beforeAll(() => {
    s = synthKuomian();
    names = wellKnownNames(s.json);
    const statements = (role: Role) => roleStatements(s.json, logicalId(role.node.defaultChild), names);
    ingest = statements(s.stack.intake.ingest.role);
    rollup = statements(s.stack.schedules.monthlyRollup.function.role);
    surveyCheck = statements(s.stack.schedules.surveyCheck.function.role);
  });

  it('runs every function on nodejs24.x, arm64, from an ESM bundle, with X-Ray tracing', () => {
    const functions = resourcesOfType(s.json, 'AWS::Lambda::Function');
    expect(functions).toHaveLength(3);
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
      });
      expect(fn.Properties?.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
    }
  });

  it('gives every function its own log group, kept 365 days', () => {
    for (const [id, fn] of resourcesOfType(s.json, 'AWS::Lambda::Function')) {
      const group = fn.Properties?.LoggingConfig.LogGroup.Ref as string;
      expect(s.json.Resources[group], id).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 365 },
      });
    }
  });

  it('tells every function the table, data bucket, alert topic, time zone, SMS switch and office cadre id', () => {
    for (const fn of [
      s.stack.intake.ingest.fn,
      s.stack.schedules.monthlyRollup.function.fn,
      s.stack.schedules.surveyCheck.function.fn,
    ]) {
      const variables = env(fn);
      expect(variables).toMatchObject({
        KUOMIAN_TABLE: { Ref: expect.stringMatching(/^DataStoreTable/) },
        KUOMIAN_DATA_BUCKET: { Ref: expect.stringMatching(/^DataStoreBucket/) },
        KUOMIAN_ALERT_TOPIC_ARN: { Ref: expect.stringMatching(/^CadreAlertsTopic/) },
        KUOMIAN_TIME_ZONE: 'Asia/Shanghai',
        KUOMIAN_OFFICE_CADRE_ID: 'office',
      });
      expect(variables.KUOMIAN_SMS_ENABLED).toBeDefined();
    }
  });

  it('tells only the ingest where the upload bucket is', () => {
    expect(env(s.stack.intake.ingest.fn).KUOMIAN_UPLOAD_BUCKET).toEqual({
      Ref: expect.stringMatching(/^UploadIntakeBucket/),
    });
    expect(env(s.stack.schedules.monthlyRollup.function.fn).KUOMIAN_UPLOAD_BUCKET).toBeUndefined();
    expect(env(s.stack.schedules.surveyCheck.function.fn).KUOMIAN_UPLOAD_BUCKET).toBeUndefined();
  });

  it('asks for the office mailbox at deploy time (a hidden parameter), never in the template, and tells only the ingest', () => {
    expect(s.json.Parameters?.OfficeEmail).toMatchObject({ Type: 'String', Default: '', NoEcho: true });
    expect(env(s.stack.intake.ingest.fn).KUOMIAN_OFFICE_EMAIL).toEqual({ Ref: 'OfficeEmail' });
    expect(env(s.stack.schedules.monthlyRollup.function.fn).KUOMIAN_OFFICE_EMAIL).toBeUndefined();
    expect(env(s.stack.schedules.surveyCheck.function.fn).KUOMIAN_OFFICE_EMAIL).toBeUndefined();
  });

  it('lets the ingest read any upload version, write curated snapshots and rejects reports', () => {
    expect(allowedResources(ingest, 's3:GetObjectVersion')).toEqual(['UPLOADS/*']);
    expect(allowedResources(ingest, 's3:PutObject')).toEqual(['DATA/curated/*', 'DATA/rejects/*']);
    expect(allowedResources(ingest, 's3:GetObject')).toEqual(['DATA/curated/*', 'UPLOADS/*']);
  });

  it('lets the rollup read curated data and results, and write results and reports — no uploads', () => {
    expect(allowedResources(rollup, 's3:GetObject')).toEqual(['DATA/curated/*', 'DATA/results/*']);
    expect(allowedResources(rollup, 's3:PutObject')).toEqual(['DATA/reports/*', 'DATA/results/*']);
    expect(allows(rollup, 's3:GetObject', 'UPLOADS/insured/2023-03/参保人员名单.csv')).toBe(false);
  });

  it('lets the survey check read curated data and write nothing to the buckets', () => {
    expect(allowedResources(surveyCheck, 's3:GetObject')).toEqual(['DATA/curated/*']);
    expect(allowedResources(surveyCheck, 's3:PutObject')).toEqual([]);
  });

  it('lets only the ingest manage cadre subscriptions, and only the scheduled jobs publish alerts', () => {
    const subscriptionActions = ['sns:Subscribe', 'sns:Unsubscribe', 'sns:SetSubscriptionAttributes'];
    for (const action of subscriptionActions) {
      expect(allowedResources(ingest, action).length, action).toBe(2);
      expect(allowedResources(rollup, action), action).toEqual([]);
      expect(allowedResources(surveyCheck, action), action).toEqual([]);
    }
    expect(allowedResources(ingest, 'sns:Publish')).toEqual([]);
    expect(allowedResources(rollup, 'sns:Publish')).toHaveLength(1);
    expect(allowedResources(surveyCheck, 'sns:Publish')).toHaveLength(1);
  });

  it('grants no function a delete of any object, nor any table action beyond get, put, query and delete item', () => {
    for (const statements of [ingest, rollup, surveyCheck]) {
      const actions = allowedActions(statements);
      expect(actions.filter((a) => a.startsWith('s3:Delete'))).toEqual([]);
      expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual([
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
      ]);
      expect(actions.some((a) => a.endsWith(':*') || a === '*')).toBe(false);
    }
  });
});
