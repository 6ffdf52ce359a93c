/**
 * Output formats of `npm run synthesize`: the same exports the facilitator downloads, made from
 * a file instead of a live round (so without the roster's counts by category). The JSON keeps
 * the input's own participant ids in its opinion groups: they came from the user's file.
 */
import type { ExportFormatId } from '../../shared/exports.js';
import type { Language } from '../../shared/languages.js';
import { renderExport } from '../documents/exports.js';
import { closePdfRenderer } from '../documents/pdf.js';
import { synthesize } from '../synthesis/engine.js';
import type { SynthesisInput } from '../synthesis/input.js';

export async function renderFormat(format: ExportFormatId, input: SynthesisInput, language?: Language): Promise<Buffer> {
  try {
    const out = await renderExport(format, { synthesis: synthesize(input), input, participation: null, scope: 'round', participantIds: 'input', language }, input.title ?? 'synthesis');
    return out.body;
  } finally {
    if (format === 'pdf') await closePdfRenderer();
  }
}
