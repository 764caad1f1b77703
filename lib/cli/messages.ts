/** Chinese texts of the command line's own failures (argument problems are worded where they are checked). */
export const CLI_MESSAGES = {
  missingCommand: '缺少命令：ingest、compare、rollup、survey-check、digest 或 demo（kuomian --help 查看用法）',
  /** RULES 4.3: failed deliveries are recorded and retried by the next run; the run itself has failed. */
  deliveryFailed: (failed: number, firstError: string | undefined) =>
    `${failed} 条提醒发送失败，再次运行将只补发这些${firstError ? `（${firstError}）` : ''}`,
} as const;
