/**
 * Every strength word in each language, checked by hand: the word the rule gives, the phrase
 * with its numbers, and the finding's draft sentence (verb agreement included). Then what makes a
 * catalogue complete: a rule per word with the very numbers of the English rule, every codebook
 * heading and theme, every participant category.
 */
import { describe, expect, it } from 'vitest';
import codebook from '../../shared/data/codebook.json' with { type: 'json' };
import { PARTICIPANT_CATEGORIES } from '../../shared/categories.js';
import type { StrengthWord } from '../../shared/synthesis.js';
import { buildReport } from '../../server/documents/build-report.js';
import { documentWords } from '../../server/documents/i18n/index.js';
import { methodThresholds } from '../../server/synthesis/method.js';
import { draftText } from '../../server/synthesis/finding-text.js';
import { strength, type SupportCounts } from '../../server/synthesis/strength.js';
import { counted, dateSpan, longDate, percent } from '../../server/synthesis/wording.js';
import { threePlaceRound } from './round-fixture.js';

const fr = documentWords('fr');
const es = documentWords('es');
const votes = (agree: number, disagree: number, participants: number, extra: Partial<SupportCounts> = {}) =>
  strength({ agree, disagree, pass: participants - agree - disagree, participants, contributions: 3, ...extra });
const before = (contributions: number, roomContributions = contributions) => strength({ agree: 0, disagree: 0, pass: 0, participants: 0, contributions, roomContributions });
const growing = votes(10, 2, 15, { trend: [{ sessionId: 'a', agree: 2, participants: 5 }, { sessionId: 'b', agree: 3, participants: 5 }, { sessionId: 'c', agree: 5, participants: 5 }] });

/** [the strength, its word, French phrase, Spanish phrase]: each written out by hand. */
const PHRASES: [ReturnType<typeof strength>, StrengthWord, string, string][] = [
  [votes(4, 4, 10), 'strong divergence', 'les participants (4 d’accord, 4 en désaccord, sur 10)', 'los participantes (4 de acuerdo, 4 en desacuerdo, de 10)'],
  [votes(9, 0, 10), 'almost all', 'presque tous les participants (9 sur 10)', 'casi todos los participantes (9 de 10)'],
  [growing, 'a growing majority', 'une majorité croissante des participants (10 sur 15)', 'una mayoría creciente de los participantes (10 de 15)'],
  [votes(8, 0, 10), 'a clear majority', 'une nette majorité des participants (8 sur 10)', 'una clara mayoría de los participantes (8 de 10)'],
  [votes(6, 0, 10), 'a majority', 'une majorité des participants (6 sur 10)', 'una mayoría de los participantes (6 de 10)'],
  [votes(25, 48, 87), 'a majority disagreed', 'une majorité des participants (48 sur 87)', 'una mayoría de los participantes (48 de 87)'],
  [votes(5, 0, 10), 'many', 'de nombreux participants (5 sur 10)', 'muchos participantes (5 de 10)'],
  [votes(1, 3, 10), 'more disagreed', 'davantage de participants (3 sur 10)', 'más participantes (3 de 10)'],
  [votes(3, 0, 10), 'several', 'plusieurs participants (3 sur 10)', 'varios participantes (3 de 10)'],
  [votes(1, 0, 10), 'one participant', 'un participant (1 sur 10)', 'un participante (1 de 10)'],
  [votes(0, 1, 10), 'no one', 'aucun participant (0 sur 10)', 'ningún participante (0 de 10)'],
  [before(7, 20), 'many', 'de nombreuses contributions (7, pas encore de vote)', 'muchas contribuciones (7, aún sin votos)'],
  [before(2), 'several', 'plusieurs contributions (2, pas encore de vote)', 'varias contribuciones (2, aún sin votos)'],
  [before(1), 'one participant', 'une contribution (pas encore de vote)', 'una contribución (aún sin votos)'],
  [before(0), 'no one', 'aucune contribution', 'ninguna contribución'],
];

describe('strength words in French and Spanish', () => {
  it.each(PHRASES)('%#: %s', (s, word, inFrench, inSpanish) => {
    expect(s.word).toBe(word);
    expect(fr.strengthPhrase(s)).toBe(inFrench);
    expect(es.strengthPhrase(s)).toBe(inSpanish);
  });

  it('every word of every rule has its own word in each language, none left in English', () => {
    for (const words of [fr, es]) {
      const translated = Object.values(words.strengthWords);
      expect(new Set(translated).size).toBe(translated.length);
      expect(translated).not.toContain('several');
      expect(translated).not.toContain('a clear majority');
    }
    expect(fr.strengthWords['a clear majority']).toBe('une nette majorité');
    expect(fr.strengthWords.several).toBe('plusieurs');
    expect(es.strengthWords['a clear majority']).toBe('una clara mayoría');
    expect(es.strengthWords.several).toBe('varios');
  });

  const theme = { label: 'Parliamentarians', phrases: [] as string[] };
  const said = { text: 'Who holds governments to account?' };

  it('drafts a finding as a rapporteur writes it, the verb agreeing with its subject', () => {
    expect(draftText(theme, votes(8, 0, 10), null, said, fr)).toBe(
      'Une nette majorité des participants (8 sur 10) ont approuvé ce qui a été dit sur le thème «\u00a0Parliamentarians\u00a0»\u202f; comme l’a demandé un participant\u00a0: «\u00a0Who holds governments to account?\u00a0»',
    );
    expect(draftText(theme, votes(1, 0, 10), { place: 'Genève' }, null, fr)).toBe('Un participant (1 sur 10) a approuvé ce qui a été dit sur le thème «\u00a0Parliamentarians\u00a0» (exprimé uniquement à Genève).');
    expect(draftText(theme, votes(8, 0, 10), null, said, es)).toBe('Una clara mayoría de los participantes (8 de 10) coincidió con lo dicho sobre el tema «Parliamentarians»; como preguntó un participante: «Who holds governments to account?»');
    expect(draftText(theme, votes(3, 0, 10), null, null, es)).toBe('Varios participantes (3 de 10) coincidieron con lo dicho sobre el tema «Parliamentarians».');
    expect(draftText({ label: 'x', phrases: ['visados', 'fronteras'] }, before(2), { category: 'business' }, null, es)).toBe(
      'Varias contribuciones (2, aún sin votos) trataron «visados» y «fronteras» (expresado solo por participantes de la categoría «Sector privado o empresa»).',
    );
    expect(draftText(theme, votes(4, 4, 10), null, null, fr)).toBe('Les avis ont fortement divergé sur le thème «\u00a0Parliamentarians\u00a0»\u00a0: 4 participants penchaient vers l’accord et 4 vers le désaccord, sur 10 votants.');
    expect(draftText(theme, votes(1, 3, 10), null, null, es)).toBe('De 10 participantes que votaron, más se inclinaron en contra (3) que a favor (1) de lo dicho sobre el tema «Parliamentarians».');
    expect(draftText(theme, votes(25, 48, 87), null, { text: 'Non.', attribution: 'Geneva roundtable participant' }, fr)).toBe(
      'Une majorité des participants (48 sur 87) ont plutôt désapprouvé ce qui a été dit sur le thème «\u00a0Parliamentarians\u00a0»\u202f; comme l’a dit un participant (Geneva roundtable participant)\u00a0: «\u00a0Non.\u00a0»',
    );
  });

  it('gives a rule per word in each language, with the very numbers of the English rule', () => {
    const m = methodThresholds(7);
    const digits = (text: string) => text.match(/\d+/g) ?? [];
    for (const words of [fr, es]) {
      const rules = words.strengthRules(m);
      for (const { word, rule } of m.strengthWords) expect(digits(rules[word]), `${words.language} ${word}`).toEqual(digits(rule));
      const before = words.contributionRules(m);
      for (const { word, rule } of m.contributionWords) expect(digits(before[word as keyof typeof before]), `${words.language} ${word}`).toEqual(digits(rule));
    }
  });

  it('names every heading and theme of the report’s codebook, and every participant category, in each language', () => {
    const english = [...new Set(codebook.themes.flatMap((t) => [t.heading, t.label]))];
    for (const words of [fr, es]) {
      for (const text of english) expect(words.codebook[text], `${words.language}: ${text}`).toBeTruthy();
      for (const c of PARTICIPANT_CATEGORIES) expect(words.categories[c.id], `${words.language}: ${c.id}`).toBeTruthy();
    }
  });
});

describe('numbers, dates and lists through Intl', () => {
  it('in French and Spanish', () => {
    // The space before the sign is the locale's own (no-break, or narrow no-break in newer ICU data).
    expect(percent(0.667, 'fr-FR')).toMatch(/^67[\u00a0\u202f]%$/);
    expect(percent(0.667, 'es-ES')).toMatch(/^67[\u00a0\u202f]%$/);
    expect(longDate('2026-10-02', 'fr-FR')).toBe('2 octobre 2026');
    expect(longDate('2026-10-02', 'es-ES')).toBe('2 de octubre de 2026');
    expect(dateSpan(['2026-10-16', '2026-10-02'], 'fr-FR')).toBe('2–16 octobre 2026');
    expect(dateSpan(['2026-10-02', '2026-10-16'], 'en-GB')).toBe('2 to 16 October 2026');
    expect(counted(1, 'contribution', 'contributions', 'fr-FR')).toBe('1 contribution');
    expect(counted(0, 'contribution', 'contributions', 'fr-FR')).toBe('0 contribution');
    expect(counted(1234, 'voto', 'votos', 'es-ES')).toBe('1234 votos');
    expect(fr.groupNames(['A', 'B'])).toBe('les groupes A et B');
    expect(es.groupNames(['A', 'B', 'C'])).toBe('los grupos A, B y C');
  });
});

describe('Annex II in a document in another language', () => {
  it('is quoted in English with a note saying why, unless the facilitator edited the question', () => {
    const source = threePlaceRound();
    expect(buildReport(source).questionsNote).toBeNull();
    const french = buildReport({ ...source, language: 'fr' });
    expect(french.questionsNote).toMatch(/^Les questions tirées de l’annexe II du rapport sont citées en anglais/);
    expect(french.questionsPut.every((g) => g.english?.heading && g.english.items.every(Boolean))).toBe(true);

    const edited = { ...source, language: 'fr' as const, input: { ...source.input, questions: source.input.questions!.map((q) => ({ ...q, text: `${q.text} (reformulée)` })) } };
    const report = buildReport(edited);
    expect(report.questionsNote).toBeNull();
    expect(report.questionsPut.flatMap((g) => g.english!.items)).not.toContain(true);
  });
});
