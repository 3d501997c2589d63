// The seeded PRNG every evaluation-set generator draws from, so each set comes out the same on every run.

/** Deterministic PRNG: `r` in [0, 1), `p` picks, `n` gives k digits, `int` an integer in [a, b]. */
export function sequence(seed: number) {
  const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return {
    r,
    p: <T>(xs: T[]) => xs[Math.floor(r() * xs.length)],
    n: (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join(''),
    int: (a: number, b: number) => a + Math.floor(r() * (b - a + 1)),
  };
}
export type Rng = ReturnType<typeof sequence>;
