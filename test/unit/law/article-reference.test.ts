import { describe, expect, it } from 'vitest';
import { type CompanyProfileInput, parseArticleReference } from '../../../src/index.js';

describe('reading article references', () => {
  it.each([
    ['6', 'Art. 6', null],
    ['6(1)(a)', 'Art. 6(1)(a)', null],
    ['Art. 13(1)(c)', 'Art. 13(1)(c)', null],
    ['Article 32', 'Art. 32', null],
    ['art 5 (1) (f)', 'Art. 5(1)(f)', null],
    ['GDPR Art. 32', 'Art. 32', 'GDPR'],
    ['Art. 5(1)(f) GDPR', 'Art. 5(1)(f)', 'GDPR'],
    ['DSGVO Art. 15', 'Art. 15', 'GDPR'],
    ['RGPD art. 82', 'Art. 82', 'GDPR'],
    ['DSA Art. 16', 'Art. 16', 'DSA'],
    ['Art. 5(2) DMA', 'Art. 5(2)', 'DMA'],
  ])('%s → %s', (input, normalized, regime) => {
    const reference = parseArticleReference(input);
    expect(reference?.normalized).toBe(normalized);
    expect(reference?.regime).toBe(regime);
  });

  it('splits paragraphs and points', () => {
    expect(parseArticleReference('Art. 6(1)(f)')?.subdivisions).toEqual(['1', 'f']);
  });

  it.each([
    '',
    'six',
    'Art.',
    'Art. 0',
    'Art. 6(1',
    'CCPA 1798.100',
    'GDPR DSA Art. 6',
    'Art. 6 of something',
    '1234',
  ])('refuses %j', (input) => {
    expect(parseArticleReference(input)).toBeNull();
  });
});

describe('one reader of act names for every entry point', () => {
  it('legalMaximum and maximumFine read DSGVO, RGPD, AVG and "Regulation (EU) 2016/679" alike', async () => {
    const { legalMaximum, maximumFine } = await import('../../../src/index.js');
    const profile: CompanyProfileInput = {
      name: 'Test GmbH',
      financialYears: [
        {
          year: 2024,
          end: '2024-12-31',
          scope: 'undertaking',
          turnover: { amount: '1000000000', currency: 'EUR' },
        },
      ],
    };
    const asOf = '2025-06-30';
    // GDPR Art. 83(5): 4 % of EUR 1bn = EUR 40m.
    for (const provision of [
      'DSGVO 83(5)',
      'Art. 83(5) RGPD',
      'AVG art. 83(5)',
      'Regulation (EU) 2016/679 83(5)',
    ]) {
      expect(legalMaximum({ profile, provision, asOf }).provision, provision).toBe('GDPR 83(5)');
    }
    expect(maximumFine({ profile, regime: 'GDPR', articles: ['Art. 5 DSGVO'], asOf }).amount?.amount).toBe(
      '40000000',
    );
    expect(
      maximumFine({ profile, regime: 'DSA', articles: ['Art. 16 Regulation (EU) 2022/2065'], asOf })
        .infringements[0]?.provision,
    ).toBe('DSA 52(3)');
  });
});
