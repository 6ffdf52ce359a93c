/** A payload the schema accepts for every command, around real ids: a base for broken ones and for role checks. */
import type { CommandName } from '../../shared/protocol/commands.js';

export function validExamples(sessionId: string, questionId: string, contributionId: string): Record<CommandName, Record<string, unknown>> {
  const text = 'Some words';
  return {
    'participant:join': { joinCode: 'ABC234', token: 'x'.repeat(40) },
    'projector:watch': { joinCode: 'ABC234' },
    'facilitator:auth': { roundId: 'round', key: 'key' },
    'session:sync': { sessionId },
    'contribution:add': { questionId, text, quotable: false, opId: 'abcdefgh' },
    'vote:cast': { contributionId, vote: 'agree', opId: 'abcdefgh' },
    'tag:set': { contributionId, tag: 'gap', on: true, opId: 'abcdefgh' },
    'contribution:withdraw': { contributionId },
    'session:create': { title: text, place: text, date: '2026-11-28', format: 'roundtable' },
    'session:update': { sessionId, details: { title: text } },
    'session:settings': { sessionId, settings: { visibility: 'immediate' } },
    'session:lock': { sessionId, locked: true, votes: true },
    'session:end': { sessionId },
    'session:watch': { sessionId },
    'question:add': { sessionId, text },
    'question:edit': { sessionId, questionId, text },
    'question:include': { sessionId, questionId, included: true },
    'questions:reorder': { sessionId, order: [questionId] },
    'question:open': { sessionId, questionId },
    'question:close': { sessionId, questionId },
    'countdown:set': { sessionId, kind: 'question', seconds: 60 },
    'countdown:clear': { sessionId },
    'projector:show': { sessionId, mode: 'map' },
    'discussion:add': { sessionId, questionId, text },
    'contribution:hide': { contributionId, reason: text },
    'contribution:unhide': { contributionId },
    'contributions:merge': { into: contributionId, from: [contributionId] },
    'contribution:unmerge': { contributionId },
    'contribution:star': { contributionId, starred: true },
    'contribution:promote': { contributionId, promoted: true },
    'tags:set': { tags: [{ id: 'common-ground', label: 'Common ground' }] },
    'curation:apply': { event: { type: 'contribution.pinned', contributionId } },
  };
}
