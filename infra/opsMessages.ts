/**
 * The Chinese texts of the ops alarms: what the county's operator reads in the alarm e-mail. One
 * place for all of them (STYLE: user-facing text in one file per feature).
 */
export const OPS_LABELS = {
  ingest: '上传文件导入',
  monthlyRollup: '月度统计',
  surveyCheck: '入企调查截止检查',
  cadreHttps: '包保提醒HTTPS推送',
  opsHttps: '运维通知HTTPS推送',
} as const;

export type OpsSubject = keyof typeof OPS_LABELS;

export const OPS_MESSAGES = {
  deadLetters: (subject: OpsSubject) =>
    `【${OPS_LABELS[subject]}】有消息进入死信队列：处理已多次失败，需要人工查看原因并重新处理（见 docs/deploy.md 第5节）。`,
  errors: (subject: OpsSubject) => `【${OPS_LABELS[subject]}】函数运行出错，请查看该函数的 CloudWatch 日志。`,
  throttles: (subject: OpsSubject) => `【${OPS_LABELS[subject]}】函数被限流，请检查账户的 Lambda 并发配额。`,
};
