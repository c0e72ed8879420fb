import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Regulation (EU) 2024/2847 (Cyber Resilience Act)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj';

/** A citation of a provision of the Cyber Resilience Act, pointing at the Official Journal text. */
export const cra = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32024R2847', URL);

/**
 * Published in the Official Journal of 20 November 2024 (OJ L, 2024/2847), in force on the
 * twentieth day following publication (Art. 71(1)); it applies from 11 December 2027, with the
 * exceptions of Art. 71(2) (`application.ts`).
 */
export const CRA_ACT: Act = {
  regime: 'CRA',
  title: INSTRUMENT,
  citation: cra(
    'Art. 71(2)',
    'It shall apply from 11 December 2027. Article 14 shall apply from 11 September 2026. Chapter IV (Articles 35 to 51) shall apply from 11 June 2026.',
  ),
  entryIntoForce: '2024-12-10',
  applicationDate: '2027-12-11',
};
