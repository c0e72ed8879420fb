import type { Citation } from '../core/citation.js';
import type { CurrencyCode } from '../core/currency.js';
import { type IsoDate, yearOf } from '../core/dates.js';
import { MissingTurnoverError } from '../core/errors.js';
import { precedingEnd } from '../core/financial-year.js';
import { type Conversion, type ConversionOptions, convertForFinancialYear } from '../core/fx/convert.js';
import { weakMemo, weakMemo2 } from '../core/memo.js';
import type { Money } from '../core/money.js';
import type { Trace } from '../core/steps.js';
import { preparedYear } from './prepared-year.js';
import type { CompanyProfile, FinancialYear } from './schema.js';

export type TurnoverScope = 'undertaking' | 'entity';

export interface TurnoverRequest {
  readonly profile: CompanyProfile;
  /** The date of the decision (the `asOf` of the computation). */
  readonly decisionDate: IsoDate;
  /** Whose turnover the rule takes, and the citations that say so. */
  readonly scope: TurnoverScope;
  readonly scopeCitations: readonly Citation[];
  /** The caller asked for the entity's turnover although the rule takes the undertaking's. */
  readonly scopeOverridden: boolean;
  /** Use the latest earlier financial year when the preceding one is missing (shown as a warning). */
  readonly allowFallback: boolean;
  readonly currency: CurrencyCode;
  readonly fx: ConversionOptions;
  readonly yearCitation: Citation;
}

export interface ResolvedTurnover {
  /** The turnover in the currency of the cap. */
  readonly amount: Money;
  /** The turnover as the profile reports it. */
  readonly reported: Money;
  readonly year: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly scope: TurnoverScope;
  readonly conversion: Conversion | null;
  /** The financial year the rule wanted (its label and end), and whether an earlier one stood in for it. */
  readonly neededYear: number;
  readonly neededEnd: IsoDate;
  readonly fellBack: boolean;
  readonly financialYear: FinancialYear;
  readonly request: TurnoverRequest;
}

/**
 * The best turnover figure ending on `end` (or, for a fallback, the latest ending before `before`):
 * the rule's scope first, else the scope that may stand in for it (`standIn`): a standalone
 * company's own figure for the undertaking's, or the group's figure for a provider's own.
 */
function bestFigure(
  years: readonly FinancialYear[],
  scope: TurnoverScope,
  standIn: TurnoverScope | null,
  end: IsoDate | null,
  before: IsoDate | null,
): FinancialYear | undefined {
  let exact: FinancialYear | undefined;
  let other: FinancialYear | undefined;
  for (let i = 0; i < years.length; i++) {
    const fy = years[i] as FinancialYear;
    if (end !== null ? fy.end !== end : before !== null && fy.end >= before) continue;
    if (fy.scope === scope) {
      if (!exact || fy.end > exact.end) exact = fy;
    } else if (standIn !== null && fy.scope === standIn && (!other || fy.end > other.end)) {
      other = fy;
    }
  }
  if (exact && other) return other.end > exact.end ? other : exact;
  return exact ?? other;
}

function yearLabelFor(neededEnd: IsoDate, reference: FinancialYear): number {
  return yearOf(neededEnd) - (yearOf(reference.end) - reference.year);
}

/** The year the preceding one is projected from: the latest ended before the decision, else the earliest reported. */
function referenceYear(years: readonly FinancialYear[], decisionDate: IsoDate): FinancialYear {
  let reference: FinancialYear | undefined;
  for (let i = 0; i < years.length; i++) {
    const fy = years[i] as FinancialYear;
    if (fy.end < decisionDate && (!reference || fy.end > reference.end)) reference = fy;
  }
  if (!reference) {
    for (let i = 0; i < years.length; i++) {
      const fy = years[i] as FinancialYear;
      if (!reference || fy.end < reference.end) reference = fy;
    }
  }
  return reference as FinancialYear;
}

/**
 * The other figure that may stand for the one asked: a standalone company's own turnover is its
 * undertaking's; an entity's may be read from the group's unless the caller asked for the entity's.
 */
function standInScope(request: TurnoverRequest): TurnoverScope | null {
  const { profile } = request;
  const standalone = profile.undertaking === undefined || profile.undertaking === profile.name;
  if (request.scope === 'undertaking') return standalone ? 'entity' : null;
  return request.scopeOverridden ? null : 'undertaking';
}

/** The error for a turnover the profile does not hold, naming whose, which year, and what it has instead. */
function missingTurnover(
  request: TurnoverRequest,
  neededYear: number,
  neededEnd: IsoDate,
): MissingTurnoverError {
  const { profile, decisionDate } = request;
  const whose =
    request.scope === 'undertaking'
      ? `the undertaking's${profile.undertaking ? ` (${profile.undertaking})` : ''}`
      : "the entity's";
  const has = profile.financialYears.filter((fy) => fy.end === neededEnd).map((fy) => fy.scope);
  const hint = has.length ? ` (the profile has only the ${has.join(' and ')} figure for that year)` : '';
  return new MissingTurnoverError(
    `${profile.name}: ${whose} turnover for financial year ${neededYear} (ended ${neededEnd}) is needed for a decision on ${decisionDate} and is not in the profile${hint}${request.allowFallback ? '' : '; add it, or allow a fallback to an earlier year'}`,
    neededYear,
    neededEnd,
    request.scope,
  );
}

/**
 * The turnover a cap is computed on: that of "the preceding financial year" (the last financial
 * year that ended before the decision date), at the scope the rule takes, converted into the
 * currency of the cap. The preceding year's end is projected from the financial-year ends the
 * profile reports, so a missing year is noticed, not silently replaced by an older one.
 */
export function resolveTurnover(request: TurnoverRequest): ResolvedTurnover {
  const { profile, decisionDate } = request;
  const years = profile.financialYears;
  if (years.length === 0) {
    const year = yearOf(decisionDate) - 1;
    throw new MissingTurnoverError(
      `${profile.name}: the profile reports no financial year; the turnover of the financial year preceding ${decisionDate} (${year} for a calendar financial year) is needed`,
      year,
      `${year}-12-31`,
      request.scope,
    );
  }
  const anchor = referenceYear(years, decisionDate);
  const neededEnd = precedingEnd(anchor.end, decisionDate);
  // Label of the year wanted: that of the reference year when it is the one (the usual case).
  const neededYear = anchor.end === neededEnd ? anchor.year : yearLabelFor(neededEnd, anchor);
  const standIn = standInScope(request);

  let chosen = bestFigure(years, request.scope, standIn, neededEnd, null);
  let fellBack = false;
  if (!chosen) {
    chosen = request.allowFallback
      ? bestFigure(years, request.scope, standIn, null, decisionDate)
      : undefined;
    if (!chosen) throw missingTurnover(request, neededYear, neededEnd);
    fellBack = true;
  }
  const fy = chosen;
  const start = fy.start;
  const reported: Money = fy.turnover;
  const conversion =
    reported.currency === request.currency
      ? null
      : convertForFinancialYear(
          reported,
          request.currency,
          { year: fy.year, start, end: fy.end },
          request.fx,
        );

  return {
    amount: conversion ? conversion.converted : reported,
    reported,
    year: fy.year,
    start,
    end: fy.end,
    scope: fy.scope,
    conversion,
    neededYear,
    neededEnd,
    fellBack,
    financialYear: fy,
    request,
  };
}

/** "Preceding financial year: 2020 (ended 2020-12-31)", under the provision's citation. */
function buildPrecedingStep(citation: Citation, decisionDate: IsoDate, year: number, end: IsoDate): Trace {
  return Object.freeze({
    id: 'turnover.preceding-year',
    value: year,
    citation,
    inputs: Object.freeze({ decisionDate, year, end }),
  });
}

/**
 * The step of a year labelled by the calendar year it ends in, as nearly every year is.
 * Remembered per citation, decision date and year end: shared by every company with that year end.
 */
const usualPrecedingStep = /* @__PURE__ */ weakMemo2(
  (citation: Citation, decisionDate: IsoDate, end: IsoDate) =>
    buildPrecedingStep(citation, decisionDate, yearOf(end), end),
);

/** Which financial year precedes the decision; a year labelled otherwise (2020 for 2020/21) is rare, and built each time. */
function precedingStep(turnover: ResolvedTurnover): Trace {
  const { request, neededYear, neededEnd } = turnover;
  return neededYear === yearOf(neededEnd)
    ? usualPrecedingStep(request.yearCitation, request.decisionDate, neededEnd)
    : buildPrecedingStep(request.yearCitation, request.decisionDate, neededYear, neededEnd);
}

/** Whose turnover a provision takes (`turnoverBasis`), in which currency, and the paragraph that says so. */
export interface TurnoverRule {
  readonly turnoverBasis: {
    readonly whose: 'undertaking' | 'provider';
    readonly citations: readonly Citation[];
  };
  readonly currency: CurrencyCode;
  readonly citation: Citation;
}

/**
 * The turnover a provision's share applies to: the preceding financial year's, of the undertaking
 * or the provider the provision names, unless the caller asks for another scope (shown as such).
 */
export function turnoverUnder(
  rule: TurnoverRule,
  profile: CompanyProfile,
  decisionDate: IsoDate,
  fx: ConversionOptions,
  options: { readonly scope?: TurnoverScope | undefined; readonly allowFallback: boolean },
): ResolvedTurnover {
  const ruleScope: TurnoverScope = rule.turnoverBasis.whose === 'undertaking' ? 'undertaking' : 'entity';
  return resolveTurnover({
    profile,
    decisionDate,
    scope: options.scope ?? ruleScope,
    scopeCitations: rule.turnoverBasis.citations,
    scopeOverridden: options.scope !== undefined && options.scope !== ruleScope,
    allowFallback: options.allowFallback,
    currency: rule.currency,
    fx,
    yearCitation: rule.citation,
  });
}

/** The steps that explain a resolved turnover: which year, whose figure, which rate. */
export function turnoverSteps(turnover: ResolvedTurnover, first?: Trace): Trace[] {
  const { request } = turnover;
  const reported = preparedYear(turnover.financialYear).reportedStep;
  if (first && !turnover.fellBack && !turnover.conversion) {
    // The usual case, as one array: no fallback, no conversion.
    return [first, precedingStep(turnover), scopeStep(request, turnover.scope), reported];
  }
  const steps: Trace[] = first ? [first, precedingStep(turnover)] : [precedingStep(turnover)];
  if (turnover.fellBack) {
    steps.push({
      id: 'turnover.fallback-year',
      value: turnover.year,
      severity: 'warning',
      inputs: Object.freeze({ needed: turnover.neededYear, used: turnover.year, end: turnover.end }),
    });
  }
  steps.push(scopeStep(request, turnover.scope), reported);
  if (turnover.conversion) steps.push(...turnover.conversion.steps);
  return steps;
}

/** The six cases of whose turnover was used (the words of each are in `report/steps/`). */
export type TurnoverScopeCase =
  | 'undertaking'
  | 'entity'
  | 'standalone'
  | 'group-for-provider'
  | 'overridden-entity'
  | 'overridden-undertaking';

const SCOPE_VALUES: Readonly<Record<TurnoverScopeCase, { value: string; severity?: 'warning' }>> = {
  undertaking: { value: 'undertaking' },
  entity: { value: 'entity' },
  standalone: { value: 'entity, taken as the undertaking' },
  'group-for-provider': { value: 'undertaking, standing in for the entity', severity: 'warning' },
  'overridden-entity': { value: 'entity (as you asked)', severity: 'warning' },
  'overridden-undertaking': { value: 'undertaking (as you asked)', severity: 'warning' },
};

/** The six explanations of whose turnover was used, under the citation of the provision's basis. */
function computeScopeSteps(citation: Citation): Readonly<Record<TurnoverScopeCase, Trace>> {
  const step = (scopeCase: TurnoverScopeCase): Trace =>
    Object.freeze({
      id: 'turnover.scope',
      ...SCOPE_VALUES[scopeCase],
      citation,
      inputs: Object.freeze({ case: scopeCase }),
    });
  const cases = Object.keys(SCOPE_VALUES) as TurnoverScopeCase[];
  return Object.freeze(Object.fromEntries(cases.map((c) => [c, step(c)]))) as Record<
    TurnoverScopeCase,
    Trace
  >;
}

/** Remembered per citation (a frozen law table's): the same six steps for every company. */
const scopeStepsOf = /* @__PURE__ */ weakMemo(computeScopeSteps);

/** Whose turnover was used, and why: one of six fixed explanations, shared by every company. */
function scopeStep(request: TurnoverRequest, used: TurnoverScope): Trace {
  const scopeCase: TurnoverScopeCase =
    request.scope === 'undertaking' && used === 'entity'
      ? 'standalone'
      : request.scope === 'entity' && used === 'undertaking' && !request.scopeOverridden
        ? 'group-for-provider'
        : request.scopeOverridden
          ? used === 'entity'
            ? 'overridden-entity'
            : 'overridden-undertaking'
          : used;
  return scopeStepsOf(request.scopeCitations[0] as Citation)[scopeCase];
}
