import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  Decimal,
  maximumFine,
  provisionForArticle,
  type Regime,
  ValidationError,
} from '../../../src/index.js';
import { authorityById, isOwnSource } from '../../../src/sanctions/authorities.js';
import { BUNDLED_FILES } from '../../../src/sanctions/bundled.js';
import {
  createSanctionSet,
  SANCTIONS_DATASET,
  sanctions,
  sanctionsFromCsv,
} from '../../../src/sanctions/index.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';

const ecb = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../fixtures/fx/ecb-euro-reference-rates.json', import.meta.url)),
    'utf8',
  ),
) as { annualAverage: { observations: { year: number; rates: Record<string, string> }[] } };

const dataDir = fileURLToPath(new URL('../../../data/sanctions/', import.meta.url));
const all = sanctions.all();

describe('the bundled sanctions dataset', () => {
  it('every file of data/sanctions is bundled, and every record passes the schema with a unique id', () => {
    const files = readdirSync(dataDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect([...BUNDLED_FILES].sort()).toEqual(files);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('holds at least 500 fines from at least 20 authorities, 2018 to 2026, with a version and cut-off', () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(new Set(all.map((r) => r.authorityId)).size).toBeGreaterThanOrEqual(20);
    const years = new Set(all.map((r) => Number(r.date.slice(0, 4))));
    for (const y of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) expect(years.has(y), String(y)).toBe(true);
    expect(sanctions.version).toBe(SANCTIONS_DATASET.version);
    expect(all.every((r) => r.date <= sanctions.cutOff)).toBe(true);
  });

  it('names its authority from the registry, and every source is on that authority’s or a court’s domain', () => {
    for (const r of all) {
      const authority = authorityById(r.authorityId ?? '');
      expect(authority, `${r.id}: ${r.authorityId}`).toBeDefined();
      if (!authority) continue;
      expect(r.authority, r.id).toBe(authority.name);
      expect(r.country, r.id).toBe(authority.country);
      for (const url of r.sources) expect(isOwnSource(authority, url), `${r.id}: ${url}`).toBe(true);
    }
  });

  it('has no duplicates: the same case number for the same entity, or the same entity, date and amount', () => {
    const cases = new Set<string>();
    const facts = new Set<string>();
    for (const r of all) {
      if (r.caseNumber) {
        const key = `${r.authorityId}|${r.caseNumber.toLowerCase()}|${r.entity.toLowerCase()}`;
        expect(cases.has(key), `${r.id}: ${key}`).toBe(false);
        cases.add(key);
      }
      const fact = `${r.entity.toLowerCase()}|${r.date}|${r.amount.amount.toFixed()}`;
      expect(facts.has(fact), `${r.id}: ${fact}`).toBe(false);
      facts.add(fact);
    }
  });

  it('has no fine on a natural person, no copied text and no aggregator source', () => {
    for (const r of all) {
      expect(r.sources.join(' '), r.id).not.toMatch(/gdprhub|enforcementtracker|privacyaffairs/i);
      expect(Object.keys(r), r.id).not.toContain('evidence');
      expect(r.summary.length, r.id).toBeLessThanOrEqual(600);
    }
  });

  it('every turnover says where it comes from, and a record without one says why', () => {
    for (const r of all) {
      for (const t of [r.entityTurnover, r.groupTurnover]) {
        if (!t) continue;
        expect(t.source.length, r.id).toBeGreaterThan(0);
        expect(t.year, r.id).toBeLessThanOrEqual(Number(r.date.slice(0, 4)));
      }
      if (!r.entityTurnover && !r.groupTurnover) expect(r.turnoverNote, r.id).toBeTruthy();
    }
  });

  it('no fine exceeds the legal maximum the library computes from its own record, or a capNote says why', () => {
    let checked = 0;
    const over: string[] = [];
    for (const r of all) {
      if (!(['GDPR', 'UK GDPR', 'FR LIL', 'DMA', 'DSA'] as string[]).includes(r.regime)) continue;
      const regime = r.regime as Regime;
      const capped = r.articles.filter((a) => {
        try {
          provisionForArticle(regime, a);
          return true;
        } catch {
          return false;
        }
      });
      if (capped.length === 0) continue;
      const t = r.turnover;
      // Without a turnover the cap is read on a turnover of zero: the fixed amount alone.
      const profile: CompanyProfileInput = {
        name: r.entity,
        financialYears: [
          {
            year: t ? t.year : Number(r.date.slice(0, 4)) - 1,
            end: t?.fyEnd ?? `${t ? t.year : Number(r.date.slice(0, 4)) - 1}-12-31`,
            scope: t ? t.scope : 'undertaking',
            turnover: t
              ? { amount: t.amount.toFixed(), currency: t.currency }
              : { amount: '0', currency: 'EUR' },
          },
        ],
        ...(regime === 'DSA' || regime === 'DMA'
          ? {
              services: [
                {
                  kind: 'online-platform',
                  euMonthlyActiveRecipients: 50_000_000,
                  dsaDesignation: { notified: '2023-04-25' },
                },
              ],
            }
          : {}),
      };
      let cap: ReturnType<typeof maximumFine>;
      try {
        cap = maximumFine({
          profile,
          regime,
          articles: capped,
          asOf: r.date,
          turnover: { allowFallback: true, ...(t ? { scope: t.scope } : {}) },
          ...(regime === 'GDPR' || regime === 'UK GDPR' ? { linked: true } : {}),
        });
      } catch (error) {
        if (r.capNote === undefined) over.push(`${r.id}: ${(error as Error).message}`);
        continue;
      }
      if (cap.amount === null) continue; // a public body: national law sets the cap
      checked++;
      const capAmount = new Decimal(cap.amount.amount);
      const fine =
        cap.amount.currency === r.amount.currency ? r.amount.amount : new Decimal(r.amountEur.amount.amount);
      if (!fine.lte(capAmount) && r.capNote === undefined) over.push(`${r.id}: ${fine} > ${capAmount}`);
    }
    expect(over).toEqual([]);
    expect(checked).toBeGreaterThan(400);
  });

  it('converts other currencies at the ECB average of the decision year: PLN 1,440,549 (Santander, 2024)', () => {
    const r = all.find((s) => s.id === 'uodo-santander-bank-polska-2024-03-breach-notification');
    const pln = ecb.annualAverage.observations.find((o) => o.year === 2024)?.rates.PLN as string;
    const [whole = '', fraction = ''] = pln.split('.');
    const rateUnits = BigInt(whole + fraction);
    // 1,440,549 ÷ rate, to the cent, half-even, in integers.
    const cents = divideHalfEven(1_440_549n * 100n * 10n ** BigInt(fraction.length), rateUnits);
    expect(r?.amount).toEqual({ amount: new Decimal('1440549'), currency: 'PLN' });
    expect(r?.amountEur.amount.amount).toBe(toDecimal(cents, 2));
    expect(r?.amountEur.rate).toContain(`PLN ${pln}`);
  });

  it('a user can filter the bundled records and build a set from them (the derived figures are recomputed)', () => {
    const french = all.filter((r) => r.country === 'FR');
    const rebuilt = createSanctionSet(french);
    expect(rebuilt.all()).toHaveLength(french.length);
    const one = rebuilt.all().find((r) => r.id === 'cnil-google-llc-2020-12-cookies');
    expect(one?.amountEur.amount).toEqual({ amount: '60000000', currency: 'EUR' });
  });

  it('the first release’s record shape still validates (turnover with a scope, sector, size)', () => {
    const set = createSanctionSet([
      {
        id: 'my-own-fine',
        date: '2023-05-01',
        authority: 'Some DPA',
        country: 'FR',
        regime: 'GDPR',
        entity: 'My Client SAS',
        undertaking: null,
        amount: { amount: '10000', currency: 'EUR' },
        articles: ['GDPR Art. 32'],
        summary: 'A fine of my own.',
        status: [{ date: '2023-05-01', state: 'imposed' }],
        turnover: { amount: '2000000', currency: 'EUR', year: 2022, scope: 'entity', source: 'accounts' },
        sector: 'Retail',
        size: 'small',
        sources: ['https://example.org/decision'],
      },
    ]);
    expect(set.all()[0]?.ratioToTurnover).toBe('0.005');
  });

  it('coverage: records held against the fines each authority reports (CNIL 2024: 72 fines, 12 published)', () => {
    const cell = sanctions.coverage().find((c) => c.authorityId === 'FR-CNIL' && c.year === 2024);
    expect(cell?.reported).toBe(72);
    expect(cell?.held).toBe(
      all.filter((r) => r.authorityId === 'FR-CNIL' && r.date.startsWith('2024')).length,
    );
    expect(
      sanctions.finesReported().find((f) => f.authorityId === 'FR-CNIL' && f.year === 2024)?.published,
    ).toBe(12);
  });
});

/** Records of the bundled dataset: the hand-computed values below hold for them. */
const FIXED_IDS = [
  'cnpd-amazon-2021-07-advertising',
  'cnil-google-llc-2020-12-cookies',
  'cnil-google-ireland-2020-12-cookies',
  'cnil-google-llc-2021-12-cookie-refusal',
  'cnil-google-ireland-2021-12-cookie-refusal',
  'cnil-amazon-2020-12-cookies',
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
];
const fixed = createSanctionSet(all.filter((r) => FIXED_IDS.includes(r.id)));

describe('queries and statistics, against hand-computed values', () => {
  it('holds every fixed record', () => {
    expect(fixed.all()).toHaveLength(FIXED_IDS.length);
  });

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
    // From 2024 on, the fixed decisions citing Art. 5(1)(a): Kruidvat, the football club (APD
    // 108/2024) and LinkedIn; none cites another point of Art. 5.
    const since2024 = { from: '2024-01-01' };
    const withPoint = [
      'ap-as-watson-kruidvat-2024-05-cookies',
      'apd-108-2024-08-football-club-membership-list',
      'dpc-linkedin-2024-10-behavioural-advertising',
    ];
    expect(
      fixed
        .query({ ...since2024, article: 'GDPR Art. 5(1)(a)' })
        .map((r) => r.id)
        .sort(),
    ).toEqual(withPoint);
    expect(
      fixed
        .query({ ...since2024, article: 'GDPR Art. 5' })
        .map((r) => r.id)
        .sort(),
    ).toEqual(withPoint);
  });

  it('by provision, country, company, date and amount', () => {
    // From 2024, Art. 83(4) articles (8, 11, 25–39, 42, 43): Santander, Arts 33(1) and 34(1).
    expect(fixed.query({ provision: 'GDPR 83(4)', from: '2024-01-01' }).map((r) => r.id)).toEqual([
      'uodo-santander-bank-polska-2024-03-breach-notification',
    ]);
    expect(fixed.query({ country: 'pl' })).toHaveLength(1);
    expect(fixed.query({ company: 'AMAZON' })).toHaveLength(2);
    // First half of 2025: Apple and Meta (DMA), DPP Law, TikTok (transfers).
    expect(fixed.query({ from: '2025-01-01', to: '2025-06-30' })).toHaveLength(4);
    // ≥ €100m up to 2024: Amazon 746m, the FTC's $5bn, Meta 1.2bn, Instagram 405m, Facebook
    // 210m, Instagram 180m, TikTok 345m, LinkedIn 310m, Uber 290m, WhatsApp 225m, scraping 265m.
    expect(fixed.query({ minAmountEur: 100_000_000, to: '2024-12-31' })).toHaveLength(11);
  });

  it('refuses an unknown query field, naming it', () => {
    expect(() => fixed.query({ colour: 'red' } as never)).toThrow(ValidationError);
  });
});

describe('sanctionsFromCsv', () => {
  it('reads a user’s CSV through a column mapping into the same queries', () => {
    const csv = [
      'ref,decided,dpa,cc,law,company,eur,cur,arts,what,links',
      'x-1,2024-02-01,My DPA,FR,GDPR,Shop SARL,5000,EUR,GDPR Art. 32;GDPR Art. 5(1)(f),"A fine, with a comma",https://example.org/1',
    ].join('\n');
    const set = sanctionsFromCsv(csv, {
      id: 'ref',
      date: 'decided',
      authority: 'dpa',
      country: 'cc',
      regime: 'law',
      entity: 'company',
      amount: 'eur',
      currency: 'cur',
      articles: 'arts',
      summary: 'what',
      sources: 'links',
    });
    expect(set.query({ article: 'GDPR Art. 32' }).map((r) => r.id)).toEqual(['x-1']);
    expect(set.all()[0]?.summary).toBe('A fine, with a comma');
  });
});
