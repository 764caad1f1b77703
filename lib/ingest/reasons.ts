/**
 * Every reason a file or a row can be rejected (or warned about), with the Chinese text a clerk
 * reads in the rejection report. One place for all of them (STYLE: messages live in one place).
 */

/** Whole-file rejections (DATA-CONTRACT §1, §4.6, §5). */
export const FILE_REASONS = {
  UNKNOWN_KIND: '文件夹名不是可识别的数据类型（应为 registry、tax-payroll、insured 等）',
  BAD_PERIOD: '所属期文件夹必须是有效的年月，格式为 YYYY-MM（如 2023-03）',
  BAD_UNIT: '单位文件夹必须是乡镇（街道）或部门的代码',
  BAD_KEY: '文件路径层级不对，应为 <数据类型>/<YYYY-MM>/[<单位代码>/]<文件名>',
  BAD_FILE_NAME: '文件名不是有效的UTF-8编码，无法识别',
  SYMLINK: '文件是符号链接，出于安全考虑不予读取',
  XLS_FORMAT: '不支持旧版Excel（.xls）文件，请另存为 .xlsx 或 .csv 后重新上传',
  UNSUPPORTED_FORMAT: '只接受 .xlsx 或 .csv 文件',
  EMPTY_FILE: '文件是空的（0字节）',
  NOT_XLSX: '文件内容不是有效的Excel（.xlsx）工作簿，可能已损坏或扩展名不对',
  ENCRYPTED_WORKBOOK: '工作簿设置了密码保护，无法读取，请取消密码后重新上传',
  NOT_CSV: '文件内容不是CSV文本（可能是Excel工作簿被改成了 .csv 扩展名），请另存为CSV或以 .xlsx 上传',
  CSV_SYNTAX: 'CSV格式错误（引号不配对等）',
  NO_HEADER: '前10行中找不到包含全部必填列的表头行',
  MISSING_COLUMNS: '缺少必填列',
  FILE_TOO_LARGE: '文件超过1GB（或工作簿解压后超过1GB），请按月或按乡镇拆分后上传',
  EMPTY_SNAPSHOT: '名单类文件没有任何一行通过校验，为避免清空现有名单，整份文件不予采用',
  UNIT_MISMATCH: '表中“责任单位”与上传文件夹的单位不一致',
  NO_CADRE_ROSTER: '尚未收到包保干部名册（cadres），无法核对联系记录中的干部',
  UNREADABLE: '文件无法读取',
} as const;

export type FileReason = keyof typeof FILE_REASONS;

/** Row-level reasons (DATA-CONTRACT §4). Warnings use the same codes with severity `warning`. */
export const ROW_REASONS = {
  REQUIRED_MISSING: '必填项为空',
  INVALID_USCC: '统一社会信用代码无效（长度、字符或校验位不对）',
  INVALID_ID: '身份证号码无效（长度、出生日期或校验位不对）',
  ID_EXCEL_DAMAGED: '身份证号被Excel转成了数字，后几位已丢失，请把该列设为文本格式后重新导出',
  INVALID_NUMBER: '不是有效的数字',
  NOT_INTEGER: '应为整数',
  NEGATIVE: '不能为负数',
  INVALID_DATE: '不是有效的日期',
  FUTURE_DATE: '日期晚于今天',
  INVALID_VALUE: '取值不在允许范围内',
  INVALID_YES_NO: '应填“是”或“否”',
  INVALID_TOWNSHIP: '无法识别的乡镇（街道）',
  INVALID_MOBILE: '手机号码应为11位大陆手机号',
  INVALID_EMAIL: '电子邮箱格式不对',
  UNKNOWN_CADRE: '干部不在最新的包保干部名册中',
  AMBIGUOUS_CADRE: '名册中有多名同名干部，请填写干部编号',
  UNKNOWN_ACTIVITY: '无法识别的活动内容',
  FORMULA_NO_VALUE: '公式单元格没有保存计算结果，按空值处理',
  DUPLICATE: '与本文件前面的行重复，只保留第一行',
} as const;

export type RowReason = keyof typeof ROW_REASONS;

export interface RowIssue {
  /** Excel row number. */
  row: number;
  /** The column header as found in the file (or the field's first header name). */
  column: string;
  /** The value as received; ID numbers masked (§4.6). */
  value: string;
  code: RowReason;
  severity: 'error' | 'warning';
  message: string;
}

/** Thrown by readers and ingestion to reject a whole file. */
export class FileRejection extends Error {
  constructor(
    readonly code: FileReason,
    /** Extra detail in Chinese (missing column names, headers found, CSV line). */
    readonly detail?: string,
  ) {
    super(detail ? `${FILE_REASONS[code]}：${detail}` : FILE_REASONS[code]);
    this.name = 'FileRejection';
  }
}
