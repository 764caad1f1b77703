import type { CfnElement } from 'aws-cdk-lib';
import type { Role } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allowedActions,
  allowedResources,
  allows,
  flatten,
  roleStatements,
  type Statement,
  wellKnownNames,
} from './policies.ts';
import { type Json, type Synthesized, synthKuomian } from './synthKuomian.ts';

/** One file of each kind of sender, and who alone may put it (DATA-CONTRACT §1). */
const SAMPLE_UPLOADS: [key: string, sender: string | null][] = [
  ['tax-payroll/2023-03/个税全员全额扣缴申报.xlsx', 'department:tax'],
  ['tax-employers/2023-03/纳税企业.csv', 'department:tax'],
  ['insured/2023-03/参保人员名单.csv', 'department:hrss'],
  ['registry/2023-03/在册企业清单.xlsx', 'department:market'],
  ['cadres/2023-03/包保干部名册.xlsx', 'department:office'],
  ['subsidies/2023-03/finance/补助.xlsx', 'department:finance'],
  ['subsidies/2023-03/county/补助.xlsx', 'department:county'],
  // A kind several departments send: without the sender's code nobody may put it (it could replace another's).
  ['subsidies/2023-03/补助.xlsx', null],
  ['newform/2023-03/postal/快递企业.xlsx', 'department:postal'],
  ['newform/2023-03/transport/网约车.xlsx', 'department:transport'],
  ['enforcement/2023-03/enforcement/执法检查.xlsx', 'department:enforcement'],
  ['enforcement/2023-03/hrss/执法检查.xlsx', 'department:hrss'],
  ['survey/2023-03/hrss/入企调查.xlsx', 'department:hrss'],
  ['contacts/2023-03/office/联系记录.xlsx', 'department:office'],
  ['survey/2023-03/330723102000/入企调查.xlsx', 'township:330723102000'],
  ['survey/2023-03/330723101000/入企调查.xlsx', 'township:330723101000'],
  ['activity/2023-03/330723-KFQ/活动统计.xlsx', 'township:330723-KFQ'],
  ['contacts/2023-04/330723206000/联系记录.csv', 'township:330723206000'],
  // A kind no township sends.
  ['registry/2023-03/330723102000/在册企业清单.xlsx', 'department:market'],
];

describe('who may do what (issue 6 §2)', () => {
  let s: Synthesized;
  let names: Record<string, string>;
  let uploaders: [name: string, statements: Statement[]][];

  const statementsOf = (role: Role) =>
    roleStatements(s.json, s.stack.getLogicalId(role.node.defaultChild as CfnElement), names);
  const department = (code: string) => statementsOf(s.stack.uploaderRoles.departments.get(code) as Role);
  const township = (code: string) => statementsOf(s.stack.uploaderRoles.townships.get(code) as Role);

  beforeAll(() => {
    s = synthKuomian();
    names = wellKnownNames(s.json);
    uploaders = [
      ...[...s.stack.uploaderRoles.departments].map(
        ([code, role]) => [`department:${code}`, statementsOf(role)] as [string, Statement[]],
      ),
      ...[...s.stack.uploaderRoles.townships].map(
        ([code, role]) => [`township:${code}`, statementsOf(role)] as [string, Statement[]],
      ),
    ];
  });

  it('has one upload role per department (10) and per township (19)', () => {
    expect(s.stack.uploaderRoles.departments.size).toBe(10);
    expect(s.stack.uploaderRoles.townships.size).toBe(19);
  });

  it('lets the tax department put only under its own kinds', () => {
    expect(allowedResources(department('tax'), 's3:PutObject')).toEqual([
      'UPLOADS/activity/*/tax/*',
      'UPLOADS/contacts/*/tax/*',
      'UPLOADS/enforcement/*/tax/*',
      'UPLOADS/tax-employers/*',
      'UPLOADS/tax-payroll/*',
    ]);
  });

  it('lets a township put only under its own unit segment of survey, activity and contacts', () => {
    expect(allowedResources(township('330723102000'), 's3:PutObject')).toEqual([
      'UPLOADS/activity/*/330723102000/*',
      'UPLOADS/contacts/*/330723102000/*',
      'UPLOADS/survey/*/330723102000/*',
    ]);
  });

  it('lets each sample upload be put by its sender and by no other uploader', () => {
    for (const [name, statements] of uploaders) {
      for (const [key, sender] of SAMPLE_UPLOADS) {
        expect(allows(statements, 's3:PutObject', `UPLOADS/${key}`), `${name} put ${key}`).toBe(
          name === sender,
        );
      }
    }
  });

  it('lets each uploader read its own rejects reports and no one else’s', () => {
    for (const [name, statements] of uploaders) {
      for (const [key, sender] of SAMPLE_UPLOADS) {
        expect(
          allows(statements, 's3:GetObject', `DATA/rejects/${key}.csv`),
          `${name} read rejects of ${key}`,
        ).toBe(name === sender);
      }
    }
  });

  it('gives no upload role a read of any upload (its own included), curated data, results or reports', () => {
    const forbidden = [
      ...SAMPLE_UPLOADS.map(([key]) => `UPLOADS/${key}`),
      'DATA/curated/tax-payroll/2023-03/_county/v1.jsonl.gz',
      'DATA/curated/survey/2023-03/330723102000/v1.jsonl.gz',
      'DATA/results/rollup/2023-03.json',
      'DATA/reports/2023-03/督查专报.xlsx',
    ];
    for (const [name, statements] of uploaders) {
      for (const resource of forbidden) {
        for (const action of ['s3:GetObject', 's3:GetObjectVersion']) {
          expect(allows(statements, action, resource), `${name} ${action} ${resource}`).toBe(false);
        }
      }
    }
  });

  it('gives upload roles no other rights: put, read and list rejects, and KMS for those', () => {
    for (const [name, statements] of uploaders) {
      expect(allowedActions(statements), name).toEqual([
        'kms:Decrypt',
        'kms:GenerateDataKey',
        's3:GetObject',
        's3:ListBucket',
        's3:PutObject',
      ]);
    }
  });

  it('binds every upload role’s KMS use to requests made through its bucket', () => {
    for (const [name, statements] of uploaders) {
      const kms = statements.filter((st) => st.Action.some((a) => a.startsWith('kms:')));
      expect(kms.map((st) => st.Resource).sort(), name).toEqual([['DATA_KEY'], ['UPLOAD_KEY']]);
      for (const st of kms) {
        const bucket = st.Resource[0] === 'DATA_KEY' ? 'DATA' : 'UPLOADS';
        const context = st.Condition?.StringLike?.['kms:EncryptionContext:aws:s3:arn'] as unknown[];
        expect(
          context.map((c) => flatten(c, names)),
          name,
        ).toEqual([bucket, `${bucket}/*`]);
      }
    }
  });

  it('limits listing to an uploader’s own rejects prefixes', () => {
    const listing = township('330723102000').filter((st) => st.Action.includes('s3:ListBucket'));
    expect(listing).toHaveLength(1);
    expect(listing[0].Resource).toEqual(['DATA']);
    expect(listing[0].Condition).toEqual({
      StringLike: {
        's3:prefix': [
          'rejects/survey/*/330723102000/*',
          'rejects/activity/*/330723102000/*',
          'rejects/contacts/*/330723102000/*',
        ],
      },
    });
  });

  it('tags every upload role so the bucket policies can deny it reads', () => {
    for (const role of s.stack.uploaderRoles.uploaders) {
      const tags =
        s.json.Resources[s.stack.getLogicalId(role.node.defaultChild as CfnElement)].Properties?.Tags;
      expect(tags).toContainEqual({ Key: 'kuomian:access', Value: 'uploader' });
    }
  });

  it('denies tagged uploaders in the bucket policies: no upload reads or deletes, nothing in the data bucket but rejects', () => {
    const uploaderCondition = { StringEquals: { 'aws:PrincipalTag/kuomian:access': 'uploader' } };
    const bucketPolicy = (bucket: string) =>
      Object.values(s.json.Resources).find(
        (r) => r.Type === 'AWS::S3::BucketPolicy' && r.Properties?.Bucket?.Ref === bucket,
      )?.Properties?.PolicyDocument.Statement as Json[];
    const byName = Object.fromEntries(Object.entries(names).map(([id, name]) => [name, id]));

    const uploads = bucketPolicy(byName.UPLOADS).find((st) => st.Sid === 'DenyUploadersReadingOrDeleting');
    expect(uploads).toMatchObject({
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: expect.arrayContaining(['s3:GetObject*', 's3:DeleteObject*']),
      Condition: uploaderCondition,
    });

    const data = bucketPolicy(byName.DATA);
    const outsideRejects = data.find((st) => st.Sid === 'DenyUploadersOutsideRejects');
    expect(outsideRejects).toMatchObject({
      Effect: 'Deny',
      Action: 's3:GetObject*',
      Condition: uploaderCondition,
    });
    expect(JSON.stringify(outsideRejects.NotResource)).toContain('/rejects/*');
    expect(data.find((st) => st.Sid === 'DenyUploadersWriting')).toMatchObject({
      Effect: 'Deny',
      Condition: uploaderCondition,
    });
  });

  it('lets the reports reader read reports and results, and nothing an uploader sent', () => {
    const reader = statementsOf(s.stack.uploaderRoles.reportsReader);
    expect(allowedResources(reader, 's3:GetObject')).toEqual(['DATA/reports/*', 'DATA/results/*']);
    expect(allows(reader, 's3:GetObject', 'DATA/curated/insured/2023-03/_county/v1.jsonl.gz')).toBe(false);
    expect(allows(reader, 's3:PutObject', 'UPLOADS/insured/2023-03/参保人员名单.csv')).toBe(false);
  });
});

describe('who may assume the roles', () => {
  it('is the deploying account by default', () => {
    const s = synthKuomian();
    const role =
      s.json.Resources[
        s.stack.getLogicalId(s.stack.uploaderRoles.departments.get('tax')?.node.defaultChild as CfnElement)
      ];
    expect(JSON.stringify(role.Properties?.AssumeRolePolicyDocument)).toContain(':root');
    expect(JSON.stringify(role.Properties?.AssumeRolePolicyDocument)).toContain('AWS::AccountId');
  });

  it('is the configured principal when the context names one', () => {
    const s = synthKuomian({
      departmentPrincipals: { tax: 'arn:aws:iam::111122223333:role/tax-clerks' },
      townshipPrincipals: { '330723102000': '444455556666' },
    });
    const trust = (role: Role | undefined) =>
      JSON.stringify(
        s.json.Resources[s.stack.getLogicalId(role?.node.defaultChild as CfnElement)].Properties
          ?.AssumeRolePolicyDocument,
      );
    expect(trust(s.stack.uploaderRoles.departments.get('tax'))).toContain(
      'arn:aws:iam::111122223333:role/tax-clerks',
    );
    expect(trust(s.stack.uploaderRoles.townships.get('330723102000'))).toContain('444455556666');
    expect(trust(s.stack.uploaderRoles.departments.get('hrss'))).not.toContain('111122223333');
  });
});
