/**
 * The two scheduled jobs (RULES 2, 3), both in Asia/Shanghai: the monthly rollup on the 1st at
 * 08:00 (it computes the month just ended), and the survey deadline check daily at 09:00 in March
 * and April. A job that cannot be started after the scheduler's retries, or that fails after
 * Lambda's retries, lands in the job's failure queue.
 */
import { Stack, TimeZone } from 'aws-cdk-lib';
import { type IRole, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CAMPAIGN_TIME_ZONE, DATA_PREFIX } from '../lib/config/names.ts';
import type { CadreAlerts } from './cadreAlerts.ts';
import type { DataStore } from './dataStore.ts';
import { deadLetterQueue } from './deadLetterQueue.ts';
import { KuomianFunction, type KuomianFunctionProps } from './kuomianFunction.ts';
import { acknowledge, acknowledgeWildcardResources } from './nag.ts';
import { FUNCTION_TUNING, SCHEDULE_TUNING } from './tuning.ts';

/** RULES: all dates and month boundaries are in Asia/Shanghai. */
export const SCHEDULE_TIME_ZONE = TimeZone.ASIA_SHANGHAI;

export interface SchedulesProps {
  dataStore: DataStore;
  alerts: CadreAlerts;
  environment: Record<string, string>;
  failedMessageDays: number;
  logRetentionDays: number;
}

/** One scheduled job: its function, its schedule, its failure queue. */
export interface ScheduledJob {
  readonly function: KuomianFunction;
  readonly schedule: Schedule;
  readonly failures: Queue;
}

export class Schedules extends Construct {
  readonly monthlyRollup: ScheduledJob;
  readonly surveyCheck: ScheduledJob;

  constructor(scope: Construct, id: string, props: SchedulesProps) {
    super(scope, id);
    if (SCHEDULE_TIME_ZONE.timezoneName !== CAMPAIGN_TIME_ZONE)
      throw new Error('schedule and campaign time zones differ');

    this.monthlyRollup = this.job('MonthlyRollup', props, {
      entry: 'functions/rollup.ts',
      description: 'kuomian monthly rollup: compare, score townships, digests (RULES 1, 2, 4)',
      ...FUNCTION_TUNING.rollup,
      // RULES 2: on the 1st at 08:00 the month just ended is complete.
      schedule: ScheduleExpression.cron({ minute: '0', hour: '8', day: '1', timeZone: SCHEDULE_TIME_ZONE }),
      scheduleDescription: 'Monthly rollup of the month just ended: 1st of each month, 08:00 Asia/Shanghai',
    });
    props.dataStore.grantFunctionRead(this.monthlyRollup.function.role, [
      DATA_PREFIX.curated,
      DATA_PREFIX.results,
    ]);
    props.dataStore.grantFunctionWrite(this.monthlyRollup.function.role, [
      DATA_PREFIX.results,
      DATA_PREFIX.reports,
    ]);
    props.dataStore.grantTable(this.monthlyRollup.function.role);
    props.alerts.grantPublish(this.monthlyRollup.function.role);

    this.surveyCheck = this.job('SurveyCheck', props, {
      entry: 'functions/survey-check.ts',
      description: 'kuomian survey deadline check: reminders and overdue notices (RULES 3)',
      ...FUNCTION_TUNING.surveyCheck,
      // RULES 3.4: reminders before 31 March, overdue notices after it — checked daily in March and April.
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: '9',
        month: '3-4',
        timeZone: SCHEDULE_TIME_ZONE,
      }),
      scheduleDescription: 'Survey deadline check: daily 09:00 Asia/Shanghai in March and April',
    });
    props.dataStore.grantFunctionRead(this.surveyCheck.function.role, [DATA_PREFIX.curated]);
    props.dataStore.grantTable(this.surveyCheck.function.role);
    props.alerts.grantPublish(this.surveyCheck.function.role);
  }

  private job(
    id: string,
    props: SchedulesProps,
    spec: Pick<KuomianFunctionProps, 'entry' | 'description' | 'memoryMiB' | 'timeout'> & {
      schedule: ScheduleExpression;
      scheduleDescription: string;
    },
  ): ScheduledJob {
    const scope = new Construct(this, id);
    const failures = deadLetterQueue(scope, 'Failures', {
      holds: `${id}: runs the scheduler could not start or that failed after Lambda's retries`,
      retentionDays: props.failedMessageDays,
    });
    const fn = new KuomianFunction(scope, 'Job', {
      entry: spec.entry,
      description: spec.description,
      memoryMiB: spec.memoryMiB,
      timeout: spec.timeout,
      environment: props.environment,
      logRetentionDays: props.logRetentionDays,
      onFailure: new SqsDestination(failures),
      retryAttempts: SCHEDULE_TUNING.lambdaRetryAttempts,
      maxEventAge: SCHEDULE_TUNING.lambdaMaxEventAge,
    });
    acknowledge(
      fn.fn,
      'Serverless-LambdaDLQ',
      'Asynchronous failures go to the on-failure destination (the job failure queue), which records the error too; a dead-letter config as well would record each failure twice.',
    );

    const role = this.schedulerRole(scope);
    const schedule = new Schedule(scope, 'Schedule', {
      schedule: spec.schedule,
      description: spec.scheduleDescription,
      target: new LambdaInvoke(fn.fn, {
        role,
        deadLetterQueue: failures,
        retryAttempts: SCHEDULE_TUNING.schedulerRetryAttempts,
        maxEventAge: SCHEDULE_TUNING.schedulerMaxEventAge,
      }),
    });
    acknowledgeWildcardResources(
      role,
      [`${fn.fn.functionArn}:*`],
      'lambda:InvokeFunction on the job function and its versions/aliases (the grant CDK makes for a scheduler target).',
    );
    return { function: fn, schedule, failures };
  }

  /** The role the scheduler assumes to start one job; only schedules of this account may use it. */
  private schedulerRole(scope: Construct): IRole {
    return new Role(scope, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Lets EventBridge Scheduler start one kuomian job and park failed starts in its queue.',
    });
  }
}
