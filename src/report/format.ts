/**
 * The one vocabulary of output formats, for the renderers and the command line alike: `text`
 * (aligned plain text), `markdown`, `csv` (RFC 4180) and `json`. Each writer takes the subset it can
 * write; the command line also reads `table`, the earlier name of `text`.
 */
export const FORMATS = ['text', 'markdown', 'json', 'csv'] as const;

export type Format = (typeof FORMATS)[number];
