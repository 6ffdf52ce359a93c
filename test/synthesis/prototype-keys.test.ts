/**
 * Ids from an input file or a facilitator that are also names on every object's prototype:
 * contribution ids, tag ids and suggestion ids through the CLI input, the engine, curation and the
 * CSV export; and the one function every reader of tag counts uses, on counts as JSON delivers them.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countOf, newCounts } from '../../shared/counts.js';
import { contributionsCsv } from '../../server/documents/csv.js';
import { evolveCuration, curationProblem, initialCuration, resolveTheme } from '../../server/domain/curation.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { parseCliInput } from '../../server/cli/input.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** A CLI input file as text: JSON.parse keeps "__proto__" as an ordinary key, as any file reader would. */
const file = JSON.stringify({
  contributions: NAMES.map((id, i) => ({
    id,
    text: ['Diaspora housing is a gap in policy', 'Remittance costs must come down', 'Student visas should be cheaper', 'Diaspora bonds could fund housing'][i],
    session: id,
    tags: Object.fromEntries(NAMES.map((tag, k) => [tag, (i + k) % 3])),
  })),
  votes: NAMES.map((participant, i) => ({ participant, contribution: NAMES[(i + 1) % 4], vote: 1 })),
});

describe('ids named like prototype properties, offline', () => {
  const input = parseCliInput(JSON.parse(file), 'input.json', file);

  it('keep every tag count of the input file, "__proto__" included', () => {
    for (const [i, c] of input.contributions.entries()) {
      for (const [k, tag] of NAMES.entries()) expect(countOf(c.tags, tag), `${c.id} ${tag}`).toBe((i + k) % 3);
    }
    const bad = parseCliInput.bind(null, JSON.parse('{"contributions":[{"id":"a","text":"x","tags":{"__proto__":-1}}]}'), 'bad.json');
    expect(bad).toThrow(/contributions\[0\]\.tags\.__proto__: a tag count is a whole number, 0 or more/);
  });

  it('carry contributions, votes and tag counts through the engine and the CSV export', () => {
    const synthesis = synthesize(input);
    expect(synthesis.contributions.map((c) => c.id)).toEqual(NAMES);
    expect(synthesis.stats.votes).toBe(4);
    for (const [i, c] of synthesis.contributions.entries()) for (const [k, tag] of NAMES.entries()) expect(countOf(c.tags, tag)).toBe((i + k) % 3);
    const [header, ...rows] = parse(contributionsCsv(synthesis, input), { bom: true }) as string[][];
    for (const [i, row] of rows.entries()) for (const [k, tag] of NAMES.entries()) expect(row[header.indexOf(`tag: ${tag}`)]).toBe(String((i + k) % 3));
  });

  it('place contributions by hand whatever their id, and accept a suggestion whatever its id', () => {
    let state = initialCuration();
    state = evolveCuration(state, { type: 'theme.added', theme: { id: 'housing', label: 'Housing' } });
    for (const id of NAMES) state = evolveCuration(state, { type: 'contribution.moved', contributionId: id, themeId: id === 'toString' ? null : 'housing' });
    expect(resolveTheme(state, 'constructor')).toBe('constructor');
    const synthesis = synthesize({ ...input, curation: state });
    expect(synthesis.contributions.map((c) => c.themeIds[0] ?? null)).toEqual(['housing', 'housing', null, 'housing']);

    expect(curationProblem(state, { type: 'suggestion.accepted', suggestionId: 'constructor' })).toBeNull();
    const accepted = evolveCuration(state, { type: 'suggestion.accepted', suggestionId: 'constructor' });
    expect(accepted.accepted.get('constructor')).toBe('emergent-constructor');
    expect(curationProblem(accepted, { type: 'suggestion.accepted', suggestionId: 'constructor' })).toBe('this suggestion was already accepted');
  });
});

describe('countOf', () => {
  it('reads only own counts, on counts built here and on counts parsed from JSON', () => {
    const built = newCounts([['__proto__', 2], ['toString', 1]]);
    const received = JSON.parse(JSON.stringify(built)) as Record<string, number>;
    for (const counts of [built, received]) {
      expect(countOf(counts, '__proto__')).toBe(2);
      expect(countOf(counts, 'toString')).toBe(1);
      expect(countOf(counts, 'constructor')).toBe(0);
      expect(countOf(counts, 'hasOwnProperty')).toBe(0);
    }
    expect(countOf(undefined, 'constructor')).toBe(0);
  });
});
