/** The round's convergence tags in the reader's language: the default tags are translated, tags a facilitator wrote are shown as written. */
import { useTranslations } from 'use-intl';
import defaults from '../../shared/data/convergence-tags.json';
import type { TagDef } from '../../shared/views.js';

const DEFAULT_LABELS = new Map(defaults.map((t) => [t.id, t.label]));

export function isDefaultTag(tag: TagDef): boolean {
  return DEFAULT_LABELS.get(tag.id) === tag.label;
}

export function useTagText(): (tag: TagDef) => { label: string; hint?: string } {
  const t = useTranslations('tags');
  return (tag) => {
    if (!isDefaultTag(tag)) return { label: tag.label, hint: tag.hint };
    const id = tag.id as 'gap';
    return { label: t(`${id}.label`), hint: t(`${id}.hint`) };
  };
}
