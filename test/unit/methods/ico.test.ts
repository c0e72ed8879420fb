import { describe, expect, it } from 'vitest';
import { type IcoFineArgs, icoFine, ValidationError } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';

function gbp(turnover: string) {
  return aProfile('UK Ltd').withTurnover(2024, turnover, 'GBP').build();
}

function fine(turnover: string, infringement: IcoFineArgs['infringement']) {
  return icoFine({ profile: gbp(turnover), asOf: '2025-06-01', infringement });
}

describe('icoFine', () => {
  it('gives the range of each step without chosen points', () => {
    // Art. 32: standard maximum £8.7m; lower seriousness 0–10 % = £0–£870,000; turnover £30m:
    // 2–10 % → £0 to £87,000.
    const result = fine('30000000', { articles: ['32'], seriousness: 'lower' });
    expect(result.conduct.provision).toBe('UK GDPR standard');
    expect(result.startingAmount.high).toEqual({ amount: '870000', currency: 'GBP' });
    expect(result.adjustedStartingAmount.high).toEqual({ amount: '87000', currency: 'GBP' });
    expect(result.sizeAdjustment?.verified).toBe(false);
    expect(result.currency).toBe('GBP');
  });

  it('turnover bands do not overlap: £2m is in the first band, £2,000,000.01 in the second', () => {
    expect(fine('2000000', { articles: ['32'], seriousness: 'lower' }).sizeAdjustment?.band).toBe(
      '[0.2, 0.4]',
    );
    expect(fine('2000000.01', { articles: ['32'], seriousness: 'lower' }).sizeAdjustment?.band).toBe(
      '[0.4, 2]',
    );
  });

  it('applies no turnover adjustment where the maximum is turnover-based', () => {
    // 2 % of £500m = £10m > £8.7m: turnover-based; high 20–100 % → £2m–£10m.
    const result = fine('500000000', { articles: ['32'], seriousness: 'high' });
    expect(result.sizeAdjustment).toBeNull();
    expect(result.legalMaximum.amount).toBe('10000000');
    expect(result.fine.low.amount).toBe('2000000');
    // At £435m the two limbs of the standard maximum are equal: the fixed amount, so the table applies.
    expect(fine('435000000', { articles: ['32'], seriousness: 'high' }).sizeAdjustment?.band).toBe(
      '[50, 100]',
    );
  });

  it('uses the ICO level names, reads the common word "low" as its "lower", and refuses others', () => {
    const lower = fine('30000000', { articles: ['32'], seriousness: 'lower' });
    expect(fine('30000000', { articles: ['32'], seriousness: 'low' })).toEqual(lower);
    expect(() => fine('30000000', { articles: ['32'], seriousness: 'minor' })).toThrow(ValidationError);
  });

  it('a size point outside its band names the band', () => {
    expect(() => fine('3000000', { articles: ['32'], seriousness: 'lower', sizePct: 3 })).toThrow(
      /infringement\.sizePct: must lie in the adjustment band .* \[0\.4 %, 2 %\], got 3 %/,
    );
  });
});
