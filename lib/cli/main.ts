import { Command, CommanderError } from 'commander';
import { CliError } from './context.ts';
import { compareCommand } from './compareCommand.ts';
import { demoCommand } from './demoCommand.ts';
import { digestCommand } from './digestCommand.ts';
import { ingestCommand } from './ingestCommand.ts';
import { rollupCommand } from './rollupCommand.ts';
import { surveyCheckCommand } from './surveyCheckCommand.ts';

/** The `kuomian` command line (RULES 5). */
const program = new Command('kuomian')
  .description('武义县社会保险提标扩面 — 数据比对、乡镇考核与包保提醒（本地运行）')
  .option('--data-dir <dir>', 'data directory (default ./.kuomian)')
  .option('--json', 'machine-readable JSON output')
  .showHelpAfterError(false)
  .exitOverride();

program
  .command('ingest')
  .description('ingest every upload file under ROOT (its key is its path relative to ROOT)')
  .argument('<root>', 'upload folder that mirrors the upload bucket')
  .action((root: string) => ingestCommand(root, program.opts()));

program
  .command('compare')
  .description('cross-department comparison (数据比对) as of period P; writes the target lists')
  .requiredOption('--period <P>', 'period YYYY-MM')
  .action((options: { period: string }) => compareCommand({ ...program.opts(), ...options }));

program
  .command('rollup')
  .description('score every township against its quota as of P; writes the 督查专报')
  .requiredOption('--period <P>', 'period YYYY-MM')
  .action((options: { period: string }) => rollupCommand({ ...program.opts(), ...options }));

program
  .command('survey-check')
  .description('the 31 March enterprise-survey deadline as it stood at the end of date D')
  .requiredOption('--date <D>', 'date YYYY-MM-DD')
  .option('--send', 'deliver the reminders to the outbox')
  .action((options: { date: string; send?: boolean }) => surveyCheckCommand({ ...program.opts(), ...options }));

program
  .command('digest')
  .description('the cadre alerts that month P produces')
  .requiredOption('--period <P>', 'period YYYY-MM')
  .option('--send', 'deliver them to the outbox')
  .action((options: { period: string; send?: boolean }) => digestCommand({ ...program.opts(), ...options }));

program
  .command('demo')
  .description('run the whole workflow on the sample county (npm start); data dir defaults to ./.kuomian-demo')
  .option('--uploads <root>', 'upload folder to play instead of seeds/sample')
  .action((options: { uploads?: string }) => demoCommand({ ...program.opts(), ...options }));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const message = error instanceof CliError ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    process.stderr.write(`kuomian: ${message.replace(/\s+/g, ' ')}\n`);
    process.exitCode = 1;
  }
}
