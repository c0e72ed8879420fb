import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { type Money, money } from '../../core/money.js';

/** One dated amount of a per-violation civil penalty. */
export interface PerViolationVersion {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  /** The maximum for each violation. */
  readonly perViolation: Money;
  /** The maximum for each intentional violation, or one involving minors' data, where the law has one. */
  readonly intentionalOrMinors: Money | null;
  readonly citation: Citation;
}

/**
 * A US civil penalty counted per violation, for comparison with the EU's turnover-based caps.
 * The amounts are adjusted for inflation on dates the law sets; each adjustment is a version.
 */
export interface PerViolationProvision {
  /** "FTC Act 5(l)", "CCPA 1798.155". */
  readonly id: string;
  readonly jurisdiction: 'United States (federal)' | 'California';
  readonly title: string;
  /** How violations are counted, in the law's words where it says. */
  readonly counting: string;
  readonly versions: readonly PerViolationVersion[];
  /** The date up to which the amounts were checked; an adjustment after it may exist. */
  readonly checkedUntil: IsoDate;
}

const usd = (amount: string) => Object.freeze(money(amount, 'USD'));

const FTC_2024: Citation = {
  instrument: 'Federal Trade Commission, Adjustments to Civil Penalty Amounts, 89 FR 1445 (10 January 2024)',
  provision: '16 CFR 1.98',
  url: 'https://www.federalregister.gov/documents/2024/01/10/2024-00301/adjustments-to-civil-penalty-amounts',
  text: 'Civil penalties under sections 5(l), 5(m)(1)(A) and 5(m)(1)(B) of the FTC Act adjusted to $51,744.',
};

const FTC_2025: Citation = {
  instrument:
    'Federal Trade Commission, Adjustments to Civil Penalty Amounts, 90 FR 5580 (17 January 2025), FR Doc. 2025-01361',
  provision: '16 CFR 1.98',
  url: 'https://www.govinfo.gov/content/pkg/FR-2025-01-17/html/2025-01361.htm',
  text: 'Effective January 17, 2025: civil penalties under sections 5(l), 5(m)(1)(A) and 5(m)(1)(B) of the FTC Act increase from $51,744 to $53,088.',
};

function ftc(section: string, title: string, counting: string): PerViolationProvision {
  return {
    id: `FTC Act ${section}`,
    jurisdiction: 'United States (federal)',
    title,
    counting,
    versions: [
      {
        validFrom: '2024-01-10',
        validTo: '2025-01-16',
        perViolation: usd('51744'),
        intentionalOrMinors: null,
        citation: FTC_2024,
      },
      {
        validFrom: '2025-01-17',
        validTo: null,
        perViolation: usd('53088'),
        intentionalOrMinors: null,
        citation: FTC_2025,
      },
    ],
    checkedUntil: '2025-12-31',
  };
}

/** 15 U.S.C. 45(l): violations of a final order of the Commission. */
export const FTC_5_L = ftc(
  '5(l)',
  'Violation of a final order of the Federal Trade Commission (15 U.S.C. 45(l))',
  'each violation is a separate offense; in the case of a continuing failure to obey a final order, each day of continuance of the failure is deemed a separate offense (15 U.S.C. 45(l))',
);

/** 15 U.S.C. 45(m)(1)(A): knowing violations of a trade regulation rule. */
export const FTC_5_M_1_A = ftc(
  '5(m)(1)(A)',
  'Violation of a trade regulation rule with actual knowledge or knowledge fairly implied (15 U.S.C. 45(m)(1)(A))',
  'per violation',
);

/** California Civil Code §1798.155(a) with the adjustment of §1798.199.95(d). */
export const CCPA_1798_155: PerViolationProvision = {
  id: 'CCPA 1798.155',
  jurisdiction: 'California',
  title:
    'Administrative fine for a violation of the California Consumer Privacy Act (Cal. Civ. Code §1798.155)',
  counting:
    'per violation; intentional violations and violations involving the personal information of consumers known to be under 16 carry the higher amount',
  versions: [
    {
      validFrom: '2020-01-01',
      validTo: '2024-12-31',
      perViolation: usd('2500'),
      intentionalOrMinors: usd('7500'),
      citation: {
        instrument: 'California Civil Code',
        provision: '§1798.155 and §1798.199.55(a)(2)',
        url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.155',
        text: 'up to $2,500 for each violation, or up to $7,500 for each intentional violation and each violation involving the personal information of minor consumers',
      },
    },
    {
      validFrom: '2025-01-01',
      validTo: null,
      perViolation: usd('2663'),
      intentionalOrMinors: usd('7988'),
      citation: {
        instrument:
          'California Privacy Protection Agency, CPI adjustment under Cal. Civ. Code §1798.199.95(d) (17 December 2024)',
        provision: '§1798.155(a)',
        url: 'https://cppa.ca.gov/regulations/',
        text: 'From 1 January 2025: $2,663 per violation, $7,988 per intentional violation or violation involving minors.',
      },
    },
  ],
  checkedUntil: '2026-11-28',
};

export const US_PER_VIOLATION_PROVISIONS: readonly PerViolationProvision[] = [
  FTC_5_L,
  FTC_5_M_1_A,
  CCPA_1798_155,
];
