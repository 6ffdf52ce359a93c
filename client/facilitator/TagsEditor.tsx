import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { TagDef } from '../../shared/views.js';
import { useTagText } from '../i18n/tag-labels.js';
import { setTagSet } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import { themeIdFor } from './theme-id.js';
import { useAction } from './useAction.js';

const MAX_TAGS = 12;

/** The round's convergence tags: relabel, add or remove them (tags:set). */
export function TagsEditor({ tagSet }: { tagSet: TagDef[] }) {
  const t = useTranslations('console.setup');
  const tagText = useTagText();
  const fromRound = () => tagSet.map((tag) => ({ id: tag.id, meaning: tag.meaning, ...tagText(tag) }));
  const [tags, setTags] = useState<TagDef[]>(fromRound);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const { run, error } = useAction();
  // The round's tags changed (this console saved them, or another one did): show them, unless they are being edited here.
  useEffect(() => {
    if (!dirty) setTags(fromRound());
  }, [tagSet]);
  const edit = (next: (list: TagDef[]) => TagDef[]) => {
    setSaved(false);
    setDirty(true);
    setTags(next);
  };
  const change = (i: number, patch: Partial<TagDef>) => edit((list) => list.map((tag, j) => (j === i ? { ...tag, ...patch } : tag)));
  return (
    <form
      className="tags-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        const payload = tags.map((tag) => ({ id: tag.id || themeIdFor(tag.label).replace(/^custom-/, 'tag-'), label: tag.label.trim(), meaning: tag.meaning, ...(tag.hint?.trim() ? { hint: tag.hint.trim() } : {}) }));
        const ok = await run(() => setTagSet(payload));
        setSaved(ok);
        if (ok) setDirty(false);
      }}
    >
      <h3>{t('tags')}</h3>
      <p className="hint">{t('tagsHint')}</p>
      <ol className="tag-rows">
        {tags.map((tag, i) => (
          <li key={i} className="tag-row">
            <input aria-label={t('tagLabel', { number: i + 1 })} value={tag.label} onChange={(e) => change(i, { label: e.target.value })} required maxLength={80} />
            <input aria-label={t('tagHint', { number: i + 1 })} value={tag.hint ?? ''} onChange={(e) => change(i, { hint: e.target.value })} maxLength={200} />
            <button type="button" className="icon-button" aria-label={t('removeTag', { number: i + 1 })} disabled={tags.length === 1} onClick={() => edit((list) => list.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="row-actions">
        <button type="button" disabled={tags.length >= MAX_TAGS} onClick={() => edit((list) => [...list, { id: '', label: '', hint: '', meaning: 'other' }])}>
          {t('addTag')}
        </button>
        <button type="submit">{t('saveTags')}</button>
      </div>
      <ErrorMessage error={error} />
      {saved && (
        <p role="status" className="hint">
          {t('saved')}
        </p>
      )}
    </form>
  );
}
