// A small seeded generator (sfc32, seeded through splitmix32) so every document of a run can be
// rebuilt from the run's seed and its own index, without generating the documents before it.

function splitmix32(state) {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A random source for document `index` of the run seeded with `seed` (both 32-bit integers). */
export function randomFor(seed, index) {
  let a = splitmix32(seed);
  let b = splitmix32(a ^ index);
  let c = splitmix32(b + 0x632be5ab);
  let d = splitmix32(c ^ 0x1b873593);
  const next = () => {
    // sfc32
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const out = (t + d) | 0;
    c = (c + out) | 0;
    return (out >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return new Random(next);
}

/** Helpers over a uniform [0, 1) source. */
export class Random {
  constructor(next) {
    this.next = next;
  }
  /** An integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** One of `[weight, value]` pairs, by weight. */
  weighted(pairs) {
    const total = pairs.reduce((sum, [w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [w, v] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  /** Up to `n` distinct items of `list`, in list order. */
  subset(list, n) {
    return list.filter(() => this.chance(n / Math.max(list.length, 1)));
  }
  /** A size that is usually small and sometimes large (a heavy tail): lots of sessions, long lines. */
  size(small, large, pLarge = 0.03) {
    return this.chance(pLarge) ? this.int(small + 1, large) : this.int(0, small);
  }
}
