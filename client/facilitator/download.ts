import type { ExportFormatId } from '../../shared/exports.js';
import type { Language } from '../../shared/languages.js';
import type { Refusal } from '../i18n/refusals.js';
import type { Credentials } from './credentials.js';

/**
 * Fetches an export with the facilitator key in the Authorization header (never in the URL)
 * and hands it to the browser as a download. Resolves to the refusal, or null.
 */
export async function downloadExport(credentials: Credentials, format: ExportFormatId, sessionId: string | null, language: Language): Promise<Refusal | null> {
  const params = new URLSearchParams({ ...(sessionId ? { session: sessionId } : {}), lang: language });
  const query = `?${params}`;
  let response: Response;
  try {
    response = await fetch(`/api/rounds/${encodeURIComponent(credentials.roundId)}/exports/${format}${query}`, {
      headers: { Authorization: `Bearer ${credentials.key}` },
    });
  } catch {
    return { code: 'network' };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    return { code: body?.error?.code ?? 'internal' };
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `synthesis.${format}`;
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
