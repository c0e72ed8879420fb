import { describe, it } from 'vitest';
import { calibrate, formatCalibrationReport } from '../../src/index.js';
import { sanctions } from '../../src/sanctions/index.js';
import { expectReadmeBlock } from '../helpers/readme-block.js';

describe('the calibration table of the README', () => {
  it('is what calibrate() measures on the bundled dataset today', () => {
    expectReadmeBlock('calibration', formatCalibrationReport(calibrate(sanctions)));
  });
});
