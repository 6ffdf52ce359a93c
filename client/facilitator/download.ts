import type { ExportFormatId } from '../../shared/exports.js';
import type { Language } from '../../shared/languages.js';
import type { Refusal } from '../i18n/refusals.js';
import type { Credentials } from './credentials.js';

/**
 * Fetches one of the round's downloads with the console's key in the Authorization header (never in
 * the URL) and hands it to the browser as a file. Resolves to the refusal, or null.
 */
async function downloadWithKey(credentials: Credentials, path: string, fallbackName: string): Promise<Refusal | null> {
  let response: Response;
  try {
    response = await fetch(`/api/rounds/${encodeURIComponent(credentials.roundId)}/${path}`, {
      headers: { Authorization: `Bearer ${credentials.key}` },
    });
  } catch {
    return { code: 'network' };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    return { code: body?.error?.code ?? 'internal' };
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

/** The synthesis of the round, or of one of its sessions, as a document. */
export function downloadExport(credentials: Credentials, format: ExportFormatId, sessionId: string | null, language: Language): Promise<Refusal | null> {
  const params = new URLSearchParams({ ...(sessionId ? { session: sessionId } : {}), lang: language });
  return downloadWithKey(credentials, `exports/${format}?${params}`, `synthesis.${format}`);
}

/** The round's curated codebook, to import into the next round. */
export function downloadCodebook(credentials: Credentials): Promise<Refusal | null> {
  return downloadWithKey(credentials, 'codebook', 'codebook.json');
}
