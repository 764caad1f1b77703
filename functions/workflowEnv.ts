/** Wiring shared by the Lambda entries: the AWS adapters behind the workflow's ports. */
import { SNSClient } from '@aws-sdk/client-sns';
import { SnsSubscriptions } from '../lib/alerts/index.ts';
import { CAMPAIGN_TIME_ZONE, ENV } from '../lib/config/names.ts';
import { openAwsStorage } from '../lib/storage/aws/index.ts';
import { DEFAULT_OFFICE_CADRE_ID, type WorkflowEnv } from '../lib/workflow/env.ts';

const sns = new SNSClient({});

export function awsWorkflowEnv(env: NodeJS.ProcessEnv = process.env): WorkflowEnv {
  const storage = openAwsStorage(env);
  return {
    table: storage.table,
    objects: storage.objects,
    notifier: storage.notifier,
    now: () => new Date(),
    timeZone: env[ENV.campaignTimeZone] || CAMPAIGN_TIME_ZONE,
    officeCadreId: env[ENV.officeCadreId] || DEFAULT_OFFICE_CADRE_ID,
  };
}

export function subscriptionDirectory(env: NodeJS.ProcessEnv = process.env): SnsSubscriptions {
  const topicArn = env[ENV.alertTopicArn];
  if (!topicArn) throw new Error(`missing environment variable ${ENV.alertTopicArn}`);
  return new SnsSubscriptions(sns, topicArn);
}

/** SNS SMS exists in the commercial regions, not in the China partition: the stack says which. */
export function smsAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ENV.smsEnabled] === 'true';
}
