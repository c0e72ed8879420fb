/** The sections of NACE Rev. 2 (Regulation (EC) No 1893/2006, Annex I), A to U. */
export const NACE_SECTIONS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;

export type NaceSection = (typeof NACE_SECTIONS)[number];
