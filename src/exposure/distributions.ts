import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { decimalSchema } from '../core/validation.js';
import type { Random } from './random.js';

/**
 * The severity of one fine, as a distribution. Amounts are in EUR (`unit: 'EUR'`), or shares of
 * the company's turnover of the preceding financial year (`unit: 'turnover'`, "0.002" = 0.2 %).
 * Every draw is then capped at the legal maximum of the scenario's provision.
 */
const unitSchema = /* @__PURE__ */ z.enum(['EUR', 'turnover']).default('EUR');
const value = /* @__PURE__ */ decimalSchema({ min: 'zero' });
const positive = /* @__PURE__ */ decimalSchema({ min: 'positive' });

/** The distributions a severity can take, one object schema each (discriminated by `kind`). */
export const severityOptions = [
  z.object({ kind: z.literal('fixed'), unit: unitSchema, value }).strict(),
  z.object({ kind: z.literal('uniform'), unit: unitSchema, min: value, max: value }).strict(),
  z.object({ kind: z.literal('triangular'), unit: unitSchema, min: value, mode: value, max: value }).strict(),
  z
    .object({
      kind: z.literal('pert'),
      unit: unitSchema,
      min: value,
      mode: value,
      max: value,
      /** The weight of the mode; 4 in the classic PERT. */
      lambda: positive.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('lognormal'),
      unit: unitSchema,
      median: positive,
      /** The standard deviation of the natural logarithm. */
      sigma: value,
    })
    .strict(),
  z
    .object({
      kind: z.literal('empirical'),
      unit: unitSchema,
      /** Equally likely values (a predictive distribution, a sample of past fines). */
      values: z.array(value).min(1).max(20_000),
    })
    .strict(),
] as const;

/** Checks the order of a distribution's parameters. */
export function checkSeverity(s: z.output<(typeof severityOptions)[number]>, ctx: z.RefinementCtx): void {
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
  };
  if (s.kind === 'uniform') check(s.min.lte(s.max), 'max', 'must be at least min');
  if (s.kind === 'triangular' || s.kind === 'pert') {
    check(s.min.lte(s.mode), 'mode', 'must be at least min');
    check(s.mode.lte(s.max), 'max', 'must be at least mode');
    check(s.min.lt(s.max), 'max', 'must be greater than min');
  }
}

export const severitySchema = /* @__PURE__ */ z
  .discriminatedUnion('kind', severityOptions)
  .superRefine(checkSeverity);

export type Severity = z.output<typeof severitySchema>;

/** A sampler in the scenario's money: `scale` is 1 for EUR, the turnover in EUR for shares of it. */
export type Sampler = (random: Random) => number;

export function severitySampler(severity: Severity, scale: Decimal): Sampler {
  const n = (d: Decimal) => d.times(scale).toNumber();
  switch (severity.kind) {
    case 'fixed': {
      const v = n(severity.value);
      return () => v;
    }
    case 'uniform': {
      const min = n(severity.min);
      const width = n(severity.max) - min;
      return (r) => min + width * r.next();
    }
    case 'triangular':
      return triangular(n(severity.min), n(severity.mode), n(severity.max));
    case 'pert':
      return pert(n(severity.min), n(severity.mode), n(severity.max), severity.lambda?.toNumber() ?? 4);
    case 'lognormal': {
      const mu = Math.log(n(severity.median));
      const sigma = severity.sigma.toNumber();
      return (r) => Math.exp(mu + sigma * r.normal());
    }
    case 'empirical': {
      const values = Float64Array.from(severity.values, n);
      return (r) => values[Math.min(values.length - 1, Math.floor(r.next() * values.length))] as number;
    }
  }
}

/** The mean of a severity, before the cap (for explanations and tests). */
export function severityMean(severity: Severity, scale: Decimal): number {
  const n = (d: Decimal) => d.times(scale).toNumber();
  switch (severity.kind) {
    case 'fixed':
      return n(severity.value);
    case 'uniform':
      return (n(severity.min) + n(severity.max)) / 2;
    case 'triangular':
      return (n(severity.min) + n(severity.mode) + n(severity.max)) / 3;
    case 'pert': {
      const lambda = severity.lambda?.toNumber() ?? 4;
      return (n(severity.min) + lambda * n(severity.mode) + n(severity.max)) / (lambda + 2);
    }
    case 'lognormal':
      return n(severity.median) * Math.exp(severity.sigma.toNumber() ** 2 / 2);
    case 'empirical':
      return severity.values.reduce((sum, v) => sum + n(v), 0) / severity.values.length;
  }
}

/** Inverse of the triangular CDF. */
function triangular(min: number, mode: number, max: number): Sampler {
  const width = max - min;
  const split = (mode - min) / width;
  return (r) => {
    const u = r.next();
    return u < split
      ? min + Math.sqrt(u * width * (mode - min))
      : max - Math.sqrt((1 - u) * width * (max - mode));
  };
}

/** PERT: min + (max − min) × Beta(α, β), α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min). */
function pert(min: number, mode: number, max: number, lambda: number): Sampler {
  const width = max - min;
  const alpha = 1 + (lambda * (mode - min)) / width;
  const beta = 1 + (lambda * (max - mode)) / width;
  const ga = gamma(alpha);
  const gb = gamma(beta);
  return (r) => {
    const x = ga(r);
    return min + (width * x) / (x + gb(r));
  };
}

/** Gamma(shape ≥ 1, 1): Marsaglia and Tsang (2000). */
function gamma(shape: number): Sampler {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return (r) => {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = r.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = r.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
}
