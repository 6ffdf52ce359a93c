/**
 * Every export format, by id: what it is made from and the bytes it becomes. The HTTP route,
 * the CLI and the benchmark all go through `renderExport`, so a format behaves the same
 * wherever it is asked for.
 */
import { EXPORT_FORMATS, fileSlug, type ExportFormatId } from '../../shared/exports.js';
import { withOpaqueParticipants } from '../synthesis/privacy.js';
import { buildReport } from './build-report.js';
import { contributionsCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { documentWords } from './i18n/index.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';
import { polisExport, polisZip } from './polis-export.js';
import type { DocumentSource } from './source.js';

const CONTENT_TYPES: Record<ExportFormatId, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  polis: 'application/zip',
};

const RENDERERS: Record<ExportFormatId, (source: DocumentSource) => string | Buffer | Promise<string | Buffer>> = {
  md: (source) => renderMarkdown(buildReport(source)),
  html: (source) => renderHtml(buildReport(source)),
  docx: (source) => renderDocx(buildReport(source)),
  pdf: (source) => renderPdf(renderHtml(buildReport(source))),
  // The engine's raw output names participants in its groups: they leave as opaque ids, unless
  // the ids are the user's own (the offline command).
  json: (source) => `${JSON.stringify(source.participantIds === 'input' ? source.synthesis : withOpaqueParticipants(source.synthesis), null, 2)}\n`,
  csv: (source) => contributionsCsv(source.synthesis, source.input, documentWords(source.language)),
  polis: (source) => polisZip(polisExport(source.synthesis, source.input)),
};

export interface RenderedExport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export async function renderExport(format: ExportFormatId, source: DocumentSource, title: string): Promise<RenderedExport> {
  const output = await RENDERERS[format](source);
  const extension = EXPORT_FORMATS.find((f) => f.id === format)!.extension;
  return { body: Buffer.isBuffer(output) ? output : Buffer.from(output, 'utf8'), contentType: CONTENT_TYPES[format], fileName: `${fileSlug(title)}.${extension}` };
}
