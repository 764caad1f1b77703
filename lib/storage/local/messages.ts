/**
 * Texts of the local storage errors: they reach the county user on the command line's stderr when a
 * run fails (RULES 5: a one-line reason), so they are Chinese, with the technical detail appended.
 */
export const LOCAL_STORAGE_MESSAGES = {
  emptyKey: '存储键不能为空',
  unencodableKey: (key: string) => `存储键含有无法编码的字符（孤立的代理项）：${JSON.stringify(key)}`,
  keyTooLong: (key: string) => `存储键过长，无法保存为文件：${key.slice(0, 80)}…`,
  keyConflict: (key: string) => `存储键与已有的文件或文件夹冲突（同一路径不能既是文件又是文件夹）：${key}`,
  outsideRoot: (key: string) => `存储键会写到数据目录之外，已拒绝：${JSON.stringify(key)}`,
  emptyItemKey: '数据表记录的 pk 和 sk 都不能为空',
  lockTimeout: (lockPath: string, ms: number) =>
    `等待数据表记录锁超时（${ms} 毫秒），可能有另一个 kuomian 进程正在运行：${lockPath}`,
  outboxShortWrite: (path: string) => `写入发件箱不完整：${path}`,
} as const;
