import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import type { ChunkResult } from './row-job.js';
import { BATCH_COLUMNS, emptyRow } from './score-row.js';
import type { Sink } from './sink.js';

/** The last line of a complete run: a consumer that does not find it knows the stream was cut. */
export function trailer(rows: number, errors: number, format: 'csv' | 'ndjson'): string {
  const summary = `${rows} rows read, ${rows} written, ${errors} failed`;
  if (format === 'ndjson')
    return JSON.stringify({
      trailer: { complete: true, rowsRead: rows, rowsWritten: rows, rowsFailed: errors },
    });
  const row = emptyRow(0, '', '');
  row.row = '';
  row.status = 'complete';
  row.error = summary;
  return csvLine(BATCH_COLUMNS.map((c) => row[c]));
}

/**
 * What the batch writes to its sink, in order: the CSV header line, each chunk's rows as they are
 * handed on, the trailer; and what it counts on the way, the rows that failed and, for the
 * supplier-base view, the figures of those scored.
 */
export class BatchOutput {
  errors = 0;
  readonly entries: PortfolioEntry[] = [];
  /** The header goes with the first rows: a file refused at its header writes nothing. */
  private headed: boolean;

  constructor(
    private readonly sink: Sink,
    private readonly format: 'csv' | 'ndjson',
    private readonly keepEntries: boolean,
  ) {
    this.headed = format !== 'csv';
  }

  /** A chunk's rows, scored. */
  write(result: ChunkResult): void {
    this.head();
    if (result.text !== '') this.sink.write(result.text);
    this.errors += result.errors;
    if (this.keepEntries) for (const e of result.entries) this.entries.push(e);
  }

  /** The end of a complete run: the header if no row came, then the trailer unless it is left out. */
  finish(rows: number, withTrailer: boolean): void {
    this.head();
    if (withTrailer) this.sink.write(trailer(rows, this.errors, this.format));
  }

  private head(): void {
    if (!this.headed) this.sink.write(csvLine(BATCH_COLUMNS));
    this.headed = true;
  }
}
