import * as z from 'zod';

/** A penalty of the ridge fit: a positive finite weight. */
const penalty = /* @__PURE__ */ z.number().positive().max(1e6);

/**
 * The options of fitFineModel, checked at its door: a fold count of 0 or a NaN penalty would fail
 * deep inside the fit, or fit nothing; each is a ValidationError naming the option.
 */
export const fitOptionsSchema = z
  .object({
    folds: z.number().int().min(2).max(100).optional(),
    penalties: z
      .object({ authority: penalty, sector: penalty, other: penalty, continuous: penalty })
      .strict()
      .optional(),
    datasetVersion: z.string().max(200).nullable().optional(),
    halfLifeYears: z.number().positive().max(1000).nullable().optional(),
  })
  .strict();

/** The options of calibrate: the folds, the interval level, where the rolling origin starts. */
export const calibrateOptionsSchema = z
  .object({
    folds: z.number().int().min(2).max(100).optional(),
    level: z.number().gt(0).lt(1).optional(),
    rollingFrom: z.number().int().min(1990).max(2100).optional(),
    fit: fitOptionsSchema.omit({ folds: true }).optional(),
  })
  .strict();
