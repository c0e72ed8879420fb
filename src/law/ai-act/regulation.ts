import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';

/** A citation of a provision of the AI Act, pointing at the Official Journal text on EUR-Lex. */
export const aiAct = eurLexAct(INSTRUMENT, '32024R1689', URL);

/**
 * Art. 113 as adopted: in force on 1 August 2024; applicable from 2 August 2026; Chapters I and II
 * from 2 February 2025; Chapter III Section 4, Chapter V, Chapter VII, Chapter XII (penalties) and
 * Art. 78 from 2 August 2025, with the exception of Art. 101. Amendments to Art. 113 reported since
 * (the "Digital Omnibus") are not encoded: they were not verified against the Official Journal.
 */
export const AI_ACT: Act = {
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
