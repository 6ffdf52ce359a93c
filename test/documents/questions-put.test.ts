/** A live round's document lists the questions that were put: opened in a session, not every Annex II question it was seeded with. */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../server/documents/build-report.js';
import { synthesize } from '../../server/synthesis/engine.js';
import { documentSource } from '../../server/use-cases/export-document.js';
import { Harness } from '../domain/harness.js';

describe('the questions put to participants', () => {
  it('are the questions opened in a session (with or without contributions), not the twenty the session was seeded with', async () => {
    const h = new Harness();
    const { sessionId, questionId } = h.openSession();
    const session = h.round.sessions.get(sessionId)!;
    expect(session.questionOrder).toHaveLength(20);
    h.post(h.participant(sessionId, 1), questionId, 'The GFMD has to move from talking to acting.');
    // A second question is opened with nothing posted under it: it was still put.
    const second = session.questionOrder[5];
    h.run({ name: 'question:open', payload: { sessionId, questionId: second } });

    const report = buildReport(await documentSource(h.round, null, [], async (input) => synthesize(input)));
    const put = report.questionsPut.flatMap((g) => g.items);
    expect(put).toEqual([session.questions.get(questionId)!.text, session.questions.get(second)!.text]);
  });
});
