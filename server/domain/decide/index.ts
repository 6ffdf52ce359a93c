/**
 * The domain's one entry for commands: (round, command, actor) → events, or a refusal.
 * Which role may send which command is decided here, once.
 */
import type { Command } from '../../../shared/protocol/commands.js';
import type { Actor, DecisionContext, ParticipantActor } from '../actor.js';
import { refuse } from '../errors.js';
import type { RoundEvent } from '../events.js';
import type { Round } from '../state.js';
import * as agenda from './agenda.js';
import { applyCuration } from './curation.js';
import * as moderation from './moderation.js';
import { appliedBefore, assertSameOperation, type ParticipantCommand } from './operations.js';
import * as participation from './participation.js';

export { appliedBefore, type ParticipantCommand } from './operations.js';

export type DomainCommand =
  | ParticipantCommand
  | { name: 'session:create'; payload: Command<'session:create'>; sessionId: string; joinCode: string }
  | { name: 'session:update'; payload: Command<'session:update'> }
  | { name: 'session:settings'; payload: Command<'session:settings'> }
  | { name: 'session:lock'; payload: Command<'session:lock'> }
  | { name: 'session:end'; payload: Command<'session:end'> }
  | { name: 'contribution:withdraw'; payload: Command<'contribution:withdraw'> }
  | { name: 'question:add'; payload: Command<'question:add'> }
  | { name: 'question:edit'; payload: Command<'question:edit'> }
  | { name: 'question:include'; payload: Command<'question:include'> }
  | { name: 'questions:reorder'; payload: Command<'questions:reorder'> }
  | { name: 'question:open'; payload: Command<'question:open'> }
  | { name: 'question:close'; payload: Command<'question:close'> }
  | { name: 'countdown:set'; payload: Command<'countdown:set'> }
  | { name: 'countdown:clear'; payload: Command<'countdown:clear'> }
  | { name: 'projector:show'; payload: Command<'projector:show'> }
  | { name: 'discussion:add'; payload: Command<'discussion:add'> }
  | { name: 'contribution:hide'; payload: Command<'contribution:hide'> }
  | { name: 'contribution:unhide'; payload: Command<'contribution:unhide'> }
  | { name: 'contributions:merge'; payload: Command<'contributions:merge'> }
  | { name: 'contribution:unmerge'; payload: Command<'contribution:unmerge'> }
  | { name: 'contribution:star'; payload: Command<'contribution:star'> }
  | { name: 'contribution:promote'; payload: Command<'contribution:promote'> }
  | { name: 'tags:set'; payload: Command<'tags:set'> }
  | { name: 'curation:apply'; payload: Command<'curation:apply'> };

/** Operations a phone may resend, known by their operation keys. */
const OPERATIONS = new Set<DomainCommand['name']>(['contribution:add', 'vote:cast', 'tag:set']);
const PARTICIPANT_COMMANDS = new Set<DomainCommand['name']>([...OPERATIONS, 'contribution:withdraw']);

function isOperation(command: DomainCommand): command is ParticipantCommand {
  return OPERATIONS.has(command.name);
}

export function decide(round: Round, command: DomainCommand, actor: Actor, ctx: DecisionContext): RoundEvent[] {
  if (PARTICIPANT_COMMANDS.has(command.name)) {
    if (actor.role !== 'participant') refuse('forbidden', 'Only participants who joined a session can do this.');
    const applied = isOperation(command) && appliedBefore(round, command);
    if (applied) {
      assertSameOperation(round, applied, command as ParticipantCommand);
      return [];
    }
  } else if (actor.role !== 'facilitator') {
    refuse('forbidden', 'Only the facilitator can do this.');
  }
  return route(round, command, actor as ParticipantActor, ctx);
}

function route(round: Round, command: DomainCommand, participant: ParticipantActor, ctx: DecisionContext): RoundEvent[] {
  switch (command.name) {
    case 'contribution:add':
      return participation.addContribution(round, command, participant, ctx);
    case 'vote:cast':
      return participation.castVote(round, command, participant);
    case 'tag:set':
      return participation.setTag(round, command, participant);
    case 'contribution:withdraw':
      return participation.withdrawContribution(round, command.payload, participant);
    case 'discussion:add':
      return participation.addDiscussionPoint(round, command.payload, ctx);
    case 'session:create':
      return agenda.createSession(round, command.payload, command, ctx);
    case 'session:update':
      return agenda.updateSession(round, command.payload);
    case 'session:settings':
      return agenda.changeSettings(round, command.payload);
    case 'session:lock':
      return agenda.lockSession(round, command.payload);
    case 'session:end':
      return agenda.endSession(round, command.payload);
    case 'question:add':
      return agenda.addQuestion(round, command.payload, ctx);
    case 'question:edit':
      return agenda.editQuestion(round, command.payload);
    case 'question:include':
      return agenda.includeQuestion(round, command.payload);
    case 'questions:reorder':
      return agenda.reorderQuestions(round, command.payload);
    case 'question:open':
      return agenda.openQuestion(round, command.payload);
    case 'question:close':
      return agenda.closeQuestion(round, command.payload);
    case 'countdown:set':
      return agenda.setCountdown(round, command.payload);
    case 'countdown:clear':
      return agenda.clearCountdown(round, command.payload);
    case 'projector:show':
      return agenda.showOnProjector(round, command.payload);
    case 'contribution:hide':
      return moderation.hideContribution(round, command.payload);
    case 'contribution:unhide':
      return moderation.unhideContribution(round, command.payload);
    case 'contributions:merge':
      return moderation.mergeContributions(round, command.payload);
    case 'contribution:unmerge':
      return moderation.unmergeContribution(round, command.payload);
    case 'contribution:star':
      return moderation.starContribution(round, command.payload);
    case 'contribution:promote':
      return moderation.promoteContribution(round, command.payload);
    case 'tags:set': {
      const ids = command.payload.tags.map((t) => t.id);
      if (new Set(ids).size !== ids.length) refuse('invalid-payload', 'Each convergence tag needs its own id.');
      return [{ type: 'tagset.changed', tagSet: command.payload.tags }];
    }
    case 'curation:apply':
      return applyCuration(round, command.payload);
    default: {
      const unhandled: never = command;
      throw new Error(`unhandled command ${JSON.stringify(unhandled)}`);
    }
  }
}
