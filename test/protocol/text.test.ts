/**
 * Text as people really type it, through the same schema the server validates every command with,
 * and the same counter the phone shows.
 */
import { describe, expect, it } from 'vitest';
import { commandSchemas } from '../../shared/protocol/commands.js';
import { rawTextLimit, visibleLength } from '../../shared/protocol/characters.js';

const post = (text: string) => commandSchemas['contribution:add'].safeParse({ questionId: 'q1', text, opId: 'op-12345678' });

function accepted(text: string): string {
  const parsed = post(text);
  if (!parsed.success) throw new Error(`refused: ${parsed.error.issues[0].message}`);
  return parsed.data.text;
}

function refusal(text: string): string {
  const parsed = post(text);
  expect(parsed.success, JSON.stringify(text)).toBe(false);
  return parsed.error!.issues[0].message;
}

/** [what it is, the text, how many characters a person sees: invisible marks are not counted]. */
const REAL_TEXTS: [string, string, number][] = [
  ['a profession emoji (woman farmer: ZWJ)', 'Farmers 👩‍🌾 need seasonal visas.', 30],
  ['a family emoji (three ZWJs)', 'Families 👨‍👩‍👧‍👦 stay together.', 25],
  ['a kiss with two skin tones', 'Yes 👩🏻‍❤️‍💋‍👨🏼', 5],
  ['the flag of Scotland (emoji tag sequence)', 'Edinburgh 🏴󠁧󠁢󠁳󠁣󠁴󠁿 and Cardiff 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 25],
  ['country flags (regional indicators)', 'Morocco 🇲🇦 and Spain 🇪🇸', 21],
  ['Persian with a zero-width non-joiner', 'می‌خواهم که مهاجرت امن باشد', 26],
  ['Arabic with right-to-left marks around numbers', 'وصل \u200F١٢٠\u200F مهاجرًا في \u200E2025\u200E', 22],
  ['Arabic with the Arabic letter mark', 'النسبة \u061C٣٠٪', 10],
  ['Hindi (conjuncts and vowel signs)', 'प्रवासी श्रमिकों के अधिकार', 14],
  ['Hindi with an explicit ZWJ half-form', 'क्\u200Dष', 1],
  ['Thai (no spaces, a zero-width space between words)', 'การย้ายถิ่น\u200Bที่ปลอดภัย', 15],
  ['combining marks (decomposed, normalised to NFC)', 'Cafe\u0301 and Bogota\u0301', 15],
  ['Vietnamese stacked diacritics', 'Người di cư', 11],
  ['Amharic', 'ስደተኞች መብት', 9],
  ['Chinese', '移民治理需要合作', 8],
  ['a tab and newlines', 'First point.\n\tSecond point.', 27],
  ['a single word joiner', 'no\u2060break', 7],
  ['a keycap and a variation selector', 'Point 1️⃣ ☎️', 9],
];

describe('texts people really type', () => {
  for (const [name, text, seen] of REAL_TEXTS) {
    it(`accepts ${name}, counted as ${seen} characters`, () => {
      const stored = accepted(text);
      expect(stored).toBe(text.normalize('NFC'));
      expect(visibleLength(stored)).toBe(seen);
    });
  }

  it('counts the limit in characters a person sees, not in code units', () => {
    const families = '👨‍👩‍👧‍👦'.repeat(1000);
    expect(families.length).toBe(11_000);
    expect(accepted(families)).toBe(families);
    expect(accepted('🏴󠁧󠁢󠁳󠁣󠁴󠁿'.repeat(1000))).toHaveLength(14_000);
    expect(accepted('می‌خواهم '.repeat(125).trim())).toBeTruthy();
    expect(refusal('👩‍🌾'.repeat(1001))).toBe('The contribution is longer than 1000 characters (1001)');
    expect(refusal('x'.repeat(1001))).toBe('The contribution is longer than 1000 characters (1001)');
  });
});

/** [what it is, the text, the refusal]. */
const HOSTILE_TEXTS: [string, string, string][] = [
  ['only white space', ' \n\t ', 'The contribution is empty'],
  ['only invisible characters', '\u200B', 'The contribution is empty'],
  ['only Hangul fillers', '\u3164\u3164', 'The contribution is empty'],
  ['a bell', 'bell\u0007', 'The contribution contains a control character (U+0007) that cannot be shown; remove it'],
  ['a NUL', 'a\u0000b', 'The contribution contains a control character (U+0000) that cannot be shown; remove it'],
  ['a C1 control', 'next\u0085line', 'The contribution contains a control character (U+0085) that cannot be shown; remove it'],
  ['a form feed', 'page\u000Cbreak', 'The contribution contains a control character (U+000C) that cannot be shown; remove it'],
  ['an escape sequence', 'red \u001B[31mtext', 'The contribution contains a control character (U+001B) that cannot be shown; remove it'],
  ['a right-to-left override', 'invoice\u202Efdp.exe', 'The contribution contains an invisible right-to-left override (U+202E), which can make text read differently from what it holds; remove it'],
  ['a left-to-right embedding', 'a\u202Ab', 'The contribution contains an invisible left-to-right embedding (U+202A), which can make text read differently from what it holds; remove it'],
  ['a pop directional formatting', 'a\u202Cb', 'The contribution contains an invisible pop directional formatting (U+202C), which can make text read differently from what it holds; remove it'],
  ['a right-to-left isolate', 'a\u2067b\u2069', 'The contribution contains an invisible right-to-left isolate (U+2067), which can make text read differently from what it holds; remove it'],
  ['a first strong isolate', '\u2068x', 'The contribution contains an invisible first strong isolate (U+2068), which can make text read differently from what it holds; remove it'],
  ['a lone high surrogate', 'broken \uD83D emoji', 'The contribution contains half of a character (U+D83D), perhaps an emoji cut in two; type it again'],
  ['a lone low surrogate', 'broken \uDE00', 'The contribution contains half of a character (U+DE00), perhaps an emoji cut in two; type it again'],
  ['hidden ASCII in tag characters', 'Agreed.\u{E0049}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}', 'The contribution contains invisible tag characters (U+E0049) outside a flag; remove them'],
  ['a tag sequence without its black flag', 'x\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', 'The contribution contains invisible tag characters (U+E0067) outside a flag; remove them'],
  ['a flag with text smuggled in its tags', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E0073}\u{E0065}\u{E0063}\u{E0072}\u{E0065}\u{E0074}\u{E007F}', 'The contribution contains invisible tag characters (U+E0067) outside a flag; remove them'],
  ['a byte order mark inside', 'one\uFEFFtwo', 'The contribution contains an invisible byte order mark (U+FEFF) inside the text; remove it'],
  ['a run of word joiners', 'hid\u2060\u2060\u2060den', 'The contribution contains several invisible characters in a row (from U+2060); remove them'],
  ['a run of zero-width spaces', 'a\u200B\u200Bb', 'The contribution contains several invisible characters in a row (from U+200B); remove them'],
  ['a run of joiners', 'a\u200D\u200C\u200Db', 'The contribution contains several invisible characters in a row (from U+200D); remove them'],
  ['a character stacked from 40 marks', `Z${'\u0301\u0316'.repeat(20)}algo`, 'The contribution contains a character stacked from 40 parts (at most 32); remove some of its marks'],
];

describe('texts that disguise or hide something', () => {
  for (const [name, text, message] of HOSTILE_TEXTS) {
    it(`refuses ${name} with a precise message`, () => {
      expect(refusal(text)).toBe(message);
    });
  }

  it('caps the raw size of a text whose characters are all at the stacking limit', () => {
    // NFC makes each "a" and its first accent one code point: 31 code points, 31 UTF-16 units per character.
    const heavy = `a${'\u0301'.repeat(31)}`.repeat(600);
    const stored = heavy.normalize('NFC');
    expect(visibleLength(stored)).toBe(600);
    expect(stored.length).toBe(18_600);
    expect(stored.length).toBeGreaterThan(rawTextLimit(1000));
    expect(refusal(heavy)).toBe('The contribution is too large to store: its characters take 18600 units where 16000 are allowed; shorten it');
  });

  it('names every field by what it is', () => {
    const parsed = commandSchemas['question:add'].safeParse({ sessionId: 's1', text: 'Why\u202E?' });
    expect(parsed.error?.issues[0].message).toMatch(/^The question contains an invisible right-to-left override \(U\+202E\)/);
  });
});
