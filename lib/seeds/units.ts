import { loadDepartments } from './departments.ts';
import { loadTownships } from './townships.ts';

/** The Chinese name of an upload unit: a township, a department, or the county for none. */
export function unitName(unit: string | null): string {
  if (unit === null) return '全县';
  return (
    loadTownships().find((t) => t.code === unit)?.name ?? loadDepartments().find((d) => d.code === unit)?.name ?? unit
  );
}
