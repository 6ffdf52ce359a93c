/**
 * What a reader of a document checks: sentences start with a capital, a heading that asks a
 * question is quoted rather than followed by a full stop, "across the room" only for agreement in
 * every opinion group, group profiles with their sizes, emergent themes raised outside the
 * framework with a note where the codebook was not applied, and an annex in which every
 * contribution can be found.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCliInput } from '../../server/cli/input.js';
import { buildReport } from '../../server/documents/build-report.js';
import { renderMarkdown } from '../../server/documents/markdown.js';
import { OUTSIDE_FRAMEWORK, type Report } from '../../server/documents/report.js';
import type { DocumentSource } from '../../server/documents/source.js';
import { importPolisFolder } from '../../server/polis/import.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { SynthesisInput } from '../../server/synthesis/input.js';
import { polisDataDir } from '../support/polis-data.js';
import { threePlaceRound } from './round-fixture.js';

const source = (input: SynthesisInput): DocumentSource => ({ synthesis: synthesize(input), input, participation: null, scope: 'round' });
const seattleInput = importPolisFolder(`${polisDataDir()}/15-per-hour-seattle`).input;
const londonInput = importPolisFolder(`${polisDataDir()}/london.youth.policing`).input;
const autumnFile = new URL('../data/roundtable/autumn-round.json', import.meta.url).pathname;
const autumnInput = parseCliInput(JSON.parse(readFileSync(autumnFile, 'utf8')), autumnFile);

const reports: [string, Report, SynthesisInput][] = [
  ['three places', buildReport(threePlaceRound()), threePlaceRound().input],
  ['Seattle', buildReport(source(seattleInput)), seattleInput],
  ['London', buildReport(source(londonInput)), londonInput],
  ['the autumn round', buildReport(source(autumnInput)), autumnInput],
];

/** Every sentence a document writes itself (not the contributions it quotes, nor headings). */
function sentences(r: Report): string[] {
  const findings = r.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings));
  return [
    ...r.conduct,
    ...(r.frameworkNote ? [r.frameworkNote] : []),
    ...findings.flatMap((f) => [f.text, ...(f.divides ? [f.divides] : [])]),
    ...r.groups.summary,
    ...r.groups.profiles.flatMap((g) => g.lines),
    ...r.keyConvergence.flatMap((g) => g.items),
    ...r.rejected,
    ...r.divergence,
    ...r.method.paragraphs,
  ];
}

describe.each(reports)('the document of %s', (_, report, input) => {
  it('starts every sentence it writes with a capital (or a figure)', () => {
    for (const text of sentences(report)) {
      expect(text).toMatch(/^[A-Z0-9“]/);
      // After a full stop inside its own words, the next sentence starts with a capital too.
      const unquoted = text.replace(/“[^”]*”/g, '“…”');
      for (const [, next] of unquoted.matchAll(/[a-z)][.] ([a-z])/g)) expect(next).toBe(next.toUpperCase());
    }
  });

  it('never follows a question mark with a full stop', () => {
    for (const text of sentences(report)) expect(text).not.toMatch(/\?[”’]?\./);
    expect(renderMarkdown(report)).not.toMatch(/\?\./);
  });

  it('lists every contribution in the annex by theme, and by question where there were questions', () => {
    const annexed = report.annexByTheme.flatMap((s) => s.groups.flatMap((g) => g.items)).join('\n');
    for (const c of input.contributions) expect(annexed).toContain(c.text.replace(/\s+/g, ' ').trim());
    if ((input.questions ?? []).length > 0) expect(report.annexByQuestion.flatMap((g) => g.items)).toHaveLength(input.contributions.length);
  });

  it('says "across the room" only of statements agreed by a majority of every opinion group', () => {
    const synthesis = synthesize(input);
    const texts = new Map(synthesis.contributions.map((c) => [c.id, c.text.replace(/\s+/g, ' ').trim()]));
    const everyGroup = synthesis.groupConsensus.map((id) => texts.get(id)!);
    for (const item of report.keyConvergence.flatMap((g) => g.items)) {
      if (item.includes('across the room')) expect(everyGroup.some((t) => item.includes(t))).toBe(true);
    }
  });
});

describe('what the documents say of particular rounds', () => {
  const [, three] = reports[0];
  const [, seattle] = reports[1];
  const [, london] = reports[2];

  it('Seattle: the codebook set aside with a note, its themes raised outside the framework, a majority “mostly group A”, the rejected statement, both groups profiled with their sizes', () => {
    expect(seattle.frameworkNote).toMatch(/^The report’s codebook was not applied: this conversation is on another subject/);
    expect(seattle.consolidation.map((s) => s.heading)).toEqual([OUTSIDE_FRAMEWORK]);
    const convergence = seattle.keyConvergence.flatMap((g) => g.items).join('\n');
    expect(convergence).toContain('A majority (mostly group A) agreed that “Something needs to be done to address income inequality');
    expect(convergence).not.toContain('across the room');
    expect(seattle.rejected).toEqual(['Most of those who voted rejected “This is cool! I say hike it up to $20” (62 of 99 disagreed, 23 agreed, mostly group B).']);
    expect(seattle.groups.profiles.map((g) => g.heading)).toEqual(['Group A: 91 participants', 'Group B: 47 participants']);
    expect(seattle.groups.profiles[0].lines[0]).toMatch(/^Agreed more than the other groups that “.+” \(\d+ of \d+ in group A agreed; \d+ of \d+ of the others\)\.$/);
    expect(seattle.groups.summary[0]).toContain('group A (91 participants) and group B (47 participants)');
  });

  it('London: agreement in every group is said to be across the room; statements about the participants are in the annex only', () => {
    const convergence = london.keyConvergence.flatMap((g) => g.items);
    expect(convergence.some((i) => i.startsWith('Broad agreement across the room that “To provide incentives'))).toBe(true);
    const findings = london.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings));
    const written = [...findings.flatMap((f) => [f.text, ...f.quotes.map((q) => q.text)]), ...convergence].join('\n');
    for (const demographic of ['English is my first language.', 'I identify as male.', 'My ethnicity is White.']) {
      expect(written).not.toContain(demographic);
      expect(london.annexByTheme.flatMap((s) => s.groups).find((g) => g.heading.startsWith('About the participants themselves'))!.items.join('\n')).toContain(demographic);
    }
  });

  it('the method counts contributions as contributions, and says how large a share of the room the words need', () => {
    const [, second] = three.method.paragraphs;
    expect(second).toContain('or, before anyone voted on it, when at least 2 contributions raised it');
    expect(second).toContain('at least 25 % of the 30 participants who voted');
    expect(three.method.strengthWords.map((w) => w.word)).toContain('many (before any vote)');
  });

  it('a heading that asks a question stays a question where the documents name it', () => {
    const regional = reports[3][1];
    const named = [...regional.divergence, ...regional.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings.map((f) => f.text)))].filter((t) => t.includes('leading to global change?'));
    expect(named.length).toBeGreaterThan(0);
    for (const t of named) expect(t).toContain('“Regional consultative processes: leading to global change?”');
  });
});
