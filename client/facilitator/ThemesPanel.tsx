import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { CodebookInput } from '../../shared/codebook.js';
import type { Theme } from '../../shared/synthesis.js';
import { useStore } from '../store/index.js';
import { applyCuration } from '../socket/commands.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import type { Refusal } from '../i18n/refusals.js';
import { downloadCodebook } from './download.js';
import { TextDialog } from './TextDialog.js';
import { ThemeDetails } from './ThemeDetails.js';
import { themeIdFor } from './theme-id.js';
import { useAction } from './useAction.js';

/** Curation of the round's themes: rename or retire them, accept or dissolve emergent suggestions, carry the codebook over. */
export function ThemesPanel() {
  const t = useTranslations('console.themes');
  const synthesis = useStore((s) => s.synthesis);
  const credentials = useStore((s) => s.credentials);
  const { run, error } = useAction();
  const [renaming, setRenaming] = useState<Theme | null>(null);
  const [downloadError, setDownloadError] = useState<Refusal | null>(null);
  if (!synthesis || !credentials) return null;
  const themes = synthesis.themes.filter((theme) => theme.contributions.length > 0);

  const exportCodebook = async () => setDownloadError(await downloadCodebook(credentials));
  const importCodebook = async (file: File | undefined) => {
    if (!file) return;
    let codebook: unknown;
    try {
      codebook = JSON.parse(await file.text());
    } catch {
      codebook = null;
    }
    // Sent as read: the server validates the file against the codebook's schema and says what is wrong with it.
    await run(() => applyCuration({ type: 'codebook.replaced', codebook: codebook as CodebookInput }));
  };

  return (
    <section className="column themes" aria-labelledby="themes-title">
      <h2 id="themes-title">{t('title')}</h2>
      <ErrorMessage error={error ?? downloadError} />
      {themes.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <ul className="theme-list">
          {themes.map((theme) => (
            <li key={theme.id} data-testid="theme">
              <strong>{theme.label}</strong> <span className="hint">{t('terms', { count: theme.contributions.length, terms: theme.terms.slice(0, 4).join(', ') })}</span>
              <div className="row-actions">
                <button type="button" onClick={() => setRenaming(theme)}>
                  {t('rename')}
                </button>
                {!theme.emergent && (
                  <button type="button" onClick={() => run(() => applyCuration({ type: 'theme.retired', themeId: theme.id }))}>
                    {t('retire')}
                  </button>
                )}
              </div>
              {!theme.emergent && <ThemeDetails theme={theme} others={synthesis.themes.filter((o) => o.id !== theme.id && !o.emergent)} run={run} />}
            </li>
          ))}
        </ul>
      )}
      {synthesis.suggestions.length > 0 && (
        <>
          <h3>{t('suggestions')}</h3>
          <ul className="theme-list">
            {synthesis.suggestions.map((s) => (
              <li key={s.id} data-testid="suggestion">
                <strong>{s.label}</strong> <span className="hint">{t('suggestionCount', { count: s.contributions.length })}</span>
                <div className="row-actions">
                  <button type="button" onClick={() => run(() => applyCuration({ type: 'suggestion.accepted', suggestionId: s.id }))}>
                    {t('accept')}
                  </button>
                  <button type="button" onClick={() => run(() => applyCuration({ type: 'suggestion.dissolved', suggestionId: s.id }))}>
                    {t('dissolve')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        className="add-theme"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          const label = String(data.get('label') ?? '').trim();
          const cues = String(data.get('cues') ?? '')
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean);
          if (await run(() => applyCuration({ type: 'theme.added', theme: { id: themeIdFor(label), label, cues } }))) form.reset();
        }}
      >
        <label htmlFor="theme-label">{t('add')}</label>
        <input id="theme-label" name="label" required maxLength={200} />
        <label htmlFor="theme-cues">{t('cues')}</label>
        <input id="theme-cues" name="cues" />
        <button type="submit">{t('addButton')}</button>
      </form>
      <div className="row-actions">
        <button type="button" onClick={exportCodebook}>
          {t('exportCodebook')}
        </button>
        <label className="check">
          {t('importCodebook')} <input type="file" accept="application/json,.json" onChange={(e) => importCodebook(e.target.files?.[0])} />
        </label>
      </div>
      {renaming && (
        <TextDialog
          title={t('renameTitle', { label: renaming.label })}
          label={t('newName')}
          submit={t('rename')}
          initial={renaming.label}
          maxLength={200}
          error={error}
          onSubmit={(label) => run(() => applyCuration({ type: 'theme.renamed', themeId: renaming.id, label }))}
          onClose={() => setRenaming(null)}
        />
      )}
    </section>
  );
}
