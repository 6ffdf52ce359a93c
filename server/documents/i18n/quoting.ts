/** How a language quotes: its marks, a quotation that ends a sentence, a label inside a sentence. */
export function quoting(open: string, close: string) {
  const quote = (text: string) => `${open}${text}${close}`;
  return {
    quote,
    /** Its own full stop, question or exclamation mark stays inside; else a full stop follows. */
    quoteEnd: (text: string) => (/[.!?…]$/.test(text) ? quote(text) : `${quote(text)}.`),
    /** Quoted where it asks a question, so that no full stop follows its question mark; else its first letter in lower case where it starts with an ordinary capitalised word. */
    labelInSentence(label: string): string {
      const t = label.trim();
      if (/[?!]$/.test(t)) return quote(t);
      return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
    },
  };
}
