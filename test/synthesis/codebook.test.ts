import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../shared/codebook.js';
import { exportCodebook, parseCodebook } from '../../server/synthesis/codebook.js';
import { InputError } from '../../server/synthesis/errors.js';
import { referenceStatements } from '../../server/synthesis/reference.js';
import { LIMITS } from '../../shared/protocol/limits.js';

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
    expect(cb.themes.filter((t) => t.heading === 'Key agents of change')).toHaveLength(10);
    expect(cb.themes.filter((t) => t.heading.startsWith('The five pillars'))).toHaveLength(5);
    for (const t of cb.themes) expect(t.cues.length).toBeGreaterThan(3);
    expect(cb.themes.find((t) => t.id === 'agent-gfmd')!.cues).toEqual(expect.arrayContaining(['GFMD', 'Global Forum']));
  });

  it('every theme of the framework has its label as the report has it, a description, cues, examples, and French and Spanish material', () => {
    const cb = defaultCodebook();
    expect(cb.themes.map((t) => t.label)).toEqual([
      'National policies and programs',
      'Bilateral, regional and global dialogues',
      'Supranational structures',
      'Multilateral agencies',
      'International legal frameworks',
      'Cooperation among member States in the European Union',
      'Common ground in the protection of refugees and asylum seekers',
      'Elements of common ground in labour migration',
      'Common ground of expanding mobility',
      'Enforcement as common ground',
      'Political trends',
      'Retreat from binding frameworks on migration and governance',
      'Broad disincentives and opposition to "managed" migration',
      'Emergence of potent demographic, social and political trends',
      '"New" decision-making dynamics under the Lisbon Treaty',
      'Regional consultative processes: leading to global change?',
      'Business and private sector actors',
      'Select or diverse actors = agents of change?',
      'An "M-20"',
      'Parliamentarians',
      'The Global Forum on Migration and Development',
      'The Global Migration Group',
      'The UN High Level Dialogue on Migration and Development in 2013',
    ]);
    for (const t of cb.themes) {
      expect(t.description.length, t.id).toBeGreaterThan(80);
      expect(t.cues.length, t.id).toBeGreaterThanOrEqual(15);
      expect(t.examples?.length ?? 0, t.id).toBeGreaterThanOrEqual(2);
      // The reference statements bundled beside the codebook carry most of the examples.
      const statements = referenceStatements().themes[t.id];
      expect((t.examples?.length ?? 0) + (statements?.en?.length ?? 0), t.id).toBeGreaterThanOrEqual(12);
      for (const lang of ['fr', 'es'] as const) {
        expect(t.translations?.[lang]?.cues?.length ?? 0, `${t.id} ${lang}`).toBeGreaterThanOrEqual(10);
        expect((t.translations?.[lang]?.examples?.length ?? 0) + (statements?.[lang]?.length ?? 0), `${t.id} ${lang}`).toBeGreaterThanOrEqual(5);
      }
    }
    // How people really say it.
    const cues = (id: string) => cb.themes.find((t) => t.id === id)!.cues;
    expect(cues('agent-parliamentarians')).toEqual(expect.arrayContaining(['MPs', 'legislators']));
    expect(cues('agent-business')).toEqual(expect.arrayContaining(["employers' federations"]));
    expect(cues('agent-m20')).toEqual(expect.arrayContaining(['club of big migration countries']));
    expect(cues('common-enforcement')).toEqual(expect.arrayContaining(['Frontex']));
    expect(cb.unplaced?.cues).toEqual(expect.arrayContaining(['+1', 'repeat the question']));
  });

  it('the reference statements belong to themes of the default codebook, and the codebook still fits one import message with room for learned examples', () => {
    const cb = defaultCodebook();
    const ids = new Set(cb.themes.map((t) => t.id));
    expect(Object.keys(referenceStatements().themes).filter((id) => !ids.has(id))).toEqual([]);
    expect(referenceStatements().unplaced?.en?.length ?? 0).toBeGreaterThan(10);
    const bytes = Buffer.byteLength(JSON.stringify({ type: 'codebook.replaced', codebook: cb }));
    expect(bytes).toBeLessThanOrEqual(LIMITS.maxPayloadBytes - 8 * 1024);
  });

  it('imports a codebook file of the earlier format (themes with cues only)', () => {
    const old = '{ "version": 1, "themes": [ { "id": "gfmd", "label": "The GFMD", "heading": "Agents", "description": "", "cues": ["gfmd", "global forum"] } ] }';
    expect(parseCodebook(old, 'old.json')).toEqual({ version: 1, themes: [{ id: 'gfmd', label: 'The GFMD', heading: 'Agents', description: '', cues: ['gfmd', 'global forum'] }] });
  });

  it('carries examples, translations and learned examples, and names a bad language code', () => {
    const cb = { version: 1 as const, themes: [{ id: 'a', label: 'A', heading: '', description: '', cues: ['x'], examples: ['An example'], translations: { fr: { cues: ['y'], examples: ['Un exemple'] } }, learned: [{ text: 'placed by hand' }] }], unplaced: { cues: ['+1'], learned: [{ text: 'mic check' }] } };
    expect(parseCodebook(exportCodebook(cb), 'cb.json')).toEqual(cb);
    expect(() => parseCodebook(JSON.stringify({ themes: [{ id: 'a', label: 'A', translations: { french: { cues: ['y'] } } }] }), 'lang.json')).toThrow(/lang\.json.*themes\[0\]\.translations\.french/);
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
