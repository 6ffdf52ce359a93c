/**
 * Small pieces of wording the engine's drafts and the documents both write with. Each takes a
 * locale (British English, the report's, unless told otherwise): the platform's Intl formats the
 * numbers, percentages, lists, dates and plural forms, so another language needs words, not code.
 */
export const DEFAULT_LOCALE = 'en-GB';

/** One formatter per locale, made when first asked for. */
function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}

const percentFormat = perLocale((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
const integerFormat = perLocale((locale) => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }));
const listFormat = perLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));
const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const dayFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' }));
const isEnglish = (locale: string) => new Intl.Locale(locale).language === 'en';

export function capitalise(s: string, locale = DEFAULT_LOCALE): string {
  return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
}

/** 0.667 -> "67 %": the report sets a space between the figure and the sign; a locale that has its own keeps it. */
export function percent(x: number, locale = DEFAULT_LOCALE): string {
  const parts = percentFormat(locale).formatToParts(x);
  const sign = parts.findIndex((p) => p.type === 'percentSign');
  if (sign > 0 && parts[sign - 1].type !== 'literal') parts.splice(sign, 0, { type: 'literal', value: ' ' });
  return parts.map((p) => p.value).join('');
}

/** "Brussels", "Brussels and Nairobi", "Brussels, Nairobi and Washington". */
export function listInWords(items: readonly string[], locale = DEFAULT_LOCALE): string {
  return listFormat(locale).format(items);
}

/** The numbers written as words, by language, as the report writes them; larger ones are figures. */
const NUMBER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** The noun for n of them: the singular or the plural, as the locale's plural rules ask ("1 session", "0 sessions"). */
export function nounFor(n: number, singular: string, plural = `${singular}s`, locale = DEFAULT_LOCALE): string {
  return pluralRules(locale).select(n) === 'one' ? singular : plural;
}

/** "no votes", "one session", "three sessions", "34 people": words up to ten, as the report writes them. */
export function counted(n: number, singular: string, plural = `${singular}s`, locale = DEFAULT_LOCALE): string {
  const number = NUMBER_WORDS[new Intl.Locale(locale).language]?.[n] ?? integerFormat(locale).format(n);
  return `${number} ${nounFor(n, singular, plural, locale)}`;
}

/** A "YYYY-MM-DD" that names a real day, at midnight UTC; null for anything else. */
function dayOf(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month && d.getUTCDate() === day ? d : null;
}

/** "2026-10-02" -> "2 October 2026"; anything that is not such a date is kept as written. */
export function longDate(date: string, locale = DEFAULT_LOCALE): string {
  const day = dayOf(date);
  return day ? dateFormat(locale).format(day) : date;
}

/**
 * From the first to the last of the dates: "2 October 2026", "2 to 16 October 2026", "30 September
 * 2026 to 16 January 2027" as the report writes them; in another language as Intl writes a range
 * ("2–16 octobre 2026", "2–16 de octubre de 2026").
 */
export function dateSpan(dates: readonly string[], locale = DEFAULT_LOCALE): string | null {
  const sorted = [...dates].sort();
  if (sorted.length === 0) return null;
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  if (first === last) return longDate(first, locale);
  const [from, to] = [dayOf(first), dayOf(last)];
  if (from && to && !isEnglish(locale)) return dateFormat(locale).formatRange(from, to);
  const sameMonth = from && to && from.getUTCFullYear() === to.getUTCFullYear() && from.getUTCMonth() === to.getUTCMonth();
  return `${sameMonth ? dayFormat(locale).format(from) : longDate(first, locale)} to ${longDate(last, locale)}`;
}
