import type { Regime } from './types.js';

/**
 * The names people write for each act, in the languages of the authorities that apply it: the one
 * reader every entry point uses (article references, provision ids, sanctions queries). Matching
 * ignores case, spacing and the words "Regulation (EU)" / "Directive (EU)" before a number.
 */
const NAMES: ReadonlyArray<readonly [Regime, readonly string[]]> = [
  ['UK GDPR', ['uk gdpr', 'ukgdpr', 'uk-gdpr']],
  [
    'GDPR',
    [
      'gdpr',
      'dsgvo',
      'rgpd',
      'avg',
      'gdpr (eu)',
      'eu gdpr',
      '2016/679',
      'general data protection regulation',
    ],
  ],
  ['DSA', ['dsa', '2022/2065', 'digital services act']],
  ['DMA', ['dma', '2022/1925', 'digital markets act']],
  ['AI Act', ['ai act', 'aia', 'ki-vo', '2024/1689', 'artificial intelligence act']],
  ['NIS2', ['nis2', 'nis 2', 'nis-2', '2022/2555']],
  [
    'FR LIL',
    [
      'fr lil',
      'lil',
      'loi informatique et libertés',
      'loi informatique et libertes',
      'loi n° 78-17',
      '78-17',
    ],
  ],
];

const BY_NAME = new Map<string, Regime>();
for (const [regime, names] of NAMES) for (const name of names) BY_NAME.set(name, regime);

/** The regime a name denotes ("DSGVO" → "GDPR", "Regulation (EU) 2022/2065" → "DSA"), or null. */
export function actOfName(name: string): Regime | null {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:regulation|directive|règlement|verordnung)\s*\((?:eu|ue)\)\s*(?:no\.?\s*)?/, '')
    .replace(/^the /, '');
  return BY_NAME.get(key) ?? null;
}

/** Every name the reader knows, by regime (for help texts and schema descriptions). */
export function actNames(): ReadonlyArray<readonly [Regime, readonly string[]]> {
  return NAMES;
}
