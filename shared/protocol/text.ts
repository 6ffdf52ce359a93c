import { z } from 'zod';

// Control characters other than tab and newline have no place in a contribution and can hide text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

/** Trimmed human text: not blank, no control characters, within a length. */
export function humanText(max: number, what: string) {
  return z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, `${what} is empty`)
        .max(max, `${what} is longer than ${max} characters`)
        .refine((s) => !CONTROL.test(s), `${what} contains control characters`),
    );
}

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a valid id');
export const opIdSchema = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a valid operation id');
