import { useState } from 'react';
import type { Theme } from '../../shared/synthesis.js';
import { useStore } from '../store/index.js';
import { applyCuration } from '../socket/commands.js';
import { themeIdFor } from './theme-id.js';

interface Props {
  theme: Theme;
  others: Theme[];
  run: (action: () => ReturnType<typeof applyCuration>) => Promise<boolean>;
}

/** One theme's contributions: move one to another theme, pin it as a candidate quote, or split a selection into a new theme. */
export function ThemeDetails({ theme, others, run }: Props) {
  const contributions = useStore((s) => s.synthesis?.contributions);
  const [picked, setPicked] = useState<string[]>([]);
  const byId = new Map((contributions ?? []).map((c) => [c.id, c]));
  return (
    <details>
      <summary>Contributions, merge and split</summary>
      <label htmlFor={`merge-${theme.id}`}>Merge this theme into</label>
      <select
        id={`merge-${theme.id}`}
        value=""
        onChange={(e) => e.target.value && void run(() => applyCuration({ type: 'themes.merged', into: e.target.value, from: [theme.id] }))}
      >
        <option value="">Choose a theme…</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>{o.label}</option>
        ))}
      </select>
      <ul className="contributions">
        {theme.contributions.map((id) => {
          const c = byId.get(id);
          if (!c) return null;
          return (
            <li key={id} className="contribution">
              <p>{c.text}</p>
              <div className="row-actions">
                <label className="check">
                  <input type="checkbox" checked={picked.includes(id)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, id] : p.filter((x) => x !== id)))} /> Select
                </label>
                <button type="button" aria-pressed={c.pinned} onClick={() => run(() => applyCuration({ type: c.pinned ? 'contribution.unpinned' : 'contribution.pinned', contributionId: id }))}>
                  {c.pinned ? 'Unpin quote' : 'Pin as quote'}
                </button>
                <select
                  aria-label="Move to theme"
                  value=""
                  onChange={(e) => e.target.value && void run(() => applyCuration({ type: 'contribution.moved', contributionId: id, themeId: e.target.value }))}
                >
                  <option value="">Move to…</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>{o.label}</option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ul>
      {picked.length > 0 && (
        <button
          type="button"
          onClick={async () => {
            const label = window.prompt('Name of the new theme');
            if (!label) return;
            const id = themeIdFor(label);
            if (await run(() => applyCuration({ type: 'theme.split', themeId: theme.id, newTheme: { id, label }, contributionIds: picked }))) setPicked([]);
          }}
        >
          Split {picked.length} selected into a new theme
        </button>
      )}
    </details>
  );
}
