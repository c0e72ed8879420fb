// Issue 17: caching lives in core/memo.ts. Its combinators remember pure functions; every cache
// they make is registered, so that clearCaches() empties them all and withoutCaches() bypasses
// them, and no cache may change a result.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/core/dates.js';
import {
  boundedMemo,
  clearCaches,
  knownSet,
  lastPassed,
  memo2,
  memoPerProfileOnDate,
  once,
  weakMemo,
  weakMemo2,
  withoutCaches,
} from '../../../src/core/memo.js';
import { ownData } from '../../../src/core/own-data.js';
import * as lexposure from '../../../src/index.js';
import { corpus } from '../../helpers/step-corpus.js';

/** A function that counts its calls and answers with a fresh object each time. */
function counted<A extends unknown[]>() {
  const calls = { n: 0 };
  const fn = (...args: A) => {
    calls.n++;
    return { args };
  };
  return { calls, fn };
}

describe('the combinators of core/memo.ts', () => {
  it('once builds on first use, then returns the same value', () => {
    const { calls, fn } = counted<[]>();
    const value = once(fn);
    expect(calls.n).toBe(0);
    expect(value()).toBe(value());
    expect(calls.n).toBe(1);
  });

  it('weakMemo answers again for the same object, and computes for another', () => {
    const { calls, fn } = counted<[object]>();
    const remembered = weakMemo(fn);
    const key = {};
    expect(remembered(key)).toBe(remembered(key));
    expect(remembered({})).not.toBe(remembered(key));
    expect(calls.n).toBe(2);
  });

  it('remembers an answer of undefined as an answer', () => {
    let n = 0;
    const remembered = weakMemo((_: object) => {
      n++;
      return undefined;
    });
    const key = {};
    remembered(key);
    remembered(key);
    expect(n).toBe(1);
  });

  it('memo2 answers again for the same pair, and starts again once its bound is reached', () => {
    const { calls, fn } = counted<[string, string]>();
    const remembered = memo2(fn, 2);
    const first = remembered('a', 'x');
    expect(remembered('a', 'x')).toBe(first);
    remembered('a', 'y');
    expect(calls.n).toBe(2);
    // Full: a third pair empties the memo, so the first is computed again.
    remembered('b', 'x');
    expect(remembered('a', 'x')).not.toBe(first);
    expect(calls.n).toBe(4);
  });

  it('weakMemo2 keeps the pairs of each object apart, each within its bound', () => {
    const { calls, fn } = counted<[object, string, string]>();
    const remembered = weakMemo2(fn, 1);
    const one = {};
    const other = {};
    const first = remembered(one, 'a', 'b');
    expect(remembered(one, 'a', 'b')).toBe(first);
    expect(remembered(other, 'a', 'b')).not.toBe(first);
    expect(remembered(one, 'a', 'b')).toBe(first);
    expect(calls.n).toBe(2);
    remembered(one, 'c', 'd');
    expect(remembered(one, 'a', 'b')).not.toBe(first);
  });

  it('boundedMemo answers by the text an argument is known by, within its bound', () => {
    const { calls, fn } = counted<[readonly string[]]>();
    const remembered = boundedMemo((list: readonly string[]) => list.join('\u0000'), fn, 2);
    const first = remembered(['a', 'b']);
    expect(remembered(['a', 'b'])).toBe(first);
    remembered(['c']);
    remembered(['d']);
    expect(remembered(['a', 'b'])).not.toBe(first);
    expect(calls.n).toBe(4);
  });

  it('memoPerProfileOnDate keeps the last few (date, rates) pairs of each profile', () => {
    const { calls, fn } = counted<[object, string, object]>();
    const remembered = memoPerProfileOnDate(fn, 2);
    const profile = {};
    const fx = {};
    const first = remembered(profile, '2025-06-30', fx);
    expect(remembered(profile, '2025-06-30', fx)).toBe(first);
    expect(remembered(profile, '2025-06-30', {})).not.toBe(first);
    remembered(profile, '2026-06-30', fx);
    expect(remembered(profile, '2025-06-30', fx)).not.toBe(first);
    expect(calls.n).toBe(4);
  });

  it('clearCaches empties every cache, and withoutCaches bypasses them without keeping anything', () => {
    const { calls, fn } = counted<[object]>();
    const remembered = weakMemo(fn);
    const built = once(() => ({}));
    const key = {};
    const first = remembered(key);
    const value = built();
    clearCaches();
    const second = remembered(key);
    expect(second).not.toBe(first);
    expect(built()).not.toBe(value);
    const bypassed = withoutCaches(() => [remembered(key), remembered(key)]);
    expect(bypassed[0]).not.toBe(bypassed[1]);
    expect(bypassed[0]).not.toBe(second);
    expect(remembered(key)).toBe(second);
    expect(calls.n).toBe(4);
  });
});

describe('the remembered yes answers: knownSet and lastPassed', () => {
  it('knownSet holds what was added until clearCaches, and nothing inside withoutCaches', () => {
    const known = knownSet<object>();
    const a = {};
    known.add(a);
    expect(known.has(a)).toBe(true);
    expect(known.has({})).toBe(false);
    expect(withoutCaches(() => known.has(a))).toBe(false);
    withoutCaches(() => known.add({}));
    clearCaches();
    expect(known.has(a)).toBe(false);
  });

  it('lastPassed answers again only for the last value that passed, and forgets it on clearCaches', () => {
    let calls = 0;
    const isShort = lastPassed((s) => {
      calls++;
      return s.length < 4;
    });
    expect([isShort('abc'), isShort('abc'), isShort('abcd'), isShort('abcd')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(calls).toBe(3);
    expect(withoutCaches(() => isShort('abc'))).toBe(true);
    expect(calls).toBe(4);
    clearCaches();
    isShort('abc');
    expect(calls).toBe(5);
  });

  it('the date check answers the same from its memory, after clearCaches and without caches', () => {
    expect([isIsoDate('2024-02-29'), isIsoDate('2024-02-29'), isIsoDate('2023-02-29')]).toEqual([
      true,
      true,
      false,
    ]);
    clearCaches();
    expect(withoutCaches(() => isIsoDate('2024-02-29'))).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('the own-data walk of a frozen value: the same object once known clean, a copy again after clearCaches', () => {
    const value = Object.freeze({ a: Object.freeze([1, 2]) });
    expect(ownData(value, 'x', 'test')).toBe(value);
    expect(ownData(value, 'x', 'test')).toBe(value);
    clearCaches();
    expect(ownData(value, 'x', 'test')).toBe(value);
    const inherited = Object.freeze(Object.assign(Object.create({ b: 1 }), { a: 1 }));
    expect(ownData(inherited, 'x', 'test')).toEqual({ a: 1 });
  });
});

describe('caches never change a result', () => {
  it('the step corpus is the same computed normally, with every cache bypassed, and after clearCaches', () => {
    const normal = JSON.stringify(corpus(lexposure));
    const bypassed = JSON.stringify(withoutCaches(() => corpus(lexposure)));
    clearCaches();
    const cleared = JSON.stringify(corpus(lexposure));
    expect(bypassed).toBe(normal);
    expect(cleared).toBe(normal);
  }, 300_000);
});
