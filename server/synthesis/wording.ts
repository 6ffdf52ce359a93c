/** Small pieces of English the engine's drafts and the documents both write with. */

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** 0.667 -> "67 %". */
export function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/** "Brussels", "Brussels and Nairobi", "Brussels, Nairobi and Washington". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "no votes", "one session", "three sessions", "34 people": words up to ten, as the report writes them. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n <= 10 ? NUMBER_WORDS[n] : n} ${n === 1 ? singular : plural}`;
}
