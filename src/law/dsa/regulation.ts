import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Regulation (EU) 2022/2065 (Digital Services Act)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj';

/** A citation of a provision of the DSA, pointing at the Official Journal text on EUR-Lex. */
export const dsa = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32022R2065', URL);

/** Art. 93(2): the general date of application. */
export const DSA_APPLICATION_DATE = '2024-02-17';
/**
 * Art. 93(2): Art. 24(2), (3) and (6), Art. 33(3) to (6), Art. 37(7), Art. 40(13), Art. 43 and
 * Sections 4, 5 and 6 of Chapter IV (the Commission's enforcement, Arts 64 to 88) apply from the
 * entry into force.
 */
export const DSA_ENTRY_INTO_FORCE = '2022-11-16';

/** The DSA: OJ L 277 of 27 October 2022, in force on 16 November 2022, applicable from 17 February 2024. */
export const DSA_ACT: Act = {
  regime: 'DSA',
  title: INSTRUMENT,
  citation: dsa(
    'Art. 93',
    'This Regulation shall apply from 17 February 2024. However, Article 24(2), (3) and (6), Article 33(3) to (6), Article 37(7), Article 40(13), Article 43 and Sections 4, 5 and 6 of Chapter IV shall apply from 16 November 2022.',
  ),
  entryIntoForce: DSA_ENTRY_INTO_FORCE,
  applicationDate: DSA_APPLICATION_DATE,
};

/** Art. 33(1): the user threshold of very large online platforms and search engines. */
export const VLOP_THRESHOLD = 45_000_000;

export const VLOP_THRESHOLD_CITATION = /* @__PURE__ */ dsa(
  'Art. 33(1)',
  'This Section shall apply to online platforms and online search engines which have a number of average monthly active recipients of the service in the Union equal to or higher than 45 million, and which are designated as very large online platforms or very large online search engines pursuant to paragraph 4.',
);

/** Art. 33(6): Section 5 applies from four months after the notification of the designation. */
export const DESIGNATION_EFFECT_CITATION = /* @__PURE__ */ dsa(
  'Art. 33(6)',
  'Section 5 shall apply, or cease to apply, to the providers of very large online platforms and very large online search engines concerned from four months after the notification of the designation decision to the provider concerned.',
);

/** Art. 92: earlier application to designated providers. */
export const ANTICIPATED_APPLICATION_CITATION = /* @__PURE__ */ dsa(
  'Art. 92',
  'This Regulation shall apply to providers of very large online platforms and of very large online search engines designated pursuant to Article 33(4) from four months after the notifications to the provider concerned referred to in Article 33(6) where that date is earlier than 17 February 2024.',
);

export const MICRO_SMALL_PLATFORMS_CITATION = /* @__PURE__ */ dsa(
  'Art. 19',
  'Section 3, with the exception of Article 24(3), shall not apply to providers of online platforms that qualify as micro or small enterprises as defined in Recommendation 2003/361/EC, nor, during 12 months after they cease to qualify as such, except where they are very large online platforms; it applies to very large online platforms irrespective of their size.',
);

/** Arts 19(1) and 29(1): the exclusions go on for this many months after the enterprise ceases to qualify. */
export const CONTINUED_EXCLUSION_MONTHS = 12;

export const MICRO_SMALL_MARKETPLACES_CITATION = /* @__PURE__ */ dsa(
  'Art. 29',
  'Section 4 shall not apply to providers of online platforms allowing consumers to conclude distance contracts with traders that qualify as micro or small enterprises, nor, during 12 months after they cease to qualify as such, except where they are very large online platforms; it applies to very large online platforms irrespective of their size.',
);

export const MICRO_SMALL_REPORTING_CITATION = /* @__PURE__ */ dsa(
  'Art. 15(2)',
  'Paragraph 1 (transparency reporting) shall not apply to providers of intermediary services that qualify as micro or small enterprises as defined in Recommendation 2003/361/EC and which are not very large online platforms within the meaning of Article 33.',
);
