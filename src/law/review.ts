import type { IsoDate } from '../core/dates.js';

/**
 * The last day the acts' rules were checked against their texts: a result for a later date may
 * miss an amendment adopted since (each act's `status.checkedOn`).
 */
export const LAST_REVIEW: IsoDate = '2026-12-01';
