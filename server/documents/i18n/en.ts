/** The documents in British English, the report's own. */
import { categorySector, PARTICIPANT_CATEGORIES } from '../../../shared/categories.js';
import { FORMAT_LABELS, type SessionFormat } from '../../../shared/protocol/vocabulary.js';
import type { Strength, StrengthWord } from '../../../shared/synthesis.js';
import { capitalise, counted, listInWords, nounFor, percent } from '../../synthesis/wording.js';
import { quoting } from './quoting.js';
import consoleMessages from '../../../client/i18n/catalogues/en/console.js';
import type { ContributionWord, DocumentWords, TallyNumbers } from './messages.js';

const L = 'en-GB';
const n = (count: number, singular: string, plural = `${singular}s`) => counted(count, singular, plural, L);
const list = (items: readonly string[]) => listInWords(items, L);
const pc = (x: number) => percent(x, L);
const { quote, quoteEnd, labelInSentence } = quoting('“', '”');

function strengthPhrase(s: Strength): string {
  if (s.basis === 'contributions') {
    if (s.word === 'one participant') return 'one contribution (no votes yet)';
    if (s.word === 'no one') return 'no contribution';
    return `${s.word} contributions (${s.contributions}, no votes yet)`;
  }
  const of = `${s.agree} of ${s.participants}`;
  switch (s.word) {
    case 'one participant':
      return `one participant (${of})`;
    case 'no one':
      return `no participant (${of})`;
    case 'strong divergence':
      return `participants (${s.agree} agreed, ${s.disagree} disagreed, of ${s.participants})`;
    case 'a majority disagreed':
      return `a majority of participants (${s.disagree} of ${s.participants})`;
    case 'more disagreed':
      return `more participants (${s.disagree} of ${s.participants})`;
    case 'many':
    case 'several':
    case 'almost all':
      return `${s.word} participants (${of})`;
    default:
      return `${s.word} of participants (${of})`;
  }
}

function tally(t: TallyNumbers): string {
  if (t.seen === 0) return 'no votes';
  const parts = [`${t.agree} agreed`, `${t.disagree} disagreed`];
  if (t.pass > 0) parts.push(`${t.pass} passed`);
  return parts.join(', ');
}

/** The console's own strength words (its badges), so a document and the console say the same. */
const WORDS: Record<StrengthWord, string> = consoleMessages.console.synthesis.strength;

export const en = {
  language: 'en',
  labels: {
    locale: L,
    parts: {
      sessions: 'The sessions',
      conduct: 'How the conversations were run',
      categories: 'Participants by category',
      questions: 'The questions put to participants',
      consolidation: 'Thematic consolidation',
      groups: 'Opinion groups',
      convergence: 'Key convergence',
      rejected: 'What most participants rejected',
      divergence: 'Where participants diverged',
      reflection: 'Questions surfaced for further reflection',
      quotes: 'In their words',
      method: 'Method',
      strengthWords: 'How strength words map to numbers',
      annexByTheme: 'Annex: every contribution, by theme',
      annexByQuestion: 'Annex: every contribution, by question',
    },
    sessionColumns: ['Session', 'Place', 'Date', 'Format'],
    categoryColumns: ['Category', 'Participants'],
    strengthColumns: ['Word', 'Rule'],
    noFindings: 'No theme has enough support for a finding yet.',
    counterView: 'A counter-view:',
    questionsRaised: 'Questions raised:',
    quoteMarks: ['“', '”'],
    colon: ':',
    pageOf: ['Page ', ' of '],
  },
  quote,
  quoteEnd,
  labelInSentence,
  topic: (label, phrases) => (phrases.length > 0 ? list(phrases) : labelInSentence(label)),

  formats: FORMAT_LABELS,
  categories: Object.fromEntries(PARTICIPANT_CATEGORIES.map((c) => [c.id, c.label])),
  categoryRemainder: 'Fewer than three in a category, or not stated',
  outsideFramework: 'Raised outside the framework',
  codebook: {},

  defaultTitle: 'Synthesis of the Conversations',
  subtitleOfSession: (format, title, where) => `Synthesis of the ${format ? (FORMAT_LABELS[format as SessionFormat] ?? format).toLowerCase() : 'session'} “${title}”${where ? `, ${where}` : ''}`,
  subtitleOfRound: (sessions, where) => `Synthesis of ${n(sessions, 'session')}${where ? `: ${where}` : ''}`,
  held: (sessions, places, kinds) => {
    const k = kinds.map(({ label, count }) => `${count} × ${label.toLowerCase()}`);
    return `${capitalise(n(sessions, 'session'))} ${sessions === 1 ? 'was' : 'were'} held${places.length > 0 ? ` in ${list(places)}` : ''}${k.length > 0 ? ` (${k.join(', ')})` : ''}.`;
  },
  tookPart: (people, several) => ` ${capitalise(n(people, 'person', 'people'))} took part${several ? ' (counted in each session they joined)' : ''}.`,
  posted: (contributions, votes, voters) =>
    `Participants posted ${n(contributions, 'contribution')} and cast ${n(votes, 'vote')}; ${n(voters, 'participant')} voted. ` +
    'Every session was held under the Chatham House rule: contributions and votes are unattributed, and nobody, the facilitator included, can tell who said what.',
  questionsAdded: 'Questions added for these sessions',
  annexNote: '',
  pictures: {
    title: 'At a glance',
    map: { title: 'Opinion map', group: (id, size) => `Group ${id} (${size})` },
    mapCaption:
      'Opinion map. Each mark is one participant who voted enough to be placed; marks close together voted alike. Colour and shape give the opinion group. The axes are the two directions along which the votes differ most; they have no names. No mark says who anyone is.',
    mapHeader: ['Group', 'Participants'],
    groupName: (id) => `Group ${id}`,
    agreement: {
      title: 'Agreement by theme',
      leaning: { agree: 'Lean to agree', disagree: 'Lean to disagree', pass: 'Passed or balanced' },
      voters: (count) => `${count} voted`,
      figure: (count, share) => `${count} (${pc(share)})`,
    },
    agreementCaption:
      'Agreement by theme. For each theme, the participants who voted on its contributions, by how their votes lean: to agree, to disagree, or neither (they passed, or their agrees and disagrees balance).',
    agreementHeader: ['Theme', 'Voted'],
  },
  regarding: (label) => `Regarding ${labelInSentence(label)}`,
  regardingOther: 'Regarding other matters',

  strengthWords: WORDS,
  contributionWords: { many: 'many', several: 'several', 'one participant': 'one participant', 'no one': 'no one' },
  strengthRules: (t) => Object.fromEntries(t.strengthWords.map((r) => [r.word, r.rule])) as Record<StrengthWord, string>,
  contributionRules: (t) => Object.fromEntries(t.contributionWords.map((r) => [r.word, r.rule])) as Record<ContributionWord, string>,
  beforeAnyVote: (word) => `${word} (before any vote)`,
  strengthPhrase,
  draft(s, topic, onlyIn, said) {
    const on = `${topic}${onlyIn}`;
    if (s.basis === 'contributions') return `${capitalise(strengthPhrase(s))} raised ${on}${said}`;
    switch (s.word) {
      case 'strong divergence':
        return `There was strong divergence on ${on}: ${s.agree} participants leaned to agree and ${s.disagree} to disagree, of ${s.participants} who voted${said}`;
      case 'a majority disagreed':
        return `${capitalise(strengthPhrase(s))} leaned to disagree with what was said on ${on}${said}`;
      case 'more disagreed':
        return `More participants leaned to disagree (${s.disagree}) than to agree (${s.agree}), of ${s.participants} who voted, with what was said on ${on}${said}`;
      default:
        return `${capitalise(strengthPhrase(s))} agreed with what was said on ${on}${said}`;
    }
  },
  onlyInPlace: (place) => ` (voiced only in ${place})`,
  onlyInCategory: (id) => ` (voiced only by ${categorySector(id)} participants)`,
  saying(gist) {
    if (!gist) return '.';
    const end = quoteEnd(gist.text);
    if (gist.attribution) return `; in the words of one ${gist.attribution}: ${end}`;
    return `; as one participant ${gist.text.endsWith('?') ? 'asked' : 'put it'}, ${end}`;
  },
  split(sp) {
    if (sp.by === 'groups') return `Opinion groups split on “${sp.excerpt}” (${sp.shares.map((g) => `group ${g.group} ${pc(g.agree)} agree`).join(', ')}).`;
    if (sp.by === 'participants') return `Participants split on “${sp.excerpt}” (${sp.agree} agreed, ${sp.disagree} disagreed, ${sp.pass} passed).`;
    return `${sp.disagree} of ${sp.participants} participants leaned to disagree.`;
  },
  figures(s) {
    const contributions = n(s.contributions, 'contribution');
    if (s.basis === 'contributions') return `${contributions}; no votes yet`;
    const parts = [`${s.agree} of ${s.participants} participants who voted on it leaned to agree`, `${s.disagree} to disagree`];
    if (s.pass > 0) parts.push(`${s.pass} passed`);
    let text = `${parts.join(', ')}; ${contributions}`;
    if (s.room > s.participants) text += `; ${s.room} voted in all`;
    if (s.trend && s.trend.length > 1) text += `; agreement with the statements voted on in several sessions, session by session: ${s.trend.map((p) => pc(p.ratio)).join(' → ')}`;
    return text;
  },
  tally,

  frameworkNone: 'No codebook was applied: every theme below emerged from the contributions themselves, grouped by the words they share, and is raised outside the framework of the report.',
  frameworkOther: (fit) =>
    `The report’s codebook was not applied: this conversation is on another subject${fit ? ` (of the uses of the ${fit.words} words its contributions use most, ${pc(fit.share)} are of words the codebook holds)` : ''}. ` +
    'Every theme below emerged from the contributions themselves, grouped by the words they share, and is raised outside the framework of the report; the facilitator may accept, rename or dissolve each.',

  method({ thresholds: m, applied, groups, groupSizes, grouped, voters }) {
    const groupsParagraph =
      groups > 1
        ? `${capitalise(n(groups, 'opinion group'))} (of ${list(groupSizes.map(String))} participants) emerged from the votes of the ${grouped} participants who cast at least ${n(m.minVotesPerParticipant, 'vote')}, as Pol.is forms them: principal components of the vote matrix, then k-means with k from ${m.kRange[0]} to ${m.kRange[1]}, kept only where the groups separate clearly (silhouette ${m.minSilhouette} or more) and no group has fewer than ${m.minGroupSize} people. What sets a group apart is what Pol.is calls representative: the group agrees (or disagrees) with it more than half of the time, and more than the other groups, both significantly at 90 %, ranked by Pol.is’s four factors. Consensus is ranked by group-informed consensus, the product of every group’s agreement; a statement the groups split on is never called consensus.`
        : `No distinct opinion groups emerged: groups are formed only from at least ${m.minParticipantsForGroups} participants with ${n(m.minVotesPerParticipant, 'vote')} or more each, and only where they separate clearly, with at least ${m.minGroupSize} people in every group.`;
    const coded = applied
      ? 'Each contribution was coded against the round’s codebook, whose headings follow Part III of the report; what no theme covered was grouped into themes raised outside the framework, named by the noun phrases their contributions share.'
      : 'The codebook was not applied (see the thematic consolidation); contributions were grouped into themes by the words they share, each named by the noun phrases its contributions share.';
    return [
      `${coded} Statements about the participants themselves (“I identify as …”, “English is my first language”) are never reported as findings. The facilitator could move, merge and reword; a finding’s wording is the facilitator’s where they wrote it, otherwise the engine’s draft, which quotes the contribution most central to the theme: the one the coder placed most surely and that is most like the theme’s other contributions.`,
      `A theme becomes a finding when at least ${m.findingMinSupport} participants lean the same way on it, or, before anyone voted on it, when at least ${m.findingMinSupport} contributions raised it. Its strength word comes from the distinct participants who voted on the theme’s contributions: a participant counts towards agreement when their votes on the theme lean to agree. The first rule that holds gives the word, and the numbers behind it are given with every finding. No word above “several” is used unless the theme’s voters are at least ${pc(m.minRoomShare)} of the ${voters} participants who voted.`,
      groupsParagraph,
      `A place or a category is named only where at least ${n(m.onlyInMinContributions, 'contribution')} behind a view, and all of them, came from it. Contributions are quoted verbatim and unattributed; only those their authors marked quotable carry a label of role, sector and place. No name, identifier or time of any contribution is kept in this document.`,
    ];
  },

  groupsSummary: (grouped, minVotes, sizes, ungrouped, small) =>
    `The votes of the ${n(grouped, 'participant')} who cast at least ${n(minVotes, 'vote')} fall into ${n(sizes.length, 'opinion group')}: ${list(sizes.map((g) => `group ${g.id} (${n(g.size, 'participant')})`))}.` +
    (ungrouped > 0 ? ` The other ${ungrouped} voted too little to be grouped.` : '') +
    (small ? ` Groups this small are indicative only.` : ''),
  groupHeading: (id, size) => `Group ${id}: ${n(size, 'participant')}`,
  stance: (direction, quoted, id, c) =>
    `${direction === 'agree' ? 'Agreed more than the other groups that' : 'Disagreed more than the other groups with'} ${quoted} (${c.group} of ${c.groupSeen} in group ${id} ${direction === 'agree' ? 'agreed' : 'disagreed'}; ${c.rest} of ${c.restSeen} of the others).`,
  nothingSetsApart: (id) => `No statement sets group ${id} apart at the 90 % level.`,
  groupNames: (ids) => `${nounFor(ids.length, 'group', 'groups', L)} ${list(ids)}`,
  groupShare: (id, agree, seen) => `${agree} of ${seen} in group ${id}`,
  closestToConsensus: (items) =>
    `No statement was agreed by a majority of every group. Closest, by group-informed consensus (the product of every group’s agreement, as Pol.is ranks it): ` +
    `${items.map((i) => `${i.quoted} (${i.shares} agreed)`).join('; ')}.`,
  otherPoints: 'Other points',
  acrossTheRoom: (quoted, agree, seen, shares) => `Broad agreement across the room that ${quoted} (${agree} of ${seen} agreed; a majority in every opinion group: ${shares}).`,
  majorityMostly: (quoted, agree, seen, mostly) => `A majority${mostly ? ` (mostly ${mostly})` : ''} agreed that ${quoted} (${agree} of ${seen} agreed).`,
  majorityOfVoters: (quoted, agree, seen) => `A majority of those who voted agreed that ${quoted} (${agree} of ${seen} agreed).`,
  rejected: (quoted, t, who) =>
    `Most of those who voted rejected ${quoted} (${t.disagree} of ${t.seen} disagreed, ${t.agree} agreed${who.every ? ', a majority in every opinion group' : who.mostly ? `, mostly ${who.mostly}` : ''}).`,
  findingRef: (number, label) => `Finding ${number} (${label})`,
  labelled: (head, text) => `${head}: ${text}`,
  groupsDivided: (quoted, shares, t) => `Opinion groups divided on ${quoted} (${list(shares.map((g) => `group ${g.id} ${g.agree === null ? 'no votes' : pc(g.agree)}`))} agreed; ${t} in all)`,

  notPlaced: 'Not placed under any theme',
  aboutThemselves: 'About the participants themselves (never reported as findings)',
  notUnderQuestion: 'Not under a question',
  otherContributions: 'Other contributions',
  annexAboutParticipant: 'about the participant',
  annexNotPlaced: 'not placed',

  csv: {
    columns: {
      number: 'number', session: 'session', place: 'place', question: 'question', contribution: 'contribution', theme: 'theme', otherThemes: 'other themes',
      agree: 'agree', disagree: 'disagree', pass: 'pass', voters: 'voters', convergent: 'convergent', divergent: 'divergent', uncertain: 'uncertain',
      broadAgreement: 'broad agreement', everyGroup: 'agreed in every group', dividesGroups: 'divides groups', starred: 'starred', quotableAs: 'quotable as',
    },
    tag: (label) => `tag: ${label}`,
    tags: {},
    yes: 'yes',
    no: 'no',
  },
} satisfies DocumentWords;
