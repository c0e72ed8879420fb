import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompanyProfileInput } from '../../src/index.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lexposure-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const VENDOR = 'fixtures/profiles/acme-crm-vendor.json';

describe('lexposure estimate, obligations, gaps, edpb', () => {
  it('estimate prints the regimes and the score; csv gives one row per regime', async () => {
    const { code, stdout } = await cli(
      'estimate',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2025-06-30',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Risk score');
    const csv = await cli(
      'estimate',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2025-06-30',
      '--format',
      'csv',
    );
    const lines = csv.stdout.split('\n');
    expect(lines[0]).toBe('regime,applies,legal_maximum,low,likely,high,currency');
    expect(lines.find((l) => l.startsWith('GDPR,true,20000000,'))).toBeDefined();
  });

  it('obligations lists GDPR duties with their status, filtered by --regime', async () => {
    const { stdout } = await cli(
      'obligations',
      VENDOR,
      '--as-of',
      '2026-06-30',
      '--regime',
      'GDPR',
      '--format',
      'csv',
    );
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Obligation,Service,Status,Fined under,Duty,Why');
    expect(lines.some((l) => l.startsWith('GDPR Art. 30,,applies,GDPR 83(4),'))).toBe(true);
    expect(lines.every((l, i) => i === 0 || l.startsWith('GDPR'))).toBe(true);
  });

  it('gaps prints the README table (the Acme CRM vendor)', async () => {
    const { code, stdout } = await cli('gaps', VENDOR, '--as-of', '2026-06-30', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toContain('25 obligations apply: 17 met, 5 partly met, 2 not met, 1 unknown.');
    expect(stdout).toContain('| GDPR Art. 33 |  | not met | GDPR 83(4) | EUR 10,000,000 |');
  });

  it('edpb gives the range of EDPB 04/2022 (SaaS example: €20m × 10-20 % × 0.3-2 %)', async () => {
    const { code, stdout } = await cli(
      'edpb',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2025-06-30',
      '--articles',
      '6',
      '--seriousness',
      'medium',
      '--format',
      'csv',
    );
    expect(code).toBe(0);
    // 20,000,000 × 10 % × 0.3 % = 6,000 and 20,000,000 × 20 % × 2 % = 80,000, computed by hand.
    expect(stdout.split('\n')[1]).toMatch(/^EDPB 04\/2022,6,20000000,6000,80000,,EUR$/);
  });

  it('edpb without --seriousness is a usage error (exit 2)', async () => {
    const { code, stderr } = await cli('edpb', VENDOR, '--articles', '6');
    expect(code).toBe(2);
    expect(stderr).toContain('--seriousness');
  });

  it('an invalid profile names the file and the field (exit 1)', async () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        name: 'X',
        financialYears: [
          {
            year: 2024,
            end: '2024-12-31',
            scope: 'undertaking',
            turnover: { amount: '-1', currency: 'EUR' },
          },
        ],
      }),
    );
    const { code, stderr } = await cli('max', bad);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${bad}: Invalid company profile: profile.financialYears[0].turnover.amount: must not be negative`,
    );
  });
});

describe('lexposure sanctions and deadline', () => {
  it('sanctions --format csv lists every record the query matches', async () => {
    const { stdout } = await cli('sanctions', '--regime', 'GDPR', '--country', 'LU', '--format', 'csv');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^id,date,authority,country,regime,entity,amount,currency,amount_eur,/);
    // CNPD, Amazon Europe Core, decision of 15 July 2021, €746m.
    expect(lines.some((l) => l.includes(',2021-07-15,') && l.includes(',746000000,EUR,'))).toBe(true);
    expect(lines.slice(1).every((l) => l.includes(',LU,GDPR,'))).toBe(true);
  });

  it('deadline computes a time limit and lateness', async () => {
    const { code, stdout } = await cli('deadline', '--time-limit', 'GDPR 12(3)', '--from', '2026-01-31');
    expect(code).toBe(0);
    expect(stdout).toContain('GDPR 12(3) from 2026-01-31: ends the end of 2026-03-02');
    const late = await cli(
      'deadline',
      '--period',
      '72:hours',
      '--from',
      '2026-03-02T10:25+01:00',
      '--done',
      '2026-03-05T11:30+01:00',
      '--format',
      'json',
    );
    expect(JSON.parse(late.stdout)).toMatchObject({ endsAt: '2026-03-05T11:00+01:00', late: true });
    const csv = await cli(
      'deadline',
      '--time-limit',
      'GDPR 33(1)',
      '--from',
      '2026-03-02T10:25+01:00',
      '--format',
      'csv',
    );
    expect(csv.stdout).toBe(
      'time_limit,period,from,last_day,ends_at,done,late\nGDPR 33(1),72 hours,2026-03-02T10:25+01:00,2026-03-05,2026-03-05T11:00+01:00,,',
    );
    expect((await cli('deadline', '--from', '2026-01-31')).code).toBe(1);
    expect((await cli('deadline', '--time-limit', 'GDPR 12(3)')).code).toBe(2);
  });
});

describe('the bundled examples and the date, checked first', () => {
  it('--example names a profile shipped with the package: the same output as its file', async () => {
    const byFile = await cli('estimate', 'fixtures/profiles/saas-vendor.json', '--as-of', '2025-06-30');
    const byName = await cli('estimate', '--example', 'saas-vendor', '--as-of', '2025-06-30');
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(byFile.stdout);
    const unknown = await cli('estimate', '--example', 'nope', '--as-of', '2025-06-30');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no profile example "nope"; the examples are .*saas-vendor/);
    expect((await cli('estimate', 'x.json', '--example', 'saas-vendor')).code).toBe(2);
  });

  it('a bad --as-of is a usage error (exit 2) before any row is read', async () => {
    const r = await cli('batch', '--example', 'vendors', '--as-of', '2025-13-45');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--as-of must be a date YYYY-MM-DD, not "2025-13-45"/);
  });
});

describe('help and usage', () => {
  it('each command has its own --help', async () => {
    for (const command of [
      'max',
      'fine',
      'estimate',
      'obligations',
      'gaps',
      'edpb',
      'sanctions',
      'deadline',
      'batch',
    ]) {
      const { code, stdout } = await cli(command, '--help');
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(new RegExp(`^lexposure ${command}`));
    }
  });

  it('unknown command and option are usage errors (exit 2)', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('max', VENDOR, '--nope')).code).toBe(2);
    expect((await cli('max', VENDOR, '--format', 'xml')).code).toBe(2);
  });
});

describe('lexposure status', () => {
  it('lists every act with the text read, the date checked and what is pending', async () => {
    const { code, stdout } = await cli('status', '--format', 'json');
    expect(code).toBe(0);
    const status = JSON.parse(stdout);
    expect(status.acts.map((a: { act: string }) => a.act)).toContain('AI Act');
    const ai = status.acts.find((a: { act: string }) => a.act === 'AI Act');
    expect(ai.textRead.celex).toBe('32024R1689');
    expect(ai.pending.join(' ')).toContain('2026/1744');
    const gdpr = status.acts.find((a: { act: string }) => a.act === 'GDPR');
    // The bundled ECB averages run to the end of 2025.
    expect(gdpr.dataCoverUntil).toBe('2025-12-31');
    const table = await cli('status');
    expect(table.stdout).toMatch(/^The law as lexposure reads it \(checked on \d{4}-\d{2}-\d{2}\)/);
  });

  it('a result for a date after the last review says so in a warning step', async () => {
    const { legalMaximum } = await import('../../src/index.js');
    const profile: CompanyProfileInput = {
      name: 'Test SA',
      financialYears: [
        {
          year: 2027,
          end: '2027-12-31',
          scope: 'undertaking',
          turnover: { amount: '1000', currency: 'EUR' },
        },
      ],
    };
    const later = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2028-03-01' });
    expect(later.steps.find((s) => s.label === 'Law as last checked')?.severity).toBe('warning');
  });
});
