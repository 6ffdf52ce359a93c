/**
 * The convergence tags: the default set (shared/data/convergence-tags.json), and tag sets as they
 * were stored. A tag's behaviour in the synthesis follows its meaning, never its id; a set stored
 * before tags carried meanings takes each tag's meaning from the default tag of the same id.
 */
import defaultTags from './data/convergence-tags.json' with { type: 'json' };
import { TAG_MEANINGS, type TagMeaning } from './protocol/vocabulary.js';
import type { TagDef } from './views.js';

/** A tag as a stored event holds it: with or without a meaning. */
export type StoredTagDef = Omit<TagDef, 'meaning'> & { meaning?: string };

const isTagMeaning = (m: string | undefined): m is TagMeaning => (TAG_MEANINGS as readonly (string | undefined)[]).includes(m);

const DEFAULT_MEANINGS = new Map(defaultTags.map((t) => [t.id, t.meaning]));

/** The meaning a tag of this id has in the default set; "other" for any other id. */
export function defaultMeaning(id: string): TagMeaning {
  const meaning = DEFAULT_MEANINGS.get(id);
  return isTagMeaning(meaning) ? meaning : 'other';
}

/** Every tag with its meaning: its own, or the default tag's of the same id. */
export function withMeanings(tags: readonly StoredTagDef[]): TagDef[] {
  return tags.map((t) => ({ ...t, meaning: isTagMeaning(t.meaning) ? t.meaning : defaultMeaning(t.id) }));
}

export const DEFAULT_TAG_SET: readonly TagDef[] = withMeanings(defaultTags);
