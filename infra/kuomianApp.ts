/**
 * Builds the CDK app: configuration from context, the stack, and the cdk-nag packs that make an
 * unacknowledged finding fail the synth. Used by infra/app.ts (the CLI) and by the tests.
 */
import type { App } from 'aws-cdk-lib';
import { readConfig } from './config.ts';
import { applyNagPacks } from './nag.ts';
import { loadCountySeeds } from './seeds.ts';
import { KuomianStack } from './stack.ts';

/** The construct id of the stack (its template is `KuomianStack.template.json`). */
export const STACK_ID = 'KuomianStack';

export function buildKuomianApp(app: App): KuomianStack {
  const seeds = loadCountySeeds();
  const config = readConfig(app.node, seeds);
  const stack = new KuomianStack(app, STACK_ID, { config, seeds });
  applyNagPacks(app);
  return stack;
}
