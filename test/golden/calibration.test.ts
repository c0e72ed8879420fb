import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrateGdprEstimate, formatCalibration } from '../../src/index.js';

const records = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/sanctions/sanctions.json', import.meta.url)), 'utf8'),
) as unknown[];

describe('leave-one-out calibration on the bundled GDPR cases', () => {
  const calibration = calibrateGdprEstimate(records);

  it('evaluates every case with a turnover that has earlier comparables, and says why others are left out', () => {
    expect(calibration.evaluated).toBe(calibration.cases.length);
    expect(calibration.evaluated).toBeGreaterThanOrEqual(15);
    for (const s of calibration.skipped) expect(s.reason).not.toBe('');
  });

  it('the combined estimate beats the naive baseline, and its range covers more than either source', () => {
    expect(calibration.combined.medianError).toBeLessThan(calibration.baseline.medianError);
    expect(calibration.combined.coverage).toBeGreaterThanOrEqual(calibration.comparables.coverage ?? 1);
    expect(calibration.combined.coverage).toBeGreaterThanOrEqual(calibration.method.coverage ?? 1);
  });

  it('is the table the README shows', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const block = readme.split('<!-- calibration:start -->\n')[1]?.split('\n<!-- calibration:end -->')[0];
    expect(block).toBe(formatCalibration(calibration));
  });
});
