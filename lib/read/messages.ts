/**
 * Chinese details added to the readers' whole-file rejections (the reason itself lives in
 * lib/ingest/reasons.ts). One place for every text a clerk reads (STYLE).
 */

const MiB = 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= 1024 * MiB ? `${(bytes / (1024 * MiB)).toFixed(1)}GB` : `${Math.ceil(bytes / MiB)}MB`;
}

export const READ_MESSAGES = {
  fileTooLarge: (size: number, limit: number) => `文件大小为${sizeText(size)}，上限为${sizeText(limit)}`,
  inflatedTooLarge: (limit: number) => `工作簿解压后的内容超过${sizeText(limit)}`,
  tooManyTexts: '工作簿中不重复的文字内容过多，超出可处理的范围，请拆分后上传',
  tooManyParts: '工作簿中的工作表或格式数量异常多，无法处理',
  unreadable: (cause: string) => `读取文件时出错（${cause}）`,
  changedWhileReading: '文件在读取过程中发生了变化，请重新上传',
  notRegularFile: '不是普通文件',

  csvIsWorkbook: '文件实际上是Excel工作簿（.xlsx）',
  csvIsOffice: '文件实际上是旧版Excel（.xls）或其他Office文件',
  csvIsBinary: '文件包含大量非文字内容，不是文本文件',
  csvQuoteNotClosed: (line: number) => `第${line}行开始的引号没有配对，直到文件末尾都没有找到结束的引号`,
  csvRecordTooLong: (line: number) => `第${line}行开始的一行内容过长，通常是引号没有配对造成的`,
  csvMalformed: (line: number) => `第${line}行附近格式有误`,

  xlsxNotZip: '文件开头不是Excel工作簿的格式',
  xlsxCorrupt: '工作簿的压缩结构已损坏或文件不完整',
  xlsxUnsupportedCompression: '工作簿使用了不支持的压缩方式',
  xlsxNoWorkbook: '压缩包中没有Excel工作簿（缺少 xl/workbook.xml），可能是Word、WPS或其他类型的文件',
  xlsxBadXml: '工作簿内部数据已损坏',
  xlsxOtherOfficeFile: '文件是旧版Office格式，但不是Excel工作簿',
} as const;
