/**
 * The facilitator's curation of the synthesis, as the payload of `curation:apply` and as the round's
 * log stores it: plain JSON events tagged by `type`. The domain folds them (server/domain/curation.ts).
 */
import { z } from 'zod';
import { codebookSchema, themeIdSchema } from '../codebook.js';

const contributionId = z.string().min(1).max(200);
const label = z.string().trim().min(1).max(200);
const suggestionIdSchema = z.string().min(1).max(400);
const cues = z.array(z.string().trim().min(1).max(80)).max(200);

export const newThemeSchema = z.strictObject({
  id: themeIdSchema,
  label,
  heading: z.string().trim().max(200).optional(),
  description: z.string().trim().max(1000).optional(),
  cues: cues.optional(),
});

export const curationEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('codebook.replaced'), codebook: codebookSchema }),
  z.strictObject({ type: z.literal('theme.added'), theme: newThemeSchema }),
  z.strictObject({ type: z.literal('theme.renamed'), themeId: themeIdSchema, label }),
  z.strictObject({
    type: z.literal('theme.updated'),
    themeId: themeIdSchema,
    description: z.string().trim().max(1000).optional(),
    heading: z.string().trim().max(200).optional(),
    cues: cues.optional(),
  }),
  z.strictObject({ type: z.literal('theme.retired'), themeId: themeIdSchema }),
  z.strictObject({ type: z.literal('theme.restored'), themeId: themeIdSchema }),
  z.strictObject({ type: z.literal('themes.merged'), into: themeIdSchema, from: z.array(themeIdSchema).min(1).max(50) }),
  z.strictObject({ type: z.literal('theme.split'), themeId: themeIdSchema, newTheme: newThemeSchema, contributionIds: z.array(contributionId).min(1).max(5000) }),
  z.strictObject({ type: z.literal('contribution.moved'), contributionId, themeId: themeIdSchema.nullable() }),
  z.strictObject({ type: z.literal('contribution.pinned'), contributionId }),
  z.strictObject({ type: z.literal('contribution.unpinned'), contributionId }),
  z.strictObject({ type: z.literal('finding.edited'), themeId: themeIdSchema, text: z.string().trim().min(1).max(4000).nullable() }),
  z.strictObject({
    type: z.literal('suggestion.accepted'),
    suggestionId: suggestionIdSchema,
    label: label.optional(),
    /** Optional: place these contributions in the new theme by hand (the suggestion's members). */
    contributionIds: z.array(contributionId).max(5000).optional(),
  }),
  z.strictObject({ type: z.literal('suggestion.dissolved'), suggestionId: suggestionIdSchema }),
]);

export type CurationEvent = z.infer<typeof curationEventSchema>;
/** A curation event as a client sends it (a codebook's defaults not yet filled in). */
export type CurationEventInput = z.input<typeof curationEventSchema>;
export type NewTheme = z.infer<typeof newThemeSchema>;
