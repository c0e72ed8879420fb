// The argument types of the public entry points: each is its schema's input type (z.input), so
// that a misspelt key or a wrong value fails when a TypeScript caller compiles, not only when the
// schema refuses it at run time. The functions still validate what they are given, whatever its
// type (a JavaScript caller, a JSON file): the types are a help, the schemas the guard.
import type * as z from 'zod';
import type { gapAnalysisArgs } from '../compliance/gap-analysis.js';
import type { profileOnDateArgs } from '../core/arguments.js';
import type { SerializedMoney } from '../core/money.js';
import type { deadlineArgs, isLateArgs } from '../deadlines/deadline.js';
import type { ExposureEstimate, estimateArgs } from '../exposure/estimate.js';
import type { PortfolioEntry, portfolioArgs } from '../exposure/portfolio.js';
import type { RiskScore, riskScoreArgs } from '../exposure/risk-score.js';
import type { simulateArgs } from '../exposure/simulate.js';
import type { legalMaximumArgs } from '../fines/legal-maximum.js';
import type { maximumFineArgs } from '../fines/maximum-fine.js';
import type { perViolationArgs } from '../fines/per-violation.js';
import type { periodicPenaltyArgs } from '../fines/periodic-penalty.js';
import type { apFineArgs } from '../methods/ap/ap-fine.js';
import type { dskFineArgs } from '../methods/dsk/dsk-fine.js';
import type { edpbFineArgs } from '../methods/edpb/edpb-fine.js';
import type { icoFineArgs } from '../methods/ico/ico-fine.js';
import type { CompanyProfile, CompanyProfileInput } from '../profile/schema.js';
import type { veryLargePlatformArgs } from '../scope/dsa.js';

/**
 * An input as callers write it: arrays may be readonly (`as const`, a frozen fixture), as the
 * library never changes what it is given. Functions and class instances (Decimal, a sanction set)
 * are left as they are.
 */
export type Given<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly Given<U>[]
    : T extends { readonly [Symbol.toStringTag]: string } | Date
      ? T
      : T extends object
        ? { readonly [K in keyof T]: Given<T[K]> }
        : T;

/** A company profile as a caller gives it: its input shape, or a profile parseProfile returned. */
export type ProfileArg = Given<CompanyProfileInput> | CompanyProfile;

/** A schema's input with its `profile` typed as a profile (the schema itself reads `unknown`, then parseProfile). */
type WithProfile<T> = Omit<T, 'profile'> & { readonly profile: ProfileArg };

type In<S extends z.ZodType> = Given<z.input<S>>;

export type ProfileOnDateArgs = WithProfile<In<typeof profileOnDateArgs>>;
export type LegalMaximumArgs = WithProfile<In<typeof legalMaximumArgs>>;
export type MaximumFineArgs = WithProfile<In<typeof maximumFineArgs>>;
export type PeriodicPenaltyArgs = WithProfile<In<typeof periodicPenaltyArgs>>;
export type PerViolationMaximumArgs = In<typeof perViolationArgs>;
export type EstimateExposureArgs = WithProfile<In<typeof estimateArgs>>;
/** `estimate`: an estimateExposure result for the same profile and date. */
export type RiskScoreArgs = Omit<WithProfile<In<typeof riskScoreArgs>>, 'estimate' | 'expectedLoss'> & {
  readonly estimate?: ExposureEstimate;
  /** In euros: a simulation's `mean` is accepted as it is (its currency is checked at run time). */
  readonly expectedLoss?: In<typeof riskScoreArgs>['expectedLoss'] | SerializedMoney;
};
/** One company (`profile`) or many (`profiles`), not both. */
export type SimulateArgs = Omit<In<typeof simulateArgs>, 'profile' | 'profiles'> &
  (
    | { readonly profile: ProfileArg; readonly profiles?: undefined }
    | { readonly profiles: readonly ProfileArg[]; readonly profile?: undefined }
  );
/** One scenario of `simulate` (its frequency and severity) as a caller writes it. */
export type SimulationScenarioInput = In<typeof simulateArgs>['scenarios'][number];
/** `scores`: riskScore results (or the fields of each that the view reads, `PortfolioEntry`). */
export type PortfolioArgs = Omit<In<typeof portfolioArgs>, 'scores'> & {
  readonly scores: readonly (RiskScore | PortfolioEntry)[];
};
export type GapAnalysisArgs = WithProfile<In<typeof gapAnalysisArgs>>;
export type EdpbFineArgs = WithProfile<In<typeof edpbFineArgs>>;
export type IcoFineArgs = WithProfile<In<typeof icoFineArgs>>;
export type ApFineArgs = WithProfile<In<typeof apFineArgs>>;
export type DskFineArgs = WithProfile<In<typeof dskFineArgs>>;
export type DeadlineArgs = In<typeof deadlineArgs>;
export type IsLateArgs = In<typeof isLateArgs>;
export type VeryLargePlatformArgs = WithProfile<In<typeof veryLargePlatformArgs>>;
