import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Directive (EU) 2022/2555 (NIS2 Directive)';
const URL = 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj';

/** A citation of a provision of the NIS2, pointing at the Official Journal text on EUR-Lex. */
export const nis2 = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32022L2555', URL);

/**
 * Art. 41(1): Member States adopt the transposing measures by 17 October 2024 and apply them from
 * 18 October 2024. A directive binds the Member States: the fines themselves come from national law.
 */
export const NIS2_ACT: Act = {
  regime: 'NIS2',
  title: INSTRUMENT,
  citation: nis2(
    'Art. 41(1)',
    'By 17 October 2024, Member States shall adopt and publish the measures necessary to comply with this Directive. They shall apply those measures from 18 October 2024.',
  ),
  entryIntoForce: '2023-01-16',
  applicationDate: '2024-10-18',
};

/** Annex I: sectors of high criticality. */
export const ANNEX_I_SECTORS = [
  'energy',
  'transport',
  'banking',
  'financial-market-infrastructure',
  'health',
  'drinking-water',
  'waste-water',
  'digital-infrastructure',
  'ict-service-management',
  'public-administration',
  'space',
] as const;

/** Annex II: other critical sectors. */
export const ANNEX_II_SECTORS = [
  'postal-and-courier',
  'waste-management',
  'chemicals',
  'food',
  'manufacturing',
  'digital-providers',
  'research',
] as const;

/**
 * Types of entity the Directive covers regardless of size (Art. 2(2)(a)), all in the digital
 * infrastructure sector of Annex I.
 */
export const SIZE_INDEPENDENT_TYPES = [
  'public-electronic-communications',
  'qualified-trust-service-provider',
  'trust-service-provider',
  'tld-name-registry',
  'dns-service-provider',
] as const;

export type Nis2Sector =
  | (typeof ANNEX_I_SECTORS)[number]
  | (typeof ANNEX_II_SECTORS)[number]
  | (typeof SIZE_INDEPENDENT_TYPES)[number];

export const NIS2_SECTORS: readonly Nis2Sector[] = /* @__PURE__ */ Object.freeze([
  ...ANNEX_I_SECTORS,
  ...ANNEX_II_SECTORS,
  ...SIZE_INDEPENDENT_TYPES,
]);

export const SCOPE_CITATION = /* @__PURE__ */ nis2(
  'Art. 2(1)',
  'This Directive applies to public or private entities of a type referred to in Annex I or II which qualify as medium-sized enterprises under Article 2 of the Annex to Recommendation 2003/361/EC, or exceed the ceilings for medium-sized enterprises provided for in paragraph 1 of that Article, and which provide their services or carry out their activities within the Union.',
);
export const SIZE_INDEPENDENT_CITATION = /* @__PURE__ */ nis2(
  'Art. 2(2)(a)',
  'Regardless of their size, this Directive also applies to entities of a type referred to in Annex I or II where services are provided by providers of public electronic communications networks or of publicly available electronic communications services, trust service providers, or top-level domain name registries and domain name system service providers.',
);
export const ESSENTIAL_CITATION = /* @__PURE__ */ nis2(
  'Art. 3(1)',
  'Essential entities: (a) entities of a type referred to in Annex I which exceed the ceilings for medium-sized enterprises; (b) qualified trust service providers and top-level domain name registries as well as DNS service providers, regardless of their size; (c) providers of public electronic communications networks or of publicly available electronic communications services which qualify as medium-sized enterprises; (d) public administration entities referred to in Article 2(2), point (f)(i); (e)-(g) entities identified by a Member State.',
);
export const IMPORTANT_CITATION = /* @__PURE__ */ nis2(
  'Art. 3(2)',
  'Entities of a type referred to in Annex I or II which do not qualify as essential entities pursuant to paragraph 1 shall be considered to be important entities.',
);
