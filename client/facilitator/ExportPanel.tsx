import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormatId } from '../../shared/exports.js';
import type { RoundView } from '../../shared/views.js';
import { ErrorMessage } from '../ui/ErrorMessage.js';
import type { Credentials } from './credentials.js';
import { downloadExport } from './download.js';

/** One button per format, for the whole round or one of its sessions; the file downloads in the browser. */
export function ExportPanel({ round, credentials }: { round: RoundView; credentials: Credentials }) {
  const [scope, setScope] = useState<string>('');
  const [busy, setBusy] = useState<ExportFormatId | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: ExportFormatId) => {
    setBusy(format);
    setError(await downloadExport(credentials, format, scope || null));
    setBusy(null);
  };

  return (
    <section className="card exports" aria-labelledby="exports-title">
      <h2 id="exports-title">Export the synthesis</h2>
      <label htmlFor="export-scope">Cover</label>
      <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
        <option value="">The whole round ({round.sessions.length} sessions)</option>
        {round.sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} — {s.place}
          </option>
        ))}
      </select>
      <div className="export-buttons">
        {EXPORT_FORMATS.map((f) => (
          <button key={f.id} type="button" data-format={f.id} disabled={busy !== null} aria-busy={busy === f.id} onClick={() => run(f.id)}>
            {busy === f.id ? 'Preparing…' : f.label}
          </button>
        ))}
      </div>
      <p className="hint">Exports carry no names or identifiers: quotes appear only where their authors marked them quotable, by role, sector and place.</p>
      <ErrorMessage error={error} />
    </section>
  );
}
