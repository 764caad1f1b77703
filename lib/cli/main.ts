import { Command, CommanderError, Option } from 'commander';
import { CliError, UsageError } from './context.ts';
import { CLI_MESSAGES } from './messages.ts';
import { dateArgument, periodArgument } from './validate.ts';

/**
 * The `kuomian` command line (RULES 5). Each command's module is loaded only when that command runs,
 * and arguments are checked while parsing: a mistyped command answers at once, without loading every
 * rule and report module first.
 */
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
  .action(async (root: string) => (await import('./ingestCommand.ts')).ingestCommand(root, program.opts()));

program
  .command('compare')
  .description('cross-department comparison (数据比对) as of period P; writes the target lists')
  .addOption(periodOption())
  .action(async (options: { period: string }) =>
    (await import('./compareCommand.ts')).compareCommand({ ...program.opts(), ...options }),
  );

program
  .command('rollup')
  .description('score every township against its quota as of P; writes the 督查专报')
  .addOption(periodOption())
  .action(async (options: { period: string }) =>
    (await import('./rollupCommand.ts')).rollupCommand({ ...program.opts(), ...options }),
  );

program
  .command('survey-check')
  .description('the 31 March enterprise-survey deadline as it stood at the end of date D')
  .addOption(new Option('--date <D>', 'date YYYY-MM-DD').makeOptionMandatory().argParser((value) => dateArgument(value)))
  .option('--send', 'deliver the reminders to the outbox')
  .action(async (options: { date: string; send?: boolean }) =>
    (await import('./surveyCheckCommand.ts')).surveyCheckCommand({ ...program.opts(), ...options }),
  );

program
  .command('digest')
  .description('the cadre alerts that month P produces')
  .addOption(periodOption())
  .option('--send', 'deliver them to the outbox')
  .action(async (options: { period: string; send?: boolean }) =>
    (await import('./digestCommand.ts')).digestCommand({ ...program.opts(), ...options }),
  );

program
  .command('demo')
  .description('run the whole workflow on the sample county (npm start); data dir defaults to ./.kuomian-demo')
  .option('--uploads <root>', 'upload folder to play instead of seeds/sample')
  .action(async (options: { uploads?: string }) =>
    (await import('./demoCommand.ts')).demoCommand({ ...program.opts(), ...options }),
  );

function periodOption(): Option {
  return new Option('--period <P>', 'period YYYY-MM').makeOptionMandatory().argParser((value) => periodArgument(value));
}

try {
  // RULES 5: a failure is one line on stderr — commander would print its whole help when no command is given.
  const { operands, unknown } = program.parseOptions(process.argv.slice(2));
  if (operands.length === 0 && unknown.length === 0) throw new UsageError(CLI_MESSAGES.missingCommand);
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed its one-line `error: …` (or the help asked for, exit 0).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const message = error instanceof CliError ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    process.stderr.write(`kuomian: ${message.replace(/\s+/g, ' ')}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
