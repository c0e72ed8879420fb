import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import type * as Lexposure from '../../src/index.js';

// The built package, as users run it (`npm run bench` builds first): vitest's transform of the
// sources routes every cross-module call through its own module objects and would slow them down.
const built = '../../dist/index.js';
const { legalMaximum, parseProfile } = (await import(built)) as typeof Lexposure;

/**
 * legalMaximum on parsed profiles against its floor: a bare decimal.js max(fixed, pct × turnover)
 * on the same turnovers. The summary vitest prints ("N× faster than") is the library's overhead.
 */
const COUNT = 1000;
const turnovers = Array.from(
  { length: COUNT },
  (_, i) => `${(i * 7_919_113) % 5_000_000_000}.${String(i % 100).padStart(2, '0')}`,
);
function profilesIn(currency: string) {
  return turnovers.map((amount, i) =>
    parseProfile({
      name: `Vendor ${i}`,
      financialYears: [
        { year: 2024, end: '2024-12-31', scope: 'undertaking', turnover: { amount, currency } },
      ],
    }),
  );
}
const eurProfiles = profilesIn('EUR');
const usdProfiles = profilesIn('USD');
// The floor: the same turnovers as plain decimal.js values, and the two legal numbers.
const turnoverDecimals = turnovers.map((amount) => new DecimalJs(amount));
const FIXED = new DecimalJs('20000000');
const SHARE = new DecimalJs('0.04');
/** Results are kept here, so no engine can drop a computation whose result is unused. */
const sink: unknown[] = [undefined];

describe(`GDPR 83(5) cap, ${COUNT} parsed profiles per iteration`, () => {
  bench('floor: bare decimal.js max(fixed, 4 % × turnover)', () => {
    for (const turnover of turnoverDecimals) sink[0] = DecimalJs.max(FIXED, SHARE.times(turnover));
  });

  bench('lexposure legalMaximum, EUR turnover, with its steps', () => {
    for (const profile of eurProfiles)
      sink[0] = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
  });

  bench('lexposure legalMaximum, EUR turnover, explain: false', () => {
    for (const profile of eurProfiles)
      sink[0] = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30', explain: false });
  });

  bench('lexposure legalMaximum, USD turnover converted at the ECB rate', () => {
    for (const profile of usdProfiles)
      sink[0] = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
  });
});
