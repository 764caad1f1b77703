import type { Notifier, ObjectStore, Table } from '../storage/ports.ts';

/**
 * What a workflow step runs against: the storage ports (AWS or local), a clock and the campaign's
 * time zone. The CLI and the Lambda handlers build one each; the steps are the same code.
 */
export interface WorkflowEnv {
  table: Table;
  objects: ObjectStore;
  notifier: Notifier;
  now: () => Date;
  timeZone: string;
  /** The leading group's office: receives overdue notices and the office digest. */
  officeCadreId: string;
}

export const DEFAULT_OFFICE_CADRE_ID = 'office';
