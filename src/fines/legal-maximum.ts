import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { toDecimalString } from '../core/decimal.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { RateUsed } from '../core/fx/rate.js';
import { DEFAULT_FX } from '../core/fx/schema.js';
import { Memo2 } from '../core/memo.js';
import { formatMoney, type SerializedMoney, serializeMoney } from '../core/money.js';
import { versionInForce } from '../core/parameter.js';
import { explainOption, type Step } from '../core/steps.js';
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
  readonly steps: readonly Step[];
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
  readonly shareLabel: string;
  readonly rule: LegalMaximum['rule'];
  readonly smeRule: LegalMaximum['rule'] | null;
  readonly smeTurnoverRule: string;
  readonly smeFixedRule: string;
  readonly maximumLabel: string;
  readonly limbs: string;
  readonly turnoverWinsRule: string;
  readonly fixedWinsRule: string;
}

const versionTexts = new WeakMap<FineCapVersion, VersionText>();

function textOf(provision: FineProvision, version: FineCapVersion): VersionText {
  let text = versionTexts.get(version);
  if (!text) {
    const share = `${version.turnoverShare.times(100).toFixed()} %`;
    const fixed = version.fixed ? formatMoney(version.fixed) : null;
    const rule = (combination: 'higher' | 'lower') =>
      Object.freeze({ combination, validFrom: version.validFrom, validTo: version.validTo });
    text = Object.freeze({
      fixed: version.fixed ? Object.freeze(serializeMoney(version.fixed)) : null,
      shareRate: toDecimalString(version.turnoverShare),
      shareLabel: `${share} of turnover`,
      rule: rule(version.combination),
      smeRule: (() => {
        const c = version.smeCombination ?? version.smcCombination;
        return c ? rule(c) : null;
      })(),
      smeTurnoverRule: `the ${share} of turnover is lower than ${fixed}`,
      smeFixedRule: `${fixed} is at most the ${share} of turnover`,
      maximumLabel:
        provision.nature === 'maximum'
          ? `Legal maximum under ${provision.id}`
          : `Maximum national law must at least provide under ${provision.id}`,
      limbs: fixed
        ? `${fixed} or ${share} of turnover, whichever is ${version.combination}${version.smeCombination ? ` (${version.smeCombination} for SMEs)` : ''}`
        : `${share} of turnover (no fixed amount)`,
      turnoverWinsRule: fixed
        ? `the ${share} of turnover is ${version.combination} than ${fixed}`
        : `the act sets the maximum as ${share} of turnover, with no fixed amount`,
      fixedWinsRule: `${fixed} is ${version.combination === 'higher' ? 'at least' : 'at most'} the ${share} of turnover`,
    });
    versionTexts.set(version, text);
  }
  return text;
}

/** A date after the last review of the law: an amendment adopted since may be missing. */
const LATER_THAN_REVIEW: Step = Object.freeze({
  id: 'law.checked-on',
  label: 'Law as last checked',
  value: LAW_CHECKED_ON,
  rule: `the rules were last checked against the texts on ${LAW_CHECKED_ON}; for a later date an amendment adopted since may be missing (lawStatus() lists what was read and what is pending)`,
  severity: 'warning',
});

const inForceSteps = new Memo2<Step>();

/** "GDPR 83(5) in force on 2021-07-16": the same for every company scored on that date. */
function inForceStep(provision: FineProvision, version: FineCapVersion, asOf: IsoDate): Step {
  return (
    inForceSteps.get(provision.id, asOf) ??
    inForceSteps.set(
      provision.id,
      asOf,
      Object.freeze({
        id: 'legal-maximum.in-force',
        label: `${provision.id} in force on ${asOf}`,
        value: textOf(provision, version).limbs,
        rule: `version applying from ${version.validFrom}${version.validTo ? ` to ${version.validTo}` : ''}`,
        citation: version.citation,
      }),
    )
  );
}

const publicAuthoritySteps = new WeakMap<FineProvision, Step>();

/** The act leaves fines on public authorities and bodies to national law. */
function publicAuthorityStep(provision: FineProvision): Step {
  let step = publicAuthoritySteps.get(provision);
  if (!step) {
    step = Object.freeze({
      id: 'legal-maximum.public-authority',
      label: 'Public authority or body',
      value: 'amount set by national law',
      rule: `the ${provision.regime} leaves it to each Member State whether, and up to what amount, fines may be imposed on public authorities and bodies; the turnover-based cap does not apply`,
      citation: provision.publicAuthorities ?? PUBLIC_AUTHORITIES_RULE,
      severity: 'warning',
    } satisfies Step);
    publicAuthoritySteps.set(provision, step);
  }
  return step;
}

/** AI Act Art. 99(6) and the like: does the SME rule apply to this offender? */
function smeDetermination(
  profile: CompanyProfile,
  version: FineCapVersion,
  asOf: IsoDate,
  fx: ConversionOptions,
  declared: boolean | undefined,
): { sme: boolean; step: Step; sizeSteps: readonly Step[] } {
  const citation = version.citation;
  if (declared !== undefined) {
    return {
      sme: declared,
      sizeSteps: [],
      step: {
        id: 'legal-maximum.sme',
        label: 'SME, including start-ups',
        value: declared,
        rule: `as you declared; for SMEs each limb combines as the ${version.smeCombination} of the two`,
        citation,
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
        label: 'SME, including start-ups',
        value: false,
        rule: 'the profile gives no headcount for a closed financial year, so the size cannot be judged: the general rule (higher of the two) is applied. Pass sme: true, or employees in financialYears, if the offender is an SME.',
        citation,
        severity: 'warning',
      },
    };
  }
  return {
    sme: size.sme,
    sizeSteps: size.steps,
    step: {
      id: 'legal-maximum.sme',
      label: 'SME, including start-ups',
      value: size.sme,
      rule: `a ${size.category} enterprise under Recommendation 2003/361/EC (financial year ${size.year}); ${size.sme ? `the SME rule applies: the ${version.smeCombination} of the two limbs` : 'the general rule applies'}`,
      citation,
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
): { smc: boolean; step: Step; sizeSteps: readonly Step[] } {
  const citation = SMC_RULE;
  const pending =
    version.verified === false
      ? ' (Regulation (EU) 2026/1744 not yet checked against the Official Journal)'
      : '';
  if (declared !== undefined) {
    return {
      smc: declared,
      sizeSteps: [],
      step: {
        id: 'legal-maximum.smc',
        label: 'Small mid-cap enterprise (SMC)',
        value: declared,
        rule: `as you declared; for SMCs each limb combines as the ${version.smcCombination} of the two${pending}`,
        citation,
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
        label: 'Small mid-cap enterprise (SMC)',
        value: false,
        rule: 'the size cannot be judged from the profile (no headcount for a closed financial year): the general rule (higher of the two) is applied. Pass smc: true if the offender is a small mid-cap enterprise.',
        citation,
        severity: 'warning',
      },
    };
  }
  return {
    smc: size.smallMidCap,
    sizeSteps: [],
    step: {
      id: 'legal-maximum.smc',
      label: 'Small mid-cap enterprise (SMC)',
      value: size.smallMidCap,
      rule: `${size.smallMidCap ? 'a small mid-cap enterprise under Recommendation (EU) 2025/1099' : 'not a small mid-cap enterprise'} (financial year ${size.year}); ${size.smallMidCap ? `Art. 99(6a) applies: the ${version.smcCombination} of the two limbs${pending}` : 'the general rule applies'}`,
      citation,
      ...(size.smallMidCap && version.verified === false ? { severity: 'warning' as const } : {}),
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
  const text = textOf(provision, version);
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
    steps: explain ? [inForceStep(provision, version, asOf), publicAuthorityStep(provision)] : [],
  };
}

type SizeRule<K extends 'sme' | 'smc'> = { [P in K]: boolean } & { step: Step; sizeSteps: readonly Step[] };

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
  version: FineCapVersion,
  text: VersionText,
  c: {
    readonly shareAmount: SerializedMoney;
    readonly amount: SerializedMoney;
    readonly basis: 'fixed' | 'turnover';
    readonly combination: 'higher' | 'lower';
    readonly sizeRuleApplied: boolean;
    readonly sizeRuleName: string;
    readonly turnoverAmount: SerializedMoney;
    readonly turnoverText: string;
  },
): [Step, Step] {
  return [
    {
      id: 'legal-maximum.turnover-share',
      label: text.shareLabel,
      value: c.shareAmount,
      rule: `${text.shareRate} × ${c.turnoverText}, exact`,
      citation: version.citation,
      inputs: Object.freeze({
        rate: text.shareRate,
        turnover: c.turnoverAmount.amount,
        currency: c.turnoverAmount.currency,
      }),
    },
    {
      id: 'legal-maximum.amount',
      label: text.maximumLabel,
      value: c.amount,
      rule: c.sizeRuleApplied
        ? `${c.sizeRuleName}: ${c.basis === 'turnover' ? text.smeTurnoverRule : text.smeFixedRule}`
        : c.basis === 'turnover'
          ? text.turnoverWinsRule
          : text.fixedWinsRule,
      citation: version.citation,
      inputs: Object.freeze({
        fixed: text.fixed?.amount ?? null,
        shareOfTurnover: c.shareAmount.amount,
        combination: c.combination,
        basis: c.basis,
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
  const text = textOf(provision, version);
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
  const steps: Step[] = [];
  if (explain) {
    steps.push(...turnoverSteps(turnover, inForceStep(provision, version, asOf)));
    if (asOf > LAW_CHECKED_ON) steps.push(LATER_THAN_REVIEW);
    if (smeRule) steps.push(...smeRule.sizeSteps, smeRule.step);
    if (smcRule) steps.push(...smcRule.sizeSteps, smcRule.step);
    steps.push(
      ...capSteps(version, text, {
        shareAmount,
        amount,
        basis: cap.basis,
        combination,
        sizeRuleApplied: applied !== null,
        sizeRuleName: smeRule?.sme ? 'SME rule' : 'SMC rule (Art. 99(6a))',
        turnoverAmount,
        turnoverText: conversion ? formatMoney(turnoverAmount) : year.formattedTurnover,
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
const DEFAULT_TURNOVER_OPTIONS: TurnoverOptions = Object.freeze({ allowFallback: false });

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
