import { ACTS, type Regime } from '../law/registry.js';

/**
 * The regimes whose fines the model learns (data-protection fines imposed by national
 * authorities), as the acts' modules declare them (`enforcement.model`).
 */
export const MODELLED_REGIMES: readonly Regime[] = /* @__PURE__ */ Object.freeze(
  ACTS.filter((a) => a.enforcement.model !== null).map((a) => a.regime),
);

/** The act the model is centred on: the other modelled acts' fines get an effect against it. */
export const BASELINE_REGIME: Regime = (() => {
  const baseline = ACTS.filter((a) => a.enforcement.model === 'baseline');
  if (baseline.length !== 1) throw new Error('exactly one act of the registry is the fine model baseline');
  return (baseline[0] as (typeof ACTS)[number]).regime;
})();

/** The modelled regimes with an effect of their own, in a stable (alphabetical) order. */
export const REGIME_EFFECTS: readonly Regime[] = /* @__PURE__ */ Object.freeze(
  MODELLED_REGIMES.filter((r) => r !== BASELINE_REGIME).sort(),
);

/**
 * The regimes whose article numbers are the baseline's (the UK GDPR keeps the GDPR's), so that
 * the model's article families read them.
 */
export const BASELINE_NUMBERING: ReadonlySet<Regime> = new Set(
  ACTS.filter((a) => a.regime === BASELINE_REGIME || a.articlesAlsoNamedAs?.includes(BASELINE_REGIME)).map(
    (a) => a.regime,
  ),
);

/** Whether a sanction's regime is one the model learns (a sanction may name an act outside the registry, such as the FTC Act). */
export function isModelledRegime(regime: string): boolean {
  return (MODELLED_REGIMES as readonly string[]).includes(regime);
}
