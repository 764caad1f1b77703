import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../infra/config.ts';
import { loadCountySeeds } from '../../infra/seeds.ts';

const seeds = loadCountySeeds();
const configOf = (context: Record<string, unknown>) => readConfig(new App({ context }).node, seeds);
const problem = (context: Record<string, unknown>) => {
  try {
    configOf(context);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration from CDK context (issue 6 §3)', () => {
  it('defaults to the county in seeds/, the global partition with SMS, the deploying account, 365-day retention', () => {
    expect(configOf({})).toEqual({
      countyCode: '330723',
      partition: 'aws',
      region: undefined,
      account: undefined,
      departmentPrincipals: {},
      townshipPrincipals: {},
      reportsReaderPrincipals: [],
      alertChannels: { sms: true, cadreHttpsEndpoints: [], opsHttpsEndpoints: [] },
      retention: { noncurrentVersionDays: 365, logDays: 365, accessLogDays: 365, failedMessageDays: 14 },
      officeCadreId: 'office',
    });
  });

  it('derives the China partition from a China region and turns SMS off there', () => {
    expect(configOf({ region: 'cn-north-1' })).toMatchObject({
      partition: 'aws-cn',
      alertChannels: { sms: false },
    });
  });

  it('accepts JSON given on the command line (-c key=JSON)', () => {
    const config = configOf({
      departmentPrincipals: '{"tax":["111122223333","arn:aws:iam::444455556666:role/clerks"]}',
      retention: '{"logDays":"90"}',
    });
    expect(config.departmentPrincipals).toEqual({
      tax: ['111122223333', 'arn:aws:iam::444455556666:role/clerks'],
    });
    expect(config.retention.logDays).toBe(90);
  });

  it('refuses SMS in the China partition, where SNS SMS does not exist', () => {
    expect(problem({ partition: 'aws-cn', alertChannels: { sms: true } })).toMatch(
      /alertChannels\.sms.*China partition/,
    );
  });

  it('refuses a region outside the chosen partition', () => {
    expect(problem({ partition: 'aws', region: 'cn-northwest-1' })).toMatch(
      /aws does not contain region cn-northwest-1/,
    );
  });

  it('refuses personal data: e-mail addresses and mobile numbers', () => {
    expect(problem({ officeCadreId: 'zhang.san@wuyi.gov.cn' })).toMatch(/officeCadreId.*e-mail/);
    expect(problem({ officeCadreId: '13912345678' })).toMatch(/officeCadreId.*mobile/);
    expect(
      problem({ alertChannels: { opsHttpsEndpoints: ['https://hook.example.cn/?to=13912345678'] } }),
    ).toMatch(/mobile/);
    expect(
      problem({ departmentPrincipals: { tax: 'arn:aws:iam::111122223333:user/li.si@wuyi.gov.cn' } }),
    ).toMatch(/e-mail/);
  });

  it('refuses unknown department or township codes and malformed principals', () => {
    expect(problem({ departmentPrincipals: { police: '111122223333' } })).toMatch(/unknown code "police"/);
    expect(problem({ townshipPrincipals: { '330723999000': '111122223333' } })).toMatch(/unknown code/);
    expect(problem({ departmentPrincipals: { tax: 'tax-clerks' } })).toMatch(
      /neither an account id nor an IAM/,
    );
    expect(problem({ departmentPrincipals: { tax: 'arn:aws-cn:iam::111122223333:root' } })).toMatch(
      /not in the aws partition/,
    );
  });

  it('refuses alert endpoints that are not HTTPS or that embed credentials', () => {
    expect(problem({ alertChannels: { cadreHttpsEndpoints: ['http://relay.example.cn/'] } })).toMatch(
      /not HTTPS/,
    );
    expect(
      problem({ alertChannels: { cadreHttpsEndpoints: ['https://user:pw@relay.example.cn/'] } }),
    ).toMatch(/credentials/);
  });

  it('refuses a log retention CloudWatch does not offer, and a county other than the seeds’', () => {
    expect(problem({ retention: { logDays: 100 } })).toMatch(/retention\.logDays/);
    expect(problem({ retention: { failedMessageDays: 30 } })).toMatch(/retention/);
    expect(problem({ countyCode: '330702' })).toMatch(/does not match seeds/);
  });
});
