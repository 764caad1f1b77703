/**
 * The Chinese details appended to row reasons and file rejections of row parsing (the reasons
 * themselves live in lib/ingest/reasons.ts). One place for every text a clerk reads.
 */
export const DETAIL = {
  allowed: (values: readonly string[]) => `可填：${values.join('、')}`,
  duplicateOf: (rowNumber: number) => `与第${rowNumber}行重复`,
  numberCell: '该单元格是数字格式，长代码的后几位可能已丢失，请把该列设为文本格式后重新导出',
  notIntegerIn: (value: number) => `${value}不是整数`,
  cadreRoster: '请核对干部编号或姓名是否与包保干部名册一致',
  sameNameCadres: (ids: readonly string[]) => `同名干部编号：${ids.join('、')}`,
  townshipTarget: '片区挂钩的挂钩对象应为乡镇（街道）名称或代码',
  enterpriseTarget: '企业挂钩的挂钩对象应为企业的统一社会信用代码',
  consultedOverServed: '其中咨询人数不能大于服务对象总人数',
  servedForms: '应填总人数，或“总人数（其中咨询人数）”，如 120（30）',
  dateAfter: (today: string) => `今天是${today}`,
  activities: (labels: readonly string[]) => `应为：${labels.join('、')}`,
} as const;

export const HEADER_DETAIL = {
  missing: (names: readonly string[], rowNumber: number, found: readonly string[]) =>
    `${quoted(names)}；第${rowNumber}行的表头为：${found.join('、')}`,
  required: (names: readonly string[]) => `必填列是${quoted(names)}`,
} as const;

export const UNIT_DETAIL = {
  mismatch: (named: string, unitName: string) => `表中责任单位为“${named}”，上传文件夹的单位为“${unitName}”`,
} as const;

function quoted(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join('、');
}
