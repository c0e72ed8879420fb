import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateExposure, formatMoney } from '../../src/index.js';
import { sanctions } from '../../src/sanctions/index.js';

// The offline calculator (issue 18) in real headless Chromium (Debian's, through playwright-core;
// nothing downloaded): built from the library, opened from a file, with every request the page
// might make refused and recorded. A compliance officer's steps: enter a company, compute, read
// the figures, load a profile file, export the result; a screenshot is taken.
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const root = resolve('.');

describe.runIf(CHROMIUM !== undefined || process.env.LEXPOSURE_REQUIRE_RUNTIMES)(
  'the offline web calculator',
  () => {
    it('computes the legal maxima and the estimate in the browser, offline, as Node does', async () => {
      expect(CHROMIUM, 'Debian chromium is not installed (apt-get install chromium)').toBeDefined();
      const dir = mkdtempSync(join(tmpdir(), 'lexposure-web-'));
      const page_ = join(dir, 'calculator.html');
      execFileSync(process.execPath, ['scripts/build-web.mjs', page_], { cwd: root, stdio: 'pipe' });
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM as string, args: ['--no-sandbox'] });
      try {
        const context = await browser.newContext({ acceptDownloads: true });
        const page = await context.newPage();
        const requests: string[] = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url === `file://${page_}`) return route.continue();
          requests.push(url);
          return route.abort();
        });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`file://${page_}`);
        await page.waitForFunction(
          () => (globalThis as { lexposureReady?: boolean }).lexposureReady === true,
        );

        // A French controller with EUR 1bn of turnover in 2024, on 30 June 2025.
        await page.fill('#name', 'Browser Test SA');
        await page.fill('#turnover', '1000000000');
        await page.fill('#countries', 'FR');
        await page.check('#role-controller');
        await page.uncheck('#role-processor');
        await page.click('#compute');
        expect(await page.textContent('#error')).toBe('');
        const maxima = await page.$$eval('#maxima tr', (rows) =>
          rows.slice(1).map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)),
        );
        // Art. 83(4): 2 % of EUR 1bn = EUR 20m (above EUR 10m); Art. 83(5): 4 % = EUR 40m (above EUR 20m).
        expect(maxima).toEqual([
          ['GDPR 83(4)', formatMoney({ amount: '20000000', currency: 'EUR' })],
          ['GDPR 83(5)', formatMoney({ amount: '40000000', currency: 'EUR' })],
        ]);
        // Arts 5(1)(f) and 32 together: capped at the gravest, Art. 83(5) (Art. 83(3)).
        expect(await page.textContent('#total')).toContain(
          formatMoney({ amount: '40000000', currency: 'EUR' }),
        );
        // The estimate's GDPR row: the same figures as the library in Node.
        const node = estimateExposure({
          profile: {
            name: 'Browser Test SA',
            roles: ['controller'],
            establishments: [{ country: 'FR', main: true }],
            financialYears: [
              {
                year: 2024,
                end: '2024-12-31',
                scope: 'undertaking',
                turnover: { amount: '1000000000', currency: 'EUR' },
              },
            ],
          },
          asOf: '2025-06-30',
          sanctions,
        }).regimes.find((r) => r.regime === 'GDPR');
        const row = await page.$$eval('#estimate tr', (rows) =>
          rows
            .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))
            .find((c) => c[0] === 'GDPR'),
        );
        expect(row?.slice(2, 6)).toEqual(
          [node?.legalMaximum, node?.combined?.low, node?.combined?.likely, node?.combined?.high].map((m) =>
            m ? formatMoney(m) : '–',
          ),
        );
        expect(await page.$$eval('#steps tr', (rows) => rows.length)).toBeGreaterThan(3);
        expect(await page.$$eval('#chart rect', (rects) => rects.length)).toBeGreaterThan(0);

        // Load the bundled SaaS example as a file; export the result.
        await page.setInputFiles('#load', join(root, 'fixtures/profiles/saas-vendor.json'));
        type Doc = { document: { getElementById(id: string): { value: string } | null } };
        await page.waitForFunction(() =>
          Boolean((globalThis as unknown as Doc).document.getElementById('name')?.value.includes('SaaS')),
        );
        const download = page.waitForEvent('download');
        await page.click('#export');
        const exported = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
        expect(exported.profile.name).toBe('Example Analytics SaaS GmbH');
        expect(exported.maxima[1].amount).toEqual({ amount: '20000000', currency: 'EUR' });

        const shot = join(dir, 'calculator.png');
        await page.screenshot({ path: shot, fullPage: true });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
        expect(errors).toEqual([]);
        // Nothing left the page.
        expect(requests).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 120_000);
  },
);
