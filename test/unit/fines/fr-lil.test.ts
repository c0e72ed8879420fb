import { describe, expect, it } from 'vitest';
import {
  legalMaximum,
  maximumFine,
  NotInForceError,
  type ProfileArg,
  provisionById,
  UnknownProvisionError,
} from '../../../src/index.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';

/*
 * Loi Informatique et Libertés, Art. 20 IV 7° (Art. 20 III 7° until 25 January 2022), as the CNIL
 * quotes it: "an administrative fine not exceeding 10 million euros or, in the case of an
 * undertaking, 2 % of the total worldwide annual turnover of the preceding financial year,
 * whichever is higher. In the cases referred to in points 5 and 6 of Article 83 of Regulation (EU)
 * 2016/679, these caps are respectively increased to 20 million euros and 4 % of said turnover."
 * (SAN-2021-023 para. 137; SAN-2024-013 para. 152.)
 */
const COOKIES = 'FR LIL 20 IV 7°';
const RAISED = 'FR LIL 20 IV 7° raised';

function cap(profile: ProfileArg, provision: string, asOf: string) {
  return legalMaximum({ profile, provision, asOf });
}

describe('FR LIL Art. 20 IV 7°: €10M or 2 %, whichever is higher', () => {
  it.each([
    // Below the crossover the fixed amount: 2 % of €499,999,999.99 is under €10M.
    ['499999999.99', '10000000', 'fixed'],
    // At €500M the two limbs are equal (2 % × 500,000,000 = 10,000,000).
    ['500000000', '10000000', 'fixed'],
    ['500000000.01', '10000000.0002', 'turnover'],
    ['3000000000', '60000000', 'turnover'],
  ])('turnover EUR %s → EUR %s (%s)', (turnover, expected, basis) => {
    const result = cap(eurProfile(turnover, { year: 2023 }), COOKIES, '2024-06-01');
    expect(result.amount).toEqual({ amount: expected, currency: 'EUR' });
    expect(result.basis).toBe(basis);
    expect(result.imposedBy).toBe('national authority');
  });

  it('the raised cap of the GDPR Art. 83(5)-(6) cases: €20M or 4 %', () => {
    expect(cap(eurProfile('500000000', { year: 2023 }), RAISED, '2024-06-01').amount).toEqual({
      amount: '20000000',
      currency: 'EUR',
    });
    expect(cap(eurProfile('1000000000', { year: 2023 }), RAISED, '2024-06-01').amount).toEqual({
      amount: '40000000',
      currency: 'EUR',
    });
  });

  it('cites Art. 20 III 7° up to 25 January 2022 and Art. 20 IV 7° from 26 January 2022 (loi n° 2022-52)', () => {
    const profile = eurProfile('100000000', { year: 2021 });
    const before = cap(profile, COOKIES, '2022-01-25');
    const after = cap(profile, COOKIES, '2022-01-26');
    expect(before.citation.provision).toBe('Art. 20 III 7°');
    expect(after.citation.provision).toMatch(/^Art\. 20 IV 7°/);
    expect(before.amount).toEqual(after.amount);
    expect(before.amount).toEqual({ amount: '10000000', currency: 'EUR' });
  });

  it('is not in force before the numbering of ordonnance n° 2018-1125 (1 June 2019)', () => {
    expect(() => cap(eurProfile('1', { year: 2018 }), COOKIES, '2019-05-31')).toThrow(NotInForceError);
    expect(cap(eurProfile('1', { year: 2018 }), COOKIES, '2019-06-01').amount?.amount).toBe('10000000');
  });

  it('keeps the cap for a public body: only processing by the State is excluded', () => {
    const profile = { ...eurProfile('0', { year: 2023 }), publicAuthority: true };
    expect(cap(profile, COOKIES, '2024-06-01').amount).toEqual({ amount: '10000000', currency: 'EUR' });
  });
});

describe('FR LIL against the CNIL cookie decisions', () => {
  it('SAN-2020-013 (7 Dec 2020, Amazon Europe Core, €35M for Art. 82): 2 % of the group turnover of 2019', () => {
    const result = cap(fixtureProfile('amazon-europe-core'), COOKIES, '2020-12-07');
    // Amazon.com, Inc. 2019 net sales USD 280,522,000,000 ÷ 1.1195 (ECB 2019 average), to the cent,
    // then × 2 %: computed here in integers.
    const cents = divideHalfEven(280_522_000_000n * 100n * 10_000n, 11_195n);
    expect(result.amount).toEqual({ amount: toDecimal(cents * 2n, 4), currency: 'EUR' });
    expect(result.citation.provision).toBe('Art. 20 III 7°');
    // The fine the CNIL imposed lies under the cap.
    expect(Number(result.amount?.amount)).toBeGreaterThan(35_000_000);
  });

  it('an Art. 82 breach resolves to Art. 20 IV 7°, not the raised cap', () => {
    const result = maximumFine({
      profile: eurProfile('200000000', { year: 2023 }),
      regime: 'FR LIL',
      articles: ['Art. 82 LIL'],
      asOf: '2024-06-01',
    });
    expect(result.infringements[0]?.provision).toBe(COOKIES);
    expect(result.amount).toEqual({ amount: '10000000', currency: 'EUR' });
  });

  it('maps only Art. 82, and says so for another article or a GDPR article', () => {
    const args = { profile: eurProfile('1', { year: 2023 }), regime: 'FR LIL' as const, asOf: '2024-06-01' };
    expect(() => maximumFine({ ...args, articles: ['Art. 66'] })).toThrow(UnknownProvisionError);
    expect(() => maximumFine({ ...args, articles: ['GDPR Art. 6'] })).toThrow(/names the GDPR/);
  });

  it('reads the ids and the act names users write', () => {
    expect(provisionById(COOKIES).regime).toBe('FR LIL');
    expect(provisionById(RAISED).versions).toHaveLength(2);
  });
});
