import { isPeriod } from '../snapshots/period.ts';
import { CliError } from './context.ts';

export function periodArgument(value: string | undefined): string {
  if (!value || !isPeriod(value)) throw new CliError(`--period 须为 YYYY-MM 格式的所属期（收到：${value ?? '空'}）`);
  return value;
}

export function dateArgument(value: string | undefined): string {
  const ok = value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new CliError(`--date 须为 YYYY-MM-DD 格式的有效日期（收到：${value ?? '空'}）`);
  return value as string;
}
