/**
 * The words of a draft finding. Each states the view and its strength with the numbers, names
 * what the contributions talk about (their distinctive shared phrases, else the theme's label),
 * and quotes the most central contribution as the report does ("as one participant put it,
 * “…”"): unattributed, verbatim, as the Chatham House rule allows. Deterministic, and only a
 * draft: the facilitator's wording always replaces it.
 */
import { categorySector } from '../../shared/categories.js';
import type { Finding, Strength, Theme } from '../../shared/synthesis.js';
import { strengthPhrase } from './strength.js';
import { capitalise, listInWords } from './wording.js';

/** A gist quotes a contribution whole up to this many words; a longer one by its first sentence, or its first GIST_CUT words. */
const GIST_WORDS = 40;
const GIST_CUT = 30;
const EXCERPT_CHARS = 140;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A label inside a sentence: quoted where it asks a question, so that no full stop follows its
 * question mark ("on “Regional consultative processes: leading to global change?”"); otherwise
 * its first letter in lower case where the label starts with an ordinary capitalised word.
 */
export function labelInSentence(label: string): string {
  const t = label.trim();
  if (/[?!]$/.test(t)) return `“${t}”`;
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** What the theme's contributions talk about: their distinctive shared phrases, else the theme's label. */
export function topicOf(theme: Pick<Theme, 'label' | 'phrases'>): string {
  return theme.phrases.length > 0 ? listInWords(theme.phrases) : labelInSentence(theme.label);
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
  return /[.!?…]$/.test(text) ? `“${text}”` : `“${text}”.`;
}

/** A short excerpt for a note ("Participants split on “…”"). */
export function excerpt(text: string): string {
  const t = oneLine(text);
  return t.length <= EXCERPT_CHARS ? t : `${t.slice(0, EXCERPT_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}

export function onlyInText(o: Finding['onlyIn']): string {
  if (!o) return '';
  return 'place' in o ? ` (voiced only in ${o.place})` : ` (voiced only by ${categorySector(o.category)} participants)`;
}

/** "; as one participant put it, “…”", or, where its author marked it quotable, "; in the words of one <label>: “…”". */
function saying(gist: { text: string; attribution?: string | null } | null): string {
  if (!gist) return '.';
  if (gist.attribution) return `; in the words of one ${gist.attribution}: ${quotedEnd(gist.text)}`;
  return `; as one participant ${gist.text.endsWith('?') ? 'asked' : 'put it'}, ${quotedEnd(gist.text)}`;
}

export function draftText(theme: Pick<Theme, 'label' | 'phrases'>, s: Strength, o: Finding['onlyIn'], gist: { text: string; attribution?: string | null } | null): string {
  const on = `${topicOf(theme)}${onlyInText(o)}`;
  const said = saying(gist);
  if (s.basis === 'contributions') return `${capitalise(strengthPhrase(s))} raised ${on}${said}`;
  switch (s.word) {
    case 'strong divergence':
      return `There was strong divergence on ${on}: ${s.agree} participants leaned to agree and ${s.disagree} to disagree, of ${s.participants} who voted${said}`;
    case 'a majority disagreed':
      return `${capitalise(strengthPhrase(s))} leaned to disagree with what was said on ${on}${said}`;
    case 'more disagreed':
      return `More participants leaned to disagree (${s.disagree}) than to agree (${s.agree}), of ${s.participants} who voted, with what was said on ${on}${said}`;
    default:
      return `${capitalise(strengthPhrase(s))} agreed with what was said on ${on}${said}`;
  }
}
