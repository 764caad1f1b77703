/**
 * cdk-nag: the AwsSolutions and Serverless packs check every resource at synth; an unacknowledged
 * finding fails the synth. Acknowledgements are made next to the resource they concern, each with its
 * reason; wildcard resources are acknowledged one by one (never a rule as a whole).
 */
import { type App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

export function applyNagPacks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}

/** Acknowledges one rule (or one finding of it) on a construct and everything beneath it. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * Acknowledges `AwsSolutions-IAM5` for exactly these wildcard resources (object-key prefixes,
 * sub-resources of one ARN), computing the finding id the way cdk-nag renders it.
 */
export function acknowledgeWildcardResources(scope: IConstruct, resources: string[], reason: string): void {
  const stack = Stack.of(scope);
  const ids = new Set(
    resources.map((r) => `AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(r))}]`),
  );
  for (const id of ids) acknowledge(scope, id, reason);
}

/** Acknowledges `AwsSolutions-IAM5` for a wildcard action. */
export function acknowledgeWildcardAction(scope: IConstruct, action: string, reason: string): void {
  acknowledge(scope, `AwsSolutions-IAM5[Action::${action}]`, reason);
}
