/** Ratios, scores and positions in a synthesis carry three decimals: enough to read, few enough to compare. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
