/**
 * Names that the CDK stack and the functions must agree on: environment variables and the table's
 * key layout. The only module `infra/` imports from `lib/`.
 */
export const ENV = {
  tableName: 'KUOMIAN_TABLE',
  uploadBucket: 'KUOMIAN_UPLOAD_BUCKET',
  dataBucket: 'KUOMIAN_DATA_BUCKET',
  alertTopicArn: 'KUOMIAN_ALERT_TOPIC_ARN',
  campaignTimeZone: 'KUOMIAN_TIME_ZONE',
  /** `true` where SNS SMS is offered (not in the China regions). */
  smsEnabled: 'KUOMIAN_SMS_ENABLED',
  /** The pseudo-cadre id of the leading group's office (overdue notices, office digest). */
  officeCadreId: 'KUOMIAN_OFFICE_CADRE_ID',
  /** The office's mailbox, subscribed for the office's alerts; optional deployment setting. */
  officeEmail: 'KUOMIAN_OFFICE_EMAIL',
} as const;

/** DynamoDB table: one table, string partition key `pk` and sort key `sk`. */
export const TABLE_KEY = { partition: 'pk', sort: 'sk' } as const;

/** Message attribute carrying the cadre id on every alert (SNS filter policies match it). */
export const CADRE_ATTRIBUTE = 'cadreId';

/** Data-bucket prefixes. */
export const DATA_PREFIX = {
  curated: 'curated/',
  rejects: 'rejects/',
  reports: 'reports/',
  results: 'results/',
} as const;

export const CAMPAIGN_TIME_ZONE = 'Asia/Shanghai';
