import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Regulation (EU) 2022/1925 (Digital Markets Act)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2022/1925/oj';

/** A citation of a provision of the DMA, pointing at the Official Journal text on EUR-Lex. */
export const dma = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32022R1925', URL);

/** Art. 54: in force on 1 November 2022, applicable from 2 May 2023. */
export const DMA_ACT: Act = {
  regime: 'DMA',
  title: INSTRUMENT,
  citation: dma(
    'Art. 54',
    'It shall apply from 2 May 2023. However, Article 3(6) and (7) and Articles 40, 46, 47, 48, 49 and 50 shall apply from 1 November 2022 and Articles 42 and 43 shall apply from 25 June 2023.',
  ),
  entryIntoForce: '2022-11-01',
  applicationDate: '2023-05-02',
};

/** Art. 3(2)(a): EUR 7.5 billion of annual Union turnover in each of the last three financial years. */
export const UNION_TURNOVER_THRESHOLD = '7500000000';
/** Art. 3(2)(a): EUR 75 billion of average market capitalisation in the last financial year. */
export const MARKET_CAP_THRESHOLD = '75000000000';
/** Art. 3(2)(a): the same core platform service in at least three Member States. */
export const MEMBER_STATES_THRESHOLD = 3;
/** Art. 3(2)(b): 45 million monthly active end users in the Union. */
export const END_USERS_THRESHOLD = 45_000_000;
/** Art. 3(2)(b): 10 000 yearly active business users established in the Union. */
export const BUSINESS_USERS_THRESHOLD = 10_000;

export const PRESUMPTION_A = /* @__PURE__ */ dma(
  'Art. 3(2)(a)',
  'an undertaking shall be presumed to satisfy the requirement in paragraph 1, point (a), where it achieves an annual Union turnover equal to or above EUR 7,5 billion in each of the last three financial years, or where its average market capitalisation or its equivalent fair market value amounted to at least EUR 75 billion in the last financial year, and it provides the same core platform service in at least three Member States',
);
export const PRESUMPTION_B = /* @__PURE__ */ dma(
  'Art. 3(2)(b)',
  'where it provides a core platform service that in the last financial year has at least 45 million monthly active end users established or located in the Union and at least 10 000 yearly active business users established in the Union',
);
export const PRESUMPTION_C = /* @__PURE__ */ dma(
  'Art. 3(2)(c)',
  'where the thresholds in point (b) were met in each of the last three financial years',
);
export const COMPLIANCE_DEADLINE = /* @__PURE__ */ dma(
  'Art. 3(10)',
  'Within six months after a core platform service has been listed in the designation decision, the gatekeeper shall comply with the obligations laid down in Articles 5, 6 and 7.',
);
export const SYSTEMATIC_NON_COMPLIANCE = /* @__PURE__ */ dma(
  'Art. 18(1) and (3); Recital 75',
  'Systematic non-compliance: where the Commission has issued at least three non-compliance decisions against a gatekeeper within a period of 8 years, a market investigation may lead to behavioural or structural remedies.',
);
