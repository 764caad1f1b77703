import { FLAGS, FLAG_LABELS } from '../model/comparison.ts';
import { townshipName } from '../seeds/townships.ts';
import { runCompare } from '../workflow/runCompare.ts';
import { type GlobalOptions, cliContext, localWorkflowEnv } from './context.ts';
import { percent, table } from './format.ts';
import { periodArgument } from './validate.ts';

/** `kuomian compare --period P` (RULES 5): the comparison JSON, or a short Chinese summary. */
export async function compareCommand(options: GlobalOptions & { period?: string }): Promise<void> {
  const period = periodArgument(options.period);
  const ctx = cliContext(options);
  const { comparison, lists } = await runCompare(localWorkflowEnv(ctx), period);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(comparison.result)}\n`);
    return;
  }
  const c = comparison.county;
  // 问题企业: enterprises with at least one flag (t.flags counts enterprises per flag, so summing it counts an enterprise once per flag).
  const flaggedIn = (township: string) =>
    comparison.result.enterprises.filter((e) => e.township === township && e.flags.length > 0).length;
  const lines = [
    `${period} 数据比对：全县企业 ${c.enterprises} 家，参保率 ${percent(comparison.result.countyRate)}（应参保 ${c.eligibleEmployees} 人，已参保 ${c.coveredEmployees} 人）`,
    `重点企业 ${c.keyEnterprises} 家；应保未保 ${c.uninsuredPeople} 人；财政补助前置条件 ${c.subsidyPrecondition} 家；联合执法建议 ${c.jointEnforcement} 家`,
    '',
    table(['问题类型', '企业数'], FLAGS.map((f) => [FLAG_LABELS[f], String(c.flags[f])])),
    '',
    table(
      ['乡镇（街道）', '企业数', '参保率', '问题企业', '应保未保人数'],
      c.townships.map((t) => [
        townshipName(t.township),
        String(t.enterprises),
        percent(t.rate),
        String(flaggedIn(t.township)),
        String(t.uninsuredPeople),
      ]),
    ),
    '',
    `比对名单（每个乡镇一份，另有全县汇总）已写入：${lists.at(-1)?.replace(/[^/]*$/, '') ?? ''}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
