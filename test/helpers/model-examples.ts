import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { estimateExposure } from '../../src/index.js';
import { aProfile } from '../../src/testing/index.js';

/** The five companies of the README's fine-model examples, and the table the README shows. */
export function modelExamples() {
  const saas = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../fixtures/profiles/saas-vendor.json', import.meta.url)), 'utf8'),
  );
  const cases = [
    { label: 'The SaaS example: a German processor, €6.15m', profile: saas, scenario: null },
    {
      label: 'A micro company: a French web shop, €400k, 4 staff, a security breach (Art. 32)',
      profile: aProfile('Boutique SARL')
        .establishedIn('FR')
        .controller()
        .withTurnover(2024, '400000', 'EUR', { employees: 4, scope: 'entity' })
        .toInput(),
      scenario: ['32'],
    },
    {
      label: 'A mid-size company fined by a low-fining authority: a Romanian retailer, €30m, 150 staff',
      profile: aProfile('Magazin SRL')
        .establishedIn('RO')
        .controller()
        .withTurnover(2024, '30000000', 'EUR', { employees: 150, scope: 'entity' })
        .toInput(),
      scenario: null,
    },
    {
      label: 'A subsidiary of a large group: a Spanish telecom entity, €800m, in a €40bn group',
      profile: aProfile('Telco España SA')
        .establishedIn('ES')
        .controller()
        .partOf('Telco Group plc')
        .withTurnover(2024, '800000000', 'EUR', { employees: 3000, scope: 'entity' })
        .withTurnover(2024, '40000000000', 'EUR', { employees: 90000, scope: 'undertaking' })
        .toInput(),
      scenario: null,
    },
    {
      label: 'A large platform: an Irish social network, €120bn group',
      profile: aProfile('Social Ireland Ltd')
        .establishedIn('IE')
        .controller()
        .withTurnover(2024, '120000000000', 'EUR', { employees: 70000 })
        .toInput(),
      scenario: null,
    },
  ];
  return cases.map((c) => {
    const estimate = estimateExposure({
      profile: c.profile,
      asOf: '2025-06-30',
      ...(c.scenario ? { scenarios: [{ regime: 'GDPR' as const, articles: c.scenario }] } : {}),
    });
    const gdpr = estimate.regimes.find((r) => r.regime === 'GDPR');
    return { label: c.label, gdpr };
  });
}

const eur = (amount: string | undefined) =>
  amount === undefined ? '—' : `€${Number(amount).toLocaleString('en', { maximumFractionDigits: 0 })}`;

export function modelExamplesTable(): string {
  const rows = modelExamples().map(({ label, gdpr }) => {
    const m = gdpr?.model;
    const f = gdpr?.frequency;
    const top = [...(m?.drivers ?? [])]
      .sort((a, b) => Math.abs(Math.log10(b.factor)) - Math.abs(Math.log10(a.factor)))
      .slice(0, 2);
    return `| ${label} | ${eur(m?.low.amount)} – ${eur(m?.likely.amount)} – ${eur(m?.high.amount)} | ${eur(gdpr?.method?.likely?.amount)} | ${f ? `${(f.probability * 100).toPrecision(2)} %` : '—'} | ${eur(f?.expectedAnnualLoss.amount)} | ${top.map((d) => d.text).join('; ')} |`;
  });
  return [
    '| Company (GDPR, default scenario unless said) | Fine if fined: low – likely – high | EDPB method middle | P(fine in a year) | Expected annual loss | Main drivers |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
