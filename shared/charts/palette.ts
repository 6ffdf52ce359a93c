/**
 * Colours and marks that survive colour blindness and grey printing: the Okabe–Ito palette, each
 * opinion group also drawn with its own shape, and agreement's three parts at clearly different
 * lightness, each labelled in words.
 */

export interface GroupMark {
  colour: string;
  shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
}

const GROUP_MARKS: readonly GroupMark[] = [
  { colour: '#0072B2', shape: 'circle' },
  { colour: '#E69F00', shape: 'square' },
  { colour: '#009E73', shape: 'triangle' },
  { colour: '#CC79A7', shape: 'diamond' },
  { colour: '#56B4E9', shape: 'cross' },
];

export function groupMark(index: number): GroupMark {
  return GROUP_MARKS[index % GROUP_MARKS.length];
}

export const OUTLINE = '#1d1d1f';
export const QUIET = '#5f6368';
export const RULE = '#c4c7cc';

/** Dark blue, orange and light grey: apart in colour, and in grey. */
export const LEANING_COLOURS = { agree: '#0B5394', disagree: '#E69F00', pass: '#DADCE0' } as const;
/** Text drawn on each part, for contrast of at least 4.5:1. */
export const LEANING_INK = { agree: '#ffffff', disagree: '#1d1d1f', pass: '#1d1d1f' } as const;

/** An SVG mark of the given shape, centred on (x, y), about 2r across. */
export function markSvg(shape: GroupMark['shape'], x: number, y: number, r: number, fill: string): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  const stroke = `fill="${fill}" stroke="${OUTLINE}" stroke-width="1"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" ${stroke}/>`;
    case 'square':
      return `<rect x="${f(x - r * 0.9)}" y="${f(y - r * 0.9)}" width="${f(r * 1.8)}" height="${f(r * 1.8)}" ${stroke}/>`;
    case 'triangle':
      return `<path d="M${f(x)} ${f(y - r * 1.15)}L${f(x + r * 1.1)} ${f(y + r * 0.85)}L${f(x - r * 1.1)} ${f(y + r * 0.85)}Z" ${stroke}/>`;
    case 'diamond':
      return `<path d="M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y)}L${f(x)} ${f(y + r * 1.2)}L${f(x - r * 1.2)} ${f(y)}Z" ${stroke}/>`;
    case 'cross': {
      const a = r * 0.4;
      const b = r * 1.1;
      return `<path d="M${f(x - a)} ${f(y - b)}H${f(x + a)}V${f(y - a)}H${f(x + b)}V${f(y + a)}H${f(x + a)}V${f(y + b)}H${f(x - a)}V${f(y + a)}H${f(x - b)}V${f(y - a)}H${f(x - a)}Z" ${stroke}/>`;
    }
  }
}
