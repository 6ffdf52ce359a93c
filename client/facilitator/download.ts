import type { ExportFormatId } from '../../shared/exports.js';
import type { Credentials } from './credentials.js';

/**
 * Fetches an export with the facilitator key in the Authorization header (never in the URL)
 * and hands it to the browser as a download. Resolves to an error message, or null.
 */
export async function downloadExport(credentials: Credentials, format: ExportFormatId, sessionId: string | null): Promise<string | null> {
  const query = sessionId ? `?session=${encodeURIComponent(sessionId)}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/rounds/${encodeURIComponent(credentials.roundId)}/exports/${format}${query}`, {
      headers: { Authorization: `Bearer ${credentials.key}` },
    });
  } catch {
    return 'The server cannot be reached; try again when the connection is back.';
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return body?.error?.message ?? `The export failed (${response.status}).`;
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
