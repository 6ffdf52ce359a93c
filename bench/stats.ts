export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarise(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

export function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

export function verdict(value: number, target: number): string {
  return `${value <= target ? 'PASS' : 'MISS'} (${(value / target).toFixed(2)}× of target ${target})`;
}
