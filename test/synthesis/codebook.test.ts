import { describe, expect, it } from 'vitest';
import { defaultCodebook, exportCodebook, parseCodebook } from '../../server/synthesis/codebook.js';
import { InputError } from '../../server/synthesis/errors.js';

describe('codebook', () => {
  it('default codebook is the report framework: Part III headings, every sub-heading a theme with cues', () => {
    const cb = defaultCodebook();
    const headings = [...new Set(cb.themes.map((t) => t.heading))];
    expect(headings).toEqual([
      'The five pillars of current migration governance',
      'Areas of common ground in current migration management',
      'Impediments to common ground for global governance',
      'Key agents of change',
    ]);
    const labels = cb.themes.map((t) => t.label);
    for (const l of [
      'Cooperation among member States in the European Union',
      'Common ground in the protection of refugees and asylum seekers',
      'Elements of common ground in labour migration',
      'Common ground of expanding mobility',
      'Enforcement as common ground',
      'Political trends',
      'Retreat from binding frameworks on migration and governance',
      'Parliamentarians',
      'The Global Forum on Migration and Development',
      'The Global Migration Group',
      'The UN High Level Dialogue on Migration and Development in 2013',
      'An "M-20"',
    ]) {
      expect(labels).toContain(l);
    }
    expect(cb.themes.filter((t) => t.heading === 'Key agents of change')).toHaveLength(10);
    expect(cb.themes.filter((t) => t.heading.startsWith('The five pillars'))).toHaveLength(5);
    for (const t of cb.themes) expect(t.cues.length).toBeGreaterThan(3);
    expect(cb.themes.find((t) => t.id === 'agent-gfmd')!.cues).toEqual(expect.arrayContaining(['gfmd', 'global forum']));
  });

  it('exports and imports unchanged', () => {
    const cb = defaultCodebook();
    expect(parseCodebook(exportCodebook(cb), 'cb.json')).toEqual(cb);
  });

  it('rejects a repeated id, naming the file, the line and the id', () => {
    const text = JSON.stringify({ version: 1, themes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'a', label: 'Again' }] }, null, 2);
    let caught: unknown;
    try {
      parseCodebook(text, 'mine.json');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    const e = caught as InputError;
    expect(e.message).toContain('mine.json');
    expect(e.message).toContain('theme id "a" is used more than once');
    expect(e.line).toBe(text.split('\n').findIndex((l, i) => i > 4 && l.includes('"id": "a"')) + 1);
  });

  it('rejects text that does not parse, with a line', () => {
    expect(() => parseCodebook('{\n  "themes": [\n  }\n', 'bad.json')).toThrow(/bad\.json:3: not valid JSON/);
    expect(() => parseCodebook('   ', 'empty.json')).toThrow(/empty\.json: the codebook file is empty/);
    expect(() => parseCodebook('{"themes":[{"id":"x"}]}', 'x.json')).toThrow(/x\.json.*themes\[0\]\.label/);
  });
});
