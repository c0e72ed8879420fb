import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const AMAZON = 'fixtures/profiles/amazon-europe-core.json';

describe('lexposure max', () => {
  it('prints the three GDPR maxima of a bundled profile with their steps', async () => {
    const { code, stdout } = await cli('max', AMAZON, '--as-of', '2021-07-16');
    expect(code).toBe(0);
    expect(stdout).toContain('GDPR 83(5): EUR 13,520,014,008.0548');
    expect(stdout).toContain('GDPR 83(4): EUR 6,760,007,004.0274');
    expect(stdout).toContain('EUR 1 = USD 1.1422');
    expect(stdout).toContain('Recital 150');
  });

  it('prints JSON for one provision', async () => {
    const { code, stdout } = await cli(
      'max',
      AMAZON,
      '--as-of',
      '2021-07-16',
      '--provision',
      'GDPR 83(5)',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      provision: 'GDPR 83(5)',
      amount: { amount: '13520014008.0548', currency: 'EUR' },
    });
  });

  it('prints markdown', async () => {
    const { stdout } = await cli(
      'max',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2026-03-01',
      '--format',
      'markdown',
    );
    expect(stdout).toMatch(/^## Example Analytics SaaS GmbH/);
    expect(stdout).toContain('### GDPR 83(5): EUR 20,000,000');
  });

  it('reads the caller’s exchange rates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexposure-'));
    const rates = join(dir, 'rates.json');
    writeFileSync(
      rates,
      JSON.stringify([
        { base: 'EUR', quote: 'USD', rate: '1.25', kind: 'spot', date: '2020-12-31', source: 'test' },
      ]),
    );
    const { code, stdout } = await cli(
      'max',
      AMAZON,
      '--as-of',
      '2021-07-16',
      '--basis',
      'year-end',
      '--fx',
      rates,
      '--provision',
      'GDPR 83(5)',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    // USD 386,064,000,000 ÷ 1.25 = EUR 308,851,200,000; 4 % = 12,354,048,000.
    expect(JSON.parse(stdout).amount.amount).toBe('12354048000');
  });
});

describe('lexposure fine', () => {
  it('applies Art. 83(3) to the articles given', async () => {
    const { code, stdout } = await cli(
      'fine',
      'fixtures/profiles/saas-vendor.json',
      '--articles',
      '6, 32',
      '--as-of',
      '2026-03-01',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Maximum fine for GDPR Art. 6, GDPR Art. 32: EUR 20,000,000');
  });

  it('adds separate caps with --separate', async () => {
    const { stdout } = await cli(
      'fine',
      'fixtures/profiles/saas-vendor.json',
      '--articles',
      '6,32',
      '--separate',
      '--as-of',
      '2026-03-01',
      '--format',
      'json',
    );
    expect(JSON.parse(stdout).amount.amount).toBe('30000000');
  });
});

describe('exit codes', () => {
  it('0 for help and version', async () => {
    expect((await cli('--help')).code).toBe(0);
    expect((await cli('--version')).stdout).toBe('9.9.9');
  });

  it('2 for usage errors', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate', AMAZON)).code).toBe(2);
    expect((await cli('max')).code).toBe(2);
    expect((await cli('max', AMAZON, '--format', 'pdf')).code).toBe(2);
    expect((await cli('max', AMAZON, '--bogus')).code).toBe(2);
    expect((await cli('fine', AMAZON)).stderr).toMatch(/--articles/);
  });

  it('1 for input errors, naming the file and the field', async () => {
    const missing = await cli('max', 'no/such/profile.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no\/such\/profile\.json: cannot read the profile \(ENOENT\)/);

    const dir = mkdtempSync(join(tmpdir(), 'lexposure-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "name": ');
    expect((await cli('max', broken)).stderr).toMatch(/broken\.json: the profile is not valid JSON/);

    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        name: 'X',
        financialYears: [
          { year: 2024, end: '2024-12-31', scope: 'entity', turnover: { amount: '-1', currency: 'EUR' } },
        ],
      }),
    );
    const invalid = await cli('max', bad);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/profile\.financialYears\[0\]\.turnover\.amount: must not be negative/);

    const early = await cli('max', AMAZON, '--as-of', '2018-01-01');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/applies from 2018-05-25/);
  });
});

describe('lexposure --regime', () => {
  it('lists the maxima of another regime: the DMA for the bundled gatekeeper', async () => {
    const { code, stdout } = await cli(
      'max',
      'fixtures/profiles/meta-platforms-gatekeeper.json',
      '--regime',
      'DMA',
      '--as-of',
      '2025-06-01',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('DMA legal maxima');
    // Meta FY2024 revenue USD 164,501m at the ECB 2024 average 1.0824; 10 %.
    expect(stdout).toContain('DMA 30(1): EUR 15,197,801,182.557');
  });

  it('computes the fine for DMA articles, with the Art. 30(2) repeat', async () => {
    const { code, stdout } = await cli(
      'fine',
      'fixtures/profiles/meta-platforms-gatekeeper.json',
      '--regime',
      'DMA',
      '--articles',
      '5(2)',
      '--as-of',
      '2025-06-01',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Infringement of DMA Art. 5(2): DMA 30(2)');
  });

  it('refuses an unknown regime with exit code 2', async () => {
    const { code, stderr } = await cli('max', AMAZON, '--regime', 'CCPA');
    expect(code).toBe(2);
    expect(stderr).toContain('--regime must be one of');
  });
});

describe('lexposure exposure', () => {
  const SAAS = 'fixtures/profiles/saas-vendor.json';

  it('prints the estimate per regime and the risk score', async () => {
    const { code, stdout } = await cli('exposure', SAAS, '--as-of', '2025-06-30');
    expect(code).toBe(0);
    expect(stdout).toContain('GDPR: applies');
    expect(stdout).toContain('EDPB 04/2022 (2.1): EUR 6,000.00 – EUR 21,908.90 – EUR 80,000.00');
    expect(stdout).toMatch(/Risk score: \d+(\.\d)? \(grade [A-F];/);
  });

  it('prints JSON with both parts', async () => {
    const { code, stdout } = await cli('exposure', SAAS, '--as-of', '2025-06-30', '--format', 'json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { estimate: { company: string }; score: { grade: string } };
    expect(parsed.estimate.company).toBe('Example Analytics SaaS GmbH');
    expect(parsed.score.grade).toMatch(/^[A-F]$/);
  });
});
