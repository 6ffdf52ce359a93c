import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contributionsCsv } from '../../server/documents/csv.js';
import { polisExport } from '../../server/documents/polis-export.js';
import { spreadsheetSafe, toCsv } from '../../server/documents/spreadsheet-safe.js';
import { synthesize } from '../../server/synthesis/engine.js';
import type { SynthesisInput } from '../../server/synthesis/input.js';
import { importPolisFolder } from '../../server/polis/import.js';
import { polisDataDir } from '../support/polis-data.js';
import { hostileTexts } from './hostile.js';
import { threePlaceInput } from './round-fixture.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+$/;

type Table = string[][];
const rowsOf = (csv: string): Table => parse(csv, { bom: true }) as Table;

/**
 * What a hostile text must become in a cell: control and format characters gone (a carriage
 * return becomes a line break), and a quote in front when it would start a formula.
 */
function inert(text: string): string {
  const kept = text.replace(/\r\n?/g, '\n').replace(/[^\P{C}\t\n]/gu, '');
  return /^\s*[=+\-@]|^[\t\n]/.test(kept) ? `'${kept}` : kept;
}

/** The contributions CSV as records keyed by its header. */
function records(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true }) as Record<string, string>[];
}

describe('spreadsheetSafe', () => {
  it('turns every formula start into text', () => {
    expect(spreadsheetSafe('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(spreadsheetSafe('+1')).toBe("'+1");
    expect(spreadsheetSafe('-2')).toBe("'-2");
    expect(spreadsheetSafe('@cmd')).toBe("'@cmd");
    expect(spreadsheetSafe('\t=1')).toBe("'\t=1");
    expect(spreadsheetSafe('\tplain')).toBe("'\tplain");
    expect(spreadsheetSafe('\r=1')).toBe("'\n=1");
    expect(spreadsheetSafe('\rplain')).toBe("'\nplain");
    expect(spreadsheetSafe('  =1')).toBe("'  =1");
  });

  it('strips characters that are not text and leaves other cells alone', () => {
    expect(spreadsheetSafe('a\u0000b\u0001c\u001fd\u007f')).toBe('abcd');
    expect(spreadsheetSafe('tab\tand\nline')).toBe('tab\tand\nline');
    expect(spreadsheetSafe('Refugee protection = common ground')).toBe('Refugee protection = common ground');
    expect(spreadsheetSafe('')).toBe('');
  });

  it('leaves numbers written as numbers alone, and quotes what a CSV needs quoted', () => {
    expect(toCsv([[-1, '-1', 0, 'a,b', 'say "no"', 'two\nlines']])).toBe(`-1,'-1,0,"a,b","say ""no""","two\nlines"\r\n`);
  });
});

describe('the contributions CSV', () => {
  it('has a BOM, CRLF line ends and one numbered row per contribution, with where, what and how it was received', () => {
    const input = threePlaceInput();
    const synthesis = synthesize(input);
    const csv = contributionsCsv(synthesis, input);
    expect(csv.startsWith('\uFEFFnumber,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const [header, ...body] = rowsOf(csv);
    expect(header).toEqual([
      'number', 'session', 'place', 'question', 'contribution', 'theme', 'other themes',
      'agree', 'disagree', 'pass', 'voters', 'convergent', 'divergent', 'uncertain',
      'tag: Common ground', 'tag: Impediment', 'tag: Agent of change', 'tag: Gap', 'tag: Question for further reflection',
      'broad agreement', 'agreed in every group', 'divides groups', 'starred', 'quotable as',
    ]);
    expect(body).toHaveLength(input.contributions.length);
    expect(body.map((r) => r[0])).toEqual(body.map((_, i) => String(i + 1)));

    const byText = new Map(records(csv).map((r) => [r.contribution, r]));
    const refugees = byText.get(input.contributions.find((c) => c.id === 'c01')!.text)!;
    expect(refugees).toMatchObject({
      session: 'Brussels roundtable',
      place: 'Brussels',
      question: input.questions!.find((q) => q.id === 's-brussels-q1')!.text,
      theme: 'Common ground in the protection of refugees and asylum seekers',
      agree: '9', disagree: '0', pass: '1', voters: '10',
      'quotable as': 'Brussels roundtable participant, civil society',
    });
    expect(byText.get(input.contributions.find((c) => c.id === 'c03')!.text)!['tag: Common ground']).toBe('3');
    expect(byText.get(input.contributions.find((c) => c.id === 'c13')!.text)!['tag: Question for further reflection']).toBe('3');

    // The Chatham label appears only where the author marked the contribution quotable.
    const quotable = new Map(input.contributions.map((c) => [c.text, c.quotable ?? '']));
    for (const [text, row] of byText) expect(row['quotable as']).toBe(quotable.get(text));
  });

  it.each(['15-per-hour-seattle', 'london.youth.policing'])('carries the themes, tallies and flags of the real Pol.is conversation %s as the synthesis has them', (name) => {
    const input = importPolisFolder(join(polisDataDir(), name)).input;
    const synthesis = synthesize(input);
    expect(synthesis.groups.length).toBeGreaterThanOrEqual(2);
    const rows = records(contributionsCsv(synthesis, input));
    const label = new Map(synthesis.themes.map((t) => [t.id, t.label]));
    const yes = (flag: boolean) => (flag ? 'yes' : 'no');
    expect(rows).toHaveLength(synthesis.contributions.length);
    synthesis.contributions.forEach((c, i) => {
      const row = rows[i];
      expect(row.contribution).toBe(spreadsheetSafe(c.text));
      expect([row.theme, row['other themes']]).toEqual([c.themeIds.length > 0 ? label.get(c.themeIds[0]) : '', c.themeIds.slice(1).map((t) => label.get(t)).join('; ')]);
      expect([row.agree, row.disagree, row.pass, row.voters]).toEqual([c.tally.agree, c.tally.disagree, c.tally.pass, c.tally.seen].map(String));
      expect([row.convergent, row.divergent, row.uncertain]).toEqual([c.convergent, c.divergent, c.uncertain].map(yes));
      expect([row['broad agreement'], row['agreed in every group'], row['divides groups']]).toEqual([c.consensus, c.groupConsensus, c.divisive].map(yes));
    });
    expect(rows.filter((r) => r['broad agreement'] === 'yes')).toHaveLength(synthesis.consensus.length);
    expect(rows.filter((r) => r['agreed in every group'] === 'yes')).toHaveLength(synthesis.groupConsensus.length);
    expect(rows.filter((r) => r['divides groups'] === 'yes')).toHaveLength(synthesis.divisive.length);
  });

  it('writes no identifier of the input, nor any date', () => {
    const input = threePlaceInput();
    const csv = contributionsCsv(synthesize(input), input);
    const ids = [...input.contributions.map((c) => c.id), ...input.sessions.map((s) => s.id), ...input.questions!.map((q) => q.id), ...input.votes.map((v) => v.participant)];
    for (const id of new Set(ids)) expect(csv).not.toContain(id);
    for (const date of input.sessions.map((s) => s.date!)) expect(csv).not.toContain(date);
  });
});

describe('hostile text in both CSV exports', () => {
  /** Every text the exports carry replaced by a hostile one (new objects: the fixture shares its sessions). */
  function hostileInput(): SynthesisInput {
    const input = threePlaceInput();
    const hostile = (i: number) => hostileTexts[i % hostileTexts.length];
    return {
      ...input,
      title: hostile(7),
      sessions: input.sessions.map((s, i) => ({ ...s, title: hostile(i + 8), place: hostile(i + 11) })),
      questions: input.questions!.map((q, i) => ({ ...q, text: hostile(i + 3) })),
      contributions: input.contributions.map((c, i) => ({ ...c, text: hostile(i), place: undefined, quotable: c.quotable ? hostile(i + 5) : null })),
    };
  }

  const input = hostileInput();
  const synthesis = synthesize(input);
  const contributions = rowsOf(contributionsCsv(synthesis, input));
  const polis = polisExport(synthesis, input);
  const tables: Record<string, Table> = { contributions, ...Object.fromEntries(Object.entries(polis).map(([name, csv]) => [name, rowsOf(csv)])) };

  it('keeps the structure: the right number of rows and columns', () => {
    const n = input.contributions.length;
    const voters = new Set(input.votes.map((v) => v.participant)).size;
    const shape = (t: Table) => [t.length, [...new Set(t.map((r) => r.length))]];
    expect(shape(contributions)).toEqual([1 + n, [contributions[0].length]]);
    expect(shape(tables['comments.csv'])).toEqual([1 + n, [8]]);
    expect(shape(tables['votes.csv'])).toEqual([1 + synthesis.stats.votes, [5]]);
    expect(shape(tables['participants-votes.csv'])).toEqual([1 + voters, [6 + n]]);
    expect(shape(tables['summary.csv'])).toEqual([8, [2]]);
  });

  it('leaves no cell a spreadsheet would evaluate, and no character that is not text', () => {
    for (const [name, table] of Object.entries(tables)) {
      for (const cell of table.flat()) {
        // Numbers (a vote of -1) are numbers to a spreadsheet, not formulas.
        if (!NUMBER.test(cell)) expect(cell, name).not.toMatch(FORMULA_START);
        expect(cell, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202E\uFFFE]/);
      }
    }
  });

  it('keeps every hostile text, apart from the leading quote and the stripped characters', () => {
    const column = (table: Table, name: string) => table.slice(1).map((r) => r[table[0].indexOf(name)]);
    const expected = input.contributions.map((c) => inert(c.text));
    expect(new Set(expected).size).toBe(hostileTexts.length);
    expect(column(contributions, 'contribution')).toEqual(expected);
    expect(column(tables['comments.csv'], 'comment-body')).toEqual(expected);
    const sessionOf = new Map(input.sessions.map((s) => [s.id, s]));
    const questionOf = new Map(input.questions!.map((q) => [q.id, q.text]));
    expect(column(contributions, 'session')).toEqual(input.contributions.map((c) => inert(sessionOf.get(c.sessionId!)!.title!)));
    expect(column(contributions, 'place')).toEqual(input.contributions.map((c) => inert(sessionOf.get(c.sessionId!)!.place!)));
    expect(column(contributions, 'question')).toEqual(input.contributions.map((c) => inert(questionOf.get(c.questionId!)!)));
    expect(column(contributions, 'quotable as')).toEqual(input.contributions.map((c) => (c.quotable ? inert(c.quotable) : '')));
    expect(tables['summary.csv'][0]).toEqual(['topic', inert(input.title!)]);
  });
});
