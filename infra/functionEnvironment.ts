/**
 * What every function is told through its environment (names shared with lib/config/names.ts).
 * `KUOMIAN_SMS_ENABLED` says whether cadres may be subscribed by SMS: never in the China partition,
 * where SNS SMS does not exist. When SMS is configured, the value is also decided at deploy time from
 * `AWS::Partition`, so a template synthesized for `aws` and deployed in a China region still turns
 * SMS off rather than failing on every subscription.
 */
import { Aws, CfnCondition, Fn, type Stack } from 'aws-cdk-lib';
import { CAMPAIGN_TIME_ZONE, ENV } from '../lib/config/names.ts';

export interface FunctionEnvironmentInputs {
  tableName: string;
  dataBucketName: string;
  alertTopicArn: string;
  sms: boolean;
  officeCadreId: string;
}

/** A deploy-time condition: true outside the China partition. */
export function snsSmsAvailable(stack: Stack): CfnCondition {
  const existing = stack.node.tryFindChild('SnsSmsAvailable');
  if (existing instanceof CfnCondition) return existing;
  return new CfnCondition(stack, 'SnsSmsAvailable', {
    expression: Fn.conditionNot(Fn.conditionEquals(Aws.PARTITION, 'aws-cn')),
  });
}

/** 'true'/'false' as the functions read it; a CloudFormation condition when SMS is configured. */
export function smsEnabledValue(stack: Stack, sms: boolean): string {
  if (!sms) return 'false';
  return Fn.conditionIf(snsSmsAvailable(stack).logicalId, 'true', 'false').toString();
}

export function functionEnvironment(stack: Stack, inputs: FunctionEnvironmentInputs): Record<string, string> {
  return {
    [ENV.tableName]: inputs.tableName,
    [ENV.dataBucket]: inputs.dataBucketName,
    [ENV.alertTopicArn]: inputs.alertTopicArn,
    [ENV.campaignTimeZone]: CAMPAIGN_TIME_ZONE,
    [ENV.smsEnabled]: smsEnabledValue(stack, inputs.sms),
    [ENV.officeCadreId]: inputs.officeCadreId,
  };
}
