/** The longest CSV record (or NDJSON line) the batch reads, in characters: 1 MiB. */
export const MAX_RECORD_LENGTH = 1 << 20;

/**
 * A CSV record and the line of the file it starts on (1-based, the header being line 1). A record
 * that could not be read (a quoted field never closed, a record too long) has no fields and says
 * why in `problem`; the records after it are read as usual.
 */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
  readonly problem?: string;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

type Read =
  | { readonly kind: 'record'; readonly fields: string[]; readonly end: number; readonly breaks: number }
  | { readonly kind: 'incomplete'; readonly quoted: boolean }
  | { readonly kind: 'unclosed' };

/**
 * An RFC 4180 parser fed chunk by chunk, so a file of a million rows is read in constant memory:
 * quoted fields may hold commas, doubled quotes and line breaks, and may span chunks. LF, CRLF and a
 * lone CR each end a record (a CR inside a quoted field is kept). A UTF-8 byte order mark is
 * dropped. Time is linear in the input and memory bounded by MAX_RECORD_LENGTH: an unclosed quote
 * fails the record it opens in, named by its line, and reading goes on at the line after it.
 */
export class CsvStreamParser {
  /** The text not yet read: the start of a record that is not complete. */
  private text = '';
  /** The line `text` starts on. */
  private line = 1;
  private first = true;
  /** Discarding the rest of a record that was too long, up to its line break. */
  private skipping = false;

  /** The complete records in `chunk` (and in what came before it). */
  push(chunk: string): CsvRecord[] {
    return this.read(chunk, false);
  }

  /** The last record, if the file does not end with a line break. */
  end(): CsvRecord[] {
    return this.read('', true);
  }

  private read(chunk: string, atEnd: boolean): CsvRecord[] {
    let input = chunk;
    if (this.first && input.length > 0) {
      this.first = false;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
    }
    if (this.skipping) {
      const nl = lineBreak(input, 0);
      if (nl === -1) return [];
      this.skipping = false;
      this.line += 1;
      input = input.slice(nl + breakLength(input, nl));
    }
    const text = this.text.length > 0 ? this.text + input : input;
    const out: CsvRecord[] = [];
    let pos = 0;
    while (pos < text.length) {
      const r = readRecord(text, pos, atEnd);
      if (r.kind === 'record') {
        // An empty line is no record; a record longer than the limit is refused like any other.
        const blank = r.fields.length === 1 && (text.charCodeAt(pos) === LF || text.charCodeAt(pos) === CR);
        if (r.end - pos > MAX_RECORD_LENGTH) out.push({ line: this.line, fields: [], problem: TOO_LONG });
        else if (!blank) out.push({ line: this.line, fields: r.fields });
        this.line += r.breaks;
        pos = r.end;
        continue;
      }
      const quoted = r.kind === 'unclosed' || r.quoted;
      if (r.kind === 'incomplete' && text.length - pos <= MAX_RECORD_LENGTH) break;
      if (r.kind === 'incomplete' && !quoted) {
        // A record longer than the limit and not in quotes: fail it and drop it to its line break.
        out.push({ line: this.line, fields: [], problem: TOO_LONG });
        this.skipping = true;
        this.text = '';
        return out;
      }
      // A quote that never closes (before the end of the file, or within the limit): the record it
      // opens in fails, and reading goes on at the next line, as if that quote were not there.
      out.push({
        line: this.line,
        fields: [],
        problem:
          r.kind === 'unclosed'
            ? 'a quoted field is not closed before the end of the file (a stray quote?)'
            : `a quoted field is not closed within ${MAX_RECORD_LENGTH} characters (a stray quote?)`,
      });
      const nl = lineBreak(text, pos);
      if (nl === -1) {
        // No line break yet: what follows, up to one, is still that line.
        this.skipping = !atEnd;
        pos = text.length;
        break;
      }
      this.line += 1;
      pos = nl + breakLength(text, nl);
    }
    this.text = text.slice(pos);
    return out;
  }
}

/** Reads one record from `start`: its fields and where it ends, or why it cannot be read yet. */
function readRecord(text: string, start: number, atEnd: boolean): Read {
  const fields: string[] = [];
  let pos = start;
  let breaks = 0;
  for (;;) {
    let value: string;
    if (text.charCodeAt(pos) === QUOTE) {
      value = '';
      let p = pos + 1;
      for (;;) {
        const q = text.indexOf('"', p);
        if (q === -1) return atEnd ? { kind: 'unclosed' } : { kind: 'incomplete', quoted: true };
        if (q + 1 >= text.length && !atEnd) return { kind: 'incomplete', quoted: true };
        breaks += countBreaks(text, p, q);
        value += text.slice(p, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          p = q + 2;
          continue;
        }
        p = q + 1;
        break;
      }
      // Characters between the closing quote and the delimiter are kept, as most readers do.
      const d = delimiter(text, p);
      value += text.slice(p, d);
      pos = d;
    } else {
      const d = delimiter(text, pos);
      value = text.slice(pos, d);
      pos = d;
    }
    fields.push(value);
    if (pos >= text.length) {
      if (!atEnd) return { kind: 'incomplete', quoted: false };
      return { kind: 'record', fields, end: pos, breaks };
    }
    const c = text.charCodeAt(pos);
    if (c === COMMA) {
      pos += 1;
      continue;
    }
    // A CR at the end of the text read so far may be the first half of a CRLF.
    if (c === CR && pos + 1 >= text.length && !atEnd) return { kind: 'incomplete', quoted: false };
    return { kind: 'record', fields, end: pos + breakLength(text, pos), breaks: breaks + 1 };
  }
}

/** The next comma or line break from `from`, or the end of the text. */
function delimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
  }
  return text.length;
}

/** The next line break from `from`, or -1. */
function lineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return -1;
}

const TOO_LONG = `the record is longer than ${MAX_RECORD_LENGTH} characters`;

/** 2 for a CRLF at `at`, 1 for a lone LF or CR. */
function breakLength(text: string, at: number): number {
  return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
}

/** The line breaks in text[from, to): LF, CRLF and lone CR each count once. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n += 1;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n += 1;
  }
  return n;
}
