/**
 * Synthesizes the kuomian stack in-process for assertion tests, with the context of cdk.json plus
 * overrides. Lambda bundling is skipped here (synth.test.ts bundles for real through the CLI) and so
 * is CDK's built-in CloudFormation validation (cfn-lint covers the CLI's templates); the cdk-nag
 * packs do run, so a finding left unacknowledged fails every test file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildKuomianApp } from '../../infra/kuomianApp.ts';
import type { KuomianStack } from '../../infra/stack.ts';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** The context a China deployment uses (as `npm run synth` does). */
export const CHINA = { region: 'cn-northwest-1' } as const;

/** CloudFormation JSON is untyped: the tests read it as such. */
// biome-ignore lint/suspicious/noExplicitAny: a synthesized template has no static type
export type Json = any;

export interface CfnTemplate {
  Resources: Record<
    string,
    { Type: string; Properties?: Record<string, Json>; DependsOn?: string[]; DeletionPolicy?: string }
  >;
  Outputs?: Record<string, { Value: unknown }>;
  Conditions?: Record<string, unknown>;
  Parameters?: Record<string, Json>;
}

export interface Synthesized {
  app: App;
  stack: KuomianStack;
  template: Template;
  json: CfnTemplate;
}

export function newKuomianApp(context: Record<string, unknown> = {}): App {
  return new App({
    outdir: mkdtempSync(join(tmpdir(), 'kuomian-cdk-')),
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });
}

export function synthKuomian(context: Record<string, unknown> = {}): Synthesized {
  const app = newKuomianApp(context);
  const stack = buildKuomianApp(app);
  const template = Template.fromStack(stack);
  return { app, stack, template, json: template.toJSON() as CfnTemplate };
}

/** Logical ids of the resources of one type. */
export function resourcesOfType(
  json: CfnTemplate,
  type: string,
): [string, CfnTemplate['Resources'][string]][] {
  return Object.entries(json.Resources).filter(([, r]) => r.Type === type);
}

/** The logical id of the one resource whose id starts with the given construct path (no slashes). */
export function logicalIdStartingWith(json: CfnTemplate, prefix: string, type?: string): string {
  const ids = Object.entries(json.Resources)
    .filter(([id, r]) => id.startsWith(prefix) && (!type || r.Type === type))
    .map(([id]) => id);
  if (ids.length !== 1)
    throw new Error(`expected one resource starting with ${prefix}, found ${ids.join(', ') || 'none'}`);
  return ids[0];
}

/** Every string anywhere in a value (for scans of the whole template). */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...allStrings(v)]);
  return [];
}
