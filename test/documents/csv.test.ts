import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contributionsCsv } from '../../server/documents/csv.js';
import { spreadsheetSafe } from '../../server/documents/spreadsheet-safe.js';
import { polisExport } from '../../server/documents/polis-export.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { hostileTexts } from './hostile.js';
import { threePlaceInput } from './round-fixture.js';

const FORMULA = /^[=+\-@\t\r]/;

describe('spreadsheetSafe', () => {
  it('turns every formula start into text and leaves other cells alone', () => {
    expect(spreadsheetSafe('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(spreadsheetSafe('+1')).toBe("'+1");
    expect(spreadsheetSafe('-2')).toBe("'-2");
    expect(spreadsheetSafe('@cmd')).toBe("'@cmd");
    expect(spreadsheetSafe('\t=1')).toBe("'\t=1");
    expect(spreadsheetSafe('  =1')).toBe("'  =1");
    expect(spreadsheetSafe('Refugee protection = common ground')).toBe('Refugee protection = common ground');
  });
});

describe('the contributions CSV', () => {
  const input = threePlaceInput();
  const rows = () => parse(contributionsCsv(synthesize(input), input), { bom: true }) as string[][];

  it('has one row per contribution with its place, question, theme and tallies, numbered, without ids', () => {
    const [header, ...body] = rows();
    expect(header.slice(0, 11)).toEqual(['number', 'session', 'place', 'question', 'contribution', 'theme', 'other themes', 'agree', 'disagree', 'pass', 'voters']);
    expect(body).toHaveLength(input.contributions.length);
    expect(body.map((r) => r[0])).toEqual(body.map((_, i) => String(i + 1)));
    const refugees = body.find((r) => r[4].startsWith('Refugee protection under the 1951 Convention'))!;
    expect(refugees.slice(1, 3)).toEqual(['Brussels roundtable', 'Brussels']);
    expect(refugees[5]).toBe('Common ground in the protection of refugees and asylum seekers');
    expect(refugees.slice(7, 11)).toEqual(['9', '0', '1', '10']);
    expect(refugees.at(-1)).toBe('Brussels roundtable participant, civil society');
    const text = body.flat().join('\n');
    for (const id of [...input.contributions.map((c) => c.id), ...input.sessions.map((s) => s.id)]) expect(text).not.toContain(id);
  });

  it('keeps hostile contributions as inert text in both CSV exports', () => {
    const hostile = threePlaceInput();
    hostile.contributions.forEach((c, i) => (c.text = hostileTexts[i % hostileTexts.length]));
    hostile.sessions[0].title = '=HYPERLINK("http://127.0.0.1:9/")';
    const synthesis = synthesize(hostile);
    const tables = [contributionsCsv(synthesis, hostile), ...Object.values(polisExport(synthesis, hostile))].map((csv) => parse(csv, { bom: true, relax_column_count: false }) as string[][]);
    for (const table of tables) {
      expect(new Set(table.map((r) => r.length)).size).toBe(1);
      // Numbers (a vote of -1) are numbers to a spreadsheet, not formulas.
      for (const cell of table.flat().filter((c) => !/^-?\d+$/.test(c))) expect(cell).not.toMatch(FORMULA);
    }
    const [contributions] = tables;
    expect(contributions).toHaveLength(1 + hostile.contributions.length);
    expect(contributions.map((r) => r[4])).toContain(`'=HYPERLINK("http://127.0.0.1:9/","click")`);
    expect(contributions.map((r) => r[4])).toContain(']]></w:t></w:r><w:r><w:t>injected</w:t> & &amp; &lt; fees');
    expect(contributions.flat().join('')).not.toMatch(/[\u0000\u0001\u000b\u001f]/);
  });
});
