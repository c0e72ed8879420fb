import { deepFreeze } from '../core/freeze.js';
import type { ActModule } from './act-module.js';
import { AI_ACT } from './ai-act/index.js';
import { CRA } from './cra/index.js';
import { DMA } from './dma/index.js';
import { DSA } from './dsa/index.js';
import { FR_LIL } from './fr-lil/index.js';
import { GDPR } from './gdpr/index.js';
import { NIS2 } from './nis2/index.js';
import { UK_GDPR } from './uk-gdpr/index.js';

/** The acts the library knows by name: one per folder of `law/`, each registered below. */
export type Regime = 'GDPR' | 'DSA' | 'DMA' | 'AI Act' | 'NIS2' | 'CRA' | 'UK GDPR' | 'FR LIL';

/**
 * The registry of acts, in the order results list them. The generic engines iterate it; an act
 * is added by its folder and one line here (and its name in `Regime`).
 */
const MODULES = [GDPR, DSA, DMA, AI_ACT, NIS2, CRA, UK_GDPR, FR_LIL] as const satisfies readonly ActModule[];

/** Frozen whole: no caller can change a provision, a citation or a time limit through a result. */
export const ACTS: readonly ActModule[] = /* @__PURE__ */ deepFreeze(MODULES);

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type FactsOf<T> = T extends { readonly facts: infer F } ? F : Record<never, never>;

/** The profile fields the acts read beyond the common facts, every act's own, merged. */
export type ActFactsShape = UnionToIntersection<FactsOf<(typeof MODULES)[number]>>;

export const ACT_FACTS: ActFactsShape = /* @__PURE__ */ Object.freeze(
  Object.assign({}, ...ACTS.map((a) => a.facts ?? {})),
) as ActFactsShape;

/** Every act's module by its regime name: the compiler checks that each `Regime` has one. */
const BY_REGIME: Readonly<Record<Regime, ActModule>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(ACTS.map((a) => [a.regime, a])) as Record<Regime, ActModule>,
);

/** The regime a command asks about when none is named: the GDPR, the act most companies meet. */
export const DEFAULT_REGIME: Regime = GDPR.regime;

/** The regimes, in the registry's order. */
export const REGIMES: readonly Regime[] = /* @__PURE__ */ Object.freeze(ACTS.map((a) => a.regime));

/** The module of an act. */
export function actModule(regime: Regime): ActModule {
  return BY_REGIME[regime];
}

/** Whether a string names a regime of the registry ("GDPR", "AI Act"), exactly. */
export function isRegime(value: string): value is Regime {
  return Object.hasOwn(BY_REGIME, value);
}
