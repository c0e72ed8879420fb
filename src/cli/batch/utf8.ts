/**
 * A streaming UTF-8 decoder that marks what is not UTF-8 instead of hiding it. Each invalid byte
 * becomes a lone surrogate (U+D800), a code unit that no valid UTF-8 text can decode to, so the
 * reader can tell the row it falls in apart from a row that holds a genuine U+FFFD. A character
 * split across two chunks is carried over to the next one.
 */
export class Utf8Decoder {
  /** A byte was not UTF-8: rows must be checked with `isWellFormedText`. */
  invalidSeen = false;
  private carry: Uint8Array = new Uint8Array(0);
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /** The text of `bytes`; with `last`, an incomplete character at the end is invalid too. */
  decode(bytes: Uint8Array, last = false): string {
    let buffer = bytes;
    if (this.carry.length > 0) {
      buffer = new Uint8Array(this.carry.length + bytes.length);
      buffer.set(this.carry);
      buffer.set(bytes, this.carry.length);
    }
    const cut = last ? buffer.length : completeLength(buffer);
    this.carry = buffer.slice(cut);
    const whole = buffer.subarray(0, cut);
    try {
      return this.strict.decode(whole);
    } catch {
      this.invalidSeen = true;
      return decodeMarking(whole);
    }
  }
}

/** The sentinel an invalid byte decodes to: a high surrogate with no low one after it. */
export const INVALID_UTF8 = '\ud800';

/** The text holds no lone surrogate: no byte of it was invalid UTF-8. */
export function isWellFormedText(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** The length of `bytes` without a character cut off at its end. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  while (i >= 0 && i > n - 4 && ((bytes[i] as number) & 0xc0) === 0x80) i -= 1;
  if (i < 0) return n;
  const lead = bytes[i] as number;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + needed > n ? i : n;
}

/** The slow path, for a chunk that holds invalid bytes: valid runs decoded, each bad byte marked. */
function decodeMarking(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let out = '';
  let run = 0;
  let i = 0;
  while (i < bytes.length) {
    const size = sequenceLength(bytes, i);
    if (size > 0) {
      i += size;
      continue;
    }
    out += decoder.decode(bytes.subarray(run, i)) + INVALID_UTF8;
    i += 1;
    run = i;
  }
  return out + decoder.decode(bytes.subarray(run));
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629, Table 3-7 of Unicode), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const in_ = (k: number, lo: number, hi: number) => {
    const v = b[i + k];
    return v !== undefined && v >= lo && v <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return in_(1, 0x80, 0xbf) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return in_(1, lo, hi) && in_(2, 0x80, 0xbf) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return in_(1, lo, hi) && in_(2, 0x80, 0xbf) && in_(3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}
