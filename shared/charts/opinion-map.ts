/**
 * The opinion map: participants as anonymous points on the opinion groups' two axes, each group
 * with its colour, shape and size. Pure: the console and the documents draw the same picture.
 *
 * Nothing on it identifies anyone: a point has no id and no label, the points come in the order
 * of their coordinates, and there is no map at all below the synthesis's minimum of voters for
 * groups.
 */
import type { Synthesis } from '../synthesis.js';
import { groupMark, markSvg, OUTLINE, RULE } from './palette.js';
import { svgDocument, text } from './svg.js';

export interface MapGroup {
  id: string;
  size: number;
}

export interface OpinionMapData {
  /** [x, y, group index], sorted by coordinates. */
  points: [number, number, number][];
  groups: MapGroup[];
}

/** The words on the map, in the reader's language. */
export interface OpinionMapWords {
  title: string;
  /** "Group A (12)" */
  group: (id: string, size: number) => string;
}

/** The map's data, or null where the synthesis has no groups or fewer grouped voters than its minimum. */
export function opinionMapOf(s: Pick<Synthesis, 'map' | 'groups' | 'method'>): OpinionMapData | null {
  if (!s.map || s.groups.length === 0 || s.map.points.length < s.method.minParticipantsForGroups) return null;
  const points = s.map.points.filter((p) => p[2] >= 0 && p[2] < s.groups.length).map((p): [number, number, number] => [p[0], p[1], p[2]]);
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const sizes = s.groups.map((_, k) => points.filter((p) => p[2] === k).length);
  return { points, groups: s.groups.map((g, k) => ({ id: g.id, size: sizes[k] })) };
}

const WIDTH = 640;
const PLOT = { left: 20, top: 20, width: 600, height: 380 };
const LEGEND_ROW = 30;
const MARK_RADIUS = 6;

/** `legend: false` leaves the legend to the page (a screen writes it in letters large enough for the room). */
export function opinionMapSvg(data: OpinionMapData, words: OpinionMapWords, { legend = true }: { legend?: boolean } = {}): string {
  const { points, groups } = data;
  const spanX = Math.max(1e-9, ...points.map((p) => Math.abs(p[0])));
  const spanY = Math.max(1e-9, ...points.map((p) => Math.abs(p[1])));
  const inner = MARK_RADIUS * 2;
  const cx = PLOT.left + PLOT.width / 2;
  const cy = PLOT.top + PLOT.height / 2;
  // One scale for both axes, so that distances on the map mean the same in every direction.
  const scale = Math.min((PLOT.width / 2 - inner) / spanX, (PLOT.height / 2 - inner) / spanY);
  const legendColumns = 3;
  const legendRows = legend ? Math.ceil(groups.length / legendColumns) : 0;
  const legendTop = PLOT.top + PLOT.height + 24;
  const height = legend ? legendTop + legendRows * LEGEND_ROW + 8 : PLOT.top * 2 + PLOT.height;
  const body = [
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.width}" height="${PLOT.height}" fill="none" stroke="${RULE}"/>`,
    `<path d="M${PLOT.left} ${cy}H${PLOT.left + PLOT.width}M${cx} ${PLOT.top}V${PLOT.top + PLOT.height}" stroke="${RULE}" stroke-dasharray="4 4"/>`,
    `<g fill-opacity="0.85">`,
    ...points.map(([x, y, g]) => {
      const mark = groupMark(g);
      // The second axis points up, as a reader expects.
      return markSvg(mark.shape, cx + x * scale, cy - y * scale, MARK_RADIUS, mark.colour);
    }),
    '</g>',
    ...(legend ? groups : []).flatMap((g, k) => {
      const mark = groupMark(k);
      const x = PLOT.left + (k % legendColumns) * (PLOT.width / legendColumns) + 10;
      const y = legendTop + Math.floor(k / legendColumns) * LEGEND_ROW;
      return [markSvg(mark.shape, x, y, 8, mark.colour), text(x + 16, y + 6, words.group(g.id, g.size), `font-size="17" fill="${OUTLINE}"`)];
    }),
  ];
  return svgDocument(WIDTH, height, words.title, body);
}
