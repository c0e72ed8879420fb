import { addMonthsIso, type IsoDate } from '../../../core/dates.js';
import type { Trace } from '../../../core/steps.js';
import type { CommonFacts } from '../../facts/company.js';
import type { Service } from '../../facts/service.js';
import type { DsaTier } from '../obligations.js';
import { DESIGNATION_EFFECT_CITATION, VLOP_THRESHOLD, VLOP_THRESHOLD_CITATION } from '../regulation.js';

/** The DSA tier a kind of service falls in by what it does; null: not an intermediary service. */
const TIER_OF_KIND: Readonly<Record<Service['kind'], DsaTier | null>> = {
  'mere-conduit': 'intermediary service',
  caching: 'intermediary service',
  'number-independent-messaging': 'intermediary service',
  'online-search-engine': 'intermediary service',
  hosting: 'hosting service',
  'cloud-computing': 'hosting service',
  'online-platform': 'online platform',
  'social-network': 'online platform',
  'video-sharing-platform': 'online platform',
  // App stores let consumers conclude distance contracts with traders (the developers).
  'app-store': 'online marketplace',
  'online-marketplace': 'online marketplace',
  'operating-system': null,
  'web-browser': null,
  'virtual-assistant': null,
  'online-advertising': null,
  'software-as-a-service': null,
  other: null,
};

export interface DsaServiceStatus {
  readonly name: string;
  readonly kind: Service['kind'];
  readonly tier: DsaTier | null;
  /** An online platform or search engine, which Art. 33 can designate. */
  readonly designatable: boolean;
  readonly averageMonthlyActiveRecipients: number | null;
  /** At or above 45 million (Art. 33(1)); null when the profile gives no figure. */
  readonly meetsThreshold: boolean | null;
  readonly designation: { readonly notified: IsoDate; readonly section5From: IsoDate } | null;
  /** Designated, and Section 5 applies on `asOf` (four months after the notification). */
  readonly veryLarge: boolean;
}

export interface VeryLargePlatformAssessment {
  readonly asOf: IsoDate;
  /** A service of the company is a designated very large online platform or search engine on `asOf`. */
  readonly veryLarge: boolean;
  /** A service reaches 45 million average monthly active recipients (designation still needed). */
  readonly meetsThreshold: boolean;
  readonly services: readonly DsaServiceStatus[];
  readonly steps: readonly Trace[];
}

function serviceName(service: Service, index: number): string {
  return service.name ?? `${service.kind} #${index + 1}`;
}

/** DSA status of each service of the profile on `asOf`: tier, threshold, designation. */
export function dsaServices(
  profile: Pick<CommonFacts, 'services'>,
  asOf: IsoDate,
): VeryLargePlatformAssessment {
  const steps: Trace[] = [];
  const services = profile.services.map((service, index): DsaServiceStatus => {
    const name = serviceName(service, index);
    const tier = TIER_OF_KIND[service.kind];
    const designatable =
      tier === 'online platform' || tier === 'online marketplace' || service.kind === 'online-search-engine';
    const recipients = service.euMonthlyActiveRecipients ?? null;
    const meetsThreshold =
      designatable && recipients !== null ? recipients >= VLOP_THRESHOLD : designatable ? null : false;
    const designation =
      designatable && service.dsaDesignation
        ? {
            notified: service.dsaDesignation.notified,
            section5From: addMonthsIso(service.dsaDesignation.notified, 4),
          }
        : null;
    const veryLarge = designation !== null && asOf >= designation.section5From;
    if (designatable) {
      steps.push({
        id: 'dsa.art-33.recipients',
        value: recipients,
        citation: VLOP_THRESHOLD_CITATION,
        inputs: Object.freeze({ service: name, recipients, meetsThreshold }),
      });
      steps.push({
        id: 'dsa.art-33.very-large',
        value: veryLarge,
        citation: designation || meetsThreshold ? DESIGNATION_EFFECT_CITATION : VLOP_THRESHOLD_CITATION,
        inputs: Object.freeze({
          service: name,
          searchEngine: service.kind === 'online-search-engine',
          notified: designation?.notified ?? null,
          section5From: designation?.section5From ?? null,
          meetsThreshold,
          asOf,
        }),
      });
    }
    return {
      name,
      kind: service.kind,
      tier,
      designatable,
      averageMonthlyActiveRecipients: recipients,
      meetsThreshold,
      designation,
      veryLarge,
    };
  });
  return {
    asOf,
    veryLarge: services.some((s) => s.veryLarge),
    meetsThreshold: services.some((s) => s.meetsThreshold === true),
    services,
    steps,
  };
}
