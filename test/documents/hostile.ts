import type { Report } from '../../server/documents/report.js';

/**
 * Contributions written to break an export: markup, Markdown structure, spreadsheet formulas,
 * XML that closes its element, and characters XML 1.0 forbids. Every format's tests run them.
 */
export const hostileTexts: readonly string[] = [
  '<script>document.title="PWNED"</script>Border checks need data sharing',
  '<img src=x onerror="document.title=\'PWNED\'"> visas for students',
  '"><svg onload=alert(1)> labour mobility schemes',
  '[click here](javascript:alert(1)) and ![tracker](http://127.0.0.1:9/x.png)',
  '# Not a heading\n---\n* not a list\n1. not numbered\n> not a quote',
  '```\nnot code\n``` | not | a | table | <!-- not a comment',
  '_not emphasis_ **not bold** \\ backslash `tick` ~~strike~~ <b>bold</b>',
  '=HYPERLINK("http://127.0.0.1:9/","click")',
  '+1+1 remittances cost too much',
  '-2+3 return policies',
  '@SUM(A1:A9) regional processes',
  '\t=1+1 tab first',
  '\r=1+1 carriage return first',
  ']]></w:t></w:r><w:r><w:t>injected</w:t> & &amp; &lt; fees',
  'control\u0000chars\u0001in\u000btext\u001f and \uFFFE and a lone \uD800 surrogate',
  '\u202Eright-to-left override\u202C and emoji 🌍',
];


/** Every string of a report replaced by a hostile one in turn, its structure and its own labels untouched. */
export function hostileReport(report: Report): Report {
  let i = 0;
  const swap = (value: unknown): unknown => {
    if (typeof value === 'string') return hostileTexts[i++ % hostileTexts.length];
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    return value;
  };
  return { ...(swap(report) as Report), labels: report.labels };
}
