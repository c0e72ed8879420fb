import { describe, expect, it } from 'vitest';
import { countriesInUnion, inUnion, membershipOn } from '../../../src/law/union/membership.js';
import { obligationsFor } from '../../../src/scope/obligations.js';
import { aProfile } from '../../../src/testing/profile-builder.js';

// Withdrawal Agreement (CELEX 12020W/TXT): in force 1 February 2020 (Art. 185); the transition
// period ends on 31 December 2020 (Art. 126); during it references to Member States include the
// United Kingdom (Art. 127(6)). EEA Joint Committee Decision No 154/2018: the GDPR applies in
// Iceland, Liechtenstein and Norway from 20 July 2018.
describe('the dated membership table', () => {
  it('the United Kingdom: a Member State to 31 January 2020, in the transition period to 31 December 2020, then a third country', () => {
    expect(membershipOn('GB', '2020-01-31')?.status).toBe('member state');
    expect(membershipOn('GB', '2020-02-01')?.status).toBe('withdrawal transition');
    expect(inUnion('GB', '2020-12-31')).toBe(true);
    expect(inUnion('GB', '2021-01-01')).toBe(false);
  });

  it('the EEA EFTA States count only where the rule reads the EEA, and only from 20 July 2018', () => {
    expect(inUnion('NO', '2019-01-01')).toBe(false);
    expect(inUnion('NO', '2019-01-01', { eea: true })).toBe(true);
    expect(inUnion('NO', '2018-07-19', { eea: true })).toBe(false);
    expect(inUnion('NO', '2018-07-20', { eea: true })).toBe(true);
  });

  it('Croatia from its accession on 1 July 2013; 28 Member States in 2019, 27 from 2021', () => {
    expect(inUnion('HR', '2013-06-30')).toBe(false);
    expect(inUnion('HR', '2013-07-01')).toBe(true);
    expect(countriesInUnion('2019-06-01')).toHaveLength(28);
    expect(countriesInUnion('2021-01-01')).toHaveLength(27);
    expect(countriesInUnion('2021-01-01', { eea: true })).toHaveLength(30);
  });
});

describe('GDPR Art. 3(1) and Art. 27 for a UK establishment, read on the date', () => {
  const uk = aProfile('Widgets Ltd')
    .establishedIn('GB')
    .controller()
    .processing({
      offersGoodsOrServicesInUnion: true,
      occasional: false,
    })
    .toInput();
  const duty = (id: string, asOf: string) =>
    obligationsFor({ profile: uk, asOf }).obligations.find((o) => o.id === id);

  it('on 31 December 2020 the UK establishment is an establishment in the Union: no representative', () => {
    expect(duty('GDPR Art. 5', '2020-12-31')?.why).toContain('transition period');
    expect(duty('GDPR Art. 27', '2020-12-31')?.status ?? 'not listed').not.toBe('applies');
    expect(duty('GDPR Art. 27', '2019-06-01')?.status ?? 'not listed').not.toBe('applies');
  });

  it('on 1 January 2021 it is a non-EU controller offering goods in the Union: Art. 3(2)(a) and Art. 27', () => {
    expect(duty('GDPR Art. 5', '2021-01-01')?.why).toContain('Art. 3(2)(a)');
    expect(duty('GDPR Art. 27', '2021-01-01')?.status).toBe('applies');
  });
});
