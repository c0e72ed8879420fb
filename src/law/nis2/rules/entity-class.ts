import type { Citation } from '../../../core/citation.js';
import type { IsoDate } from '../../../core/dates.js';
import type { ConversionOptions } from '../../../core/fx/convert.js';
import { DEFAULT_FX } from '../../../core/fx/schema.js';
import type { Trace } from '../../../core/steps.js';
import {
  DORA_APPLICATION,
  DORA_APPLIES_FROM,
  DORA_EXCLUSIONS,
  DORA_FINANCIAL_ENTITIES,
  LEX_SPECIALIS,
} from '../../dora/regulation.js';
import { computeEnterpriseSize, type EnterpriseCategory } from '../../eu-sme/enterprise-size.js';
import type { CommonFacts } from '../../facts/company.js';
import {
  ANNEX_I_SECTORS,
  ANNEX_II_SECTORS,
  ESSENTIAL_CITATION,
  IMPORTANT_CITATION,
  NIS2_SECTORS,
  type Nis2Sector,
  SCOPE_CITATION,
  SIZE_INDEPENDENT_CITATION,
} from '../directive.js';
import type { Nis2Facts } from '../facts.js';

/** A company as NIS2's rules read it: the common facts and NIS2's own. */
type Nis2Company = CommonFacts & Nis2Facts;

export type Nis2EntityClass = 'essential' | 'important' | 'out of scope' | 'unknown';

export interface Nis2Classification {
  readonly asOf: IsoDate;
  readonly sector: Nis2Sector | null;
  readonly annex: 'I' | 'II' | null;
  readonly size: EnterpriseCategory | null;
  readonly entity: Nis2EntityClass;
  /**
   * The fine provision an infringement of Art. 21 or 23 falls under; null when out of scope or
   * when a sector-specific act displaces those provisions (`displacedBy`).
   */
  readonly finedUnder: 'NIS2 34(4)' | 'NIS2 34(5)' | null;
  /**
   * NIS2 Art. 4(1): the sector-specific Union act whose requirements replace Arts 21 and 23 and
   * the enforcement of Chapter VII for this entity (DORA for financial entities from 17 January 2025).
   */
  readonly displacedBy: { readonly act: 'DORA'; readonly from: IsoDate; readonly entity: string } | null;
  readonly steps: readonly Trace[];
}

function isSector(value: string | undefined): value is Nis2Sector {
  return value !== undefined && (NIS2_SECTORS as readonly string[]).includes(value);
}

/**
 * Essential or important entity under NIS2 (Arts 2 and 3), from the profile's `sector` (one of the
 * keys of Annexes I and II, or a size-independent type such as "dns-service-provider") and its
 * enterprise size. Entities a Member State identifies on its own (Art. 2(2)(b)-(e), 3(1)(e)-(g))
 * are outside what a profile can show.
 */
export function classifyNis2Entity(
  profile: Nis2Company,
  asOf: IsoDate,
  fx: ConversionOptions = DEFAULT_FX,
): Nis2Classification {
  const byAnnex = classifyByAnnex(profile, asOf, fx);
  if (byAnnex.finedUnder === null) return byAnnex;
  const financial = doraFinancialEntity(profile);
  if (financial === null) return byAnnex;
  const steps = [...byAnnex.steps];
  if (profile.doraExcluded === true) {
    steps.push({
      id: 'nis2.dora',
      value: 'excluded',
      citation: DORA_EXCLUSIONS,
      inputs: Object.freeze({ outcome: 'excluded', entity: financial.name, point: financial.point }),
    });
    return { ...byAnnex, steps };
  }
  if (asOf < DORA_APPLIES_FROM) {
    steps.push({
      id: 'nis2.dora',
      value: DORA_APPLIES_FROM,
      citation: DORA_APPLICATION,
      inputs: Object.freeze({
        outcome: 'not yet',
        entity: financial.name,
        point: financial.point,
        from: DORA_APPLIES_FROM,
      }),
    });
    return { ...byAnnex, steps };
  }
  steps.push({
    id: 'nis2.art-4-1.dora',
    value: 'NIS2 Arts 21, 23 and Chapter VII do not apply',
    citation: LEX_SPECIALIS,
    inputs: Object.freeze({ entity: financial.name, point: financial.point, asOf, from: DORA_APPLIES_FROM }),
  });
  return {
    ...byAnnex,
    finedUnder: null,
    displacedBy: { act: 'DORA', from: DORA_APPLIES_FROM, entity: financial.name },
    steps,
  };
}

/**
 * The DORA financial entity the profile is (Art. 2(1)(a)-(t)): the one it declares, or the one its
 * NIS2 sector implies (banking: credit institutions; financial market infrastructure: trading
 * venues and central counterparties). Null for anything else.
 */
function doraFinancialEntity(profile: Nis2Company): { name: string; point: string } | null {
  const declared = profile.financialEntity;
  const description = declared ? DORA_FINANCIAL_ENTITIES[declared] : null;
  if (description) {
    const point = /^\(([a-z])\)/.exec(description)?.[1] ?? '';
    return { name: description.replace(/^\([a-z]\)\s*/, ''), point: `(${point})` };
  }
  if (profile.sector === 'banking') return { name: 'credit institution', point: '(a)' };
  if (profile.sector === 'financial-market-infrastructure') {
    return { name: 'trading venue or central counterparty', point: '(h)-(i)' };
  }
  return null;
}

/**
 * Why a sector and a size give an entity its class under Arts 2 and 3 (the words of each basis are
 * in `../words.ts`, step `nis2.entity`).
 */
export type Nis2EntityBasis =
  | 'size-independent'
  | 'public-administration'
  | 'size-independent-no-headcount'
  | 'no-headcount'
  | 'communications-micro-or-small'
  | 'communications-essential'
  | 'trust-service-micro-or-small'
  | 'below-size-cap'
  | 'annex-i-large'
  | 'important';

/** The class an entity's sector and size give it under Arts 2 and 3, with the basis and its paragraph. */
function entityClassOf(
  sector: Nis2Sector,
  category: EnterpriseCategory | null,
): { entity: Nis2EntityClass; basis: Nis2EntityBasis; citation: Citation } {
  const essential = (basis: Nis2EntityBasis) => ({
    entity: 'essential' as const,
    basis,
    citation: ESSENTIAL_CITATION,
  });
  const important = (basis: Nis2EntityBasis) => ({
    entity: 'important' as const,
    basis,
    citation: IMPORTANT_CITATION,
  });
  switch (sector) {
    case 'qualified-trust-service-provider':
    case 'tld-name-registry':
    case 'dns-service-provider':
      return essential('size-independent');
    case 'public-administration':
      return essential('public-administration');
  }
  if (category === null) {
    return sector === 'public-electronic-communications' || sector === 'trust-service-provider'
      ? { entity: 'important', basis: 'size-independent-no-headcount', citation: SIZE_INDEPENDENT_CITATION }
      : { entity: 'unknown', basis: 'no-headcount', citation: SCOPE_CITATION };
  }
  if (sector === 'public-electronic-communications') {
    return category === 'micro' || category === 'small'
      ? important('communications-micro-or-small')
      : essential('communications-essential');
  }
  if (category === 'micro' || category === 'small') {
    if (sector === 'trust-service-provider') return important('trust-service-micro-or-small');
    return { entity: 'out of scope', basis: 'below-size-cap', citation: SCOPE_CITATION };
  }
  if (
    category === 'large' &&
    (ANNEX_I_SECTORS as readonly string[]).concat('trust-service-provider').includes(sector)
  ) {
    return essential('annex-i-large');
  }
  return important('important');
}

const NO_ANNEX = /* @__PURE__ */ Object.freeze({ annex: null });
const ANNEX_I = /* @__PURE__ */ Object.freeze({ annex: 'I' });
const ANNEX_II = /* @__PURE__ */ Object.freeze({ annex: 'II' });

/** The sector's annex, the enterprise size and the class they give, each as a step. */
function classifyByAnnex(profile: Nis2Company, asOf: IsoDate, fx: ConversionOptions): Nis2Classification {
  const steps: Trace[] = [];
  const sector = isSector(profile.sector) ? profile.sector : null;
  if (!sector) {
    steps.push({
      id: 'nis2.sector',
      value: profile.sector ?? null,
      citation: SCOPE_CITATION,
      inputs: NO_ANNEX,
    });
    return {
      asOf,
      sector: null,
      annex: null,
      size: null,
      entity: 'out of scope',
      finedUnder: null,
      displacedBy: null,
      steps,
    };
  }
  const annex = (ANNEX_II_SECTORS as readonly string[]).includes(sector) ? 'II' : 'I';
  steps.push({
    id: 'nis2.sector',
    value: sector,
    citation: SCOPE_CITATION,
    inputs: annex === 'I' ? ANNEX_I : ANNEX_II,
  });
  const size = computeEnterpriseSize(profile, asOf, fx);
  steps.push(...size.steps);
  const { entity, basis, citation } = entityClassOf(sector, size.category);
  steps.push({
    id: 'nis2.entity',
    value: entity,
    citation,
    inputs: Object.freeze({ basis, category: size.category, annex }),
    ...(entity === 'unknown' ? { severity: 'warning' as const } : {}),
  });
  const finedUnder = entity === 'essential' ? 'NIS2 34(4)' : entity === 'important' ? 'NIS2 34(5)' : null;
  return { asOf, sector, annex, size: size.category, entity, finedUnder, displacedBy: null, steps };
}
