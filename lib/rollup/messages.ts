/** Chinese texts of the rollup that reach a county user (error messages on the command line). */
export const ROLLUP_MESSAGES = {
  quotasMissing: (year: number, file: string) =>
    `${year}年扩面任务（附件2）未配置：缺少 seeds/${file}，无法计算各统筹区完成率与得分`,
} as const;
