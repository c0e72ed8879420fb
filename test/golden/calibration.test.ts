import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrate, formatCalibrationReport } from '../../src/index.js';
import { sanctions } from '../../src/sanctions/index.js';

describe('the calibration table of the README', () => {
  it('is what calibrate() measures on the bundled dataset today', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const block = readme.split('<!-- calibration:start -->\n')[1]?.split('\n<!-- calibration:end -->')[0];
    expect(block).toBe(formatCalibrationReport(calibrate(sanctions)));
  });
});
