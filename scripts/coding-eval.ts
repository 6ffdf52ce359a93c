/**
 * The coder's evaluation: records (one contribution each, with the sub-heading it belongs under),
 * the coder run over them as over a round, and the figures: accuracy per language, off-topic
 * rejection, calibration of the confidence, and what was confused with what.
 */
import { z } from 'zod';
import { activeThemes, defaultCodebook } from '../shared/codebook.js';
import { Coder } from '../server/synthesis/coder.js';

export const NONE = 'none';

const recordSchema = z.strictObject({
  text: z.string().min(1),
  lang: z.string().min(2).max(5),
  /** The sub-heading's label exactly as the codebook has it, or "none" for off-topic and procedural lines. */
  expected: z.string().min(1),
  /** Labels that are acceptable as the primary placement too. */
  also: z.array(z.string()).optional(),
  /** The question the contribution answered, where known. */
  question: z.string().optional(),
});

export type EvalRecord = z.infer<typeof recordSchema>;

/** One JSON object per line; blank lines and lines starting with "//" are skipped. */
export function parseRecords(text: string, file: string): EvalRecord[] {
  const labels = new Set(defaultCodebook().themes.map((t) => t.label));
  const out: EvalRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
    for (const l of [parsed.data.expected, ...(parsed.data.also ?? [])]) {
      if (l !== NONE && !labels.has(l)) throw new Error(`${file}:${i + 1}: "${l}" is not a label of the default codebook`);
    }
    out.push(parsed.data);
  });
  return out;
}

export interface Placement {
  /** The primary theme's label, or null when the coder left the contribution unplaced. */
  label: string | null;
  confidence: number;
}

/** Code every record the way a round codes its contributions: all of them in the round. */
export function codeRecords(records: readonly EvalRecord[]): Placement[] {
  const codebook = defaultCodebook();
  const labelOf = new Map(codebook.themes.map((t) => [t.id, t.label]));
  const coder = new Coder({ themes: activeThemes(codebook), unplaced: codebook.unplaced });
  return records.map((r) => {
    const c = coder.code(r.text, { question: r.question });
    return { label: c.themeIds.length ? labelOf.get(c.themeIds[0])! : null, confidence: c.score };
  });
}

export interface LanguageFigures {
  lang: string;
  placedTotal: number;
  right: number;
  acceptable: number;
  /** On-topic records the coder left unplaced. */
  unplaced: number;
  noneTotal: number;
  rejected: number;
}

export interface EvalReport {
  total: number;
  languages: LanguageFigures[];
  calibration: { range: string; count: number; correct: number }[];
  confusions: { expected: string; got: string; texts: string[] }[];
}

const BINS = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];

export function scoreRecords(records: readonly EvalRecord[], placements: readonly Placement[]): EvalReport {
  const byLang = new Map<string, LanguageFigures>();
  const confusions = new Map<string, { expected: string; got: string; texts: string[] }>();
  const bins = BINS.slice(0, -1).map((lo, i) => ({ range: `${lo.toFixed(1)}–${Math.min(1, BINS[i + 1]).toFixed(1)}`, count: 0, correct: 0, lo, hi: BINS[i + 1] }));
  records.forEach((r, i) => {
    const p = placements[i];
    let f = byLang.get(r.lang);
    if (!f) byLang.set(r.lang, (f = { lang: r.lang, placedTotal: 0, right: 0, acceptable: 0, unplaced: 0, noneTotal: 0, rejected: 0 }));
    const got = p.label ?? NONE;
    if (r.expected === NONE) {
      f.noneTotal++;
      if (p.label === null) f.rejected++;
    } else {
      f.placedTotal++;
      if (got === r.expected) f.right++;
      if (got === r.expected || (r.also ?? []).includes(got)) f.acceptable++;
      if (p.label === null) f.unplaced++;
    }
    if (p.label !== null) {
      const bin = bins.find((b) => p.confidence >= b.lo && p.confidence < b.hi)!;
      bin.count++;
      if (got === r.expected || (r.also ?? []).includes(got)) bin.correct++;
    }
    if (got !== r.expected && !(r.also ?? []).includes(got)) {
      const key = `${r.expected}\u0000${got}`;
      const c = confusions.get(key) ?? { expected: r.expected, got, texts: [] };
      c.texts.push(`[${r.lang}] ${r.text}`);
      confusions.set(key, c);
    }
  });
  const order = ['en', 'fr', 'es'];
  return {
    total: records.length,
    languages: [...byLang.values()].sort((a, b) => (order.indexOf(a.lang) + 1 || 99) - (order.indexOf(b.lang) + 1 || 99) || a.lang.localeCompare(b.lang)),
    calibration: bins.filter((b) => b.count > 0).map(({ range, count, correct }) => ({ range, count, correct })),
    confusions: [...confusions.values()],
  };
}

const PILLARS = ['National policies and programs', 'Bilateral, regional and global dialogues', 'Supranational structures', 'Multilateral agencies', 'International legal frameworks'];

/**
 * The report's own statements: the paragraphs of Part III under each sub-heading, split into
 * sentences (the five numbered pillars are one statement each). Footnotes, pull quotes and their
 * attributions are left out, and so are the introductions of the four headings.
 */
export function reportStatements(markdown: string): EvalRecord[] {
  const start = markdown.indexOf('## Part III of the report');
  const end = markdown.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('the report has no Part III section');
  const lines = markdown.slice(start, end < 0 ? undefined : end).split('\n').map((l) => l.trim());
  const labels = defaultCodebook().themes.map((t) => t.label);
  const straight = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const headings = new Set(['Areas of common ground in current migration management', 'Impediments to common ground for global governance', 'Key agents of change']);
  let current: string | null = null;
  const out: EvalRecord[] = [];
  lines.forEach((line, i) => {
    const plain = straight(line).replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, '');
    if (labels.includes(plain)) {
      current = plain;
      return;
    }
    if (headings.has(plain) || plain.startsWith('The five pillars')) {
      current = null;
      return;
    }
    const pillar = /^([1-5])\. (.*)$/.exec(line);
    if (pillar && current === null && /^(national|bilateral|supranational|multilateral|international)/.test(pillar[2])) {
      out.push({ text: pillar[2], lang: 'en', expected: PILLARS[Number(pillar[1]) - 1] });
      return;
    }
    if (current === null || line.length < 40) return;
    if (/^\d+\. /.test(line) || line.startsWith('- ')) return; // footnote or attribution
    const next = lines.slice(i + 1).find((l) => l !== '');
    if (next?.startsWith('- ')) return; // a pull quote
    for (const sentence of line.split(/(?<=[.?!])\s+(?=[A-Z“"])/)) {
      if (sentence.length >= 40) out.push({ text: sentence, lang: 'en', expected: current });
    }
  });
  return out;
}
