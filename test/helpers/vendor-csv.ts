import { mulberry32 } from './supplier-base.js';

const COUNTRIES = ['DE', 'FR', 'IE', 'NL', 'US;DE', 'IT', 'ES', 'PL', 'US', 'GB', 'CH', 'JP', 'LU', 'SE'];
const SERVICES = [
  'software-as-a-service',
  'hosting',
  'online-platform:1000000',
  'cloud-computing',
  '',
  'online-platform:60000000',
  'online-search-engine:2000000',
];
const SECTORS = ['', '', 'manufacturing', 'banking', 'health', 'energy', 'digital-providers'];
const ANSWERS = ['yes', 'no', 'partly', 'unknown', ''];
const CURRENCIES = ['EUR', 'EUR', 'EUR', 'USD', 'GBP'];

export const VENDOR_CSV_HEADER =
  'id,name,country,roles,turnover,currency,year,employees,sector,services,p.usesProcessors,q.records,q.security';

/**
 * A generated vendor file as a supplier base exports it: EU and non-EU countries, both roles,
 * turnovers from €100k to €300bn in three currencies, NIS2 sectors, platforms and search engines,
 * questionnaire answers on some rows, and about one row in 200 that is wrong (a turnover that is
 * not a number, an unknown country). Deterministic: the same seed gives the same file.
 */
export function vendorCsv(rows: number, seed = 11): string {
  const r = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const lines = [VENDOR_CSV_HEADER];
  for (let i = 0; i < rows; i++) {
    const turnover = String(Math.round(10 ** (5 + r() * 6.48)));
    const bad = r() < 0.005 ? pick(['turnover', 'country']) : null;
    const answered = r() < 0.4;
    lines.push(
      [
        `V${i}`,
        `Vendor ${i}`,
        bad === 'country' ? 'XX' : pick(COUNTRIES),
        pick(['controller', 'processor', 'controller;processor']),
        bad === 'turnover' ? 'about a million' : turnover,
        pick(CURRENCIES),
        '2024',
        String(1 + Math.floor(10 ** (r() * 5))),
        pick(SECTORS),
        pick(SERVICES),
        answered ? pick(['yes', 'no']) : '',
        answered ? pick(ANSWERS) : '',
        answered ? pick(ANSWERS) : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
