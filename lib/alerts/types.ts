import type { OutgoingAlert } from '../storage/ports.ts';

/** The alert kinds of RULES 3.4 and 4.2. */
export const ALERT_KINDS = ['survey-remind', 'survey-overdue', 'digest', 'office-digest'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * One alert for one recipient (a cadre, or the leading group's office under its pseudo-cadre id):
 * what the Notifier sends, plus the parts its deterministic id is made of (RULES 4.3).
 */
export interface Alert extends OutgoingAlert {
  kind: AlertKind;
  /** The date (`YYYY-MM-DD`, survey check) or period (`YYYY-MM`, digest) it is about. */
  on: string;
  /** What it is about: a township code, `county` for a county-wide summary, `monthly` for a digest. */
  about: string;
}

/** `about` of an alert that covers the whole county (the office's summaries). */
export const ABOUT_COUNTY = 'county';
/** `about` of a cadre's monthly digest. */
export const ABOUT_MONTHLY = 'monthly';
