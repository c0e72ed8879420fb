import { MAX_RECORD_LENGTH } from './csv-stream.js';

/** An NDJSON line and its number (1-based); a line too long to read has `problem` instead. */
export interface NdjsonLine {
  readonly line: number;
  readonly text: string;
  readonly problem?: string;
}

/**
 * NDJSON split into lines chunk by chunk: LF or CRLF ends a line (a lone CR is JSON whitespace);
 * a UTF-8 byte order mark at the start is dropped.
 * A line in pieces is joined once, when its end comes, so time is linear in its length; a line
 * longer than MAX_RECORD_LENGTH is not kept in memory: it fails, and reading goes on after it.
 */
export class NdjsonStreamParser {
  private pieces: string[] = [];
  private length = 0;
  private line = 0;
  private tooLong = false;
  private first = true;

  push(chunk: string): NdjsonLine[] {
    const out: NdjsonLine[] = [];
    let start = 0;
    if (this.first && chunk.length > 0) {
      this.first = false;
      // A UTF-8 byte order mark is not part of the first line.
      if (chunk.charCodeAt(0) === 0xfeff) start = 1;
    }
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      this.add(chunk.slice(start, nl));
      this.finish(out);
      start = nl + 1;
    }
    if (start < chunk.length) this.add(chunk.slice(start));
    return out;
  }

  /** The last line, if the file does not end with a line break. */
  end(): NdjsonLine[] {
    const out: NdjsonLine[] = [];
    if (this.length > 0 || this.tooLong) this.finish(out);
    return out;
  }

  private add(piece: string): void {
    if (this.tooLong) return;
    this.length += piece.length;
    if (this.length > MAX_RECORD_LENGTH + 1) {
      this.tooLong = true;
      this.pieces = [];
    } else this.pieces.push(piece);
  }

  private finish(out: NdjsonLine[]): void {
    this.line += 1;
    if (this.tooLong)
      out.push({
        line: this.line,
        text: '',
        problem: `the line is longer than ${MAX_RECORD_LENGTH} characters`,
      });
    else {
      const text = this.pieces.join('');
      out.push({ line: this.line, text: text.endsWith('\r') ? text.slice(0, -1) : text });
    }
    this.pieces = [];
    this.length = 0;
    this.tooLong = false;
  }
}
