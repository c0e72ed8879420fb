import { BatchInputError } from './batch-input-error.js';
import { type CsvRecord, CsvStreamParser } from './csv-stream.js';
import { type NdjsonLine, NdjsonStreamParser } from './ndjson-stream.js';
import type { RowJob } from './row-job.js';
import { sniffFormat, type VendorFormat } from './source.js';
import { isWellFormedText, Utf8Decoder } from './utf8.js';
import { checkHeader } from './vendor-row.js';

const NOT_UTF8 = 'the row is not valid UTF-8 text (save the file as UTF-8)';

/**
 * The vendor file read as rows, chunk by chunk: its bytes are decoded here, so a row that is not
 * UTF-8 is that row's error and not the file's; the text is parsed as CSV or NDJSON, a CSV file's
 * header read and checked first. Each row becomes a RowJob, kept until `take` hands it on.
 */
export class RowIntake {
  /** The rows read so far (a CSV file's header is not one). */
  rows = 0;
  /** The CSV header (trimmed) once read; null before it, and for NDJSON. */
  header: readonly string[] | null = null;
  private jobs: RowJob[] = [];
  private format: VendorFormat;
  /** stdin: the first bytes say the format. */
  private sniffing: boolean;
  private readonly decoder = new Utf8Decoder();
  private readonly csv = new CsvStreamParser();
  private readonly json = new NdjsonStreamParser();

  /** `where` names the file in its errors; `named` is its format, or `sniff` to read it from the first bytes. */
  constructor(
    private readonly where: string,
    named: VendorFormat | 'sniff',
  ) {
    this.format = named === 'sniff' ? 'csv' : named;
    this.sniffing = named === 'sniff';
  }

  /** Reads the next bytes of the file. */
  push(bytes: Uint8Array): void {
    if (this.sniffing) this.format = sniffFormat(bytes);
    this.sniffing = false;
    // A byte order mark is each parser's to drop (spreadsheet exports write one).
    this.parse(this.decoder.decode(bytes));
  }

  /** The end of the file: the rows its last bytes complete. A CSV file needs its header line. */
  end(): void {
    this.parse(this.decoder.decode(new Uint8Array(0), true));
    if (this.format === 'csv') for (const r of this.csv.end()) this.csvRecord(r);
    else for (const l of this.json.end()) this.jsonLine(l);
    if (this.format === 'csv' && this.header === null)
      throw new BatchInputError(`${this.where}: the file is empty (a header line is needed)`);
  }

  /** The rows read since the last call, in order, and the number of the first (rows count from 1). */
  take(): { jobs: RowJob[]; firstRow: number } {
    const jobs = this.jobs;
    this.jobs = [];
    return { jobs, firstRow: this.rows - jobs.length + 1 };
  }

  private parse(text: string): void {
    if (this.format === 'csv') for (const r of this.csv.push(text)) this.csvRecord(r);
    else for (const l of this.json.push(text)) this.jsonLine(l);
  }

  private csvRecord({ line, fields, problem }: CsvRecord): void {
    // Decoded text is checked only once the decoder has met a bad byte: most files have none.
    const bad =
      problem ?? (this.decoder.invalidSeen && !fields.every(isWellFormedText) ? NOT_UTF8 : undefined);
    if (this.header === null) this.readHeader(line, fields, bad);
    else if (bad) this.fail(line, bad);
    else this.add({ kind: 'csv', line, fields });
  }

  /** The header is the file's: a bad one refuses the whole file, before any row is written. */
  private readHeader(line: number, fields: readonly string[], bad: string | undefined): void {
    if (bad) throw new BatchInputError(`${this.where}: line ${line}: the header: ${bad}`);
    const header = fields.map((f) => f.trim());
    const problems = checkHeader(header);
    if (problems.length > 0) throw new BatchInputError(`${this.where}: line 1: ${problems.join('; ')}`);
    this.header = header;
  }

  private jsonLine({ line, text, problem }: NdjsonLine): void {
    // A line of white space only is skipped: no row, and no error.
    if (!problem && text.trim() === '') return;
    if (problem) this.fail(line, problem);
    else if (this.decoder.invalidSeen && !isWellFormedText(text)) this.fail(line, NOT_UTF8);
    else this.add({ kind: 'json', line, text });
  }

  /** A row that cannot be read is still a row: its error takes its place in the output. */
  private fail(line: number, problem: string): void {
    this.add({ kind: 'problem', line, problem });
  }

  private add(job: RowJob): void {
    this.rows += 1;
    this.jobs.push(job);
  }
}
