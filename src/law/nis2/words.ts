import type { StepWordBook } from '../../core/steps.js';
import { NIS2_SECTORS } from './directive.js';
import type { Nis2EntityBasis } from './rules/entity-class.js';

/** The words of each basis of an entity's class under Arts 2 and 3 (step `nis2.entity`). */
const ENTITY_BASIS: Readonly<Record<Nis2EntityBasis, (category: unknown, annex: unknown) => string>> =
  Object.freeze({
    'size-independent': () => 'essential regardless of size (Art. 3(1)(b))',
    'public-administration': () =>
      'a public administration entity of central government (Art. 3(1)(d)); regional entities depend on national law',
    'size-independent-no-headcount': () =>
      'covered regardless of size (Art. 2(2)(a)); without a headcount the size cannot be judged, so the lower class is shown',
    'no-headcount': () =>
      'the profile gives no headcount, so whether the entity reaches the medium-sized ceilings cannot be judged',
    'communications-micro-or-small': () =>
      'covered regardless of size (Art. 2(2)(a)(i)); a micro or small provider is not essential',
    'communications-essential': (category) =>
      `a ${category} provider of public electronic communications (Art. 3(1)(a) or (c))`,
    'trust-service-micro-or-small': () => 'covered regardless of size (Art. 2(2)(a)(ii)); not essential',
    'below-size-cap': (category) =>
      `a ${category} enterprise: below the size-cap of Art. 2(1) (unless a Member State identifies it)`,
    'annex-i-large': () =>
      'an Annex I entity exceeding the ceilings for medium-sized enterprises (Art. 3(1)(a))',
    important: (category, annex) => `a ${category} enterprise of Annex ${annex}, not essential (Art. 3(2))`,
  });

/** The words of the NIS2's steps, by step id. */
export const NIS2_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'nis2.sector': {
    label: 'NIS2 sector',
    rule: (i) =>
      i.annex === null
        ? `not a sector or type of entity of Annex I or II; give the profile's sector as one of: ${NIS2_SECTORS.join(', ')}`
        : `Annex ${i.annex}`,
  },
  'nis2.entity': {
    label: 'NIS2 entity',
    rule: (i) => ENTITY_BASIS[i.basis as Nis2EntityBasis](i.category, i.annex),
  },
  'nis2.dora': {
    label: 'DORA',
    value: (i, t) => (i.outcome === 'not yet' ? `applies from ${i.from}` : t.value),
    rule: (i) =>
      i.outcome === 'excluded'
        ? `a ${i.entity} that DORA Art. 2(3) excludes: NIS2 is not displaced`
        : `a financial entity of DORA (Art. 2(1)${i.point}); until DORA applies on ${i.from} (Art. 64), NIS2's Arts 21, 23 and Chapter VII apply to it through national law`,
  },
  'nis2.art-4-1.dora': {
    label: 'NIS2 Art. 4(1): DORA',
    rule: (i) =>
      `a financial entity of DORA (Art. 2(1)${i.point}, ${i.entity}) on ${i.asOf}: DORA, applicable from ${i.from}, is the sector-specific Union act whose ICT risk-management and incident-reporting duties replace NIS2's, and NIS2's supervision and enforcement (Chapter VII, the fines of Art. 34) do not apply; fines come from DORA's national penalty regimes`,
  },
  'nis2.entity-class': {
    label: 'NIS2 entity class',
    rule: 'the profile does not show an essential or important entity; the cap of an essential entity (Art. 34(4)) is shown',
  },
});
