import { describe, expect, it } from 'vitest';
import { agreementRowsOf, agreementSvg, share, type AgreementWords } from '../../shared/charts/agreement.js';
import type { Synthesis, Theme } from '../../shared/synthesis.js';

const words: AgreementWords = {
  title: 'Agreement by theme',
  leaning: { agree: 'Agree', disagree: 'Disagree', pass: 'Neither' },
  voters: (n) => `${n} voted`,
  figure: (count, s) => `${count} (${Math.round(s * 100)}%)`,
};

function theme(label: string, participants: number, agree: number, disagree: number): Theme {
  return {
    id: label,
    label,
    code: null,
    heading: '',
    description: '',
    emergent: false,
    contributions: [],
    secondary: [],
    terms: [],
    phrases: [],
    tally: { participants, agree, disagree, pass: participants - agree - disagree, contributions: 1, commonGround: 0, convergent: 0, divergent: 0, uncertain: 0 },
  };
}

const synthesis = (themes: Theme[]): Pick<Synthesis, 'themes'> => ({ themes });

describe('agreementRowsOf', () => {
  it('keeps the themes somebody voted on, broadest agreement first, with their counts', () => {
    const rows = agreementRowsOf(synthesis([theme('Visas', 10, 3, 6), theme('Unvoted', 0, 0, 0), theme('Remittances', 8, 6, 1), theme('Return', 20, 14, 2)]));
    expect(rows.map((r) => r.label)).toEqual(['Remittances', 'Return', 'Visas']);
    expect(rows[0]).toEqual({ label: 'Remittances', participants: 8, agree: 6, disagree: 1, pass: 1 });
    expect(share(rows[2], 'disagree')).toBeCloseTo(0.6);
  });

  it('is empty when nobody voted', () => {
    expect(agreementRowsOf(synthesis([theme('Unvoted', 0, 0, 0)]))).toEqual([]);
  });
});

describe('agreementSvg', () => {
  const rows = agreementRowsOf(synthesis([theme('Remittances', 16, 13, 2), theme('Visas', 10, 3, 6)]));
  const svg = agreementSvg(rows, words);
  const widths = [...svg.matchAll(/<rect x="[\d.]+" y="(\d+)" width="([\d.]+)" height="26"/g)].map(([, y, w]) => [Number(y), Number(w)]);

  it('draws each part of a row in proportion to its share, the row filling the width', () => {
    const rowsAt = [...new Set(widths.map(([y]) => y))];
    expect(rowsAt.map((y) => widths.filter(([at]) => at === y).map(([, w]) => w))).toEqual([
      [520, 80, 40],
      [192, 384, 64],
    ]);
  });

  it('writes the counts and shares on parts wide enough, and every theme with how many voted', () => {
    expect(svg).toContain('13 (81%)');
    expect(svg).toContain('6 (60%)');
    expect(svg).toContain('Remittances · 16 voted');
    expect(svg).toContain('Visas · 10 voted');
    // A part too narrow for its figure is left plain (the document's table has it).
    expect(svg).not.toContain('1 (6%)');
    expect(svg).toContain('1 (10%)');
  });

  it('says what each colour means, and draws just that for an empty chart', () => {
    for (const w of Object.values(words.leaning)) expect(svg).toContain(`>${w}</text>`);
    const empty = agreementSvg([], words);
    expect(empty.match(/<text/g)).toHaveLength(3);
    expect(empty).toContain('<title>Agreement by theme</title>');
  });

  it('escapes theme labels and cuts long ones', () => {
    const hostile = agreementSvg(agreementRowsOf(synthesis([theme('<svg onload=alert(1)> & "fees"', 4, 3, 1), theme('x'.repeat(200), 4, 3, 1)])), words);
    expect(hostile).not.toContain('<svg onload');
    expect(hostile).toContain('&lt;svg onload=alert(1)&gt; &amp; &quot;fees&quot;');
    expect(hostile).not.toContain('x'.repeat(61));
    expect(hostile).toContain('…');
  });
});
