import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildKuomianApp } from '../../infra/kuomianApp.ts';
import { CHINA, newKuomianApp } from './synthKuomian.ts';

const VARIANTS: [name: string, context: Record<string, unknown>][] = [
  ['global partition', {}],
  ['China partition', CHINA],
  [
    'with HTTPS endpoints and custom principals',
    {
      alertChannels: {
        cadreHttpsEndpoints: ['https://relay.example.gov.cn/sns'],
        opsHttpsEndpoints: ['https://ops.example.gov.cn/'],
      },
      departmentPrincipals: { tax: '111122223333' },
    },
  ],
];

/** The findings cdk-nag reports for the app (acknowledged ones are not reported). */
function findings(app: IConstruct): string[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack
      .validateScope(app)
      .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`)),
  );
}

/** Every acknowledgement recorded anywhere in the construct tree: [path, id, reason]. */
function acknowledgements(app: IConstruct): [string, string, string][] {
  return app.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) =>
          Object.entries(m.data as Record<string, string>).map(
            ([id, reason]) => [c.node.path, id, reason] as [string, string, string],
          ),
        ),
    );
}

describe('cdk-nag AwsSolutions and Serverless packs (issue 6 §5)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [name, context] of VARIANTS) {
    it(`leaves zero unacknowledged findings (${name})`, () => {
      const app = newKuomianApp(context);
      buildKuomianApp(app);
      expect(findings(app)).toEqual([]);
    });
  }

  it('names a reason with every acknowledgement', () => {
    const app = newKuomianApp();
    buildKuomianApp(app);
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const [path, id, reason] of acks) expect(reason.length, `${id} at ${path}`).toBeGreaterThan(40);
  });

  it('acknowledges only findings that really arise (no stale acknowledgement)', () => {
    const made = new Set<string>();
    vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation((...rules) => {
      for (const rule of rules) made.add(rule.id);
    });
    const app = newKuomianApp();
    buildKuomianApp(app);
    const arising = new Set(findings(app).map((f) => f.split(' at ')[0]));
    expect([...made].filter((id) => !arising.has(id))).toEqual([]);
    expect(made.size).toBeGreaterThan(0);
  });
});
