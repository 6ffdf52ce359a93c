import { z } from 'zod';
import { normaliseText, textProblem } from './characters.js';

/**
 * Human text: normalised (NFC, newlines as \n, trimmed), not blank, at most `max` characters as the
 * person sees them, and free of what can disguise text or is invisible junk (characters.ts).
 */
export function humanText(max: number, what: string) {
  return z
    .string()
    .transform(normaliseText)
    .superRefine((text, ctx) => {
      const problem = textProblem(text, max, what);
      // The code rides with the issue, so the refusal can name the kind of problem (server/socket/errors.ts).
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { refusal: problem.code } });
    });
}

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a valid id');
export const opIdSchema = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a valid operation id');
