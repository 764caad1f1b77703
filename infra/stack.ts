/**
 * The kuomian stack: one county's deployment, composed of named parts — DataStore, CadreAlerts,
 * UploadIntake, Schedules, UploaderRoles, Operations — each owning its resources and grants.
 */
import { CfnOutput, CfnParameter, Fn, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AccessLogBucket } from './accessLogBucket.ts';
import { CadreAlerts } from './cadreAlerts.ts';
import type { KuomianConfig } from './config.ts';
import { DataStore } from './dataStore.ts';
import { functionEnvironment, snsSmsAvailable } from './functionEnvironment.ts';
import { Operations } from './operations.ts';
import { Schedules } from './schedules.ts';
import type { CountySeeds } from './seeds.ts';
import { UploaderRoles } from './uploaderRoles.ts';
import { UploadIntake } from './uploadIntake.ts';

export interface KuomianStackProps extends StackProps {
  config: KuomianConfig;
  seeds: CountySeeds;
}

export class KuomianStack extends Stack {
  readonly config: KuomianConfig;
  readonly dataStore: DataStore;
  readonly alerts: CadreAlerts;
  readonly intake: UploadIntake;
  readonly schedules: Schedules;
  readonly uploaderRoles: UploaderRoles;
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props: KuomianStackProps) {
    const { config, seeds } = props;
    super(scope, id, {
      ...props,
      stackName: `kuomian-${config.countyCode}`,
      description: `kuomian (social-insurance expansion campaign) for county ${config.countyCode}: uploads, ingest, monthly rollup, survey check, cadre alerts`,
      env: config.region || config.account ? { region: config.region, account: config.account } : undefined,
    });
    this.config = config;
    Tags.of(this).add('project', 'kuomian');
    Tags.of(this).add('county', config.countyCode);
    const { retention } = config;

    const accessLogs = new AccessLogBucket(this, 'AccessLogs', { retentionDays: retention.accessLogDays });
    this.dataStore = new DataStore(this, 'DataStore', {
      accessLogs: accessLogs.bucket,
      noncurrentVersionDays: retention.noncurrentVersionDays,
    });
    this.alerts = new CadreAlerts(this, 'CadreAlerts', {
      countyCode: config.countyCode,
      httpsEndpoints: config.alertChannels.cadreHttpsEndpoints,
      failedMessageDays: retention.failedMessageDays,
    });
    const environment = functionEnvironment(this, {
      tableName: this.dataStore.table.tableName,
      dataBucketName: this.dataStore.bucket.bucketName,
      alertTopicArn: this.alerts.topic.topicArn,
      sms: config.alertChannels.sms,
      officeCadreId: config.officeCadreId,
    });
    const common = {
      environment,
      failedMessageDays: retention.failedMessageDays,
      logRetentionDays: retention.logDays,
    };
    // The office's mailbox is given at deploy time (`--parameters OfficeEmail=…`), never in the
    // template or the context: no e-mail address is written into the repository or cdk.out.
    const officeEmail = new CfnParameter(this, 'OfficeEmail', {
      type: 'String',
      default: '',
      noEcho: true,
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$',
      description:
        'Mailbox of the leading group office, subscribed to the office alerts by the ingest (optional).',
    });
    this.intake = new UploadIntake(this, 'UploadIntake', {
      ...common,
      officeEmail: officeEmail.valueAsString,
      countyCode: config.countyCode,
      accessLogs: accessLogs.bucket,
      dataStore: this.dataStore,
      alerts: this.alerts,
      noncurrentVersionDays: retention.noncurrentVersionDays,
    });
    this.schedules = new Schedules(this, 'Schedules', {
      ...common,
      dataStore: this.dataStore,
      alerts: this.alerts,
    });
    this.uploaderRoles = new UploaderRoles(this, 'UploaderRoles', {
      config,
      seeds,
      uploadBucket: this.intake.bucket,
      uploadKey: this.intake.key,
      dataStore: this.dataStore,
    });

    const { monthlyRollup, surveyCheck } = this.schedules;
    this.operations = new Operations(this, 'Operations', {
      countyCode: config.countyCode,
      deadLetterQueues: [
        { subject: 'ingest', queue: this.intake.deadLetterQueue },
        { subject: 'monthlyRollup', queue: monthlyRollup.failures },
        { subject: 'surveyCheck', queue: surveyCheck.failures },
        ...(this.alerts.undeliveredQueue
          ? [{ subject: 'cadreHttps' as const, queue: this.alerts.undeliveredQueue }]
          : []),
      ],
      functions: [
        { subject: 'ingest', fn: this.intake.ingest.fn },
        { subject: 'monthlyRollup', fn: monthlyRollup.function.fn },
        { subject: 'surveyCheck', fn: surveyCheck.function.fn },
      ],
      httpsEndpoints: config.alertChannels.opsHttpsEndpoints,
      failedMessageDays: retention.failedMessageDays,
    });
    this.outputs();
  }

  private outputs(): void {
    const out = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    out('UploadBucketName', this.intake.bucket.bucketName, 'Departments and townships put files here');
    out(
      'DataBucketName',
      this.dataStore.bucket.bucketName,
      'Curated snapshots, rejects/, results/, reports/',
    );
    out('TableName', this.dataStore.table.tableName, 'Manifests, results and the alert ledger');
    out('AlertTopicArn', this.alerts.topic.topicArn, 'Cadre alerts (subscriptions are made by the ingest)');
    out('OpsTopicArn', this.operations.topic.topicArn, 'Subscribe the operator here after deploying');
    out(
      'ReportsReaderRoleArn',
      this.uploaderRoles.reportsReader.roleArn,
      'Assume to read reports/ and results/',
    );
    const channels = (sms: boolean) =>
      [
        sms ? 'sms' : undefined,
        'email',
        this.config.alertChannels.cadreHttpsEndpoints.length ? 'https' : undefined,
      ]
        .filter(Boolean)
        .join(',');
    out(
      'CadreAlertChannels',
      this.config.alertChannels.sms
        ? Fn.conditionIf(snsSmsAvailable(this).logicalId, channels(true), channels(false)).toString()
        : channels(false),
      'How cadres are alerted; SNS SMS does not exist in the China partition (e-mail/HTTPS only there)',
    );
    for (const [code, role] of this.uploaderRoles.departments) {
      out(`DepartmentRole${alphanumeric(code)}`, role.roleArn, `Upload role of department ${code}`);
    }
    for (const [code, role] of this.uploaderRoles.townships) {
      out(`TownshipRole${alphanumeric(code)}`, role.roleArn, `Upload role of township ${code}`);
    }
  }
}

function alphanumeric(code: string): string {
  const clean = code.replace(/[^A-Za-z0-9]/g, '');
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}
