// Which object keys each uploader may write, as IAM key patterns (DATA-CONTRACT §1):
// - a township: `<kind>/*/<its code>/*` for the unit-scoped kinds (survey, activity, contacts);
// - a department, for a unit-scoped kind: `<kind>/*/<its code>/*`;
// - a department, for a county-wide kind it shares with other departments (subsidies, newform,
//   enforcement …): `<kind>/*/<its code>/*` — its files then never replace another's;
// - a department, for a county-wide kind only it sends (registry, insured, tax-payroll …): `<kind>/*`.
//
// The period is a `*`, not `????-??`: a mistyped period (`2023-3`) then reaches the ingest and earns a
// rejects report in Chinese instead of a bare AccessDenied. An IAM `*` also matches `/`, so a pattern
// admits deeper keys too; but a key with more segments than §1 allows is rejected whole, so every key
// an uploader can get *accepted* carries its own code as the unit (or is of a kind only it sends).
// Its rejects reports are readable under the same patterns behind `rejects/`.
import { DATA_PREFIX } from '../lib/config/names.ts';
import { type DepartmentSeed, UNIT_SCOPED_KINDS } from './seeds.ts';

const isUnitScoped = (kind: string) => (UNIT_SCOPED_KINDS as readonly string[]).includes(kind);

export function departmentUploadPatterns(department: DepartmentSeed, all: DepartmentSeed[]): string[] {
  return department.uploads.map((kind) => {
    const senders = all.filter((d) => d.uploads.includes(kind)).length;
    return isUnitScoped(kind) || senders > 1 ? `${kind}/*/${department.code}/*` : `${kind}/*`;
  });
}

export function townshipUploadPatterns(townshipCode: string): string[] {
  return UNIT_SCOPED_KINDS.map((kind) => `${kind}/*/${townshipCode}/*`);
}

/** Where the ingest writes the rejects report of an upload key (lib/ingest/rejectsReport.ts). */
export function rejectsPatterns(uploadPatterns: string[]): string[] {
  return uploadPatterns.map((p) => `${DATA_PREFIX.rejects}${p}`);
}
