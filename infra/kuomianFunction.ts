/**
 * One Lambda function of the product, built the same way for every job: Node.js 24 on arm64, an ESM
 * bundle made by the local esbuild (no Docker) with the reference data copied beside it, its own
 * role (no managed policies: each grant is explicit), its own log group with a retention, X-Ray on.
 */
import { join } from 'node:path';
import { type Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type IDestination, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeWildcardResources } from './nag.ts';
import { REPO_ROOT } from './seeds.ts';

export interface KuomianFunctionProps {
  /** The handler file, relative to the repository root (`functions/ingest.ts`). */
  entry: string;
  description: string;
  memoryMiB: number;
  timeout: Duration;
  ephemeralStorageMiB?: number;
  environment: Record<string, string>;
  logRetentionDays: number;
  /** Asynchronous invocations only: where a run that failed all its retries is recorded. */
  onFailure?: IDestination;
  retryAttempts?: number;
  maxEventAge?: Duration;
}

/** The banner lets CommonJS dependencies (exceljs, iconv-lite) `require` Node built-ins from ESM. */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export class KuomianFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: KuomianFunctionProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}; every permission is granted explicitly by the stack.`,
    });
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMiB,
      timeout: props.timeout,
      ephemeralStorageSize: props.ephemeralStorageMiB ? Size.mebibytes(props.ephemeralStorageMiB) : undefined,
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      onFailure: props.onFailure,
      retryAttempts: props.retryAttempts,
      maxEventAge: props.maxEventAge,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        keepNames: true,
        sourceMap: true,
        sourcesContent: false,
        // The SDK versions the tests ran against, not whatever the runtime ships.
        bundleAwsSDK: true,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // lib/seeds/seedsDir.ts looks for `./seeds/` beside the bundle. Only the reference data
          // goes in: the sample uploads (seeds/sample) are for the laptop demo, not for a Lambda.
          afterBundling: (inputDir: string, outputDir: string) => [
            `mkdir -p "${outputDir}/seeds"`,
            `cp "${inputDir}/seeds/townships.json" "${inputDir}/seeds/departments.json" "${outputDir}/seeds/"`,
            `cp -R "${inputDir}/seeds/quotas" "${inputDir}/seeds/policy" "${outputDir}/seeds/"`,
          ],
        },
      },
    });

    acknowledgeWildcardResources(
      this.role,
      ['*'],
      'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions (active tracing).',
    );
  }
}
