import { profileOnDateArgs } from '../core/arguments.js';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { LexposureError } from '../core/errors.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { SerializedMoney } from '../core/money.js';
import { explainOption, stepsKept, type Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { computeLegalMaximum, type LegalMaximum } from '../fines/legal-maximum.js';
import { provisionById } from '../law/index.js';
import { ACTS, type Regime } from '../law/registry.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile, PostureStatus } from '../profile/schema.js';
import { type ApplicableObligation, obligationsOf } from '../scope/obligations.js';

/** The regimes gap analysis covers: the acts whose duties `obligationsFor` models. */
export const GAP_REGIMES: readonly Regime[] = /* @__PURE__ */ Object.freeze(
  ACTS.filter((a) => a.duties).map((a) => a.regime),
);

/** Gaps of equal exposure are ranked by how far they are from met. */
const STATUS_RANK: Record<PostureStatus, number> = { 'not met': 0, 'partly met': 1, unknown: 2, met: 3 };

export interface Gap {
  readonly id: string;
  readonly regime: Regime;
  readonly article: string;
  readonly title: string;
  readonly service: string | null;
  readonly status: Exclude<PostureStatus, 'met'>;
  /** `posture`: the company's answer; `profile`: derived from the profile's facts; `none`: no answer given. */
  readonly source: 'posture' | 'profile' | 'none';
  readonly evidence: string | null;
  /** Why the obligation applies to the company. */
  readonly why: string;
  readonly finedUnder: string;
  /** The legal maximum a breach exposes the company to on `asOf`, or null with `exposureNote`. */
  readonly legalMaximum: SerializedMoney | null;
  readonly exposureNote: string | null;
  readonly citation: Citation;
}

export interface GapAnalysis {
  readonly company: string;
  readonly asOf: string;
  /** Whether the profile carried a posture; without one every applicable obligation is unknown. */
  readonly postureGiven: boolean;
  /** The applicable obligations that are not met, partly met or unknown, most exposed first. */
  readonly gaps: readonly Gap[];
  readonly summary: {
    readonly applicable: number;
    readonly met: number;
    readonly partlyMet: number;
    readonly notMet: number;
    readonly unknown: number;
  };
  /** Obligations whose applicability the profile cannot settle, and the fields that would. */
  readonly undetermined: readonly {
    readonly id: string;
    readonly service: string | null;
    readonly needs: readonly string[];
  }[];
  readonly steps: readonly Trace[];
}

interface Answer {
  status: PostureStatus;
  source: Gap['source'];
  evidence: string | null;
}

/** The posture entry for an obligation: the one for its service, else the one without a service. */
function answerFor(profile: CompanyProfile, o: ApplicableObligation): Answer {
  const entries = profile.posture ?? [];
  const entry =
    entries.find((e) => e.obligation === o.id && o.service !== null && e.service === o.service) ??
    entries.find((e) => e.obligation === o.id && e.service === undefined);
  if (!entry) return { status: 'unknown', source: 'none', evidence: null };
  return { status: entry.status, source: 'posture', evidence: entry.evidence ?? null };
}

/**
 * Facts in the profile that contradict a "met" or settle an "unknown": a transfer that rests on no
 * Chapter V tool on `asOf` means GDPR Art. 44 is not met, whatever the answer. Only the duty whose
 * condition is the transfers (Art. 44, law/gdpr/duties.ts) carries their assessments.
 */
function derived(o: ApplicableObligation, answer: Answer): Answer {
  if (!o.transfers) return answer;
  const without = o.transfers.filter((t) => t.basis === 'none');
  if (without.length === 0) return answer;
  const said = answer.source === 'posture' ? ` (the posture said "${answer.status}")` : '';
  return {
    status: 'not met',
    source: 'profile',
    evidence: `${without.map((t) => `transfer to ${t.recipient}: ${t.why}`).join('; ')}${said}`,
  };
}

/**
 * The obligations of the GDPR, DSA, DMA and NIS2 that apply to the company on `asOf` and that its
 * posture does not show as met, each with the legal maximum its breach exposes the company to, most
 * exposed first. Without a posture every applicable obligation is a gap of status `unknown`.
 */
export function gapAnalysis(input: unknown): GapAnalysis {
  const { profile: raw, asOf, fx, explain } = parseInput(gapAnalysisArgs, input, 'gapAnalysis arguments');
  return gapAnalysisOf(parseProfile(raw), asOf, fx, explain);
}

export const gapAnalysisArgs = /* @__PURE__ */ profileOnDateArgs.extend({
  /** false: the gaps and their figures only, `steps` empty. */
  explain: explainOption,
});

type ExposedMaximum = { readonly max: LegalMaximum | null; readonly note: string | null };

/**
 * The legal maximum a breach of a provision exposes the company to, with a note where it is not a
 * plain ceiling (national law's for a public body, NIS2's floor of the national maximum), or why it
 * cannot be computed (a missing turnover), each as a step.
 */
function exposedMaximum(
  profile: CompanyProfile,
  provisionId: string,
  asOf: IsoDate,
  fx: ConversionOptions,
  steps: Trace[],
): ExposedMaximum {
  try {
    // The figures only: the gap's own step says which maximum it is.
    const max = computeLegalMaximum(
      profile,
      provisionById(provisionId),
      asOf,
      fx,
      { allowFallback: true },
      { explain: false },
    );
    const note =
      max.amount === null
        ? 'the act leaves fines on public authorities to national law'
        : max.nature === 'minimum-of-maximum'
          ? 'the floor the directive sets for the national maximum; the national maximum is at least this'
          : null;
    steps.push({
      id: 'gap-analysis.legal-maximum',
      value: max.amount,
      citation: max.citation,
      inputs: Object.freeze({ provision: provisionId, outcome: 'computed', asOf, note }),
    });
    return { max, note };
  } catch (error) {
    if (!(error instanceof LexposureError)) throw error;
    steps.push({
      id: 'gap-analysis.legal-maximum',
      value: null,
      severity: 'warning',
      inputs: Object.freeze({ provision: provisionId, outcome: 'refused', reason: error.message }),
    });
    return { max: null, note: error.message };
  }
}

/** Highest legal maximum first, then not met before partly met before unknown, then by id and service. */
function rankGaps(gaps: Gap[]): void {
  // Each maximum read once, not in every comparison of the sort.
  const amounts = new Map(gaps.map((g) => [g, new Decimal(g.legalMaximum?.amount ?? '-1')]));
  const amount = (g: Gap) => amounts.get(g) as Decimal;
  gaps.sort(
    (a, b) =>
      amount(b).comparedTo(amount(a)) ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.service ?? '').localeCompare(b.service ?? ''),
  );
}

/** The engine of gapAnalysis, on a parsed profile and options (`explain` false: no steps). */
export function gapAnalysisOf(
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
  explain = true,
): GapAnalysis {
  const result = obligationsOf(profile, asOf, fx);
  const steps: Trace[] = stepsKept<Trace>(explain, result.steps);
  const applicable = result.obligations.filter(
    (o) => o.status === 'applies' && GAP_REGIMES.includes(o.regime),
  );
  const maxima = new Map<string, ExposedMaximum>();
  const counts = { met: 0, 'partly met': 0, 'not met': 0, unknown: 0 } satisfies Record<
    PostureStatus,
    number
  >;
  const gaps: Gap[] = [];
  for (const o of applicable) {
    const answer = derived(o, answerFor(profile, o));
    counts[answer.status] += 1;
    if (answer.status === 'met') continue;
    let exposed = maxima.get(o.finedUnder);
    if (!exposed) {
      exposed = exposedMaximum(profile, o.finedUnder, asOf, fx, steps);
      maxima.set(o.finedUnder, exposed);
    }
    gaps.push({
      id: o.id,
      regime: o.regime,
      article: o.article,
      title: o.title,
      service: o.service,
      status: answer.status,
      source: answer.source,
      evidence: answer.evidence,
      why: o.why,
      finedUnder: o.finedUnder,
      legalMaximum: exposed.max?.amount ?? null,
      exposureNote: exposed.note,
      citation: o.citation,
    });
  }
  rankGaps(gaps);
  const summary = {
    applicable: applicable.length,
    met: counts.met,
    partlyMet: counts['partly met'],
    notMet: counts['not met'],
    unknown: counts.unknown,
  };
  steps.push({
    id: 'gap-analysis.gaps',
    value: gaps.length,
    ...(profile.posture ? {} : { severity: 'warning' as const }),
    inputs: Object.freeze({ ...summary, asOf, postureGiven: Boolean(profile.posture) }),
  });
  return {
    company: profile.name,
    asOf,
    postureGiven: profile.posture !== undefined,
    gaps,
    summary,
    undetermined: result.obligations
      .filter((o) => o.status === 'undetermined')
      .map((o) => ({ id: o.id, service: o.service, needs: o.needs })),
    steps,
  };
}
