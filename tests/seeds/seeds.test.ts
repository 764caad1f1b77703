import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Seeds are module-cached; each test imports fresh modules against its own seeds folder. */
async function freshSeeds(dir?: string) {
  vi.resetModules();
  if (dir) process.env.KUOMIAN_SEEDS_DIR = dir;
  else delete process.env.KUOMIAN_SEEDS_DIR;
  return {
    quotas: await import('../../lib/seeds/quotas.ts'),
    policy: await import('../../lib/seeds/policy.ts'),
    townships: await import('../../lib/seeds/townships.ts'),
  };
}

function copyOfSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kuomian-seeds-'));
  cpSync(new URL('../../seeds/', import.meta.url), dir, { recursive: true });
  return `${dir}/`;
}

afterEach(() => {
  delete process.env.KUOMIAN_SEEDS_DIR;
});

describe('reference data', () => {
  it('holds the 19 townships of Wuyi County with the development zone code', async () => {
    const { townships } = await freshSeeds();
    const all = townships.loadTownships();
    expect(all).toHaveLength(19);
    expect(all.find((t) => t.code === '330723-KFQ')?.name).toBe('开发区');
    expect(all.find((t) => t.code === '330723206000')?.name).toBe('大溪口乡');
  });

  it('ships the 2023 quotas of Attachment 2 adding up to the plan totals', async () => {
    const { quotas } = await freshSeeds();
    const q = quotas.loadQuotas(2023);
    expect(q.totals).toEqual({ newInsured: 11000, coveredEnterprises: 1193, keyEnterprises: 140, ruralOutreach: 110 });
    expect(q.byTownship.get('330723102000')).toEqual({ newInsured: 2200, coveredEnterprises: 200, keyEnterprises: 30, ruralOutreach: 5 });
    // A blank quota is 0 (RULES 2.3): 大田乡 has only 进农村.
    expect(q.byTownship.get('330723200000')).toEqual({ newInsured: 0, coveredEnterprises: 0, keyEnterprises: 0, ruralOutreach: 5 });
  });

  it('holds every policy value of RULES with the 2023 defaults', async () => {
    const { policy } = await freshSeeds();
    const p = policy.loadPolicy(2023);
    expect(p.retirementAge).toEqual({ male: 60, female: 50 });
    expect(p.baseLimits.lower).toBe(4462);
    expect(p.scoreWeights).toEqual({ newInsured: 0.6, coveredEnterprises: 0.2, keyEnterprises: 0.1, ruralOutreach: 0.1 });
  });

  it('fails loudly when a year has no quota file', async () => {
    const { quotas } = await freshSeeds();
    expect(() => quotas.loadQuotas(2031)).toThrow(/seeds\/quotas\/2031\.json/);
  });

  it('fails loudly when quotas do not add up to the plan totals', async () => {
    const dir = copyOfSeeds();
    const file = join(dir, 'quotas/2023.json');
    const data = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    data.townships[0].newInsured = 5400;
    writeFileSync(file, JSON.stringify(data));
    const { quotas } = await freshSeeds(dir);
    expect(() => quotas.loadQuotas(2023)).toThrow(/newInsured quotas add up to 10900/);
  });

  it('fails loudly on a broken policy file', async () => {
    const dir = copyOfSeeds();
    mkdirSync(join(dir, 'policy'), { recursive: true });
    writeFileSync(join(dir, 'policy/2023.json'), '{"year": 2023, "minimumRate": 1.5}');
    const { policy } = await freshSeeds(dir);
    expect(() => policy.loadPolicy(2023)).toThrow(/seeds\/policy\/2023\.json is invalid/);
  });
});
