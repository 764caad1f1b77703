/** The run's figures as plain-text tables for the console. */
import { FORMAT_LABELS } from './fixtures/writers.ts';
import type { BenchResults, Verdict } from './results.ts';

type Cell = string | number;

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const out: string[] = [];
  out.push(
    `kuomian benchmarks — ${results.mode} run, ${results.date}`,
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}; ` +
      `load average ${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)}; ` +
      `idle worker RSS ${machine.idleWorkerRssMiB.toFixed(0)} MiB; run took ${results.runSeconds.toFixed(0)} s ` +
      `(${Object.entries(results.sectionSeconds)
        .map(([name, s]) => `${name} ${Math.round(s ?? 0)} s`)
        .join(', ')})`,
    `code: ${results.gitCommit ?? 'unknown commit'}${results.gitDirty ? ' with uncommitted changes in lib/, functions/ or seeds/' : ''}`,
    '',
  );
  if (results.throughput.length) {
    out.push(
      `Ingestion throughput (fastest of ${results.plan.throughputRepeats}; ours = ingestUpload end to end, bare = csv-parse / ExcelJS reader)`,
    );
    out.push(
      table(
        [
          'kind',
          'format',
          'rows',
          'file MiB',
          'ours rows/s',
          'bare rows/s',
          'ratio',
          'CPU ratio',
          'ours RSS MiB',
          'bare RSS MiB',
        ],
        results.throughput.map((t) => [
          t.kind,
          FORMAT_LABELS[t.format],
          t.rows,
          t.fileMiB.toFixed(1),
          Math.round(t.ours.rowsPerSecond),
          Math.round(t.bare.rowsPerSecond),
          t.ratio.toFixed(2),
          t.cpuRatio.toFixed(2),
          t.ours.peakRssMiB.toFixed(0),
          t.bare.peakRssMiB.toFixed(0),
        ]),
      ),
      '',
    );
  }
  if (results.memory.length) {
    const sizes = [...new Set(results.memory.map((m) => m.rows))].sort((a, b) => a - b);
    const formats = [...new Set(results.memory.map((m) => m.format))];
    out.push('Peak RSS ingesting tax-payroll files (MiB; rows/s in brackets)');
    out.push(
      table(
        ['format', ...sizes.map((s) => `${s} rows`)],
        formats.map((format) => [
          FORMAT_LABELS[format],
          ...sizes.map((rows) => {
            const m = results.memory.find((x) => x.format === format && x.rows === rows);
            return m ? `${m.peakRssMiB.toFixed(0)} (${Math.round(m.rowsPerSecond)})` : '—';
          }),
        ]),
      ),
      '',
    );
  }
  if (results.workflow.length) {
    const repeats = results.plan.workflowRepeats;
    out.push(
      `Compare + rollup of the last period as the monthly Lambda runs them, nothing stored before (ingestion excluded; fastest of ${repeats}, peak RSS the highest)`,
    );
    out.push(
      table(
        [
          'scale',
          'enterprises',
          'people',
          'upload rows',
          'compare s',
          'rollup s',
          'total s',
          'all runs s',
          'CPU s',
          'peak RSS MiB',
          's per 1×',
        ],
        results.workflow.map((w) => [
          `${w.scale}×`,
          w.enterprises,
          w.people,
          w.uploadRows,
          w.compareSeconds.toFixed(1),
          w.rollupSeconds.toFixed(1),
          w.seconds.toFixed(1),
          w.allRunsSeconds.map((x) => x.toFixed(1)).join(' / '),
          w.cpuSeconds.toFixed(1),
          w.peakRssMiB.toFixed(0),
          (w.seconds / w.scale).toFixed(1),
        ]),
      ),
      '',
    );
  }
  if (results.bundles.length) {
    out.push(
      `Function bundles (esbuild as the stack builds them; cold import = median of ${results.plan.importRuns} fresh node processes)`,
    );
    out.push(
      table(
        ['entry', 'target', 'KiB', 'gzip KiB', 'cold import ms'],
        results.bundles.map((b) => [
          b.entry,
          b.target,
          b.sizeKiB.toFixed(0),
          b.gzipKiB.toFixed(0),
          b.coldImportMs.toFixed(0),
        ]),
      ),
      '',
    );
  }
  out.push('Targets');
  out.push(
    table(
      ['target', 'met', 'value', 'rule / note'],
      Object.entries(results.targets).map(([name, v]) => verdictRow(name, v)),
    ),
  );
  return out.join('\n');
}

function verdictRow(name: string, v: Verdict): Cell[] {
  const met = v.met === null ? 'not measured' : v.met ? 'yes' : 'NO';
  const value = v.value === null ? '—' : `${v.value}${v.projected ? ' (projected)' : ''}`;
  return [name, met, value, v.note ? `${v.rule}; ${v.note}` : v.rule];
}

function table(header: string[], rows: Cell[][]): string {
  const text = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...text.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - displayWidth(cell));
        return /^[\d.,\-—() ]+$/.test(cell) || i === 0 ? (i === 0 ? cell + pad : pad + cell) : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(text[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)].join('\n');
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}
