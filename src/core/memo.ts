// The one place where the library caches (issue 17). A rule is a pure function; where a batch asks
// it the same question again and again, the module that holds it remembers it once, at module
// scope, through one of the combinators below: `const x = weakMemo(computeX)`. Every cache made
// here is registered, so that clearCaches() empties them all and withoutCaches() bypasses them.
// Each call at module scope is marked /* @__PURE__ */: a bundler then drops the caches, and the
// code they remember, of what a bundle does not use (the legalMaximum bundle has no fine model).

/** Whether every cache is bypassed (inside withoutCaches). The one check a cached call adds. */
let bypassed = false;

/** How to empty each cache made here, in the order they were made. */
const clears: (() => void)[] = [];

/** Empties every cache made by this module: the next call of each remembered function computes again. */
export function clearCaches(): void {
  for (const clear of clears) clear();
}

/**
 * Runs `fn` with every cache bypassed: each remembered function computes its answer and keeps
 * nothing. For tests (a cache must never change a result); `fn` must be synchronous.
 */
export function withoutCaches<T>(fn: () => T): T {
  const before = bypassed;
  bypassed = true;
  try {
    return fn();
  } finally {
    bypassed = before;
  }
}

/**
 * A value built on first use and kept: a table read from the bundled data, an index built from
 * it. Use it for what takes no argument; its bound is the one value.
 */
export function once<V>(build: () => V): () => V {
  let built = false;
  let value: V | undefined;
  clears.push(() => {
    built = false;
    value = undefined;
  });
  return () => {
    if (bypassed) return build();
    if (!built) {
      value = build();
      built = true;
    }
    return value as V;
  };
}

/**
 * A function of one object (a frozen record, a frozen list, a law table's version) remembered per
 * object: the answer lives as long as the object does, so the memo needs no other bound. Use it
 * only where the object cannot change, so that the same object means the same answer.
 */
export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let kept = new WeakMap<K, V>();
  clears.push(() => {
    kept = new WeakMap();
  });
  return (key) => {
    if (bypassed) return compute(key);
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as V;
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}

/**
 * Answers to two strings, looked up as they are in nested maps, so that no key string is built
 * per call. Bounded: when `limit` answers are held it starts again, so memory stays flat however
 * many vendors are scored.
 */
class PairTable<V> {
  private entries = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(a: string, b: string): V | undefined {
    return this.entries.get(a)?.get(b);
  }

  has(a: string, b: string): boolean {
    return this.entries.get(a)?.has(b) === true;
  }

  set(a: string, b: string, value: V): V {
    if (this.size >= this.limit) {
      this.entries = new Map();
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
 * A function of two strings (a year end and a decision date, a regime and an article) remembered
 * for its last `limit` pairs at most: a batch asks it with the same few pairs for every row, and
 * a caller naming ever new pairs does not grow it without end.
 */
export function memo2<A extends string, B extends string, V>(
  compute: (a: A, b: B) => V,
  limit = 4096,
): (a: A, b: B) => V {
  let kept = new PairTable<V>(limit);
  clears.push(() => {
    kept = new PairTable(limit);
  });
  return (a, b) => {
    if (bypassed) return compute(a, b);
    const hit = kept.get(a, b);
    if (hit !== undefined || kept.has(a, b)) return hit as V;
    return kept.set(a, b, compute(a, b));
  };
}

/**
 * A function of an object and two strings (a citation and a date pair, a rate and a financial
 * year's first and last days) remembered per object, as memo2 is, for `limit` pairs at most each:
 * the answers of an object live as long as it does.
 */
export function weakMemo2<K extends object, A extends string, B extends string, V>(
  compute: (key: K, a: A, b: B) => V,
  limit = 4096,
): (key: K, a: A, b: B) => V {
  let kept = new WeakMap<K, PairTable<V>>();
  clears.push(() => {
    kept = new WeakMap();
  });
  return (key, a, b) => {
    if (bypassed) return compute(key, a, b);
    let pairs = kept.get(key);
    if (pairs === undefined) {
      pairs = new PairTable(limit);
      kept.set(key, pairs);
    }
    const hit = pairs.get(a, b);
    if (hit !== undefined || pairs.has(a, b)) return hit as V;
    return pairs.set(a, b, compute(key, a, b));
  };
}

/**
 * A function remembered by a text its argument is known by (a list of articles by the articles
 * joined), for `limit` texts at most: when full it starts again. Use it where the argument is a
 * value rather than a kept object, and the text is cheap beside the answer.
 */
export function boundedMemo<A, V>(
  keyOf: (arg: A) => string,
  compute: (arg: A) => V,
  limit = 4096,
): (arg: A) => V {
  let kept = new Map<string, V>();
  clears.push(() => {
    kept = new Map();
  });
  return (arg) => {
    if (bypassed) return compute(arg);
    const key = keyOf(arg);
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as V;
    if (kept.size >= limit) kept = new Map();
    const value = compute(arg);
    kept.set(key, value);
    return value;
  };
}

/**
 * A function of a parsed (frozen) profile on a date under given rates, remembered per profile
 * object for its last `limit` (date, rates) pairs: estimateExposure, riskScore and gapAnalysis ask
 * the same questions of one vendor in a batch row, and each answer need be worked out once.
 */
export function memoPerProfileOnDate<P extends object, D, F, V>(
  compute: (profile: P, asOf: D, fx: F) => V,
  limit = 8,
): (profile: P, asOf: D, fx: F) => V {
  let kept = new WeakMap<P, { asOf: D; fx: F; value: V }[]>();
  clears.push(() => {
    kept = new WeakMap();
  });
  return (profile, asOf, fx) => {
    if (bypassed) return compute(profile, asOf, fx);
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

/**
 * A set of objects known to have a property that cannot change (a frozen value walked once and
 * found clean): a cache of a yes answer, kept as long as each object lives.
 */
export interface KnownSet<K extends object> {
  has(key: K): boolean;
  add(key: K): void;
}

export function knownSet<K extends object>(): KnownSet<K> {
  let kept = new WeakSet<K>();
  clears.push(() => {
    kept = new WeakSet();
  });
  return {
    has: (key) => !bypassed && kept.has(key),
    add: (key) => {
      if (!bypassed) kept.add(key);
    },
  };
}

/**
 * A test of a string that remembers the last string it passed: a batch asks it of the same value
 * (a decision date, the date of the run) thousands of times in a row.
 */
export function lastPassed(test: (value: string) => boolean): (value: string) => boolean {
  let last: string | null = null;
  clears.push(() => {
    last = null;
  });
  return (value) => {
    if (bypassed) return test(value);
    if (value === last) return true;
    const passed = test(value);
    if (passed) last = value;
    return passed;
  };
}
