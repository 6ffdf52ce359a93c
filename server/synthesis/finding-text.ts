/**
 * The words of a draft finding. Each states the view and its strength with the numbers, names
 * what the contributions talk about (their distinctive shared phrases, else the theme's label),
 * and quotes the most central contribution as the report does ("as one participant put it,
 * “…”"): unattributed, verbatim, as the Chatham House rule allows. Deterministic, and only a
 * draft: the facilitator's wording always replaces it.
 */
import type { Finding, Strength, Theme } from '../../shared/synthesis.js';
import { en } from '../documents/i18n/en.js';
import type { DocumentWords } from '../documents/i18n/messages.js';

/** A gist quotes a contribution whole up to this many words; a longer one by its first sentence, or its first GIST_CUT words. */
const GIST_WORDS = 40;
const GIST_CUT = 30;
const EXCERPT_CHARS = 140;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A label inside a sentence, in English (documents use their own language's). */
export function labelInSentence(label: string): string {
  return en.labelInSentence(label);
}

/** What the theme's contributions talk about: their distinctive shared phrases, else the theme's label. */
export function topicOf(theme: Pick<Theme, 'label' | 'phrases'>, words: DocumentWords = en): string {
  return words.topic(theme.label, theme.phrases);
}

/** The part of a contribution a finding quotes: the whole, its first sentence, or its first words. */
export function gistOf(text: string): { text: string; whole: boolean } {
  const t = oneLine(text);
  const words = t.split(' ');
  if (words.length <= GIST_WORDS) return { text: t, whole: true };
  const first = /^(.+?[.!?])\s/.exec(t)?.[1];
  if (first && first.split(' ').length <= GIST_WORDS) return { text: first, whole: false };
  return { text: `${words.slice(0, GIST_CUT).join(' ').replace(/[,;:]$/, '')}…`, whole: false };
}

/** A quotation that ends its sentence: its own full stop, question or exclamation mark stays inside; else a full stop follows. */
export function quotedEnd(text: string): string {
  return en.quoteEnd(text);
}

/** A short excerpt for a note ("Participants split on “…”"). */
export function excerpt(text: string): string {
  const t = oneLine(text);
  return t.length <= EXCERPT_CHARS ? t : `${t.slice(0, EXCERPT_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

export function onlyInText(o: Finding['onlyIn'], words: DocumentWords = en): string {
  if (!o) return '';
  return 'place' in o ? words.onlyInPlace(o.place) : words.onlyInCategory(o.category);
}

/**
 * The draft of a finding in a document's language (English in the engine's own output): the
 * view, its strength with the numbers, what it was about, and "as one participant put it, “…”",
 * or, where its author marked it quotable, "in the words of one <label>: “…”".
 */
export function draftText(
  theme: Pick<Theme, 'label' | 'phrases'>,
  s: Strength,
  o: Finding['onlyIn'],
  gist: { text: string; attribution?: string | null } | null,
  words: DocumentWords = en,
): string {
  return words.draft(s, topicOf(theme, words), onlyInText(o, words), words.saying(gist));
}
