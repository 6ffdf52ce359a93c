import { useStore } from '../store/index.js';
import { applyCuration } from '../socket/commands.js';
import { ThemeDetails } from './ThemeDetails.js';
import { themeIdFor } from './theme-id.js';
import { useAction } from './useAction.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';

/** Curation of the round's themes: rename or retire them, accept or dissolve emergent suggestions, carry the codebook over. */
export function ThemesPanel() {
  const synthesis = useStore((s) => s.synthesis);
  const credentials = useStore((s) => s.credentials);
  const { run, error } = useAction();
  if (!synthesis || !credentials) return null;
  const themes = synthesis.themes.filter((t) => t.contributions.length > 0);

  const exportCodebook = async () => {
    const res = await fetch(`/api/rounds/${credentials.roundId}/codebook`, { headers: { authorization: `Bearer ${credentials.key}` } });
    const url = URL.createObjectURL(await res.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'codebook.json' });
    link.click();
    URL.revokeObjectURL(url);
  };
  const importCodebook = async (file: File | undefined) => {
    if (!file) return;
    let codebook: unknown;
    try {
      codebook = JSON.parse(await file.text());
    } catch {
      codebook = null;
    }
    await run(() => applyCuration({ type: 'codebook.replaced', codebook }));
  };

  return (
    <section className="card themes" aria-labelledby="themes-title">
      <h2 id="themes-title">Themes</h2>
      <ErrorMessage error={error} />
      {themes.length === 0 ? (
        <p className="empty">No contribution has been coded to a theme yet.</p>
      ) : (
        <ul className="theme-list">
          {themes.map((t) => (
            <li key={t.id} data-testid="theme">
              <strong>{t.label}</strong> <span className="hint">({t.contributions.length}; {t.terms.slice(0, 4).join(', ')})</span>
              <div className="row-actions">
                <button
                  type="button"
                  onClick={() => {
                    const label = window.prompt('New name for this theme', t.label);
                    if (label) void run(() => applyCuration({ type: 'theme.renamed', themeId: t.id, label }));
                  }}
                >
                  Rename
                </button>
                {!t.emergent && <button type="button" onClick={() => run(() => applyCuration({ type: 'theme.retired', themeId: t.id }))}>Retire</button>}
              </div>
              {!t.emergent && <ThemeDetails theme={t} others={synthesis.themes.filter((o) => o.id !== t.id && !o.emergent)} run={run} />}
            </li>
          ))}
        </ul>
      )}
      {synthesis.suggestions.length > 0 && (
        <>
          <h3>Suggested new themes</h3>
          <ul className="theme-list">
            {synthesis.suggestions.map((s) => (
              <li key={s.id} data-testid="suggestion">
                <strong>{s.label}</strong> <span className="hint">({s.contributions.length} contributions)</span>
                <div className="row-actions">
                  <button type="button" onClick={() => run(() => applyCuration({ type: 'suggestion.accepted', suggestionId: s.id }))}>Accept</button>
                  <button type="button" onClick={() => run(() => applyCuration({ type: 'suggestion.dissolved', suggestionId: s.id }))}>Dissolve</button>
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
          const cues = String(data.get('cues') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
          const id = themeIdFor(label);
          if (await run(() => applyCuration({ type: 'theme.added', theme: { id, label, cues } }))) form.reset();
        }}
      >
        <label htmlFor="theme-label">Add a theme</label>
        <input id="theme-label" name="label" required maxLength={200} />
        <label htmlFor="theme-cues">Cue terms (comma-separated)</label>
        <input id="theme-cues" name="cues" />
        <button type="submit">Add theme</button>
      </form>
      <div className="row-actions">
        <button type="button" onClick={exportCodebook}>Export codebook</button>
        <label className="check">
          Import codebook <input type="file" accept="application/json,.json" onChange={(e) => importCodebook(e.target.files?.[0])} />
        </label>
      </div>
    </section>
  );
}
