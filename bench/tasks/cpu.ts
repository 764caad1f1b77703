/** CPU seconds (user + system, every thread of the process) since an earlier `process.cpuUsage()`. */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
