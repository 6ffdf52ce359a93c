import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Theme } from '../../shared/synthesis.js';
import { useStore } from '../store/index.js';
import { applyCuration } from '../socket/commands.js';
import { TextDialog } from './TextDialog.js';
import { themeIdFor } from './theme-id.js';

interface Props {
  theme: Theme;
  others: Theme[];
  run: (action: () => ReturnType<typeof applyCuration>) => Promise<boolean>;
}

/** One theme's contributions: move one to another theme, pin it as a candidate quote, or split a selection into a new theme. */
export function ThemeDetails({ theme, others, run }: Props) {
  const t = useTranslations('console.themes');
  const contributions = useStore((s) => s.synthesis?.contributions);
  const [picked, setPicked] = useState<string[]>([]);
  const [splitting, setSplitting] = useState(false);
  const byId = new Map((contributions ?? []).map((c) => [c.id, c]));
  return (
    <details>
      <summary>{t('details')}</summary>
      <label htmlFor={`merge-${theme.id}`}>{t('mergeInto')}</label>
      <select id={`merge-${theme.id}`} value="" onChange={(e) => e.target.value && void run(() => applyCuration({ type: 'themes.merged', into: e.target.value, from: [theme.id] }))}>
        <option value="">{t('choose')}</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <ul className="contributions">
        {theme.contributions.map((id) => {
          const c = byId.get(id);
          if (!c) return null;
          return (
            <li key={id} className="contribution">
              <p dir="auto">{c.text}</p>
              <div className="row-actions">
                <label className="check">
                  <input type="checkbox" checked={picked.includes(id)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, id] : p.filter((x) => x !== id)))} /> {t('select')}
                </label>
                <button type="button" aria-pressed={c.pinned} onClick={() => run(() => applyCuration({ type: c.pinned ? 'contribution.unpinned' : 'contribution.pinned', contributionId: id }))}>
                  {c.pinned ? t('unpin') : t('pin')}
                </button>
                <select aria-label={t('moveTo')} value="" onChange={(e) => e.target.value && void run(() => applyCuration({ type: 'contribution.moved', contributionId: id, themeId: e.target.value }))}>
                  <option value="">{t('moveChoose')}</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ul>
      {picked.length > 0 && (
        <button type="button" onClick={() => setSplitting(true)}>
          {t('split', { count: picked.length })}
        </button>
      )}
      {splitting && (
        <TextDialog
          title={t('splitTitle')}
          label={t('splitName')}
          submit={t('split', { count: picked.length })}
          maxLength={200}
          onSubmit={async (label) => {
            const ok = await run(() => applyCuration({ type: 'theme.split', themeId: theme.id, newTheme: { id: themeIdFor(label), label }, contributionIds: picked }));
            if (ok) setPicked([]);
            return ok;
          }}
          onClose={() => setSplitting(false)}
        />
      )}
    </details>
  );
}
