/**
 * The deployment's configuration, read once from CDK context (`cdk.json`, `cdk.context.json` or
 * `-c key=value`) into a typed object. Every key is documented in docs/deploy.md §2. Nothing here
 * may carry personal data: people (cadres, the operator's mailbox) are subscribed after deployment.
 */
import type { Node } from 'constructs';
import { z } from 'zod';
import type { CountySeeds } from './seeds.ts';

export type Partition = 'aws' | 'aws-cn';

/** A principal allowed to assume a role: a 12-digit account id or an IAM ARN (root, role or user). */
export type PrincipalSpec = string;

export interface AlertChannels {
  /** Cadre alerts by SNS SMS. Only where SNS SMS exists: never in the China partition. */
  sms: boolean;
  /** HTTPS endpoints subscribed to every cadre alert (e.g. a relay to a domestic SMS gateway). */
  cadreHttpsEndpoints: string[];
  /** HTTPS endpoints subscribed to the ops topic (e.g. a chat-ops webhook). */
  opsHttpsEndpoints: string[];
}

export interface Retention {
  /** Days a replaced (noncurrent) object version is kept in the upload and data buckets. */
  noncurrentVersionDays: number;
  /** Days the functions' logs are kept (a CloudWatch Logs retention value). */
  logDays: number;
  /** Days S3 server access logs are kept. */
  accessLogDays: number;
  /** Days a failed message stays in a dead-letter queue (SQS allows 1–14). */
  failedMessageDays: number;
}

export interface KuomianConfig {
  countyCode: string;
  partition: Partition;
  /** Pinned region; absent: environment-agnostic (the CLI's region at deploy time). */
  region?: string;
  account?: string;
  /** Department code → principals that may assume that department's upload role. */
  departmentPrincipals: Record<string, PrincipalSpec[]>;
  /** Township code → principals that may assume that township's upload role. */
  townshipPrincipals: Record<string, PrincipalSpec[]>;
  /** Principals that may assume the reports reader role (the leaders' reports and results). */
  reportsReaderPrincipals: PrincipalSpec[];
  alertChannels: AlertChannels;
  retention: Retention;
  /** The 干部编号 of the leading group's office in the cadres roster (RULES 3.4 overdue, 4.1). */
  officeCadreId: string;
}

/** A context value is missing, malformed or would put personal data into the template. */
export class ConfigError extends Error {
  constructor(key: string, problem: string) {
    super(`context "${key}": ${problem} (see docs/deploy.md §2)`);
    this.name = 'ConfigError';
  }
}

/** CloudWatch Logs accepts only these retention periods. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export const DEFAULT_RETENTION: Retention = {
  noncurrentVersionDays: 365,
  logDays: 365,
  accessLogDays: 365,
  failedMessageDays: 14,
};

const MOBILE = /(^|\D)1[3-9]\d{9}(\D|$)/;
const EMAIL = /[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}/i;
const PRINCIPAL = /^(\d{12}|arn:(aws|aws-cn):iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+))$/;

/** Refuses e-mail addresses and mainland mobile numbers anywhere in a context value. */
function assertNoPersonalData(key: string, value: string): void {
  if (EMAIL.test(value))
    throw new ConfigError(key, 'holds an e-mail address; subscribe people after deploying instead');
  if (MOBILE.test(value))
    throw new ConfigError(key, 'holds a mobile number; subscribe people after deploying instead');
}

/** `-c key={"a":1}` arrives as a string: objects and arrays may be given as JSON. */
function contextValue(node: Node, key: string): unknown {
  const raw = node.tryGetContext(key);
  if (typeof raw === 'string' && /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new ConfigError(key, 'is not valid JSON');
    }
  }
  return raw;
}

function parse<T>(key: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ConfigError(key, result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

const principalList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]));
const boolish = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const days = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().positive());

function principals(key: string, values: string[], partition: Partition): string[] {
  for (const value of values) {
    assertNoPersonalData(key, value);
    if (!PRINCIPAL.test(value))
      throw new ConfigError(key, `"${value}" is neither an account id nor an IAM root/role/user ARN`);
    if (value.startsWith('arn:') && value.split(':')[1] !== partition) {
      throw new ConfigError(key, `"${value}" is not in the ${partition} partition`);
    }
  }
  return values;
}

function principalMap(
  node: Node,
  key: string,
  known: string[],
  partition: Partition,
): Record<string, string[]> {
  const map = parse(key, z.record(z.string(), principalList).default({}), contextValue(node, key) ?? {});
  const out: Record<string, string[]> = {};
  for (const [code, values] of Object.entries(map)) {
    if (!known.includes(code)) throw new ConfigError(key, `unknown code "${code}" (not in seeds/)`);
    out[code] = principals(`${key}.${code}`, values, partition);
  }
  return out;
}

/** The partition a region belongs to; only the commercial and China partitions are supported. */
export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (/^[a-z]{2}-(gov|iso)/.test(region))
    throw new ConfigError('region', `${region} is in an unsupported partition`);
  return 'aws';
}

function https(key: string, urls: string[]): string[] {
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(key, `"${url}" is not a URL`);
    }
    if (parsed.protocol !== 'https:')
      throw new ConfigError(key, `"${url}" is not HTTPS (alerts travel over TLS only)`);
    if (parsed.username || parsed.password) throw new ConfigError(key, 'an endpoint embeds credentials');
    assertNoPersonalData(key, url);
  }
  return urls;
}

/** Reads and checks the whole configuration; throws ConfigError on the first problem. */
export function readConfig(node: Node, seeds: CountySeeds): KuomianConfig {
  const countyCode = parse(
    'countyCode',
    z.string().default(seeds.county.code),
    node.tryGetContext('countyCode'),
  );
  if (countyCode !== seeds.county.code) {
    throw new ConfigError(
      'countyCode',
      `${countyCode} does not match seeds/townships.json (${seeds.county.code})`,
    );
  }
  const region = parse(
    'region',
    z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/)
      .optional(),
    node.tryGetContext('region'),
  );
  const account = parse(
    'account',
    z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    node.tryGetContext('account'),
  );
  const requested = parse('partition', z.enum(['aws', 'aws-cn']).optional(), node.tryGetContext('partition'));
  const partition = requested ?? (region ? partitionOfRegion(region) : 'aws');
  if (region && partitionOfRegion(region) !== partition) {
    throw new ConfigError('partition', `${partition} does not contain region ${region}`);
  }

  const channels = parse(
    'alertChannels',
    z
      .object({
        sms: boolish.optional(),
        cadreHttpsEndpoints: z.array(z.string()).default([]),
        opsHttpsEndpoints: z.array(z.string()).default([]),
      })
      .strict(),
    contextValue(node, 'alertChannels') ?? {},
  );
  // SNS SMS does not exist in the China regions: e-mail and HTTPS only there (docs/deploy.md §6).
  const sms = channels.sms ?? partition === 'aws';
  if (sms && partition === 'aws-cn') {
    throw new ConfigError(
      'alertChannels.sms',
      'SNS SMS does not exist in the China partition; use e-mail/HTTPS',
    );
  }

  const retention = parse(
    'retention',
    z
      .object({
        noncurrentVersionDays: days.default(DEFAULT_RETENTION.noncurrentVersionDays),
        logDays: days.default(DEFAULT_RETENTION.logDays),
        accessLogDays: days.default(DEFAULT_RETENTION.accessLogDays),
        failedMessageDays: days.pipe(z.number().max(14)).default(DEFAULT_RETENTION.failedMessageDays),
      })
      .strict(),
    contextValue(node, 'retention') ?? {},
  );
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(retention.logDays)) {
    throw new ConfigError(
      'retention.logDays',
      `${retention.logDays} is not one of ${LOG_RETENTION_DAYS.join(', ')}`,
    );
  }

  const officeCadreId = parse(
    'officeCadreId',
    z.string().min(1).default('office'),
    node.tryGetContext('officeCadreId'),
  );
  assertNoPersonalData('officeCadreId', officeCadreId);

  return {
    countyCode,
    partition,
    region,
    account,
    departmentPrincipals: principalMap(
      node,
      'departmentPrincipals',
      seeds.departments.map((d) => d.code),
      partition,
    ),
    townshipPrincipals: principalMap(
      node,
      'townshipPrincipals',
      seeds.townships.map((t) => t.code),
      partition,
    ),
    reportsReaderPrincipals: principals(
      'reportsReaderPrincipals',
      parse(
        'reportsReaderPrincipals',
        principalList.default([]),
        contextValue(node, 'reportsReaderPrincipals') ?? [],
      ),
      partition,
    ),
    alertChannels: {
      sms,
      cadreHttpsEndpoints: https('alertChannels.cadreHttpsEndpoints', channels.cadreHttpsEndpoints),
      opsHttpsEndpoints: https('alertChannels.opsHttpsEndpoints', channels.opsHttpsEndpoints),
    },
    retention,
    officeCadreId,
  };
}
