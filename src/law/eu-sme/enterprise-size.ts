import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { Decimal } from '../../core/decimal.js';
import { type ConversionOptions, convertForFinancialYear } from '../../core/fx/convert.js';
import { DEFAULT_FX } from '../../core/fx/schema.js';
import type { Money, SerializedMoney } from '../../core/money.js';
import type { Trace } from '../../core/steps.js';
import type { FinancialYear } from '../facts/financial-year.js';

/** What the size rules read: the financial years with their headcount, turnover and balance sheet. */
export interface SizeFacts {
  readonly financialYears: readonly FinancialYear[];
}

/** The categories of Commission Recommendation 2003/361/EC, smallest first. */
export type EnterpriseCategory = 'micro' | 'small' | 'medium' | 'large';

/**
 * The size classes with the small mid-cap enterprises of Commission Recommendation (EU) 2025/1099
 * between the medium-sized and the large: what an act that names SMCs reads (AI Act Art. 99(6a)).
 */
export type EnterpriseClass = 'micro' | 'small' | 'medium' | 'small mid-cap' | 'large';

const ORDER: readonly EnterpriseCategory[] = ['micro', 'small', 'medium', 'large'];

const RECOMMENDATION =
  'Commission Recommendation 2003/361/EC concerning the definition of micro, small and medium-sized enterprises';
const RECOMMENDATION_URL = 'https://eur-lex.europa.eu/eli/reco/2003/361/oj';

function recommendation(provision: string, text: string): Citation {
  return Object.freeze({
    instrument: RECOMMENDATION,
    provision,
    celex: '32003H0361',
    url: RECOMMENDATION_URL,
    text,
  });
}

export const CEILINGS_CITATION = /* @__PURE__ */ recommendation(
  'Annex, Art. 2',
  'Medium: fewer than 250 persons and an annual turnover not exceeding EUR 50 million and/or an annual balance sheet total not exceeding EUR 43 million. Small: fewer than 50 persons and an annual turnover and/or balance sheet total not exceeding EUR 10 million. Micro: fewer than 10 persons and an annual turnover and/or balance sheet total not exceeding EUR 2 million.',
);

export const TWO_PERIODS_CITATION = /* @__PURE__ */ recommendation(
  'Annex, Art. 4(1)-(2)',
  'The data are those of the latest approved accounting period, on an annual basis. Exceeding or falling below a ceiling changes the status only if it happens over two consecutive accounting periods.',
);

const SMC_RECOMMENDATION =
  'Commission Recommendation (EU) 2025/1099 of 21 May 2025 on the definition of small mid-cap enterprises';

/**
 * Recommendation (EU) 2025/1099, Annex: an enterprise that is not an SME, employs fewer than 750
 * persons and has an annual turnover not exceeding EUR 150 million or an annual balance sheet total
 * not exceeding EUR 129 million. The staff and financial data, the linked and partner enterprises
 * and the two-period rule are read as in Recommendation 2003/361/EC, to which the Annex refers.
 * Verification: the ceilings were read in the Commission's proposal and secondary sources; the
 * Annex's own wording on consecutive periods was not available to read (lawStatus lists it).
 */
export const SMC_CITATION: Citation = {
  instrument: SMC_RECOMMENDATION,
  provision: 'Annex, point 2',
  celex: '32025H1099',
  url: 'https://eur-lex.europa.eu/eli/reco/2025/1099/oj',
  text: 'Small mid-cap enterprises: enterprises which are not SMEs, which employ fewer than 750 persons and which have an annual turnover not exceeding EUR 150 million or an annual balance sheet total not exceeding EUR 129 million.',
};

/** The day Recommendation (EU) 2025/1099 was adopted: no SMC status is reported before it. */
export const SMC_DEFINED_FROM = '2025-05-21';

export const SMC_CEILING = {
  headcountBelow: 750,
  turnover: new Decimal(1.5e8),
  balanceSheet: new Decimal(1.29e8),
} as const;

/** The ceilings in millions, as the steps write them. */
export const SMC_MILLIONS = {
  turnover: SMC_CEILING.turnover.div(1e6).toFixed(),
  balanceSheet: SMC_CEILING.balanceSheet.div(1e6).toFixed(),
} as const;

const LINKED_CITATION = /* @__PURE__ */ recommendation(
  'Annex, Art. 6',
  'The data of an enterprise include those of its partner and linked enterprises: for an enterprise in a group, the consolidated accounts.',
);

interface Ceiling {
  readonly category: EnterpriseCategory;
  /** Staff headcount in annual work units must be below this. */
  readonly headcountBelow: number;
  readonly turnover: Decimal;
  readonly balanceSheet: Decimal;
}

/** Annex Art. 2(1)-(3). */
const CEILINGS: readonly Ceiling[] = [
  { category: 'micro', headcountBelow: 10, turnover: new Decimal(2e6), balanceSheet: new Decimal(2e6) },
  { category: 'small', headcountBelow: 50, turnover: new Decimal(1e7), balanceSheet: new Decimal(1e7) },
  { category: 'medium', headcountBelow: 250, turnover: new Decimal(5e7), balanceSheet: new Decimal(4.3e7) },
];

export interface YearSize {
  readonly year: number;
  readonly end: IsoDate;
  readonly scope: FinancialYear['scope'];
  readonly headcount: number;
  readonly turnover: SerializedMoney;
  readonly balanceSheetTotal: SerializedMoney | null;
  /** The category the year's figures alone fall in. */
  readonly figuresFitIn: EnterpriseCategory;
  /** The status after the two-period rule of Art. 4(2). */
  readonly status: EnterpriseCategory;
  /** Whether the figures alone are within the small mid-cap ceilings of Recommendation (EU) 2025/1099. */
  readonly figuresFitSmallMidCap: boolean;
}

export interface EnterpriseSize {
  readonly asOf: IsoDate;
  /** The status on `asOf`; null when the profile lacks the headcount of every closed year. */
  readonly category: EnterpriseCategory | null;
  /** Micro, small or medium. */
  readonly sme: boolean | null;
  /**
   * A small mid-cap enterprise (Recommendation (EU) 2025/1099): not an SME, and within the SMC
   * ceilings under the two-period rule; null where the size is unknown or the date is before the
   * Recommendation.
   */
  readonly smallMidCap: boolean | null;
  /** The size class with small mid-caps between medium and large; null where unknown. */
  readonly sizeClass: EnterpriseClass | null;
  /** The last financial year closed before `asOf` that the status rests on. */
  readonly year: number | null;
  /**
   * The day the enterprise ceased to qualify as micro, small or medium (the close of the second
   * consecutive period over the ceiling), when that happened and it has not qualified again since.
   */
  readonly ceasedToQualify: { readonly [C in Exclude<EnterpriseCategory, 'large'>]: IsoDate | null };
  readonly years: readonly YearSize[];
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

function fitsIn(headcount: number, turnover: Decimal, balanceSheet: Decimal | null): EnterpriseCategory {
  for (const c of CEILINGS) {
    if (headcount >= c.headcountBelow) continue;
    if (turnover.lte(c.turnover) || balanceSheet?.lte(c.balanceSheet)) return c.category;
  }
  return 'large';
}

function inEuro(
  amount: Money,
  fy: FinancialYear,
  fx: ConversionOptions,
): { value: Decimal; steps: readonly Trace[] } {
  if (amount.currency === 'EUR') return { value: amount.amount, steps: [] };
  const conversion = convertForFinancialYear(
    amount,
    'EUR',
    { year: fy.year, start: fy.start, end: fy.end },
    fx,
  );
  return { value: conversion.converted.amount, steps: conversion.steps };
}

/** The figures of each closed year to judge size on: the group's where the profile has them (Art. 6). */
function yearsToJudge(profile: SizeFacts, asOf: IsoDate): FinancialYear[] {
  const byEnd = new Map<IsoDate, FinancialYear>();
  for (const fy of profile.financialYears) {
    if (fy.end >= asOf || fy.employees === undefined) continue;
    const seen = byEnd.get(fy.end);
    if (!seen || (seen.scope === 'entity' && fy.scope === 'undertaking')) byEnd.set(fy.end, fy);
  }
  return [...byEnd.values()].sort((a, b) => (a.end < b.end ? -1 : 1));
}

/**
 * Annex Art. 4(2): an enterprise gains or loses a status only when its figures fall on the other
 * side of a ceiling in two consecutive periods; the new status is the nearer of the two years'.
 */
function twoPeriodStatus(
  status: EnterpriseCategory | null,
  previousFit: EnterpriseCategory | null,
  fit: EnterpriseCategory,
): EnterpriseCategory {
  if (status === null || previousFit === null) return fit;
  const rank = ORDER.indexOf(status);
  const a = ORDER.indexOf(fit);
  const b = ORDER.indexOf(previousFit);
  if (a > rank && b > rank) return ORDER[Math.min(a, b)] as EnterpriseCategory;
  if (a < rank && b < rank) return ORDER[Math.max(a, b)] as EnterpriseCategory;
  return status;
}

/** The date the enterprise ceased to qualify for each SME category (null while it qualifies again). */
function recordCeased(
  ceased: Record<Exclude<EnterpriseCategory, 'large'>, IsoDate | null>,
  status: EnterpriseCategory | null,
  next: EnterpriseCategory,
  end: IsoDate,
): void {
  if (status === null || next === status) return;
  for (const c of ['micro', 'small', 'medium'] as const) {
    const r = ORDER.indexOf(c);
    if (ORDER.indexOf(status) <= r && ORDER.indexOf(next) > r) ceased[c] = end;
    if (ORDER.indexOf(next) <= r) ceased[c] = null;
  }
}

/** The small mid-cap ceilings (Recommendation (EU) 2025/1099, Annex point 2): fewer than 750 persons, and turnover or balance sheet within them. */
function fitsSmallMidCap(headcount: number, turnover: Decimal, balance: Decimal | null): boolean {
  return (
    headcount < SMC_CEILING.headcountBelow &&
    (turnover.lte(SMC_CEILING.turnover) || (balance?.lte(SMC_CEILING.balanceSheet) ?? false))
  );
}

/** One year's figures against the ceilings, and the status the two-period rule leaves. */
function yearStep(y: YearSize): Trace {
  const moved = y.status !== y.figuresFitIn;
  return {
    id: 'eu-sme.size-in-year',
    value: y.status,
    citation: moved ? TWO_PERIODS_CITATION : CEILINGS_CITATION,
    inputs: Object.freeze({
      headcount: y.headcount,
      turnover: y.turnover.amount,
      balanceSheetTotal: y.balanceSheetTotal?.amount ?? null,
      fits: y.figuresFitIn,
      year: y.year,
      end: y.end,
      moved,
    }),
  };
}

/** Recommendation (EU) 2025/1099: a large enterprise within the small mid-cap ceilings, or over them. */
function smallMidCapStep(smallMidCap: boolean): Trace {
  return {
    id: 'eu-sme.small-mid-cap',
    value: smallMidCap,
    citation: SMC_CITATION,
  };
}

/**
 * The small mid-cap status under the same two-period rule as Art. 4(2) of the Recommendation: it
 * changes only when two consecutive closed periods fall on the other side of a ceiling.
 */
function twoPeriodSmallMidCap(status: boolean | null, previousFit: boolean | null, fit: boolean): boolean {
  if (status === null || previousFit === null) return fit;
  return fit === previousFit && fit !== status ? fit : status;
}

/** Group figures were used (Annex, Art. 6), or no closed year could be judged: said in a step. */
function judgementNotes(
  judged: readonly { readonly scope: string }[],
  anyYear: boolean,
  asOf: IsoDate,
): Trace[] {
  const notes: Trace[] = [];
  if (judged.some((fy) => fy.scope === 'undertaking')) {
    notes.push({ id: 'eu-sme.partner-linked', value: 'group figures used', citation: LINKED_CITATION });
  }
  if (!anyYear) {
    notes.push({
      id: 'eu-sme.size',
      value: null,
      inputs: Object.freeze({ asOf }),
      citation: CEILINGS_CITATION,
      severity: 'warning',
    });
  }
  return notes;
}

/**
 * The enterprise category of Recommendation 2003/361/EC on a date, from the financial years the
 * profile reports (headcount, turnover, balance sheet total), with the two-period rule of Art. 4(2):
 * the status changes only when two consecutive closed periods fall on the other side of a ceiling.
 */
export function computeEnterpriseSize(
  profile: SizeFacts,
  asOf: IsoDate,
  fx: ConversionOptions = DEFAULT_FX,
): EnterpriseSize {
  const judged = yearsToJudge(profile, asOf);
  const steps: Trace[] = [];
  const years: YearSize[] = [];
  const ceased: Record<Exclude<EnterpriseCategory, 'large'>, IsoDate | null> = {
    micro: null,
    small: null,
    medium: null,
  };
  let status: EnterpriseCategory | null = null;
  let previousFit: EnterpriseCategory | null = null;
  // The SMC ceilings under the same two-period rule: the status changes only when two consecutive
  // closed periods fall on the other side.
  let smcStatus: boolean | null = null;
  let previousSmcFit: boolean | null = null;
  for (const fy of judged) {
    const headcount = fy.employees as number;
    const turnover = inEuro(fy.turnover, fy, fx);
    const balance = fy.balanceSheetTotal ? inEuro(fy.balanceSheetTotal, fy, fx) : null;
    steps.push(...turnover.steps, ...(balance?.steps ?? []));
    const fit = fitsIn(headcount, turnover.value, balance?.value ?? null);
    const next = twoPeriodStatus(status, previousFit, fit);
    recordCeased(ceased, status, next, fy.end);
    status = next;
    previousFit = fit;
    const smcFit = fitsSmallMidCap(headcount, turnover.value, balance?.value ?? null);
    smcStatus = twoPeriodSmallMidCap(smcStatus, previousSmcFit, smcFit);
    previousSmcFit = smcFit;
    const yearSize: YearSize = {
      year: fy.year,
      end: fy.end,
      scope: fy.scope,
      headcount,
      turnover: { amount: turnover.value.toFixed(), currency: 'EUR' },
      balanceSheetTotal: balance ? { amount: balance.value.toFixed(), currency: 'EUR' } : null,
      figuresFitIn: fit,
      status: next,
      figuresFitSmallMidCap: smcFit,
    };
    years.push(yearSize);
    steps.push(yearStep(yearSize));
  }
  steps.push(...judgementNotes(judged, years.length > 0, asOf));
  const last = years.at(-1);
  const smallMidCap =
    status === null || asOf < SMC_DEFINED_FROM ? null : status === 'large' && smcStatus === true;
  if (smallMidCap !== null && status === 'large') steps.push(smallMidCapStep(smallMidCap));
  return {
    asOf,
    category: status,
    sme: status === null ? null : status !== 'large',
    smallMidCap,
    sizeClass: status === null ? null : smallMidCap ? 'small mid-cap' : status,
    year: last?.year ?? null,
    ceasedToQualify: ceased,
    years,
    citation: CEILINGS_CITATION,
    steps,
  };
}
