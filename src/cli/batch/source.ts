import { createReadStream } from 'node:fs';

export type VendorFormat = 'csv' | 'ndjson';

/** The vendor file's format: named by `--input-format`, else by its extension, else (stdin) sniffed. */
export function formatOf(file: string, given: VendorFormat | undefined): VendorFormat | 'sniff' | null {
  if (given) return given;
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  return file === '-' ? 'sniff' : null;
}

/**
 * What a stream read from stdin holds: NDJSON when its first character (after a byte order mark
 * and white space) opens a JSON object, CSV otherwise (a header line starts with a column name).
 */
export function sniffFormat(first: Uint8Array): VendorFormat {
  let i = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  while (
    i < first.length &&
    (first[i] === 0x20 || first[i] === 0x09 || first[i] === 0x0a || first[i] === 0x0d)
  )
    i += 1;
  return first[i] === 0x7b ? 'ndjson' : 'csv';
}

/** The bytes of the vendor file, in chunks of 64 KB: a file, or stdin for `-`. */
export function openSource(
  file: string,
  stdin: AsyncIterable<Uint8Array> | undefined,
): {
  chunks: AsyncIterable<Uint8Array>;
  close: () => void;
} {
  if (file === '-') {
    const input = stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
    return { chunks: input, close: () => {} };
  }
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  return { chunks: stream as AsyncIterable<Uint8Array>, close: () => stream.destroy() };
}
