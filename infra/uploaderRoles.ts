/**
 * Who may do what (issue 6 §2): one role per department and one per township. An upload role may
 * put objects under its own prefixes (uploadPrefixes.ts) and read its own rejects reports — nothing
 * else: no uploads (its own included), no curated data, no results or reports. The bucket policies
 * back this with explicit denies on the `kuomian:access=uploader` principal tag. The leaders'
 * reports are read through a separate reports reader role.
 */
import { Tags } from 'aws-cdk-lib';
import {
  AccountPrincipal,
  AccountRootPrincipal,
  ArnPrincipal,
  CompositePrincipal,
  type IPrincipal,
  PolicyStatement,
  Role,
} from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DATA_PREFIX } from '../lib/config/names.ts';
import { ACCESS_TAG_KEY, UPLOADER_ACCESS } from './accessTags.ts';
import type { KuomianConfig, PrincipalSpec } from './config.ts';
import type { DataStore } from './dataStore.ts';
import { acknowledgeWildcardResources } from './nag.ts';
import type { CountySeeds } from './seeds.ts';
import { departmentUploadPatterns, rejectsPatterns, townshipUploadPatterns } from './uploadPrefixes.ts';

export interface UploaderRolesProps {
  config: KuomianConfig;
  seeds: CountySeeds;
  uploadBucket: IBucket;
  uploadKey: IKey;
  dataStore: DataStore;
}

/** Context principals, or the deploying account when none are configured. */
function trusted(specs: PrincipalSpec[] | undefined): IPrincipal {
  if (!specs || specs.length === 0) return new AccountRootPrincipal();
  const principals = specs.map((s) => (/^\d{12}$/.test(s) ? new AccountPrincipal(s) : new ArnPrincipal(s)));
  return principals.length === 1 ? principals[0] : new CompositePrincipal(...principals);
}

/** KMS use bound to requests S3 makes for one bucket (bucket keys: the context is the bucket ARN). */
function viaBucket(bucket: IBucket) {
  return { StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucket.bucketArn, `${bucket.bucketArn}/*`] } };
}

export class UploaderRoles extends Construct {
  /** Department code → its upload role. */
  readonly departments = new Map<string, Role>();
  /** Township code → its upload role. */
  readonly townships = new Map<string, Role>();
  readonly reportsReader: Role;

  constructor(scope: Construct, id: string, props: UploaderRolesProps) {
    super(scope, id);
    const { config, seeds } = props;
    for (const department of seeds.departments) {
      const role = this.uploaderRole(props, `Department-${department.code}`, {
        roleName: `kuomian-${config.countyCode}-dept-${department.code}`,
        description: `Department ${department.code}: puts its own kinds, reads its own rejects reports`,
        principal: trusted(config.departmentPrincipals[department.code]),
        patterns: departmentUploadPatterns(department, seeds.departments),
      });
      this.departments.set(department.code, role);
    }
    for (const township of seeds.townships) {
      const role = this.uploaderRole(props, `Township-${township.code}`, {
        roleName: `kuomian-${config.countyCode}-township-${township.code}`,
        description: `Township ${township.code}: puts survey, activity, contacts under its code, reads its rejects reports`,
        principal: trusted(config.townshipPrincipals[township.code]),
        patterns: townshipUploadPatterns(township.code),
      });
      this.townships.set(township.code, role);
    }
    this.reportsReader = this.reportsReaderRole(props);
  }

  private uploaderRole(
    props: UploaderRolesProps,
    id: string,
    spec: { roleName: string; description: string; principal: IPrincipal; patterns: string[] },
  ): Role {
    const role = new Role(this, id, {
      roleName: spec.roleName,
      description: spec.description,
      assumedBy: spec.principal,
    });
    Tags.of(role).add(ACCESS_TAG_KEY, UPLOADER_ACCESS);
    const uploads = spec.patterns.map((p) => props.uploadBucket.arnForObjects(p));
    const rejectKeys = rejectsPatterns(spec.patterns);
    const rejects = rejectKeys.map((p) => props.dataStore.bucket.arnForObjects(p));

    role.addToPrincipalPolicy(
      new PolicyStatement({ sid: 'PutOwnUploads', actions: ['s3:PutObject'], resources: uploads }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'EncryptOwnUploads',
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [props.uploadKey.keyArn],
        conditions: viaBucket(props.uploadBucket),
      }),
    );
    this.grantReports(role, props.dataStore, rejects, rejectKeys, 'ReadOwnRejects');
    acknowledgeWildcardResources(
      role,
      [...uploads, ...rejects],
      "Object keys under this uploader's own prefixes (file names are free); see infra/uploadPrefixes.ts.",
    );
    return role;
  }

  /** GetObject on the given keys, listing limited to them, decryption through the data bucket only. */
  private grantReports(
    role: Role,
    dataStore: DataStore,
    resources: string[],
    keyPatterns: string[],
    sid: string,
  ): void {
    role.addToPrincipalPolicy(new PolicyStatement({ sid, actions: ['s3:GetObject'], resources }));
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: `List${sid.replace(/^Read/, '')}`,
        actions: ['s3:ListBucket'],
        resources: [dataStore.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': keyPatterns } },
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'DecryptThroughDataBucket',
        actions: ['kms:Decrypt'],
        resources: [dataStore.key.keyArn],
        conditions: viaBucket(dataStore.bucket),
      }),
    );
  }

  /** The leaders' role: supervision reports and results (RULES 2.5), nothing else. */
  private reportsReaderRole(props: UploaderRolesProps): Role {
    const role = new Role(this, 'ReportsReader', {
      roleName: `kuomian-${props.config.countyCode}-reports-reader`,
      description: 'Reads the supervision reports and results; no uploads, no curated data',
      assumedBy: trusted(props.config.reportsReaderPrincipals),
    });
    Tags.of(role).add(ACCESS_TAG_KEY, 'reports-reader');
    const keyPatterns = [`${DATA_PREFIX.reports}*`, `${DATA_PREFIX.results}*`];
    const resources = keyPatterns.map((p) => props.dataStore.bucket.arnForObjects(p));
    this.grantReports(role, props.dataStore, resources, keyPatterns, 'ReadReports');
    acknowledgeWildcardResources(
      role,
      resources,
      'Every report and result object (keys carry periods and townships).',
    );
    return role;
  }

  /** Every upload role, departments first. */
  get uploaders(): Role[] {
    return [...this.departments.values(), ...this.townships.values()];
  }
}
