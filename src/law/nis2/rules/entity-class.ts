import type { Citation } from '../../../core/citation.js';
import type { IsoDate } from '../../../core/dates.js';
import type { ConversionOptions } from '../../../core/fx/convert.js';
import { DEFAULT_FX } from '../../../core/fx/schema.js';
import type { Step } from '../../../core/steps.js';
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
  readonly steps: readonly Step[];
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
      label: 'DORA',
      value: 'excluded',
      rule: `a ${financial.label} that DORA Art. 2(3) excludes: NIS2 is not displaced`,
      citation: DORA_EXCLUSIONS,
    });
    return { ...byAnnex, steps };
  }
  if (asOf < DORA_APPLIES_FROM) {
    steps.push({
      id: 'nis2.dora',
      label: 'DORA',
      value: `applies from ${DORA_APPLIES_FROM}`,
      rule: `a financial entity of DORA (Art. 2(1)${financial.point}); until DORA applies on ${DORA_APPLIES_FROM} (Art. 64), NIS2's Arts 21, 23 and Chapter VII apply to it through national law`,
      citation: DORA_APPLICATION,
    });
    return { ...byAnnex, steps };
  }
  steps.push({
    id: 'nis2.art-4-1.dora',
    label: 'NIS2 Art. 4(1): DORA',
    value: 'NIS2 Arts 21, 23 and Chapter VII do not apply',
    rule: `a financial entity of DORA (Art. 2(1)${financial.point}, ${financial.label}) on ${asOf}: DORA, applicable from ${DORA_APPLIES_FROM}, is the sector-specific Union act whose ICT risk-management and incident-reporting duties replace NIS2's, and NIS2's supervision and enforcement (Chapter VII, the fines of Art. 34) do not apply; fines come from DORA's national penalty regimes`,
    citation: LEX_SPECIALIS,
  });
  return {
    ...byAnnex,
    finedUnder: null,
    displacedBy: { act: 'DORA', from: DORA_APPLIES_FROM, entity: financial.label },
    steps,
  };
}

/**
 * The DORA financial entity the profile is (Art. 2(1)(a)-(t)): the one it declares, or the one its
 * NIS2 sector implies (banking: credit institutions; financial market infrastructure: trading
 * venues and central counterparties). Null for anything else.
 */
function doraFinancialEntity(profile: Nis2Company): { label: string; point: string } | null {
  const declared = profile.financialEntity;
  const description = declared ? DORA_FINANCIAL_ENTITIES[declared] : null;
  if (description) {
    const point = /^\(([a-z])\)/.exec(description)?.[1] ?? '';
    return { label: description.replace(/^\([a-z]\)\s*/, ''), point: `(${point})` };
  }
  if (profile.sector === 'banking') return { label: 'credit institution', point: '(a)' };
  if (profile.sector === 'financial-market-infrastructure') {
    return { label: 'trading venue or central counterparty', point: '(h)-(i)' };
  }
  return null;
}

/** The class an entity's sector and size give it under Arts 2 and 3, with the rule and its paragraph. */
function entityClassOf(
  sector: Nis2Sector,
  annex: 'I' | 'II',
  category: EnterpriseCategory | null,
): { entity: Nis2EntityClass; rule: string; citation: Citation } {
  const essential = (rule: string) => ({ entity: 'essential' as const, rule, citation: ESSENTIAL_CITATION });
  const important = (rule: string) => ({ entity: 'important' as const, rule, citation: IMPORTANT_CITATION });
  switch (sector) {
    case 'qualified-trust-service-provider':
    case 'tld-name-registry':
    case 'dns-service-provider':
      return essential('essential regardless of size (Art. 3(1)(b))');
    case 'public-administration':
      return essential(
        'a public administration entity of central government (Art. 3(1)(d)); regional entities depend on national law',
      );
  }
  if (category === null) {
    return sector === 'public-electronic-communications' || sector === 'trust-service-provider'
      ? {
          entity: 'important',
          rule: 'covered regardless of size (Art. 2(2)(a)); without a headcount the size cannot be judged, so the lower class is shown',
          citation: SIZE_INDEPENDENT_CITATION,
        }
      : {
          entity: 'unknown',
          rule: 'the profile gives no headcount, so whether the entity reaches the medium-sized ceilings cannot be judged',
          citation: SCOPE_CITATION,
        };
  }
  if (sector === 'public-electronic-communications') {
    return category === 'micro' || category === 'small'
      ? important('covered regardless of size (Art. 2(2)(a)(i)); a micro or small provider is not essential')
      : essential(`a ${category} provider of public electronic communications (Art. 3(1)(a) or (c))`);
  }
  if (category === 'micro' || category === 'small') {
    if (sector === 'trust-service-provider') {
      return important('covered regardless of size (Art. 2(2)(a)(ii)); not essential');
    }
    return {
      entity: 'out of scope',
      rule: `a ${category} enterprise: below the size-cap of Art. 2(1) (unless a Member State identifies it)`,
      citation: SCOPE_CITATION,
    };
  }
  if (
    category === 'large' &&
    (ANNEX_I_SECTORS as readonly string[]).concat('trust-service-provider').includes(sector)
  ) {
    return essential('an Annex I entity exceeding the ceilings for medium-sized enterprises (Art. 3(1)(a))');
  }
  return important(`a ${category} enterprise of Annex ${annex}, not essential (Art. 3(2))`);
}

/** The sector's annex, the enterprise size and the class they give, each as a step. */
function classifyByAnnex(profile: Nis2Company, asOf: IsoDate, fx: ConversionOptions): Nis2Classification {
  const steps: Step[] = [];
  const sector = isSector(profile.sector) ? profile.sector : null;
  if (!sector) {
    steps.push({
      id: 'nis2.sector',
      label: 'NIS2 sector',
      value: profile.sector ?? null,
      rule: `not a sector or type of entity of Annex I or II; give the profile's sector as one of: ${NIS2_SECTORS.join(', ')}`,
      citation: SCOPE_CITATION,
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
    label: 'NIS2 sector',
    value: sector,
    rule: `Annex ${annex}`,
    citation: SCOPE_CITATION,
  });
  const size = computeEnterpriseSize(profile, asOf, fx);
  steps.push(...size.steps);
  const { entity, rule, citation } = entityClassOf(sector, annex, size.category);
  steps.push({
    id: 'nis2.entity',
    label: 'NIS2 entity',
    value: entity,
    rule,
    citation,
    ...(entity === 'unknown' ? { severity: 'warning' as const } : {}),
  });
  const finedUnder = entity === 'essential' ? 'NIS2 34(4)' : entity === 'important' ? 'NIS2 34(5)' : null;
  return { asOf, sector, annex, size: size.category, entity, finedUnder, displacedBy: null, steps };
}
