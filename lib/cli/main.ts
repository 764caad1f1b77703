import { Command, CommanderError } from 'commander';
import { CliError } from './context.ts';
import { ingestCommand } from './ingestCommand.ts';

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
