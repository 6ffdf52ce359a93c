import { slug, withoutAccents } from './slug.js';

/** The formats a session or round synthesis exports to, in the order the facilitator sees them. */
export const EXPORT_FORMATS = [
  { id: 'docx', label: 'Word', extension: 'docx' },
  { id: 'pdf', label: 'PDF', extension: 'pdf' },
  { id: 'html', label: 'Web page', extension: 'html' },
  { id: 'md', label: 'Markdown', extension: 'md' },
  { id: 'csv', label: 'Contributions (CSV)', extension: 'csv' },
  { id: 'polis', label: 'Pol.is files (zip)', extension: 'zip' },
  { id: 'json', label: 'JSON', extension: 'json' },
] as const;

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

export function isExportFormat(id: string): id is ExportFormatId {
  return EXPORT_FORMATS.some((f) => f.id === id);
}

/** "Autumn round: Bogotá" -> "autumn-round-bogota", for file names. */
export function fileSlug(title: string): string {
  return slug(withoutAccents(title), 80).replace(/-+$/, '') || 'synthesis';
}
