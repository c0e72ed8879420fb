import type { Citation } from '../../core/citation.js';
import { deepFreeze } from '../../core/freeze.js';
import { eurLexAct } from '../eur-lex.js';

const INSTRUMENT =
  'Regulation (EU) 2022/2554 on digital operational resilience for the financial sector (DORA)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj';

/** A citation of a provision of DORA, pointing at the Official Journal text on EUR-Lex. */
export const dora = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32022R2554', URL);

/** Art. 64, second paragraph: "It shall apply from 17 January 2025." */
export const DORA_APPLIES_FROM = '2025-01-17';

export const DORA_APPLICATION: Citation = /* @__PURE__ */ dora(
  'Art. 64',
  'It shall apply from 17 January 2025.',
);

/**
 * The financial entities of Art. 2(1)(a)-(t) and (2). ICT third-party service providers (point
 * (u)) are not financial entities: DORA does not displace NIS2 for them.
 */
export const DORA_FINANCIAL_ENTITIES = {
  'credit-institution': '(a) credit institutions',
  'payment-institution': '(b) payment institutions, including those exempted under Directive (EU) 2015/2366',
  'account-information-service-provider': '(c) account information service providers',
  'electronic-money-institution':
    '(d) electronic money institutions, including those exempted under Directive 2009/110/EC',
  'investment-firm': '(e) investment firms',
  'crypto-asset-service-provider':
    '(f) crypto-asset service providers authorised under Regulation (EU) 2023/1114 and issuers of asset-referenced tokens',
  'central-securities-depository': '(g) central securities depositories',
  'central-counterparty': '(h) central counterparties',
  'trading-venue': '(i) trading venues',
  'trade-repository': '(j) trade repositories',
  'alternative-investment-fund-manager': '(k) managers of alternative investment funds',
  'management-company': '(l) management companies',
  'data-reporting-service-provider': '(m) data reporting service providers',
  'insurance-undertaking': '(n) insurance and reinsurance undertakings',
  'insurance-intermediary':
    '(o) insurance intermediaries, reinsurance intermediaries and ancillary insurance intermediaries',
  'occupational-retirement-provision': '(p) institutions for occupational retirement provision',
  'credit-rating-agency': '(q) credit rating agencies',
  'critical-benchmark-administrator': '(r) administrators of critical benchmarks',
  'crowdfunding-service-provider': '(s) crowdfunding service providers',
  'securitisation-repository': '(t) securitisation repositories',
} as const;

export type DoraFinancialEntity = keyof typeof DORA_FINANCIAL_ENTITIES;

export const DORA_FINANCIAL_ENTITY_TYPES = /* @__PURE__ */ Object.keys(
  DORA_FINANCIAL_ENTITIES,
) as DoraFinancialEntity[];

export const DORA_SCOPE: Citation = /* @__PURE__ */ dora(
  'Art. 2(1)-(2)',
  'This Regulation applies to the following entities: (a) credit institutions; (b) payment institutions ...; (c) account information service providers; (d) electronic money institutions ...; (e) investment firms; (f) crypto-asset service providers ... and issuers of asset-referenced tokens; (g) central securities depositories; (h) central counterparties; (i) trading venues; (j) trade repositories; (k) managers of alternative investment funds; (l) management companies; (m) data reporting service providers; (n) insurance and reinsurance undertakings; (o) insurance intermediaries, reinsurance intermediaries and ancillary insurance intermediaries; (p) institutions for occupational retirement provision; (q) credit rating agencies; (r) administrators of critical benchmarks; (s) crowdfunding service providers; (t) securitisation repositories; (u) ICT third-party service providers. For the purposes of this Regulation, entities referred to in paragraph 1, points (a) to (t), shall collectively be referred to as "financial entities".',
);

/**
 * Art. 2(3): entities DORA does not apply to, among them insurance intermediaries that are micro,
 * small or medium-sized enterprises, and small IORPs; Art. 2(4) lets Member States exclude others.
 * Such an entity is not displaced from NIS2 by DORA.
 */
export const DORA_EXCLUSIONS: Citation = /* @__PURE__ */ dora(
  'Art. 2(3)',
  'This Regulation does not apply to: (a) managers of alternative investment funds as referred to in Article 3(2) of Directive 2011/61/EU; (b) insurance and reinsurance undertakings as referred to in Article 4 of Directive 2009/138/EC; (c) institutions for occupational retirement provision which operate pension schemes which together do not have more than 15 members in total; (d) natural or legal persons exempted pursuant to Articles 2 and 3 of Directive 2014/65/EU; (e) insurance intermediaries, reinsurance intermediaries and ancillary insurance intermediaries which are microenterprises or small or medium-sized enterprises; (f) post office giro institutions as referred to in Article 2(5), point (3), of Directive 2013/36/EU.',
);

/**
 * NIS2 Art. 4(1) with recital 28 and DORA Art. 1(2): DORA is the sector-specific Union act for
 * financial entities; the NIS2 provisions on risk-management, reporting, supervision and
 * enforcement do not apply to them.
 */
export const LEX_SPECIALIS: Citation = /* @__PURE__ */ dora(
  'Art. 1(2) and recital 16; Directive (EU) 2022/2555, Art. 4(1) and recital 28',
  'Where sector-specific Union legal acts require essential or important entities to adopt cybersecurity risk-management measures or to notify significant incidents and where those requirements are at least equivalent in effect to the obligations laid down in this Directive, the relevant provisions of this Directive, including the provisions on supervision and enforcement laid down in Chapter VII, shall not apply to such entities (NIS2 Art. 4(1)); Regulation (EU) 2022/2554 should be considered to be a sector-specific Union legal act for the purpose of this Directive in relation to financial entities (NIS2 recital 28).',
);

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(DORA_FINANCIAL_ENTITIES);
