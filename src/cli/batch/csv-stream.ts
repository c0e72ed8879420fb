/** A CSV record and the line of the file it starts on (1-based, the header being line 1). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * An RFC 4180 parser fed chunk by chunk, so a file of a million rows is read in constant memory:
 * quoted fields may hold commas, doubled quotes and line breaks, and may span chunks. A UTF-8 byte
 * order mark is dropped; CRLF and LF both end a record.
 */
export class CsvStreamParser {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** The previous character closed a quoted section (a quote that may be the first of a pair). */
  private afterQuote = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private first = true;

  /** The complete records in `chunk` (and in what came before it). */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === '\n') this.line += 1;
          this.field += c;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === '"') {
          this.field += '"';
          this.quoted = true;
          continue;
        }
      }
      if (c === '"' && this.field === '') {
        this.quoted = true;
        this.started = true;
      } else if (c === ',') {
        this.fields.push(this.field);
        this.field = '';
        this.started = true;
      } else if (c === '\n') {
        this.endRecord(out);
        this.line += 1;
        this.recordLine = this.line;
      } else if (c === '\r') {
        // Part of CRLF: the LF ends the record.
      } else {
        this.field += c;
        this.started = true;
      }
    }
    return out;
  }

  /** The last record, if the file does not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.quoted) throw new CsvSyntaxError(this.recordLine, 'a quoted field is not closed');
    this.endRecord(out);
    return out;
  }

  private endRecord(out: CsvRecord[]): void {
    if (this.started || this.field !== '' || this.fields.length > 0) {
      this.fields.push(this.field);
      out.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
    this.field = '';
    this.started = false;
  }
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}
