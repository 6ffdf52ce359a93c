import { readFileSync, writeFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { parseCliInput } from '../../server/cli/input.js';
import { buildReport, categoryBreakdown } from '../../server/documents/build-report.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { renderHtml } from '../../server/documents/html.js';
import { renderMarkdown } from '../../server/documents/markdown.js';
import { hostileReport, hostileTexts } from './hostile.js';
import { threePlaceInput, threePlaceRound } from './round-fixture.js';

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);

function expectGolden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

const PLACES = ['Brussels', 'Nairobi', 'Washington'];

/** Element counts; line breaks are left out, since a participant's own line breaks are kept. */
function tagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, name] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) if (name.toLowerCase() !== 'br') counts[name.toLowerCase()] = (counts[name.toLowerCase()] ?? 0) + 1;
  return counts;
}

describe('the report of a round', () => {
  const report = buildReport(threePlaceRound());

  it('matches the golden Markdown and HTML', () => {
    expectGolden('round.md', renderMarkdown(report));
    expectGolden('round.html', renderHtml(report));
  });

  it('matches the golden Markdown and HTML of a realistic roundtable: 32 contributions, three sessions, statements put again', () => {
    const file = new URL('../data/roundtable/autumn-round.json', import.meta.url).pathname;
    const input = parseCliInput(JSON.parse(readFileSync(file, 'utf8')), file);
    const roundtable = buildReport({ synthesis: synthesize(input), input, participation: null, scope: 'round' });
    expectGolden('roundtable.md', renderMarkdown(roundtable));
    expectGolden('roundtable.html', renderHtml(roundtable));
  });

  it('matches the golden French and Spanish documents: every heading, sentence, strength word, date and number in the language', () => {
    for (const language of ['fr', 'es'] as const) {
      const translated = buildReport({ ...threePlaceRound(), language });
      expectGolden(`round.${language}.md`, renderMarkdown(translated));
      expectGolden(`round.${language}.html`, renderHtml(translated));
    }
    const file = new URL('../data/roundtable/autumn-round.json', import.meta.url).pathname;
    const input = parseCliInput(JSON.parse(readFileSync(file, 'utf8')), file);
    const synthesis = synthesize(input);
    for (const language of ['fr', 'es'] as const) expectGolden(`roundtable.${language}.md`, renderMarkdown(buildReport({ synthesis, input, participation: null, scope: 'round', language })));
  });

  it('names a place only for the view voiced in that place alone', () => {
    const findings = report.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings.map((f) => ({ theme: t.label, f }))));
    const placed = findings.filter(({ f }) => PLACES.some((p) => f.text.includes(p)));
    expect(placed.map(({ theme }) => theme)).toEqual(['Parliamentarians']);
    expect(placed[0].f.text).toContain('voiced only in Washington');
    for (const { f } of findings) {
      for (const place of PLACES) {
        expect(f.figures).not.toContain(place);
        expect(f.divides ?? '').not.toContain(place);
      }
    }
    for (const text of [...report.divergence, ...report.keyConvergence.flatMap((g) => g.items)]) {
      for (const place of PLACES.filter((p) => p !== 'Washington')) expect(text).not.toContain(place);
    }
  });

  it('consolidates thematically, numbers findings in reading order, and calls rising support a growing majority', () => {
    expect(report.consolidation.map((s) => s.heading)).toEqual(['Areas of common ground in current migration management', 'Impediments to common ground for global governance', 'Key agents of change']);
    const numbers = report.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings.map((f) => f.number)));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const labour = report.consolidation.flatMap((s) => s.themes).find((t) => t.label === 'Elements of common ground in labour migration')!;
    expect(labour.findings[0].strength).toBe('a growing majority');
    expect(labour.findings[0].figures).toContain('40 % → 60 % → 90 %');
  });

  it('quotes contributions verbatim, unattributed, with a Chatham label only where the author marked it quotable', () => {
    const label = new Map(threePlaceInput().contributions.map((c) => [c.text, c.quotable ?? null]));
    const findings = report.consolidation.flatMap((s) => s.themes.flatMap((t) => t.findings));
    const quotes = [...report.pullQuotes, ...findings.flatMap((f) => [...f.quotes, ...(f.counter ? [f.counter] : [])])];
    expect(quotes.some((q) => q.attribution === null)).toBe(true);
    expect(quotes.some((q) => q.attribution !== null)).toBe(true);
    for (const q of quotes) {
      expect(label.has(q.text)).toBe(true);
      expect(q.attribution).toBe(label.get(q.text));
    }
    // The pull quotes in their own part are only ever quotable ones.
    for (const q of report.pullQuotes) expect(q.attribution).not.toBeNull();
  });

  it('groups the questions put as in Annex II, once each', () => {
    expect(report.questionsPut.map((g) => g.heading)).toEqual([
      'Regarding convergence on the term and value of “global governance of migration” (p. 6)',
      'Regarding pieces of global migration governance that currently exist (ps. 9, 12 and 13)',
    ]);
    expect(report.questionsPut.every((g) => g.items.length === 1)).toBe(true);
  });

  it('carries no identifier, join code or time of a contribution', () => {
    const text = JSON.stringify(report);
    const input = threePlaceInput();
    for (const id of [...input.contributions.map((c) => c.id), ...input.sessions.map((s) => s.id), ...new Set(input.votes.map((v) => v.participant))]) {
      expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
  });
});

describe('participants by category', () => {
  it('lists the published categories, largest first, and everyone else as one honestly labelled line', () => {
    expect(categoryBreakdown({ participants: 12, categories: { academia: 3, ambassador: 5 }, remainder: 4 })).toEqual([
      { label: 'Ambassador', count: 5 },
      { label: 'Academia', count: 3 },
      { label: 'Fewer than three in a category, or not stated', count: 4 },
    ]);
  });
});

describe('hostile contributions', () => {
  const benign = buildReport(threePlaceRound());
  const attacked = hostileReport(benign);

  it('cannot add structure to the Markdown', () => {
    const expected = tagCounts(marked.parse(renderMarkdown(benign), { async: false }));
    const html = marked.parse(renderMarkdown(attacked), { async: false });
    expect(tagCounts(html)).toEqual(expected);
    expect(html).not.toMatch(/<(script|img|svg|a)\b/i);
  });

  it('cannot add an element or an attribute to the HTML', () => {
    const html = renderHtml(attacked);
    expect(tagCounts(html)).toEqual(tagCounts(renderHtml(benign)));
    const attributes = [...html.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap(([tag]) => [...tag.matchAll(/\s([a-zA-Z-]+)="/g)].map(([, a]) => a.toLowerCase()));
    const svg = ['xmlns', 'viewbox', 'width', 'height', 'role', 'aria-label', 'font-family', 'font-size', 'x', 'y', 'cx', 'cy', 'r', 'd', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity'];
    expect(new Set(attributes)).toEqual(new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'scope', 'class', 'value', 'dir', ...svg]));
    expect(html).toContain('&lt;script&gt;');
  });

  it('strips characters no document may carry', () => {
    for (const out of [renderMarkdown(attacked), renderHtml(attacked)]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E\uFFFE]/);
      expect(out).toContain('🌍');
    }
  });

  it('survive the whole path from contributions to documents', () => {
    const input = threePlaceInput();
    input.contributions.forEach((c, i) => (c.text = `${hostileTexts[i % hostileTexts.length]} refugee protection`));
    const report = buildReport(threePlaceRound(input));
    const html = renderHtml(report);
    expect(html).not.toMatch(/<(script|img|iframe|foreignObject|use|image)\b/i);
    // The only pictures are the report's own charts, one per figure.
    expect(html.match(/<svg\b/g)?.length).toBe(html.match(/<figure class="chart">/g)?.length);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
  });
});
