/**
 * Statements about the participants themselves rather than views ("I identify as female",
 * "English is my first language", "I am between 15 and 19 years old", "My ethnicity is Arab"):
 * Pol.is conversations often seed them to describe the room. Agreeing with one says who you are,
 * not what you think, so they are never findings, never consensus, never what sets a group
 * apart; documents list them apart in the annex. English patterns only; a view that merely
 * starts with "I" ("I think…", "I work at a small business and this will hurt us") is a view.
 */

/** A short statement of who the speaker is, with nothing said about anything else. */
const PATTERNS: readonly RegExp[] = [
  /^i\s+identify\s+as\b/,
  /^my\s+(gender|sex|ethnicity|ethnic\s+(group|background|origin)|race|age|religion|faith|nationality|sexuality|sexual\s+orientation|first\s+language|native\s+language|mother\s+tongue|disability|pronouns|postcode|zip\s*code|income|occupation|profession)\b/,
  /\b(is|are)\s+my\s+(first|native|main|mother)\s+(language|languages|tongue)\b/,
  /^(i\s+am|i'm|im)\s+(between\s+\d|over\s+\d|under\s+\d|aged\s+\d|\d+\s*(years?|yrs?)\b|(a|an)\s+\d+[\s-]*(years?|yrs?)[\s-]*old\b)/,
  /^(i\s+am|i'm)\s+(a\s+|an\s+)?(man|woman|male|female|non-?binary|transgender|trans|parent|mother|father|student|pensioner|retiree|renter|tenant|homeowner|home\s+owner|citizen|resident|immigrant|refugee|veteran|carer|caregiver|christian|muslim|jewish|hindu|buddhist|sikh|atheist|employed|unemployed|retired|disabled)\s*[.!]?$/,
  /^i\s+(live|work|grew\s+up|was\s+born)\s+(in|at|near|outside)\b[^,;]*[.!]?$/,
  /^i\s+(have|had|have\s+had)\s+(at\s+least\s+one|ever|never|no)\b[^,;]*[.!]?$/,
];

/** Identity statements say nothing evaluative; these words mark a view. */
const VIEW_WORDS = /\b(should|must|will|would|think|believe|feel|want|need|agree|disagree|support|oppose|because|but|however|so that|why|this)\b/;

const MAX_WORDS = 16;

export function isDemographic(text: string): boolean {
  const t = text.normalize('NFKC').replace(/[’‘]/g, "'").trim().toLowerCase();
  if (t.split(/\s+/).length > MAX_WORDS || VIEW_WORDS.test(t)) return false;
  return PATTERNS.some((p) => p.test(t));
}
