import { beforeAll, describe, expect, it } from 'vitest';
import { allStrings, CHINA, resourcesOfType, type Synthesized, synthKuomian } from './synthKuomian.ts';

const smsSwitches = (s: Synthesized) =>
  resourcesOfType(s.json, 'AWS::Lambda::Function').map(
    ([, fn]) => fn.Properties?.Environment.Variables.KUOMIAN_SMS_ENABLED,
  );

describe('partitions (issue 6 §4)', () => {
  let global: Synthesized;
  let china: Synthesized;

  beforeAll(() => {
    global = synthKuomian();
    china = synthKuomian(CHINA);
  });

  it('hard-codes no partition in any ARN: each is built from AWS::Partition, or from the pinned China region', () => {
    const literalArns = (s: Synthesized) =>
      allStrings(s.json.Resources).filter((text) => /arn:aws(-[a-z]+)?:/.test(text));
    expect(literalArns(global)).toEqual([]);
    expect(JSON.stringify(global.json)).toContain('"Ref":"AWS::Partition"');
    expect(literalArns(china).length).toBeGreaterThan(0);
    expect(literalArns(china).filter((text) => !text.startsWith('arn:aws-cn:'))).toEqual([]);
  });

  it('pins the China synth to its region and leaves the global one environment-agnostic', () => {
    expect(china.stack.region).toBe('cn-northwest-1');
    expect(china.stack.partition).toBe('aws-cn');
    expect(global.stack.region).toMatch(/^\$\{Token/);
  });

  it('turns SMS off in the China partition and says so', () => {
    expect(smsSwitches(china)).toEqual(['false', 'false', 'false']);
    expect(china.json.Outputs?.CadreAlertChannels.Value).toBe('email');
  });

  it('turns SMS on in the global partition, decided again at deploy time from AWS::Partition', () => {
    const deployTime = { 'Fn::If': ['SnsSmsAvailable', 'true', 'false'] };
    expect(smsSwitches(global)).toEqual([deployTime, deployTime, deployTime]);
    expect(global.json.Conditions?.SnsSmsAvailable).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AWS::Partition' }, 'aws-cn'] }],
    });
    expect(global.json.Outputs?.CadreAlertChannels.Value).toEqual({
      'Fn::If': ['SnsSmsAvailable', 'sms,email', 'email'],
    });
  });

  it('keeps SMS off in the global partition when the context says so', () => {
    const s = synthKuomian({ alertChannels: { sms: false } });
    expect(smsSwitches(s)).toEqual(['false', 'false', 'false']);
  });

  it('holds no phone number or e-mail address anywhere in either template', () => {
    for (const s of [global, china]) {
      // Asset names are content hashes (64 hex digits): digit runs inside them are not phone numbers.
      const text = allStrings(s.json).filter((t) => !/^[0-9a-f]{64}(\.zip)?$/.test(t));
      expect(text.filter((t) => /(^|\D)1[3-9]\d{9}(\D|$)/.test(t))).toEqual([]);
      expect(text.filter((t) => /[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}/i.test(t))).toEqual([]);
    }
  });
});
