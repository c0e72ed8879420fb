import { type CompanyProfileInput, OBLIGATION_IDS } from '../../src/index.js';

/**
 * A generated supplier base for the score tests: sizes in the EU's enterprise mix (Eurostat:
 * about 93 % micro, 6 % small, under 1 % medium, 0.2 % large), varied countries (EU, EEA and
 * elsewhere, some non-EU vendors with an unknown GDPR scope), roles, sectors and postures.
 * Deterministic: the same seed gives the same base.
 */
export interface GeneratedVendor {
  readonly profile: CompanyProfileInput;
  readonly size: 'micro' | 'small' | 'medium' | 'large';
  readonly posture: 'none' | 'all met' | 'all not met' | 'mixed' | 'all unknown';
}

/** A seeded generator (mulberry32): the same draws on every run and machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EU = [
  'DE',
  'FR',
  'IT',
  'ES',
  'PL',
  'NL',
  'BE',
  'SE',
  'AT',
  'IE',
  'PT',
  'CZ',
  'RO',
  'GR',
  'HU',
  'DK',
  'FI',
  'LU',
];
const ELSEWHERE = ['US', 'GB', 'CH', 'IN', 'NO'];
const SECTORS = [
  'digital-providers',
  'manufacturing',
  'health',
  'banking',
  'energy',
  'transport',
  'food',
  undefined,
];
const NACE = ['J', 'G', 'C', 'M', 'N', 'K', 'Q', 'H', 'I', 'L'] as const;

export function supplierBase(count: number, seed = 7): GeneratedVendor[] {
  const r = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const logUniform = (lo: number, hi: number) =>
    10 ** (Math.log10(lo) + r() * (Math.log10(hi) - Math.log10(lo)));
  const vendors: GeneratedVendor[] = [];
  for (let i = 0; i < count; i++) {
    const u = r();
    const size = u < 0.93 ? 'micro' : u < 0.988 ? 'small' : u < 0.997 ? 'medium' : 'large';
    const [lo, hi, staffLo, staffHi] =
      size === 'micro'
        ? [5e4, 2e6, 1, 9]
        : size === 'small'
          ? [2e6, 1e7, 10, 49]
          : size === 'medium'
            ? [1e7, 5e7, 50, 249]
            : [5e7, 3e11, 250, 200000];
    const turnover = Math.round(logUniform(lo, hi));
    const employees = Math.round(staffLo + r() * (staffHi - staffLo));
    const nonEu = r() < 0.15;
    const country = nonEu ? pick(ELSEWHERE) : pick(EU);
    const roles: CompanyProfileInput['roles'] =
      r() < 0.5 ? ['processor'] : r() < 0.7 ? ['controller'] : ['controller', 'processor'];
    const processing: Record<string, unknown> = {};
    if (nonEu && country !== 'NO') {
      const known = r();
      if (known < 0.5) processing.offersGoodsOrServicesInUnion = true;
      else if (known < 0.7) {
        processing.offersGoodsOrServicesInUnion = false;
        processing.monitorsBehaviourInUnion = false;
      }
      // Otherwise the scope is unknown: 30 % of the non-EU vendors.
    }
    const p = r();
    const posture =
      p < 0.3 ? 'none' : p < 0.5 ? 'all met' : p < 0.65 ? 'all not met' : p < 0.75 ? 'all unknown' : 'mixed';
    const gdprIds = OBLIGATION_IDS.filter((id) => id.startsWith('GDPR '));
    const entries =
      posture === 'none'
        ? undefined
        : gdprIds.map((obligation) => ({
            obligation,
            status:
              posture === 'all met'
                ? 'met'
                : posture === 'all not met'
                  ? 'not met'
                  : posture === 'all unknown'
                    ? 'unknown'
                    : pick(['met', 'met', 'partly met', 'not met', 'unknown'] as const),
          }));
    const sector = pick(SECTORS);
    vendors.push({
      size,
      posture,
      profile: {
        name: `Vendor ${i + 1}`,
        financialYears: [
          {
            year: 2024,
            end: '2024-12-31',
            scope: 'entity',
            employees,
            turnover: { amount: String(turnover), currency: 'EUR' },
          },
        ],
        establishments: [{ country, main: true }],
        roles,
        ...(sector ? { sector } : {}),
        nace: pick(NACE),
        consumerFacing: r() < 0.5,
        processing,
        ...(entries ? { posture: entries } : {}),
      },
    });
  }
  return vendors;
}
