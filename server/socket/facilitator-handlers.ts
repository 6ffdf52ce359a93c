/**
 * Commands from whoever opened a round's console: the agenda, moderation, curation with the
 * facilitator key; with the observer key, the same view and nothing that changes the round.
 */
import type { CommandName } from '../../shared/protocol/commands.js';
import type { CommandResults } from '../../shared/protocol/events.js';
import { refuse } from '../domain/errors.js';
import type { DomainCommand } from '../domain/decide/index.js';
import { consoleAccess, observerKeyFor } from '../keys.js';
import { rooms } from '../realtime/rooms.js';
import { facilitatorSnapshot, roundView } from '../views/facilitator.js';
import { requireSession } from './deps.js';
import { joinKeyFor } from './join-keys.js';
import type { Route, RouteTable } from './routes.js';

type AnsweredWithVersion = { [N in CommandName]: CommandResults[N] extends { version: number } ? N : never }[CommandName];

/** A facilitator command that maps one to one onto a domain command and answers with the new version. */
function plain<N extends AnsweredWithVersion & DomainCommand['name']>(name: N): Route<N> {
  return {
    role: 'facilitator',
    handle: async (payload, { service }) => {
      const committed = await service.execute({ name, payload } as DomainCommand, { role: 'facilitator' });
      return { version: committed.version } as CommandResults[N];
    },
  };
}

export const facilitatorRoutes = {
  // Never throttled beyond the command rates: a facilitator key holds 256 random bits, so guessing one is hopeless,
  // and a right key must get in at once whatever anyone else on the same network is doing.
  'facilitator:auth': {
    role: 'anyone',
    handle: async ({ roundId, key }, { socket, deps }) => {
      const service = await deps.registry.get(roundId);
      const access = service && consoleAccess(deps.store.secret, service.round, key);
      if (!service || !access) {
        refuse('wrong-facilitator-key', 'This facilitator link is not valid. Ask the person who created the round for the current link.');
      }
      socket.data.consoleOf = { roundId, access };
      socket.join(rooms.roundFacilitators(roundId));
      setImmediate(() => {
        deps.publisher.liveSynthesis(service.round).then(
          (synthesis) => synthesis && socket.emit('synthesis:updated', { synthesis }),
          (err: unknown) => deps.logger.error({ err: String(err) }, 'live synthesis failed'),
        );
      });
      const round = roundView(service.round);
      return access === 'facilitator' ? { round, access, observerKey: observerKeyFor(deps.store.secret, roundId) } : { round, access };
    },
  },

  'session:create': {
    role: 'facilitator',
    handle: async (payload, { deps, service }) => {
      const reserved = await deps.registry.claimJoinCode(service.id);
      await service.execute({ name: 'session:create', payload, ...reserved }, { role: 'facilitator' });
      return reserved;
    },
  },

  'session:watch': {
    role: 'console',
    handle: async ({ sessionId }, { socket, deps, service }) => {
      const session = requireSession(service, sessionId);
      if (socket.data.watching && socket.data.watching !== sessionId) socket.leave(rooms.facilitators(socket.data.watching));
      socket.data.watching = sessionId;
      socket.join(rooms.facilitators(sessionId));
      const roster = await deps.store.roster.counts(sessionId);
      const snapshot = facilitatorSnapshot(service.round, session, { connected: deps.presence.count(sessionId), roster }, deps.now());
      return { snapshot, joinKey: joinKeyFor(deps.store.secret, session.joinCode) };
    },
  },

  'question:add': {
    role: 'facilitator',
    handle: async (payload, { service }) => {
      const committed = await service.execute({ name: 'question:add', payload }, { role: 'facilitator' });
      const added = committed.events.find((e) => e.event.type === 'question.added');
      if (added?.event.type !== 'question.added') refuse('conflict', 'The question was not added.');
      return { questionId: added.event.question.id, version: committed.version };
    },
  },

  'discussion:add': {
    role: 'facilitator',
    handle: async (payload, { service }) => {
      const committed = await service.execute({ name: 'discussion:add', payload }, { role: 'facilitator' });
      const added = committed.events[0]?.event;
      if (added?.type !== 'contribution.added') refuse('conflict', 'The point was not added.');
      return { contributionId: added.contributionId, version: committed.version };
    },
  },

  'session:update': plain('session:update'),
  'session:settings': plain('session:settings'),
  'session:lock': plain('session:lock'),
  'session:end': plain('session:end'),
  'question:edit': plain('question:edit'),
  'question:include': plain('question:include'),
  'questions:reorder': plain('questions:reorder'),
  'question:open': plain('question:open'),
  'question:close': plain('question:close'),
  'countdown:set': plain('countdown:set'),
  'countdown:clear': plain('countdown:clear'),
  'projector:show': plain('projector:show'),
  'contribution:hide': plain('contribution:hide'),
  'contribution:unhide': plain('contribution:unhide'),
  'contributions:merge': plain('contributions:merge'),
  'contribution:unmerge': plain('contribution:unmerge'),
  'contribution:star': plain('contribution:star'),
  'contribution:promote': plain('contribution:promote'),
  'tags:set': plain('tags:set'),
  'curation:apply': plain('curation:apply'),
} satisfies Partial<RouteTable>;
