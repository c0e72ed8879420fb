import { addDaysIso, addYearsIso, type IsoDate } from '../../../core/dates.js';
import type { Decimal } from '../../../core/decimal.js';
import { type ConversionOptions, convertForFinancialYear } from '../../../core/fx/convert.js';
import { DEFAULT_FX } from '../../../core/fx/schema.js';
import type { Money } from '../../../core/money.js';
import type { StepId, Trace } from '../../../core/steps.js';
import type { CommonFacts } from '../../facts/company.js';
import type { FinancialYear } from '../../facts/financial-year.js';
import type { Service } from '../../facts/service.js';
import { inUnion } from '../../union/membership.js';
import { periodEnd } from '../../union/regulation-1182-71.js';
import type { CorePlatformService } from '../obligations.js';
import {
  BUSINESS_USERS_THRESHOLD,
  COMPLIANCE_DEADLINE,
  END_USERS_THRESHOLD,
  MARKET_CAP_THRESHOLD,
  MEMBER_STATES_THRESHOLD,
  PRESUMPTION_A,
  PRESUMPTION_B,
  PRESUMPTION_C,
  SYSTEMATIC_NON_COMPLIANCE,
  UNION_TURNOVER_THRESHOLD,
} from '../regulation.js';
import { dmaDecisionsWithinEightYears } from './repeat-infringement.js';

/** The core platform service (Art. 2(2)) a kind of service is; null when it is none. */
export const CORE_PLATFORM_SERVICE_OF_KIND: Readonly<Record<Service['kind'], CorePlatformService | null>> = {
  'online-marketplace': 'online intermediation service',
  'app-store': 'online intermediation service',
  'online-search-engine': 'online search engine',
  'social-network': 'online social networking service',
  'video-sharing-platform': 'video-sharing platform service',
  'number-independent-messaging': 'number-independent interpersonal communications service',
  'operating-system': 'operating system',
  'web-browser': 'web browser',
  'virtual-assistant': 'virtual assistant',
  'cloud-computing': 'cloud computing service',
  'online-advertising': 'online advertising service',
  'online-platform': null,
  'mere-conduit': null,
  caching: null,
  hosting: null,
  'software-as-a-service': null,
  other: null,
};

export type LimbResult = boolean | null;

export interface CorePlatformServiceStatus {
  readonly name: string;
  readonly service: CorePlatformService;
  readonly memberStates: number | null;
  /** Art. 3(2)(b) in the last financial year. */
  readonly usersLastYear: LimbResult;
  /** Art. 3(2)(c): the (b) thresholds in each of the last three financial years. */
  readonly usersThreeYears: LimbResult;
  /**
   * Listed in a designation decision on or before `asOf`; `obligationsFrom` is the last day of the
   * six months of Art. 3(10), counted under Regulation (EEC, Euratom) No 1182/71.
   */
  readonly designated: { readonly date: IsoDate; readonly obligationsFrom: IsoDate } | null;
}

export interface GatekeeperAssessment {
  readonly asOf: IsoDate;
  /** The last three financial years closed before `asOf`, latest first. */
  readonly financialYears: readonly number[];
  readonly presumption: {
    readonly sizeLimb: LimbResult;
    readonly usersLimb: LimbResult;
    readonly entrenchedLimb: LimbResult;
    /** All three limbs of Art. 3(2) are met: the undertaking must notify the Commission (Art. 3(3)). */
    readonly presumed: LimbResult;
  };
  /** Designated as gatekeeper for at least one core platform service on `asOf`. */
  readonly designated: boolean;
  readonly services: readonly CorePlatformServiceStatus[];
  /** Art. 18: at least three non-compliance decisions in the 8 years before `asOf`. */
  readonly systematicNonCompliance: { readonly flagged: boolean; readonly decisions: readonly IsoDate[] };
  readonly steps: readonly Trace[];
}

function and(values: readonly LimbResult[]): LimbResult {
  if (values.some((v) => v === false)) return false;
  return values.some((v) => v === null) ? null : true;
}

function or(values: readonly LimbResult[]): LimbResult {
  if (values.some((v) => v === true)) return true;
  return values.some((v) => v === null) ? null : false;
}

/** The undertaking's figure for each closed year (the group's first), latest first. */
function closedYears(profile: CommonFacts, asOf: IsoDate): FinancialYear[] {
  const byEnd = new Map<IsoDate, FinancialYear>();
  for (const fy of profile.financialYears) {
    if (fy.end >= asOf) continue;
    const seen = byEnd.get(fy.end);
    if (!seen || (seen.scope === 'entity' && fy.scope === 'undertaking')) byEnd.set(fy.end, fy);
  }
  return [...byEnd.values()].sort((a, b) => (a.end < b.end ? 1 : -1));
}

function inEuro(
  amount: Money,
  fy: FinancialYear,
  fx: ConversionOptions,
): { value: Decimal; steps: readonly Trace[] } {
  if (amount.currency === 'EUR') return { value: amount.amount, steps: [] };
  const c = convertForFinancialYear(amount, 'EUR', { year: fy.year, start: fy.start, end: fy.end }, fx);
  return { value: c.converted.amount, steps: c.steps };
}

/**
 * The day the six months of Art. 3(10) end: the period runs from the day after the designation
 * (Regulation (EEC, Euratom) No 1182/71, Art. 3(1)) and ends on the same date six months later
 * (Art. 3(2)(c)), or the next working day if that is a Saturday or Sunday (Art. 3(4)): a designation of 6 September 2023 gives 7 March 2024, the date the Commission
 * announced for the first gatekeepers.
 */
export function complianceDeadline(designation: IsoDate): IsoDate {
  const end = periodEnd({ date: designation, moment: null }, { length: 6, unit: 'months' }, NO_HOLIDAYS);
  return addDaysIso(end.lastDay, 1);
}

const NO_HOLIDAYS: ReadonlySet<IsoDate> = new Set();

/** An amount in euros against an Art. 3(2)(a) threshold ("at or above" it), recorded as a step. */
function atOrAbove(
  amount: Money,
  fy: FinancialYear,
  threshold: string,
  fx: ConversionOptions,
  id: StepId,
  steps: Trace[],
): boolean {
  const eur = inEuro(amount, fy, fx);
  steps.push(...eur.steps);
  const hit = eur.value.gte(threshold);
  steps.push({
    id,
    value: { amount: eur.value.toFixed(), currency: 'EUR' },
    citation: PRESUMPTION_A,
    inputs: Object.freeze({ year: fy.year, threshold, atOrAbove: hit }),
  });
  return hit;
}

/** Art. 3(2)(a), first limb: a Union turnover of EUR 7.5 billion in each of the last three years. */
function unionTurnoverLimb(
  years: readonly FinancialYear[],
  complete: boolean,
  fx: ConversionOptions,
  steps: Trace[],
): LimbResult {
  const hits: LimbResult[] = years.map((fy) =>
    fy.euTurnover
      ? atOrAbove(fy.euTurnover, fy, UNION_TURNOVER_THRESHOLD, fx, 'dma.art-3-2-a.union-turnover', steps)
      : null,
  );
  return complete ? and(hits) : hits.includes(false) ? false : null;
}

/** Art. 3(2)(a), second limb: an average market capitalisation of EUR 75 billion in the last year. */
function marketCapitalisationLimb(
  last: FinancialYear | undefined,
  fx: ConversionOptions,
  steps: Trace[],
): LimbResult {
  if (!last?.marketCap) return null;
  return atOrAbove(
    last.marketCap,
    last,
    MARKET_CAP_THRESHOLD,
    fx,
    'dma.art-3-2-a.market-capitalisation',
    steps,
  );
}

/**
 * One core platform service: its Member States, the Art. 3(2)(b) user thresholds in the last year
 * and in each of the three (Art. 3(2)(c)), and its designation; null for a service of no core kind.
 */
function corePlatformServiceStatus(
  service: Service,
  index: number,
  years: readonly FinancialYear[],
  complete: boolean,
  asOf: IsoDate,
  steps: Trace[],
): CorePlatformServiceStatus | null {
  const cps = CORE_PLATFORM_SERVICE_OF_KIND[service.kind];
  if (!cps) return null;
  const name = service.name ?? `${service.kind} #${index + 1}`;
  const last = years[0];
  const memberStates = service.memberStates
    ? service.memberStates.filter((c) => inUnion(c, asOf)).length
    : null;
  const usersIn = (year: number): LimbResult => {
    const u = service.dmaUsers?.find((d) => d.year === year);
    if (!u) return null;
    return (
      u.monthlyActiveEndUsers >= END_USERS_THRESHOLD &&
      u.yearlyActiveBusinessUsers >= BUSINESS_USERS_THRESHOLD
    );
  };
  const usersLastYear = last ? usersIn(last.year) : null;
  const perYear = years.map((fy) => usersIn(fy.year));
  const usersThreeYears = complete ? and(perYear) : perYear.includes(false) ? false : null;
  const designation =
    service.dmaDesignation && service.dmaDesignation.date <= asOf ? service.dmaDesignation : null;
  steps.push({
    id: 'dma.art-3-2-b.users',
    value: usersLastYear,
    citation: PRESUMPTION_B,
    inputs: Object.freeze({ service: name, corePlatformService: cps, year: last?.year ?? null }),
  });
  steps.push({
    id: 'dma.art-3-2-c.users-three-years',
    value: usersThreeYears,
    citation: PRESUMPTION_C,
    inputs: Object.freeze({
      service: name,
      years: Object.freeze(years.map((fy) => String(fy.year))),
      complete,
    }),
  });
  if (designation) {
    steps.push({
      id: 'dma.art-3-9.designated',
      value: designation.date,
      citation: COMPLIANCE_DEADLINE,
      inputs: Object.freeze({
        service: name,
        designated: designation.date,
        obligationsFrom: complianceDeadline(designation.date),
      }),
    });
  }
  return {
    name,
    service: cps,
    memberStates,
    usersLastYear,
    usersThreeYears,
    designated: designation
      ? { date: designation.date, obligationsFrom: complianceDeadline(designation.date) }
      : null,
  };
}

/** The three limbs of Art. 3(2) and the presumption they make together, each as a step. */
function presumptionSteps(p: GatekeeperAssessment['presumption']): Trace[] {
  return [
    { id: 'dma.art-3-2-a.size', value: p.sizeLimb, citation: PRESUMPTION_A },
    { id: 'dma.art-3-2-b.gateway', value: p.usersLimb, citation: PRESUMPTION_B },
    { id: 'dma.art-3-2-c.entrenched', value: p.entrenchedLimb, citation: PRESUMPTION_C },
    { id: 'dma.art-3-2.presumed', value: p.presumed, citation: PRESUMPTION_A },
  ];
}

/** Art. 18: three or more non-compliance decisions within eight years. */
function systematicNonCompliance(
  profile: CommonFacts,
  asOf: IsoDate,
  steps: Trace[],
): GatekeeperAssessment['systematicNonCompliance'] {
  const decisions = dmaDecisionsWithinEightYears(profile, asOf).map((e) => e.date);
  const flagged = decisions.length >= 3;
  steps.push({
    id: 'dma.art-18.systematic-non-compliance',
    value: flagged,
    citation: SYSTEMATIC_NON_COMPLIANCE,
    ...(flagged ? { severity: 'warning' as const } : {}),
    inputs: Object.freeze({ decisions: decisions.length, from: addYearsIso(asOf, -8), asOf }),
  });
  return { flagged, decisions };
}

/**
 * The Art. 3(2) presumption for the profile on `asOf`, limb by limb, the designation of its core
 * platform services, and the Art. 18 flag.
 */
export function assessGatekeeperOf(
  profile: CommonFacts,
  asOf: IsoDate,
  fx: ConversionOptions = DEFAULT_FX,
): GatekeeperAssessment {
  const steps: Trace[] = [];
  const years = closedYears(profile, asOf).slice(0, 3);
  const complete = years.length === 3;
  const turnoverLimb = unionTurnoverLimb(years, complete, fx, steps);
  const capLimb = marketCapitalisationLimb(years[0], fx, steps);
  const services: CorePlatformServiceStatus[] = [];
  profile.services.forEach((service, index) => {
    const status = corePlatformServiceStatus(service, index, years, complete, asOf, steps);
    if (status) services.push(status);
  });
  const memberStatesLimb = or(
    services.map((s) => (s.memberStates === null ? null : s.memberStates >= MEMBER_STATES_THRESHOLD)),
  );
  const sizeLimb = and([or([turnoverLimb, capLimb]), memberStatesLimb]);
  const usersLimb = or(services.map((s) => s.usersLastYear));
  const entrenchedLimb = or(services.map((s) => s.usersThreeYears));
  const presumption = {
    sizeLimb,
    usersLimb,
    entrenchedLimb,
    presumed: and([sizeLimb, usersLimb, entrenchedLimb]),
  };
  steps.push(...presumptionSteps(presumption));
  return {
    asOf,
    financialYears: years.map((fy) => fy.year),
    presumption,
    designated: services.some((s) => s.designated !== null),
    services,
    systematicNonCompliance: systematicNonCompliance(profile, asOf, steps),
    steps,
  };
}
