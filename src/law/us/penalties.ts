import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import { groupDigits } from '../../core/group-digits.js';
import { type Money, money } from '../../core/money.js';

/** One dated amount of a per-violation civil penalty. */
export interface PerViolationVersion {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  /** The maximum for each violation. */
  readonly perViolation: Money;
  /** The maximum for each intentional violation, or one involving minors' data, where the law has one. */
  readonly intentionalOrMinors: Money | null;
  /** What the higher amount covers in this version's text. */
  readonly higherTier?: 'intentional violations' | 'intentional violations and violations involving minors';
  /** Whether the amount was read in the Federal Register or statute itself; `check` says how. */
  readonly verified: boolean;
  readonly check: string;
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
  /**
   * The first date the bundled amounts cover. Before it the provision may well have applied: the
   * data stop, not the law (DataCoverageError), unless the law itself starts there (`lawFrom`).
   */
  readonly coverageFrom: IsoDate;
  /** The date the law itself starts to apply, where the library knows it; before it, NotInForceError. */
  readonly lawFrom: IsoDate | null;
}

const usd = (amount: string) => Object.freeze(money(amount, 'USD'));

/**
 * The inflation adjustments of the FTC Act civil penalties (16 CFR 1.98), one amount for
 * sections 5(l), 5(m)(1)(A) and 5(m)(1)(B). Each applies to penalties assessed from its effective
 * date, whatever the date of the violation (16 CFR 1.98: "apply only to penalties assessed after").
 * `verified` is true where the amount was read in the Federal Register or CFR text itself; the
 * others rest on the FTC's own press releases as republished and on practitioners' reports.
 */
const FTC_ADJUSTMENTS: ReadonlyArray<{
  readonly from: IsoDate;
  readonly amount: string;
  readonly fr: string;
  readonly url: string;
  readonly verified: boolean;
  readonly check: string;
}> = [
  {
    from: '2009-02-09',
    amount: '16000',
    fr: '74 FR 857 (9 January 2009)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2009-01-09/',
    verified: true,
    check: '16 CFR 1.98(c)-(e) in its 2009 version: "Section 5(l) of the FTC Act ... —$16,000".',
  },
  {
    from: '2016-08-01',
    amount: '40000',
    fr: '81 FR 42476 (30 June 2016), FR Doc. 2016-15302',
    url: 'https://www.federalregister.gov/documents/2016/06/30/2016-15302',
    verified: false,
    check:
      'Effective date read in the FR text ("effective August 1, 2016"); the amount in a practitioner report and as the "from" figure of the FTC 2017 release.',
  },
  {
    from: '2017-01-24',
    amount: '40654',
    fr: '82 FR 8135 (24 January 2017), FR Doc. 2017-01125',
    url: 'https://www.federalregister.gov/documents/2017/01/24/2017-01125',
    verified: false,
    check: 'Amount in the FTC 2017 release as republished; also the "from" figure in the 2018 FR text.',
  },
  {
    from: '2018-01-22',
    amount: '41484',
    fr: '83 FR 2902 (22 January 2018), FR Doc. 2018-00979',
    url: 'https://www.federalregister.gov/documents/2018/01/22/2018-00979',
    verified: true,
    check:
      'FR text ("Effective date: January 22, 2018") and 16 CFR 1.98 as amended ("Section 5(l) of the FTC Act ... —$41,484").',
  },
  {
    from: '2019-02-14',
    amount: '42530',
    fr: '84 FR 3980 (14 February 2019), FR Doc. 2019-02237',
    url: 'https://www.govinfo.gov/content/pkg/FR-2019-02-14/html/2019-02237.htm',
    verified: false,
    check:
      'Effective date read in the FR text; the amount in the FTC release ("increased from $41,484 to $42,530 for violations of Sections 5(l), 5(m)(1)(A) and 5(m)(1)(B)") as republished.',
  },
  {
    from: '2020-01-14',
    amount: '43280',
    fr: '85 FR 2014 (14 January 2020)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2020-01-14/',
    verified: false,
    check:
      'FR citation in the 2025 rule (footnote 2); the amount in practitioners’ reports of the 2021 adjustment ("from $43,280").',
  },
  {
    from: '2021-01-13',
    amount: '43792',
    fr: '86 FR 2539 (13 January 2021)',
    url: 'https://www.govinfo.gov/content/pkg/FR-2021-01-13/',
    verified: false,
    check: 'FR citation in the 2025 rule (footnote 2); the amount in reports of the FTC release.',
  },
  {
    from: '2022-01-10',
    amount: '46517',
    fr: '87 FR 1070 (10 January 2022), FR Doc. 2022-00213',
    url: 'https://www.federalregister.gov/documents/2022/01/10/2022-00213',
    verified: false,
    check:
      'FR page and date read; the amount as the "from" figure of the 2023 FR text (Clayton Act 7A(g)(1), adjusted with the FTC Act sections) and in practitioners’ reports.',
  },
  {
    from: '2023-01-11',
    amount: '50120',
    fr: '88 FR 1499 (11 January 2023), FR Doc. 2023-00382',
    url: 'https://www.federalregister.gov/documents/2023/01/11/2023-00382',
    verified: false,
    check:
      'FR text: "Effective January 11, 2023" and "Increase from $46,517 to $50,120" for Clayton Act 7A(g)(1); the FTC Act line itself in a practitioner report.',
  },
  {
    from: '2024-01-10',
    amount: '51744',
    fr: '89 FR 1445 (10 January 2024), FR Doc. 2024-00301',
    url: 'https://www.federalregister.gov/documents/2024/01/10/2024-00301/adjustments-to-civil-penalty-amounts',
    verified: false,
    check:
      'FR citation in the 2025 rule; the amount in a report of the FTC release and as the "from" figure of the 2025 rule.',
  },
  {
    from: '2025-01-17',
    amount: '53088',
    fr: '90 FR 5580 (17 January 2025), FR Doc. 2025-01361',
    url: 'https://www.govinfo.gov/content/pkg/FR-2025-01-17/html/2025-01361.htm',
    verified: false,
    check:
      'FR text: "Effective January 17, 2025"; the amount in practitioners’ reports (the stored copy of the FR list breaks off before it).',
  },
];

function ftcVersions(): PerViolationVersion[] {
  return FTC_ADJUSTMENTS.map((a, i) => {
    const next = FTC_ADJUSTMENTS[i + 1];
    return {
      validFrom: a.from,
      validTo: next ? dayBefore(next.from) : null,
      perViolation: usd(a.amount),
      intentionalOrMinors: null,
      verified: a.verified,
      check: a.check,
      citation: {
        instrument: `Federal Trade Commission, Adjustments to Civil Penalty Amounts, ${a.fr}`,
        provision: '16 CFR 1.98',
        url: a.url,
        text: `Civil penalties under sections 5(l), 5(m)(1)(A) and 5(m)(1)(B) of the FTC Act: $${groupDigits(a.amount)} per violation, for penalties assessed from ${a.from}.`,
      },
    };
  });
}

function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10) as IsoDate;
}

function ftc(section: string, title: string, counting: string): PerViolationProvision {
  return {
    id: `FTC Act ${section}`,
    jurisdiction: 'United States (federal)',
    title,
    counting,
    versions: ftcVersions(),
    checkedUntil: '2025-12-31',
    coverageFrom: '2009-02-09',
    lawFrom: null,
  };
}

/** 15 U.S.C. 45(l): violations of a final order of the Commission. */
export const FTC_5_L = /* @__PURE__ */ ftc(
  '5(l)',
  'Violation of a final order of the Federal Trade Commission (15 U.S.C. 45(l))',
  'each violation is a separate offense; in the case of a continuing failure to obey a final order, each day of continuance of the failure is deemed a separate offense (15 U.S.C. 45(l))',
);

/** 15 U.S.C. 45(m)(1)(A): knowing violations of a trade regulation rule. */
export const FTC_5_M_1_A = /* @__PURE__ */ ftc(
  '5(m)(1)(A)',
  'Violation of a trade regulation rule with actual knowledge or knowledge fairly implied (15 U.S.C. 45(m)(1)(A))',
  'per violation',
);

/** 15 U.S.C. 45(m)(1)(B): knowing unfair or deceptive practices the Commission already found in an order. */
export const FTC_5_M_1_B = /* @__PURE__ */ ftc(
  '5(m)(1)(B)',
  'Unfair or deceptive act or practice, with actual knowledge that it is unlawful, that a final cease and desist order of the Commission has found (15 U.S.C. 45(m)(1)(B))',
  'per violation',
);

/** California Civil Code §1798.155 with the adjustment of §1798.199.95(d). */
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
      validTo: '2022-12-31',
      perViolation: usd('2500'),
      intentionalOrMinors: usd('7500'),
      higherTier: 'intentional violations',
      verified: false,
      check:
        'The CCPA as enacted (AB 375, SB 1121): a civil penalty in an action by the Attorney General of $2,500 per violation or $7,500 per intentional violation; no tier for minors’ data (minors appear only in the opt-in rule of §1798.120(c)). Read in copies of the statute, not on leginfo.',
      citation: {
        instrument: 'California Civil Code (CCPA as enacted, Stats. 2018, ch. 55 and ch. 735)',
        provision: '§1798.155(b)',
        url: 'https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=201720180SB1121',
        text: 'Any business or third party may be liable for a civil penalty of not more than two thousand five hundred dollars ($2,500) for each violation, or seven thousand five hundred dollars ($7,500) for each intentional violation, which shall be assessed and recovered in a civil action brought in the name of the people of the State of California by the Attorney General.',
      },
    },
    {
      validFrom: '2023-01-01',
      validTo: '2024-12-31',
      perViolation: usd('2500'),
      intentionalOrMinors: usd('7500'),
      higherTier: 'intentional violations and violations involving minors',
      verified: false,
      check:
        'The CPRA (Proposition 24): §1798.155(a), operative 1 January 2023, administrative fine of the CPPA; read in a reproduction of the statute with leginfo’s history notes.',
      citation: {
        instrument: 'California Civil Code, as amended by Proposition 24 (CPRA)',
        provision: '§1798.155(a), §1798.199.55(a)(2), §1798.199.90(a)',
        url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.155',
        text: 'an administrative fine of not more than two thousand five hundred dollars ($2,500) for each violation or seven thousand five hundred dollars ($7,500) for each intentional violation or violations involving the personal information of consumers whom the business ... has actual knowledge are under 16 years of age',
      },
    },
    {
      validFrom: '2025-01-01',
      validTo: null,
      perViolation: usd('2663'),
      intentionalOrMinors: usd('7988'),
      higherTier: 'intentional violations and violations involving minors',
      verified: false,
      check:
        'The CPPA’s announcement of 17 December 2024 as reported by practitioners; the announcement itself was not read.',
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
  coverageFrom: '2020-01-01',
  lawFrom: '2020-01-01',
};

export const US_PER_VIOLATION_PROVISIONS: readonly PerViolationProvision[] = [
  FTC_5_L,
  FTC_5_M_1_A,
  FTC_5_M_1_B,
  CCPA_1798_155,
];

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(US_PER_VIOLATION_PROVISIONS);
