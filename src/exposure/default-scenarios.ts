import type { DefaultScenario } from '../law/act-module.js';
import { ACTS, type Regime } from '../law/registry.js';

export type { DefaultScenario };

/**
 * What each act's estimate assumes when the caller names no infringement: the most common
 * infringements of the act in the bundled sanctions (dataset 2026.12), counted once per decision,
 * as each act's module states them (a test recounts the GDPR ones from the data). Medium
 * seriousness: the middle of the EDPB's three levels, assumed rather than observed.
 */
export const DEFAULT_SCENARIOS: Readonly<Partial<Record<Regime, DefaultScenario>>> =
  /* @__PURE__ */ Object.freeze(
    Object.fromEntries(ACTS.filter((a) => a.defaultScenario).map((a) => [a.regime, a.defaultScenario])),
  );
