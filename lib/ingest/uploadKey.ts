import { type Kind, UNIT_SCOPED_KINDS, isKind } from '../model/kinds.ts';
import { isDepartmentCode } from '../seeds/departments.ts';
import { loadTownships } from '../seeds/townships.ts';
import { isPeriod } from '../snapshots/period.ts';
import { FileRejection } from './reasons.ts';
import type { FileFormat } from '../read/types.ts';

/** What an upload's key says (DATA-CONTRACT §1): `<kind>/<YYYY-MM>/[<unit>/]<file>.(xlsx|csv)`. */
export interface UploadKey {
  kind: Kind;
  period: string;
  unit: string | null;
  format: FileFormat;
}

/** The key's parts as far as they could be read — reported even when the file is rejected whole. */
export interface KeyParts {
  kind: Kind | null;
  period: string | null;
  unit: string | null;
}

export function isUnitCode(code: string): boolean {
  return loadTownships().some((t) => t.code === code) || isDepartmentCode(code);
}

/** Reads a key; throws FileRejection (with the parts it could read) when the key is not valid. */
export function parseUploadKey(key: string): UploadKey {
  const segments = key.split('/');
  const [kindSegment, periodSegment] = segments;
  if (!isKind(kindSegment ?? '')) throw new KeyRejection('UNKNOWN_KIND', `“${kindSegment}”`, {});
  const kind = kindSegment as Kind;
  if (segments.length < 3 || segments.length > 4) throw new KeyRejection('BAD_KEY', key, { kind });
  if (!isPeriod(periodSegment)) throw new KeyRejection('BAD_PERIOD', `“${periodSegment}”`, { kind });
  const period = periodSegment;
  const unitSegment = segments.length === 4 ? segments[2] : null;
  if (unitSegment !== null && !isUnitCode(unitSegment)) {
    throw new KeyRejection('BAD_UNIT', `“${unitSegment}”`, { kind, period });
  }
  if (unitSegment === null && UNIT_SCOPED_KINDS.includes(kind)) {
    throw new KeyRejection('BAD_KEY', `${kind} 须放在单位代码文件夹下：${kind}/${period}/<单位代码>/<文件名>`, { kind, period });
  }
  const parts = { kind, period, unit: unitSegment };
  const fileName = segments[segments.length - 1];
  return { ...parts, format: formatOf(fileName, parts) };
}

function formatOf(fileName: string, parts: KeyParts): FileFormat {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'xls') throw new KeyRejection('XLS_FORMAT', undefined, parts);
  throw new KeyRejection('UNSUPPORTED_FORMAT', fileName, parts);
}

/** A whole-file rejection decided from the key alone, carrying what the key did say. */
export class KeyRejection extends FileRejection {
  constructor(
    code: ConstructorParameters<typeof FileRejection>[0],
    detail: string | undefined,
    readonly parts: Partial<KeyParts>,
  ) {
    super(code, detail);
  }
}
