import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  maximumFine,
  provisionForArticle,
  type Regime,
  ValidationError,
} from '../../../src/index.js';
import { createSanctionSet, sanctions, sanctionsFromCsv } from '../../../src/sanctions/index.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';

const ecb = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../fixtures/fx/ecb-euro-reference-rates.json', import.meta.url)),
    'utf8',
  ),
) as { annualAverage: { observations: { year: number; rates: Record<string, string> }[] } };

describe('the bundled sanctions', () => {
  it('every record passes the schema and has a unique id', () => {
    const all = sanctions.all();
    expect(all.length).toBeGreaterThanOrEqual(14);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('holds the records the issue names', () => {
    const ids = sanctions.all().map((r) => r.id);
    for (const id of [
      'cnpd-amazon-2021-07-advertising',
      'cnil-amazon-2020-12-cookies',
      'cnil-google-llc-2020-12-cookies',
      'cnil-google-ireland-2020-12-cookies',
      'ftc-facebook-2019-07-consent-order',
      'ec-dma-apple-2025-04-anti-steering',
      'ec-dma-meta-2025-04-pay-or-consent',
    ]) {
      expect(ids).toContain(id);
    }
    const amazon = sanctions.all().find((r) => r.id === 'cnpd-amazon-2021-07-advertising');
    expect(amazon?.currentState).toBe('upheld');
    expect(amazon?.status.at(-1)?.date).toBe('2025-03-18');
  });

  it('no fine exceeds the legal maximum the library computes from its own record', () => {
    for (const r of sanctions.all()) {
      if (!r.turnover || !['GDPR', 'UK GDPR', 'FR LIL', 'DMA'].includes(r.regime)) continue;
      const profile = {
        name: r.entity,
        financialYears: [
          {
            year: r.turnover.year,
            end: `${r.turnover.year}-12-31`,
            scope: r.turnover.scope,
            turnover: { amount: r.turnover.amount.toFixed(), currency: r.turnover.currency },
          },
        ],
      };
      // Articles no fine provision lists (GDPR Art. 24, say) are cited in decisions but set no cap.
      const capped = r.articles.filter((a) => {
        try {
          provisionForArticle(r.regime as Regime, a);
          return true;
        } catch {
          return false;
        }
      });
      const cap = maximumFine({
        profile,
        regime: r.regime,
        articles: capped,
        asOf: r.date,
        turnover: { allowFallback: true, scope: r.turnover.scope },
        ...(r.regime === 'GDPR' || r.regime === 'UK GDPR' ? { linked: true } : {}),
      });
      const capAmount = new Decimal(cap.amount?.amount ?? '0');
      const fine =
        cap.amount?.currency === r.amount.currency ? r.amount.amount : new Decimal(r.amountEur.amount.amount);
      expect(fine.lte(capAmount) || r.capNote !== undefined, `${r.id}: ${fine} > ${capAmount}`).toBe(true);
    }
  });

  it('keeps the amount imposed and its euro figure: PLN 238,345 at the ECB 2024 average', () => {
    const r = sanctions.all().find((s) => s.id === 'uodo-res-gastro-2024-04-lost-pendrive');
    const pln = ecb.annualAverage.observations.find((o) => o.year === 2024)?.rates.PLN as string;
    const [whole = '', fraction = ''] = pln.split('.');
    const rateUnits = BigInt(whole + fraction);
    // 238,345 ÷ rate, to the cent, half-even, in integers.
    const cents = divideHalfEven(238_345n * 100n * 10n ** BigInt(fraction.length), rateUnits);
    expect(r?.amount).toEqual({ amount: new Decimal('238345'), currency: 'PLN' });
    expect(r?.amountEur.amount.amount).toBe(toDecimal(cents, 2));
    expect(r?.amountEur.rate).toContain(`PLN ${pln}`);
  });
});

/** The bundled records as of this test's writing: the hand-computed values below hold for them. */
const FIXED_IDS = [
  'cnpd-amazon-2021-07-advertising',
  'cnil-google-llc-2020-12-cookies',
  'cnil-google-ireland-2020-12-cookies',
  'cnil-google-llc-2021-12-cookie-refusal',
  'cnil-google-ireland-2021-12-cookie-refusal',
  'cnil-amazon-2020-12-cookies',
  'uodo-res-gastro-2024-04-lost-pendrive',
  'uodo-santander-bank-polska-2024-03-breach-notification',
  'apd-108-2024-08-football-club-membership-list',
  'ap-as-watson-kruidvat-2024-05-cookies',
  'ico-dpp-law-2025-04-cyber-attack',
  'ec-dma-apple-2025-04-anti-steering',
  'ec-dma-meta-2025-04-pay-or-consent',
  'ftc-facebook-2019-07-consent-order',
  'dpc-meta-2023-05-transfers',
  'dpc-instagram-2022-09-children',
  'dpc-meta-2022-12-facebook-legal-basis',
  'dpc-meta-2022-12-instagram-legal-basis',
  'dpc-tiktok-2023-09-children',
  'dpc-tiktok-2025-05-china-transfers',
  'dpc-linkedin-2024-10-behavioural-advertising',
  'ap-uber-2024-07-us-transfers',
  'dpc-whatsapp-2021-09-transparency',
  'dpc-meta-2022-11-scraping',
  'dpc-meta-2024-09-plaintext-passwords',
];
const bundledRecords = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../fixtures/sanctions/sanctions.json', import.meta.url)), 'utf8'),
) as { id: string }[];
const fixed = createSanctionSet(bundledRecords.filter((r) => FIXED_IDS.includes(r.id)));

describe('queries and statistics, against hand-computed values', () => {
  it('the French cookie fines of 2020–2021: five, €285m in all, median €60m', () => {
    // 60 + 40 + 90 + 60 + 35 (SAN-2020-012, SAN-2021-023, SAN-2020-013), in millions.
    const stats = fixed.stats({ regime: 'FR LIL', to: '2021-12-31' });
    expect(stats.count).toBe(5);
    expect(stats.amountEur?.sum).toBe('285000000');
    expect(stats.amountEur?.median).toBe('60000000');
    // Type 7 on [35, 40, 60, 60, 90]: p10 h = 0.4 → 35 + 0.4 × 5 = 37; p25 h = 1 → 40; p90 h = 3.6 → 60 + 0.6 × 30 = 78.
    expect(stats.amountEur?.quantiles).toEqual({
      '10': '37000000',
      '25': '40000000',
      '50': '60000000',
      '75': '60000000',
      '90': '78000000',
    });
  });

  it('by article: "GDPR Art. 5" matches every paragraph, "GDPR Art. 5(1)(a)" only that point', () => {
    // Decisions from 2024 on citing some Art. 5: Res-Gastro 5(1)(f) and 5(2), Meta passwords
    // 5(1)(f), and three citing 5(1)(a).
    const since2024 = { from: '2024-01-01' };
    const withPoint = [
      'ap-as-watson-kruidvat-2024-05-cookies',
      'apd-108-2024-08-football-club-membership-list',
      'dpc-linkedin-2024-10-behavioural-advertising',
    ];
    expect(
      fixed
        .query({ ...since2024, article: 'GDPR Art. 5' })
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      [...withPoint, 'dpc-meta-2024-09-plaintext-passwords', 'uodo-res-gastro-2024-04-lost-pendrive'].sort(),
    );
    expect(
      fixed
        .query({ ...since2024, article: 'GDPR Art. 5(1)(a)' })
        .map((r) => r.id)
        .sort(),
    ).toEqual(withPoint);
  });

  it('by provision, country, company, state, date and amount', () => {
    // From 2024, Art. 83(4) articles (8, 11, 25–39, 42, 43): Res-Gastro 25 and 32, Santander 33
    // and 34, Meta passwords 32 and 33.
    expect(
      fixed
        .query({ provision: 'GDPR 83(4)', from: '2024-01-01' })
        .map((r) => r.id)
        .sort(),
    ).toEqual([
      'dpc-meta-2024-09-plaintext-passwords',
      'uodo-res-gastro-2024-04-lost-pendrive',
      'uodo-santander-bank-polska-2024-03-breach-notification',
    ]);
    expect(fixed.query({ country: 'pl' })).toHaveLength(2);
    expect(fixed.query({ company: 'AMAZON' })).toHaveLength(2);
    expect(fixed.query({ status: 'upheld' })).toHaveLength(4);
    // First half of 2025: Apple and Meta (DMA), DPP Law, TikTok (transfers).
    expect(fixed.query({ from: '2025-01-01', to: '2025-06-30' })).toHaveLength(4);
    // ≥ €100m up to 2024: Amazon 746m, the FTC's $5bn (€4.47bn), Meta 1.2bn, Instagram 405m,
    // Facebook 210m, Instagram 180m, TikTok 345m, LinkedIn 310m, Uber 290m, WhatsApp 225m and
    // the Facebook scraping 265m.
    expect(fixed.query({ minAmountEur: 100_000_000, to: '2024-12-31' })).toHaveLength(11);
  });

  it('refuses an unknown query field, naming it', () => {
    expect(() => fixed.query({ colour: 'red' } as never)).toThrow(ValidationError);
  });
});

describe('comparables', () => {
  it('finds the CNPD Amazon case first for a marketplace infringing Art. 6', () => {
    const profile = {
      name: 'Marketplace SA',
      sector: 'Retail and e-commerce',
      financialYears: [
        {
          year: 2024,
          end: '2024-12-31',
          scope: 'undertaking',
          turnover: { amount: '300000000000', currency: 'EUR' },
        },
      ],
    };
    const question = {
      profile,
      asOf: '2025-06-30',
      scenario: { regime: 'GDPR', articles: ['6(1)'] },
      limit: 3,
    } as const;
    // Against the fixed subset, so that records added later cannot move the expected first case.
    const found = fixed.comparables(question);
    expect(found[0]?.sanction.id).toBe('cnpd-amazon-2021-07-advertising');
    expect(found[0]?.why.join('; ')).toMatch(/same provision \(GDPR 83\(5\)\).*shares Art\. 6.*same sector/);
    // Against the whole bundled set: every case found shares the provision, best first.
    const all = sanctions.comparables(question);
    expect(all).toHaveLength(3);
    for (const c of all) expect(c.sanction.provisions).toContain('GDPR 83(5)');
    for (let i = 1; i < all.length; i++)
      expect(all[i - 1]?.similarity).toBeGreaterThanOrEqual(all[i]?.similarity ?? 0);
  });
});

describe("a user's own data", () => {
  const csv = [
    'ref,decided,dpa,cc,law,company,fine,cur,arts,what,urls',
    'x-1,2023-03-01,Test DPA,DE,GDPR,Alpha GmbH,10000,EUR,GDPR Art. 32;GDPR Art. 33,"security, and a late notice",https://example.org/1',
    'x-2,2024-05-01,Test DPA,DE,GDPR,Beta GmbH,30000,EUR,GDPR Art. 6,no legal basis,https://example.org/2',
  ].join('\n');
  const mapping = {
    id: 'ref',
    date: 'decided',
    authority: 'dpa',
    country: 'cc',
    regime: 'law',
    entity: 'company',
    amount: 'fine',
    currency: 'cur',
    articles: 'arts',
    summary: 'what',
    sources: 'urls',
  };

  it('loads a CSV through a column mapping into the same queries', () => {
    const set = sanctionsFromCsv(csv, mapping);
    expect(set.all()).toHaveLength(2);
    expect(set.query({ provision: 'GDPR 83(4)' }).map((r) => r.id)).toEqual(['x-1']);
    expect(set.stats().amountEur?.median).toBe('20000');
    expect(set.all().find((r) => r.id === 'x-1')?.summary).toBe('security, and a late notice');
  });

  it('names a missing column and a bad record', () => {
    expect(() => sanctionsFromCsv(csv, { ...mapping, amount: 'penalty' })).toThrow(/penalty: no such column/);
    expect(() => createSanctionSet([{ id: 'Bad Id' }])).toThrow(/\[0\] \(Bad Id\)\.id/);
  });
});
