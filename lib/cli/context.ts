import { resolve } from 'node:path';
import { CAMPAIGN_TIME_ZONE } from '../config/names.ts';
import { openLocalStorage } from '../storage/local/index.ts';
import { localDate } from '../time/calendar.ts';
import type { DeliverySummary } from '../alerts/deliver.ts';
import { DEFAULT_OFFICE_CADRE_ID, type WorkflowEnv } from '../workflow/env.ts';
import { CLI_MESSAGES } from './messages.ts';

/** What every command needs: the local storage under the data directory, and the clock. */
export interface CliContext {
  dataDir: string;
  storage: ReturnType<typeof openLocalStorage>;
  now: () => Date;
  timeZone: string;
  today: () => string;
}

export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
}

export function cliContext(options: GlobalOptions): CliContext {
  const dataDir = resolve(options.dataDir ?? './.kuomian');
  const now = () => new Date();
  const timeZone = CAMPAIGN_TIME_ZONE;
  return { dataDir, storage: openLocalStorage(dataDir, { now }), now, timeZone, today: () => localDate(now(), timeZone) };
}

/** The workflow steps run against the local adapters under the data directory. */
export function localWorkflowEnv(ctx: CliContext): WorkflowEnv {
  return {
    table: ctx.storage.table,
    objects: ctx.storage.objects,
    notifier: ctx.storage.notifier,
    now: ctx.now,
    timeZone: ctx.timeZone,
    officeCadreId: DEFAULT_OFFICE_CADRE_ID,
  };
}

/** A user-facing failure: the CLI prints its message on one line and exits non-zero. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself was used wrongly (no command given): exit status 2, like commander's own usage errors. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * RULES 4.3 / 5: an alert that could not be delivered is recorded and retried by the next run, but
 * this run has failed — exit non-zero so whoever scheduled it notices.
 */
export function failIfUndelivered(delivery: DeliverySummary | undefined): void {
  if (delivery === undefined || delivery.failed === 0) return;
  throw new CliError(CLI_MESSAGES.deliveryFailed(delivery.failed, delivery.outcomes.find((o) => o.error)?.error));
}
