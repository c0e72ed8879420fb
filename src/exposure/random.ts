/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman and Vigna, 2018), seeded through
 * splitmix32. Integer arithmetic only (Math.imul, shifts), so a seed gives the same stream on every
 * platform; the transforms built on it use V8's own fdlibm port of Math.log, Math.cos…, which does
 * not depend on the operating system's libm.
 */
export interface Random {
  /** A uniform number in (0, 1): never 0, never 1, so logarithms of it are finite. */
  next(): number;
  /** A standard normal deviate (Marsaglia's polar method). */
  normal(): number;
}

const TWO_POW_32 = 4294967296;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is the one xoshiro cannot leave
  let spare: number | null = null;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => (nextUint32() + 0.5) / TWO_POW_32;

  return {
    next,
    normal(): number {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      for (;;) {
        const u = 2 * next() - 1;
        const v = 2 * next() - 1;
        const s = u * u + v * v;
        if (s > 0 && s < 1) {
          const factor = Math.sqrt((-2 * Math.log(s)) / s);
          spare = v * factor;
          return u * factor;
        }
      }
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
