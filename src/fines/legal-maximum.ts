import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { toDecimalString } from '../core/decimal.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { RateUsed } from '../core/fx/rate.js';
import { DEFAULT_FX } from '../core/fx/schema.js';
import { weakMemo, weakMemo2 } from '../core/memo.js';
import { formatMoney, type SerializedMoney, serializeMoney } from '../core/money.js';
import { versionInForce } from '../core/parameter.js';
import { explainOption, type Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { SMC_RULE } from '../law/ai-act/fines.js';
import { computeEnterpriseSize } from '../law/eu-sme/enterprise-size.js';
import { PUBLIC_AUTHORITIES_RULE } from '../law/gdpr/fines.js';
import { provisionById } from '../law/index.js';
import { LAW_CHECKED_ON } from '../law/status.js';
import type { FineCapVersion, FineProvision } from '../law/types.js';
import { parseProfile } from '../profile/parse.js';
import { preparedYear } from '../profile/prepared-year.js';
import type { CompanyProfile } from '../profile/schema.js';
import { type TurnoverScope, turnoverSteps, turnoverUnder } from '../profile/turnover.js';
import { capOutcome } from './cap.js';
import { commonOptionsShape } from './options.js';

export interface LegalMaximum {
  readonly provision: string;
  readonly asOf: IsoDate;
  /** The maximum, or null where the act leaves it to national law (public authorities). */
  readonly amount: SerializedMoney | null;
  readonly basis: 'fixed' | 'turnover' | 'national-law';
  /**
   * `maximum`: the ceiling itself. `minimum-of-maximum`: the floor a directive sets for the maximum
   * national law must provide (NIS2); the national ceiling is at least this amount.
   */
  readonly nature: 'maximum' | 'minimum-of-maximum';
  readonly imposedBy: 'national authority' | 'European Commission';
  /** The static amount, or null where the act sets only a share of turnover. */
  readonly fixed: SerializedMoney | null;
  readonly turnoverShare: { readonly rate: string; readonly amount: SerializedMoney } | null;
  readonly turnover: {
    readonly amount: SerializedMoney;
    readonly reported: SerializedMoney;
    readonly year: number;
    readonly start: IsoDate;
    readonly end: IsoDate;
    readonly scope: TurnoverScope;
    readonly fx: { readonly basis: string; readonly rates: readonly RateUsed[] } | null;
  } | null;
  readonly rule: {
    /** The combination applied: the SME rule where it applies (AI Act Art. 99(6)). */
    readonly combination: 'higher' | 'lower';
    readonly validFrom: IsoDate;
    readonly validTo: IsoDate | null;
  };
  /** Whether the SME rule applied, where the provision has one; null otherwise. */
  readonly sme: boolean | null;
  /** Whether the small mid-cap rule applied (AI Act Art. 99(6a)), where the version has one; null otherwise. */
  readonly smc: boolean | null;
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

export interface TurnoverOptions {
  readonly scope?: TurnoverScope | undefined;
  readonly allowFallback: boolean;
}

export const legalMaximumArgs = z
  .object({
    ...commonOptionsShape,
    provision: z.string().min(1).max(100),
    /** Whether the offender is an SME (AI Act Art. 99(6)); derived from the profile when absent. */
    sme: z.boolean().optional(),
    /** Whether the offender is a small mid-cap enterprise (AI Act Art. 99(6a)); derived when absent. */
    smc: z.boolean().optional(),
    explain: explainOption,
  })
  .strict();

/** What does not change from one company to the next, worked out once per cap version. */
interface VersionText {
  readonly fixed: SerializedMoney | null;
  readonly shareRate: string;
  readonly rule: LegalMaximum['rule'];
  readonly smeRule: LegalMaximum['rule'] | null;
  /** The two limbs as the act writes them: the value of the "in force" step. */
  readonly limbs: string;
}

function computeVersionText(version: FineCapVersion): VersionText {
  const share = `${version.turnoverShare.times(100).toFixed()} %`;
  const fixed = version.fixed ? formatMoney(version.fixed) : null;
  const rule = (combination: 'higher' | 'lower') =>
    Object.freeze({ combination, validFrom: version.validFrom, validTo: version.validTo });
  const smeCombination = version.smeCombination ?? version.smcCombination;
  return Object.freeze({
    fixed: version.fixed ? Object.freeze(serializeMoney(version.fixed)) : null,
    shareRate: toDecimalString(version.turnoverShare),
    rule: rule(version.combination),
    smeRule: smeCombination ? rule(smeCombination) : null,
    limbs: fixed
      ? `${fixed} or ${share} of turnover, whichever is ${version.combination}${version.smeCombination ? ` (${version.smeCombination} for SMEs)` : ''}`
      : `${share} of turnover (no fixed amount)`,
  });
}

/** Remembered per cap version (a frozen law table's): every company fined under it reads it. */
const textOf = /* @__PURE__ */ weakMemo(computeVersionText);

/** A date after the last review of the law: an amendment adopted since may be missing. */
const LATER_THAN_REVIEW: Trace = /* @__PURE__ */ Object.freeze({
  id: 'law.checked-on',
  value: LAW_CHECKED_ON,
  severity: 'warning',
});

/** "GDPR 83(5) in force on 2021-07-16": the version of a provision in force on a date. */
function computeInForceStep(version: FineCapVersion, provision: string, asOf: IsoDate): Trace {
  return Object.freeze({
    id: 'legal-maximum.in-force',
    value: textOf(version).limbs,
    citation: version.citation,
    inputs: Object.freeze({
      provision,
      asOf,
      validFrom: version.validFrom,
      validTo: version.validTo ?? null,
    }),
  });
}

/** Remembered per version, provision and date: the same for every company scored on that date. */
const inForceStep = /* @__PURE__ */ weakMemo2(computeInForceStep);

/** The act leaves fines on public authorities and bodies to national law. */
function computePublicAuthorityStep(provision: FineProvision): Trace {
  return Object.freeze({
    id: 'legal-maximum.public-authority',
    value: 'amount set by national law',
    citation: provision.publicAuthorities ?? PUBLIC_AUTHORITIES_RULE,
    severity: 'warning',
    inputs: Object.freeze({ act: provision.regime }),
  } satisfies Trace);
}

/** Remembered per provision (a frozen law table's): the same for every public body. */
const publicAuthorityStep = /* @__PURE__ */ weakMemo(computePublicAuthorityStep);

/** AI Act Art. 99(6) and the like: does the SME rule apply to this offender? */
function smeDetermination(
  profile: CompanyProfile,
  version: FineCapVersion,
  asOf: IsoDate,
  fx: ConversionOptions,
  declared: boolean | undefined,
): { sme: boolean; step: Trace; sizeSteps: readonly Trace[] } {
  const citation = version.citation;
  if (declared !== undefined) {
    return {
      sme: declared,
      sizeSteps: [],
      step: {
        id: 'legal-maximum.sme',
        value: declared,
        citation,
        inputs: Object.freeze({ judged: 'declared', combination: version.smeCombination ?? null }),
      },
    };
  }
  const size = computeEnterpriseSize(profile, asOf, fx);
  if (size.sme === null) {
    return {
      sme: false,
      sizeSteps: size.steps,
      step: {
        id: 'legal-maximum.sme',
        value: false,
        citation,
        severity: 'warning',
        inputs: Object.freeze({ judged: 'unknown' }),
      },
    };
  }
  return {
    sme: size.sme,
    sizeSteps: size.steps,
    step: {
      id: 'legal-maximum.sme',
      value: size.sme,
      citation,
      inputs: Object.freeze({
        judged: 'from the profile',
        category: size.category,
        year: size.year,
        combination: version.smeCombination ?? null,
      }),
    },
  };
}

/**
 * AI Act Art. 99(6a) (from 27 July 2026): for a small mid-cap enterprise that is not an SME, the
 * lower of the two limbs. Unknown size keeps the general rule, with a warning.
 */
function smcDetermination(
  profile: CompanyProfile,
  version: FineCapVersion,
  asOf: IsoDate,
  fx: ConversionOptions,
  declared: boolean | undefined,
): { smc: boolean; step: Trace; sizeSteps: readonly Trace[] } {
  const citation = SMC_RULE;
  const verified = version.verified !== false;
  if (declared !== undefined) {
    return {
      smc: declared,
      sizeSteps: [],
      step: {
        id: 'legal-maximum.smc',
        value: declared,
        citation,
        inputs: Object.freeze({ judged: 'declared', combination: version.smcCombination ?? null, verified }),
      },
    };
  }
  const size = computeEnterpriseSize(profile, asOf, fx);
  if (size.smallMidCap === null) {
    return {
      smc: false,
      sizeSteps: [],
      step: {
        id: 'legal-maximum.smc',
        value: false,
        citation,
        severity: 'warning',
        inputs: Object.freeze({ judged: 'unknown' }),
      },
    };
  }
  return {
    smc: size.smallMidCap,
    sizeSteps: [],
    step: {
      id: 'legal-maximum.smc',
      value: size.smallMidCap,
      citation,
      ...(size.smallMidCap && !verified ? { severity: 'warning' as const } : {}),
      inputs: Object.freeze({
        judged: 'from the profile',
        year: size.year,
        combination: version.smcCombination ?? null,
        verified,
      }),
    },
  };
}

/** What a caller may add to a cap's computation: the offender's declared size, and the steps or not. */
export interface CapOptions {
  /** AI Act Art. 99(6): whether the offender is an SME; judged from the profile when absent. */
  readonly sme?: boolean | undefined;
  /** AI Act Art. 99(6a): whether it is a small mid-cap enterprise; judged when absent. */
  readonly smc?: boolean | undefined;
  /** false: the figures alone, `steps` empty (default true). */
  readonly explain?: boolean | undefined;
}

/** A public authority or body where the act leaves its fines to national law: no amount. */
function nationalLawMaximum(
  provision: FineProvision,
  version: FineCapVersion,
  asOf: IsoDate,
  explain: boolean,
): LegalMaximum {
  const text = textOf(version);
  return {
    provision: provision.id,
    asOf,
    amount: null,
    basis: 'national-law',
    nature: provision.nature,
    imposedBy: provision.imposedBy,
    fixed: text.fixed,
    turnoverShare: null,
    turnover: null,
    rule: text.rule,
    sme: null,
    smc: null,
    citation: version.citation,
    steps: explain ? [inForceStep(version, provision.id, asOf), publicAuthorityStep(provision)] : [],
  };
}

type SizeRule<K extends 'sme' | 'smc'> = { [P in K]: boolean } & { step: Trace; sizeSteps: readonly Trace[] };

/**
 * The size rules of the version (AI Act Art. 99(6) for SMEs, 99(6a) for small mid-caps): whether
 * each applies, and the combination of the two limbs that follows.
 */
function sizeRules(
  profile: CompanyProfile,
  version: FineCapVersion,
  asOf: IsoDate,
  fx: ConversionOptions,
  options: CapOptions,
): { smeRule: SizeRule<'sme'> | null; smcRule: SizeRule<'smc'> | null; combination: 'higher' | 'lower' } {
  const smeRule = version.smeCombination ? smeDetermination(profile, version, asOf, fx, options.sme) : null;
  const smcRule =
    version.smcCombination && !smeRule?.sme
      ? smcDetermination(profile, version, asOf, fx, options.smc)
      : null;
  const combination =
    smeRule?.sme && version.smeCombination
      ? version.smeCombination
      : smcRule?.smc && version.smcCombination
        ? version.smcCombination
        : version.combination;
  return { smeRule, smcRule, combination };
}

/** The share of turnover and the maximum the two limbs give, each a step with the figures it read. */
function capSteps(
  provision: FineProvision,
  version: FineCapVersion,
  text: VersionText,
  c: {
    readonly shareAmount: SerializedMoney;
    readonly amount: SerializedMoney;
    readonly basis: 'fixed' | 'turnover';
    readonly combination: 'higher' | 'lower';
    /** The size rule that set the combination (AI Act Art. 99(6) or 99(6a)), if one did. */
    readonly sizeRule: 'SME' | 'SMC' | null;
    readonly turnoverAmount: SerializedMoney;
  },
): [Trace, Trace] {
  return [
    {
      id: 'legal-maximum.turnover-share',
      value: c.shareAmount,
      citation: version.citation,
      inputs: Object.freeze({
        rate: text.shareRate,
        turnover: c.turnoverAmount.amount,
        currency: c.turnoverAmount.currency,
      }),
    },
    {
      id: 'legal-maximum.amount',
      value: c.amount,
      citation: version.citation,
      inputs: Object.freeze({
        fixed: text.fixed?.amount ?? null,
        shareOfTurnover: c.shareAmount.amount,
        combination: c.combination,
        basis: c.basis,
        provision: provision.id,
        nature: provision.nature,
        rate: text.shareRate,
        currency: c.shareAmount.currency,
        fixedCurrency: text.fixed?.currency ?? null,
        sizeRule: c.sizeRule,
      }),
    },
  ];
}

/** Shared by legalMaximum and maximumFine: the cap of one provision for a parsed profile. */
export function computeLegalMaximum(
  profile: CompanyProfile,
  provision: FineProvision,
  asOf: IsoDate,
  fx: ConversionOptions,
  turnoverOptions: TurnoverOptions,
  options: CapOptions = {},
): LegalMaximum {
  const explain = options.explain !== false;
  const version = versionInForce(provision.id, provision.versions, asOf);
  if (profile.publicAuthority && provision.publicAuthorities) {
    return nationalLawMaximum(provision, version, asOf, explain);
  }
  const text = textOf(version);
  const turnover = turnoverUnder(
    { turnoverBasis: provision.turnoverBasis, currency: version.currency, citation: version.citation },
    profile,
    asOf,
    fx,
    turnoverOptions,
  );
  const year = preparedYear(turnover.financialYear);
  const reported = year.turnover;
  const { conversion } = turnover;
  const turnoverAmount: SerializedMoney = conversion
    ? { amount: conversion.convertedText, currency: conversion.converted.currency }
    : reported;
  const { smeRule, smcRule, combination } = sizeRules(profile, version, asOf, fx, options);
  const cap = capOutcome(version, conversion ? conversion.convertedScaled : year.turnoverScaled, combination);
  const shareAmount: SerializedMoney = { amount: cap.shareOfTurnover, currency: version.currency };
  const amount = cap.basis === 'turnover' || text.fixed === null ? shareAmount : text.fixed;
  const applied = combination === version.combination ? null : (text.smeRule as LegalMaximum['rule']);
  const steps: Trace[] = [];
  if (explain) {
    steps.push(...turnoverSteps(turnover, inForceStep(version, provision.id, asOf)));
    if (asOf > LAW_CHECKED_ON) steps.push(LATER_THAN_REVIEW);
    if (smeRule) steps.push(...smeRule.sizeSteps, smeRule.step);
    if (smcRule) steps.push(...smcRule.sizeSteps, smcRule.step);
    steps.push(
      ...capSteps(provision, version, text, {
        shareAmount,
        amount,
        basis: cap.basis,
        combination,
        sizeRule: applied === null ? null : smeRule?.sme ? 'SME' : 'SMC',
        turnoverAmount,
      }),
    );
  }
  return {
    provision: provision.id,
    asOf,
    amount,
    basis: cap.basis,
    nature: provision.nature,
    imposedBy: provision.imposedBy,
    fixed: text.fixed,
    turnoverShare: { rate: text.shareRate, amount: shareAmount },
    turnover: {
      amount: turnoverAmount,
      reported,
      year: turnover.year,
      start: turnover.start,
      end: turnover.end,
      scope: turnover.scope,
      fx: turnover.conversion ? { basis: turnover.conversion.basis, rates: turnover.conversion.legs } : null,
    },
    rule: applied ?? text.rule,
    sme: smeRule ? smeRule.sme : null,
    smc: smcRule ? smcRule.smc : null,
    citation: version.citation,
    steps,
  };
}

const ARG_KEYS = new Set(['profile', 'provision', 'asOf', 'fx', 'turnover', 'explain']);
const DEFAULT_TURNOVER_OPTIONS: TurnoverOptions = /* @__PURE__ */ Object.freeze({ allowFallback: false });

function onlyKnownKeys(args: object): boolean {
  for (const key in args) if (!ARG_KEYS.has(key)) return false;
  return true;
}

/**
 * The common call shape ({ profile, provision, asOf }, all valid, nothing else) skips the schema;
 * anything else goes through it, so errors and defaults stay the schema's.
 */
function commonCall(
  args: unknown,
): { profile: unknown; provision: string; asOf: IsoDate; explain: boolean } | null {
  // Each property is read once: what is checked is what is used.
  try {
    if (typeof args !== 'object' || args === null || Object.getPrototypeOf(args) !== Object.prototype)
      return null;
    const { profile, provision, asOf, fx, turnover, explain } = args as Record<string, unknown>;
    return fx === undefined &&
      turnover === undefined &&
      (explain === undefined || typeof explain === 'boolean') &&
      typeof provision === 'string' &&
      provision.length > 0 &&
      provision.length <= 100 &&
      isIsoDate(asOf) &&
      onlyKnownKeys(args)
      ? { profile, provision, asOf, explain: explain !== false }
      : null;
  } catch {
    // An input that throws while it is read takes the validating path, which says so.
    return null;
  }
}

/**
 * The legal maximum fine under one provision for a company on a date: the fixed amount or the
 * share of the turnover of the preceding financial year, combined as the provision says, with
 * every step and citation. `provision` is the act and paragraph as cited: "GDPR 83(5)". With
 * `explain: false` the figures are the same and `steps` is empty.
 */
export function legalMaximum(args: unknown): LegalMaximum {
  const common = commonCall(args);
  if (common) {
    const profile = parseProfile(common.profile);
    return computeLegalMaximum(
      profile,
      provisionById(common.provision),
      common.asOf,
      DEFAULT_FX,
      DEFAULT_TURNOVER_OPTIONS,
      { explain: common.explain },
    );
  }
  const { profile, provision, asOf, fx, turnover, sme, smc, explain } = parseInput(
    legalMaximumArgs,
    args,
    'legalMaximum arguments',
  );
  return computeLegalMaximum(parseProfile(profile), provisionById(provision), asOf, fx, turnover, {
    sme,
    smc,
    explain,
  });
}
