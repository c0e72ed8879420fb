/**
 * A small memo for pure functions of two strings that a batch calls again and again with the same
 * arguments (the same decision date, the same year ends, the same provisions). Keys are looked up
 * as they are, in nested maps, so no key string is built per call. Bounded: when full it starts
 * again, so memory stays flat however many vendors are scored.
 */
export class Memo2<V> {
  private readonly entries = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit = 4096) {}

  get(a: string, b: string): V | undefined {
    return this.entries.get(a)?.get(b);
  }

  set(a: string, b: string, value: V): V {
    if (this.size >= this.limit) {
      this.entries.clear();
      this.size = 0;
    }
    let inner = this.entries.get(a);
    if (!inner) {
      inner = new Map();
      this.entries.set(a, inner);
    }
    if (!inner.has(b)) this.size++;
    inner.set(b, value);
    return value;
  }
}

/**
 * A one-argument function remembered per object argument (a frozen record, a frozen list): the
 * answer lives as long as the object does.
 */
export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}

/**
 * A function of a parsed (frozen) profile on a date under given rates, remembered per profile
 * object for its last few (date, rates) pairs: estimateExposure, riskScore and gapAnalysis ask the
 * same questions of one vendor in a batch row, and each answer need be worked out once.
 */
export function memoPerProfileOnDate<P extends object, D, F, V>(
  compute: (profile: P, asOf: D, fx: F) => V,
  limit = 8,
): (profile: P, asOf: D, fx: F) => V {
  const kept = new WeakMap<P, { asOf: D; fx: F; value: V }[]>();
  return (profile, asOf, fx) => {
    const seen = kept.get(profile);
    const hit = seen?.find((e) => e.asOf === asOf && e.fx === fx);
    if (hit) return hit.value;
    const value = compute(profile, asOf, fx);
    if (!seen) kept.set(profile, [{ asOf, fx, value }]);
    else {
      if (seen.length >= limit) seen.shift();
      seen.push({ asOf, fx, value });
    }
    return value;
  };
}
