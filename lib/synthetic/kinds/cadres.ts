/**
 * `cadres` — 包保干部名册 of the leading group's office (unit `office`): the roster of 2022-12 and the
 * changed one of 2023-03, one row per assignment. 片区 targets are written by township name (or code),
 * 企业 targets by USCC. One row of the first roster is entered twice.
 */
import { townshipCell, withMess } from '../mess.ts';
import type { Roster } from '../cadrePlan.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import { type GenerationContext, townshipByCode } from './context.ts';
import { type FileJob, type JobBase, xlsxJob } from './job.ts';

const LAYOUT_A: Layout = [
  ['序号', null],
  ['干部编号', 'cadreId'],
  ['姓名', 'name'],
  ['职务', 'role'],
  ['手机号码', 'mobile'],
  ['邮箱', 'email'],
  ['挂钩类型', 'type'],
  ['挂钩对象', 'target'],
  ['挂钩对象名称', 'targetName'],
];
const LAYOUT_B: Layout = [
  ['干部编号', 'cadreId'],
  ['姓名', 'name'],
  ['单位职务', 'role'],
  ['手机', 'mobile'],
  ['电子邮箱', 'email'],
  ['挂钩类型', 'type'],
  ['挂钩对象', 'target'],
];

export function cadreJobs(ctx: GenerationContext): FileJob[] {
  return ctx.cadres.rosters.map((roster, k) => {
    const base: JobBase = {
      kind: 'cadres',
      period: roster.period,
      unit: 'office',
      fileName: k === 0 ? '包保干部名册.xlsx' : '包保干部名册（2023年3月调整）.xlsx',
      receivedAt: roster.receivedAt,
      notes: k === 0 ? ['first roster'] : ['one 片区 cadre replaced, one enterprise moved to another cadre'],
    };
    const layout = k === 0 ? LAYOUT_A : LAYOUT_B;
    const table = () => ({
      sheetName: '名册',
      titles: ['武义县社会保险提标扩面“包保”干部名册'],
      header: headersOf(layout),
      rows: rows(ctx, roster, layout, k === 0),
    });
    return xlsxJob(base, '县社会保险提标扩面工作领导小组办公室', table);
  });
}

function* rows(
  ctx: GenerationContext,
  roster: Roster,
  layout: Layout,
  repeatOne: boolean,
): Generator<TableRow> {
  const cadres = new Map(roster.cadres.map((c) => [c.id, c]));
  let serial = 0;
  const base = function* (): Generator<TableRow> {
    for (const a of roster.assignments) {
      const c = cadres.get(a.cadreId);
      if (!c) throw new Error(`assignment of a cadre not on the roster: ${a.cadreId}`);
      let target: string;
      let targetName: string;
      if (a.type === '片区') {
        const t = townshipByCode(ctx, a.township);
        target = townshipCell(t, serial % 4 === 3 ? 'code12' : 'name');
        targetName = t.name;
      } else {
        const e = ctx.county.enterprises[a.enterprise];
        target = e.code;
        targetName = e.name;
      }
      yield {
        cells: project(
          layout,
          {
            cadreId: c.id,
            name: c.name,
            role: c.role,
            mobile: c.mobile,
            email: c.email,
            type: a.type,
            target,
            targetName,
          },
          ++serial,
        ),
      };
    }
  };
  yield* withMess(
    base(),
    { duplicates: repeatOne ? 1 : 0, invalid: [], estimate: roster.assignments.length },
    ctx.random.fork(`cadres/${roster.period}`),
  );
}
