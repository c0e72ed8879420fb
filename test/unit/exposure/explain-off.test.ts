import { describe, expect, it } from 'vitest';
import { estimateExposure, gapAnalysis, legalMaximum, maximumFine, riskScore } from '../../../src/index.js';
import { supplierBase } from '../../helpers/supplier-base.js';

/**
 * A result as `explain: false` returns it, made from the explained one: every `steps` list empty,
 * the drivers' words and the frequency's basis left out. Nothing else may differ.
 */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords);
  if (value instanceof Map) return withoutWords(Object.fromEntries(value));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'steps') out[k] = [];
    else if (k === 'basis' && Array.isArray(v)) out[k] = [];
    else if (
      k === 'drivers' &&
      Array.isArray(v) &&
      v.every((d) => typeof d.group === 'string' && 'factor' in d)
    )
      out[k] = v.map((d) => ({ ...d, text: '' }));
    else out[k] = withoutWords(v);
  }
  return out;
}

/** A result as data (what a caller stores or sends). */
const data = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const VENDORS = supplierBase(10_000, 23);
const asOf = '2025-06-30';

describe('explain: false', () => {
  it('gives every figure of the explained path for 10,000 generated vendors, with no steps', () => {
    let compared = 0;
    for (const { profile } of VENDORS) {
      const lean = { profile, asOf, explain: false };
      const full = { profile, asOf };
      const e = estimateExposure(lean);
      expect(data(e)).toEqual(withoutWords(data(estimateExposure(full))));
      expect(e.steps).toEqual([]);
      expect(data(riskScore(lean))).toEqual(withoutWords(data(riskScore(full))));
      expect(data(gapAnalysis(lean))).toEqual(withoutWords(data(gapAnalysis(full))));
      compared++;
    }
    expect(compared).toBe(10_000);
  }, 240_000);

  // The public functions give a result with `explain: false` as the engine made it, without the
  // walk that gives traces their words (issue 20): the engines must record none.
  it('the legal maximum and the maximum fine, for 500 generated vendors, with no steps', () => {
    let compared = 0;
    for (const { profile } of VENDORS.slice(0, 500)) {
      for (const provision of ['GDPR 83(5)', 'DSA 74(1)', 'NIS2 34(4)']) {
        const args = { profile, asOf, provision };
        let full: unknown;
        try {
          full = data(legalMaximum(args));
        } catch {
          continue; // not in scope for this vendor: the same refusal either way (checked below)
        }
        expect(data(legalMaximum({ ...args, explain: false }))).toEqual(withoutWords(full));
        compared++;
      }
      const infringement = { profile, asOf, regime: 'GDPR' as const, articles: ['5', '32'] };
      expect(data(maximumFine({ ...infringement, explain: false }))).toEqual(
        withoutWords(data(maximumFine(infringement))),
      );
    }
    expect(compared).toBeGreaterThan(500);
  }, 120_000);

  it('keeps the explanation by default and refuses an explain that is not a boolean', () => {
    const { profile } = VENDORS[0] as (typeof VENDORS)[number];
    expect(estimateExposure({ profile, asOf }).steps.length).toBeGreaterThan(0);
    // @ts-expect-error: explain is a boolean
    expect(() => riskScore({ profile, asOf, explain: 'no' })).toThrow(/explain/);
  });
});
