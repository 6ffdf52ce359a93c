/**
 * The agreement chart: for each theme, how the participants who voted on its contributions lean
 * (agree, disagree, only passed or balanced), as shares of one bar with the counts written on it.
 * Pure: the console and the documents draw the same picture.
 */
import type { Synthesis } from '../synthesis.js';
import { LEANING_COLOURS, LEANING_INK, OUTLINE, QUIET } from './palette.js';
import { shorten, svgDocument, text } from './svg.js';

export const LEANINGS = ['agree', 'disagree', 'pass'] as const;
export type LeaningKind = (typeof LEANINGS)[number];

export interface AgreementRow {
  label: string;
  /** Distinct participants who voted on the theme's contributions. */
  participants: number;
  agree: number;
  disagree: number;
  pass: number;
}

/** The words on the chart, in the reader's language. */
export interface AgreementWords {
  title: string;
  leaning: Record<LeaningKind, string>;
  /** What a row's figures rest on: "20 voted". */
  voters: (participants: number) => string;
  /** "12 (60%)", written on a part wide enough to hold it. */
  figure: (count: number, share: number) => string;
}

/** Every theme somebody voted on, broadest agreement first. */
export function agreementRowsOf(s: Pick<Synthesis, 'themes'>): AgreementRow[] {
  return s.themes
    .filter((t) => t.tally.participants > 0)
    .map((t) => ({ label: t.label, participants: t.tally.participants, agree: t.tally.agree, disagree: t.tally.disagree, pass: t.tally.pass }))
    .sort((a, b) => b.agree / b.participants - a.agree / a.participants || b.participants - a.participants || a.label.localeCompare(b.label));
}

/** A part's share of its row, 0 when nobody voted. */
export function share(row: AgreementRow, kind: LeaningKind): number {
  return row.participants > 0 ? row[kind] / row.participants : 0;
}

const WIDTH = 640;
const BAR = { left: 0, width: 640, height: 26 };
const ROW = 64;
const LEGEND = 40;
/** Roughly how many characters a figure needs per pixel at the size it is written. */
const CHAR_PX = 8;

export function agreementSvg(rows: readonly AgreementRow[], words: AgreementWords): string {
  const body: string[] = [];
  LEANINGS.forEach((kind, i) => {
    const x = i * 190;
    body.push(`<rect x="${x}" y="8" width="18" height="18" fill="${LEANING_COLOURS[kind]}" stroke="${OUTLINE}"/>`, text(x + 26, 23, words.leaning[kind], `font-size="16" fill="${OUTLINE}"`));
  });
  rows.forEach((row, r) => {
    const top = LEGEND + r * ROW;
    body.push(text(0, top + 20, `${shorten(row.label, 60)} · ${words.voters(row.participants)}`, `font-size="16" fill="${OUTLINE}"`));
    let x = BAR.left;
    const y = top + 28;
    for (const kind of LEANINGS) {
      const w = share(row, kind) * BAR.width;
      if (w <= 0) continue;
      body.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR.height}" fill="${LEANING_COLOURS[kind]}" stroke="#ffffff" stroke-width="1"/>`);
      const figure = words.figure(row[kind], share(row, kind));
      if (figure.length * CHAR_PX + 8 <= w) body.push(text(x + 6, y + 18, figure, `font-size="14" fill="${LEANING_INK[kind]}"`));
      x += w;
    }
  });
  if (rows.length === 0) return svgDocument(WIDTH, LEGEND, words.title, body);
  body.push(`<path d="M${BAR.left} ${LEGEND + rows.length * ROW}H${BAR.left + BAR.width}" stroke="${QUIET}" stroke-opacity="0.3"/>`);
  return svgDocument(WIDTH, LEGEND + rows.length * ROW + 8, words.title, body);
}
