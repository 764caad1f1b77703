/**
 * A small reading of IAM identity policies in a synthesized template, enough to ask «may this role
 * do this action on this object?»: Allow statements, action and resource wildcards (`*`, `?`), with
 * the two buckets and their keys given readable names (UPLOADS, DATA, UPLOAD_KEY, DATA_KEY).
 */
import { type CfnTemplate, type Json, logicalIdStartingWith } from './synthKuomian.ts';

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, unknown>>;
  Sid?: string;
}

/** Logical ids of the buckets and keys → readable names. */
export function wellKnownNames(json: CfnTemplate): Record<string, string> {
  return {
    [logicalIdStartingWith(json, 'UploadIntakeBucket', 'AWS::S3::Bucket')]: 'UPLOADS',
    [logicalIdStartingWith(json, 'DataStoreBucket', 'AWS::S3::Bucket')]: 'DATA',
    [logicalIdStartingWith(json, 'UploadIntakeKey', 'AWS::KMS::Key')]: 'UPLOAD_KEY',
    [logicalIdStartingWith(json, 'DataStoreKey', 'AWS::KMS::Key')]: 'DATA_KEY',
  };
}

/** A CloudFormation value as one string: Join joined, Ref → <Id>, GetAtt → <Id.Attr> or a known name. */
export function flatten(value: unknown, names: Record<string, string>): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, Json>;
  if (v['Fn::Join'])
    return (v['Fn::Join'][1] as unknown[]).map((p) => flatten(p, names)).join(v['Fn::Join'][0]);
  if (v['Fn::GetAtt']) {
    const [id, attr] = v['Fn::GetAtt'] as [string, string];
    return names[id] && attr === 'Arn' ? names[id] : `<${id}.${attr}>`;
  }
  if (v.Ref) return names[v.Ref] ?? `<${v.Ref}>`;
  return JSON.stringify(value);
}

const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : [x]);

/** Every identity-policy statement attached to a role (its policies and inline policies). */
export function roleStatements(
  json: CfnTemplate,
  roleId: string,
  names: Record<string, string>,
): Statement[] {
  const documents: Json[] = [];
  for (const resource of Object.values(json.Resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const roles = list(resource.Properties?.Roles) as { Ref?: string }[];
    if (roles.some((r) => r.Ref === roleId)) documents.push(resource.Properties?.PolicyDocument);
  }
  const role = json.Resources[roleId];
  for (const inline of (role.Properties?.Policies as Json[]) ?? []) documents.push(inline.PolicyDocument);
  if (role.Properties?.ManagedPolicyArns) throw new Error(`${roleId} has managed policies`);
  return documents.flatMap((d) =>
    list(d.Statement).map((s: Json) => ({
      Effect: s.Effect,
      Action: list(s.Action) as string[],
      Resource: list(s.Resource).map((r) => flatten(r, names)),
      Condition: s.Condition,
      Sid: s.Sid,
    })),
  );
}

function glob(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

export const matches = (pattern: string, value: string): boolean => glob(pattern).test(value);

/** Whether an Allow statement covers the action on the resource (conditions not evaluated). */
export function allows(statements: Statement[], action: string, resource: string): boolean {
  return statements.some(
    (s) =>
      s.Effect === 'Allow' &&
      s.Action.some((a) => matches(a, action)) &&
      s.Resource.some((r) => matches(r, resource)),
  );
}

/** The resources the statements allow an action on. */
export function allowedResources(statements: Statement[], action: string): string[] {
  return statements
    .filter((s) => s.Effect === 'Allow' && s.Action.some((a) => matches(a, action)))
    .flatMap((s) => s.Resource)
    .sort();
}

/** Every action the statements allow, on any resource. */
export function allowedActions(statements: Statement[]): string[] {
  return [...new Set(statements.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action))].sort();
}
