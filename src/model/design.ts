import { boundedMemo, weakMemo } from '../core/memo.js';
import {
  ARTICLE_FAMILIES,
  articleFlags,
  cellOf,
  EDPB_GUIDELINES_ADOPTED,
  type FineCase,
} from './features.js';
import { REGIME_EFFECTS } from './regimes.js';

/**
 * The columns of the model's design matrix, built from the training cases: one column per term,
 * grouped as the explanation reports them. Serializable, so that a fitted model ships as data.
 */
export interface DesignSpace {
  /** Authorities with enough cases to have their own effect; the rest share "other". */
  readonly authorities: readonly string[];
  readonly naceSections: readonly string[];
  /** The centre of log10 turnover (its median over the cases that have one). */
  readonly turnoverCentre: number;
  /** The centre of the decision year. */
  readonly yearCentre: number;
  readonly columns: readonly Column[];
}

export interface Column {
  readonly name: string;
  /** The driver group it reports under: "authority", "turnover", "articles", "sector"... */
  readonly group: DriverGroup;
  /** The ridge penalty on the column (0: not shrunk). */
  readonly penalty: number;
}

export type DriverGroup =
  | 'baseline'
  | 'authority'
  | 'regime'
  | 'turnover'
  | 'size'
  | 'articles'
  | 'sector'
  | 'consumers'
  | 'procedure'
  | 'time';

export interface Penalties {
  /** Shrinks each authority's effect towards the common mean. */
  readonly authority: number;
  /** Shrinks each sector's effect. */
  readonly sector: number;
  /** The other categorical terms. */
  readonly other: number;
  /** The continuous terms (turnover, year). */
  readonly continuous: number;
}

/** Authorities with fewer cases than this share the pooled effect "other". */
export const MIN_AUTHORITY_CASES = 3;
/** Sectors with fewer cases than this have no effect of their own. */
export const MIN_SECTOR_CASES = 5;

const SIZES = ['micro', 'small', 'medium', 'large'] as const;

/**
 * log10 of EUR 500m: the turnover above which 4 % of it exceeds EUR 20m (and 2 % exceeds EUR 10m),
 * so that the undertaking's maximum fine is a share of its turnover (GDPR Art. 83(4)-(5)).
 */
const TURNOVER_CAP_FROM = /* @__PURE__ */ Math.log10(5e8);

/**
 * How far (in dex) the undertaking's turnover, the group's where it is known (Art. 83(4)-(6),
 * recital 150), lies above EUR 500m; 0 at or below it, or where no turnover is known.
 */
export function dexAboveTurnoverCap(c: FineCase): number {
  if (c.logTurnover === null) return 0;
  return Math.max(0, c.logTurnover + (c.logGroupOverEntity ?? 0) - TURNOVER_CAP_FROM);
}
const TURNOVER_CAP_TERM = 'turnover:log10 above EUR 500m (the maximum is a share of turnover)';

/**
 * Each authority's own slope above EUR 500m is shrunk this many times harder than the common
 * slopes: a deviation from them needs more evidence than the slopes themselves.
 */
const AUTHORITY_SLOPE_SHRINK = 4;
/**
 * The column of an authority's own slope, its name remembered per authority (4,096 at most):
 * encode runs per prediction.
 */
const authoritySlope = /* @__PURE__ */ boundedMemo(
  (a: string) => a,
  (a: string): string => `authority:${a} × log10 turnover above EUR 500m`,
);
const LARGE_TREND = 'time:year, large companies';

export function buildDesign(cases: readonly FineCase[], penalties: Penalties): DesignSpace {
  const count = (values: (string | null)[]) => {
    const m = new Map<string, number>();
    for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const authorities = [...count(cases.map((c) => c.authority))]
    .filter(([, n]) => n >= MIN_AUTHORITY_CASES)
    .map(([a]) => a)
    .sort();
  const naceSections = [...count(cases.map((c) => c.nace))]
    .filter(([, n]) => n >= MIN_SECTOR_CASES)
    .map(([s]) => s)
    .sort();
  const turnovers = cases
    .map((c) => c.logTurnover)
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  const turnoverCentre = turnovers.length > 0 ? (turnovers[Math.floor(turnovers.length / 2)] as number) : 7;
  const years = cases.map((c) => Number(c.date.slice(0, 4))).sort((a, b) => a - b);
  const yearCentre = years.length > 0 ? (years[Math.floor(years.length / 2)] as number) : 2022;
  const col = (name: string, group: DriverGroup, penalty: number): Column => ({ name, group, penalty });
  const columns: Column[] = [
    col('intercept', 'baseline', 0),
    ...authorities.map((a) => col(`authority:${a}`, 'authority', penalties.authority)),
    col('authority:other', 'authority', penalties.authority),
    // Authorities differ in how far their fines follow a maximum that grows with the undertaking's
    // turnover (above EUR 500m): one slope each, shrunk towards the common one.
    ...authorities.map((a) =>
      col(authoritySlope(a), 'authority', penalties.continuous * AUTHORITY_SLOPE_SHRINK),
    ),
    ...REGIME_EFFECTS.map((r) => col(`regime:${r}`, 'regime', penalties.other)),
    col('turnover:log10', 'turnover', penalties.continuous),
    col('turnover:unknown', 'turnover', penalties.other),
    col('turnover:group figure', 'turnover', penalties.other),
    col('turnover:log10 group/entity', 'turnover', penalties.continuous),
    // The EDPB's 2023 method scales the starting amount with turnover: the slope may change after it.
    col('turnover:log10 after EDPB 04/2022', 'turnover', penalties.continuous),
    // Above EUR 500m the maximum grows with turnover; fines may follow it more steeply there.
    col(TURNOVER_CAP_TERM, 'turnover', penalties.continuous),
    ...SIZES.map((s) => col(`size:${s}`, 'size', penalties.other)),
    ...ARTICLE_FAMILIES.map((f) => col(`articles:${f.id}`, 'articles', penalties.other)),
    col('articles:higher tier', 'articles', penalties.other),
    col('articles:cookies', 'articles', penalties.other),
    col('articles:national law', 'articles', penalties.other),
    col('articles:count (log2)', 'articles', penalties.continuous),
    col('procedure:cross-border', 'procedure', penalties.other),
    ...naceSections.map((s) => col(`sector:${s}`, 'sector', penalties.sector)),
    col('consumers:yes', 'consumers', penalties.other),
    col('consumers:no', 'consumers', penalties.other),
    col('time:year', 'time', penalties.continuous),
    col('time:after EDPB 04/2022', 'time', penalties.other),
    // Enforcement against large companies has its own trend (the rolling-origin test: README).
    col(LARGE_TREND, 'time', penalties.continuous),
  ];
  return { authorities, naceSections, turnoverCentre, yearCentre, columns };
}

/** Each column's position by name. */
function computeColumnIndex(space: DesignSpace): ReadonlyMap<string, number> {
  return new Map(space.columns.map((col, i) => [col.name, i]));
}

/** Remembered per (frozen) design space: encode runs per prediction. */
const columnIndex = /* @__PURE__ */ weakMemo(computeColumnIndex);

/** The design row of a case. An authority not in the space counts as "other". */
export function encode(space: DesignSpace, c: FineCase): Float64Array {
  const index = columnIndex(space);
  const x = new Float64Array(space.columns.length);
  const set = (name: string, value = 1) => {
    const i = index.get(name);
    if (i !== undefined) x[i] = value;
  };
  set('intercept');
  if (c.authority !== null) {
    set(space.authorities.includes(c.authority) ? `authority:${c.authority}` : 'authority:other');
  }
  if ((REGIME_EFFECTS as readonly string[]).includes(c.regime)) set(`regime:${c.regime}`);
  if (c.logTurnover === null) set('turnover:unknown');
  else {
    set('turnover:log10', c.logTurnover - space.turnoverCentre);
    if (c.turnoverIsGroup) set('turnover:group figure');
    if (c.logGroupOverEntity !== null) set('turnover:log10 group/entity', c.logGroupOverEntity);
    if (c.date >= EDPB_GUIDELINES_ADOPTED)
      set('turnover:log10 after EDPB 04/2022', c.logTurnover - space.turnoverCentre);
    const above = dexAboveTurnoverCap(c);
    if (above > 0) {
      set(TURNOVER_CAP_TERM, above);
      if (c.authority !== null) set(authoritySlope(c.authority), above);
    }
  }
  if (c.sizeClass) set(`size:${c.sizeClass}`);
  const flags = articleFlags(c.articles);
  for (const f of flags.families) set(`articles:${f}`);
  if (flags.higherTier) set('articles:higher tier');
  if (flags.cookies) set('articles:cookies');
  if (flags.nationalLaw) set('articles:national law');
  set('articles:count (log2)', Math.log2(Math.max(1, flags.count)));
  if (c.crossBorder === true) set('procedure:cross-border');
  if (c.nace && space.naceSections.includes(c.nace)) set(`sector:${c.nace}`);
  if (c.consumerFacing === true) set('consumers:yes');
  if (c.consumerFacing === false) set('consumers:no');
  set('time:year', Number(c.date.slice(0, 4)) - space.yearCentre);
  if (c.date >= EDPB_GUIDELINES_ADOPTED) set('time:after EDPB 04/2022');
  if (cellOf(c) === 'large') set(LARGE_TREND, Number(c.date.slice(0, 4)) - space.yearCentre);
  return x;
}

export function penaltyVector(space: DesignSpace): Float64Array {
  return Float64Array.from(space.columns.map((c) => c.penalty));
}
