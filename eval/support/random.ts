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

/** The items of `xs` in an order drawn from `g` (Fisher–Yates). */
export const shuffle = <T>(g: Rng, xs: T[]) => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(g.r() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
};
