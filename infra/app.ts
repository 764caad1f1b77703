/**
 * The CDK app entry (`cdk.json`: `npx tsx infra/app.ts`). A configuration problem is reported in
 * one line naming the context key, not as a stack trace.
 */
import { App } from 'aws-cdk-lib';
import { ConfigError } from './config.ts';
import { buildKuomianApp } from './kuomianApp.ts';

const app = new App();
try {
  buildKuomianApp(app);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`kuomian: ${error.message}`);
  process.exit(1);
}
app.synth();
