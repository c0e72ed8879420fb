import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';

/** A citation of a provision of the AI Act, pointing at the Official Journal text on EUR-Lex. */
export const aiAct = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32024R1689', URL);

/**
 * Art. 113 as adopted: in force on 1 August 2024; applicable from 2 August 2026; Chapters I and II
 * from 2 February 2025; Chapter III Section 4, Chapter V, Chapter VII, Chapter XII (penalties) and
 * Art. 78 from 2 August 2025, with the exception of Art. 101. The dates of each part, in both
 * versions of Art. 113, are in application.ts.
 */
export const AI_ACT_REGULATION: Act = {
  regime: 'AI Act',
  title: INSTRUMENT,
  citation: aiAct(
    'Art. 113',
    'It shall apply from 2 August 2026. However: (a) Chapters I and II shall apply from 2 February 2025; (b) Section 4 of Chapter III, Chapter V, Chapter VII and Chapter XII and Article 78 shall apply from 2 August 2025, with the exception of Article 101; (c) Article 6(1) and the corresponding obligations shall apply from 2 August 2027.',
  ),
  entryIntoForce: '2024-08-01',
  applicationDate: '2026-08-02',
};

/** Art. 113(b): the penalties of Chapter XII (Art. 99) apply from 2 August 2025. */
export const PENALTIES_APPLY_FROM = '2025-08-02';
/** Art. 113: Art. 101 (fines on providers of general-purpose AI models) applies from 2 August 2026. */
export const GPAI_FINES_APPLY_FROM = '2026-08-02';
/** Art. 113(a): the prohibitions of Art. 5 apply from 2 February 2025. */
export const PROHIBITIONS_APPLY_FROM = '2025-02-02';

/**
 * Regulation (EU) 2026/1744 (the "Digital Omnibus on AI"), amending the AI Act: of 8 July 2026,
 * OJ L, 2026/1744, 24.7.2026, in force on the third day after publication (27 July 2026).
 *
 * Verification: the Official Journal text was not available to read when this was encoded. The
 * reference, the dates and the article numbers come from a consolidated reading of the amended
 * Art. 113 published with its amendment numbers (Art. 1(7), (38), (40)), and agree with the
 * Council's release of 29 June 2026 (2 December 2027, 2 August 2028, 2 December 2026). Marked
 * `verified: false` until checked against EUR-Lex; lawStatus() lists it as pending.
 */
export const AI_ACT_AMENDMENT = {
  instrument:
    'Regulation (EU) 2026/1744 of the European Parliament and of the Council of 8 July 2026 amending Regulations (EU) 2024/1689, (EU) 2018/1139 and (EU) 2023/1230 as regards the simplification of the implementation of harmonised rules on artificial intelligence (Digital Omnibus on AI)',
  celex: '32026R1744',
  url: 'https://eur-lex.europa.eu/eli/reg/2026/1744/oj',
  published: '2026-07-24',
  entryIntoForce: '2026-07-27',
  verified: false,
  check:
    'OJ reference and dates read in a consolidated reading of Art. 113 as amended and in the Council press release of 29 June 2026; the OJ text itself was not available in the stored sources.',
} as const;

/** A citation of a provision of Regulation (EU) 2026/1744. */
export const aiActAmendment = /* @__PURE__ */ eurLexAct(
  AI_ACT_AMENDMENT.instrument,
  AI_ACT_AMENDMENT.celex,
  AI_ACT_AMENDMENT.url,
);
