/**
 * What the votes say beyond the themes: the opinion groups and what sets each apart, key
 * convergence in Annex III's form, what most participants rejected, and where they diverged.
 * "Across the room" is said only of agreement within every opinion group; a majority one group
 * carries is "a majority (mostly group A)".
 */
import type { ContributionSynthesis, GroupStance, Synthesis } from '../../shared/synthesis.js';
import { labelInSentence } from '../synthesis/finding-text.js';
import { capitalise, counted, listInWords, nounFor, percent } from '../synthesis/wording.js';
import type { GroupProfile, NumberedGroup, Report } from './report.js';
import { closeSentence, headingOf, headingsInOrder, labelAsName, tallyPhrase, type ReportIndex } from './report-index.js';

const CONVERGENT_WORDS = new Set(['almost all', 'a growing majority', 'a clear majority', 'a majority']);
const OTHER_HEADING = 'Other points';
const MAX_STATEMENTS = 10;
const CLOSEST = 3;
/** Groups smaller than this are called indicative only. */
const SMALL_GROUP = 5;

const quoteOf = (c: ContributionSynthesis) => `“${c.text.replace(/\s+/g, ' ').trim()}”`;

/** The groups in which more than half of those who voted agreed (or disagreed), as "group A" or "groups A and B". */
function majorityGroups(c: ContributionSynthesis, index: ReportIndex, side: 'agree' | 'disagree'): string {
  const ids = c.byGroup.flatMap((g, k) => (g.seen >= 2 && g[side] > g.seen / 2 ? [index.groupId(k)] : []));
  if (ids.length === 0) return '';
  return `${nounFor(ids.length, 'group')} ${listInWords(ids)}`;
}

function groupShares(c: ContributionSynthesis, index: ReportIndex): string {
  return listInWords(c.byGroup.map((g, k) => `${g.agree} of ${g.seen} in group ${index.groupId(k)}`));
}

function stanceLine(s: GroupStance, c: ContributionSynthesis, id: string): string {
  const verb = s.direction === 'agree' ? 'Agreed more than the other groups that' : 'Disagreed more than the other groups with';
  const word = s.direction === 'agree' ? 'agreed' : 'disagreed';
  return `${verb} ${quoteOf(c)} (${s.groupCount} of ${s.groupSeen} in group ${id} ${word}; ${s.restCount} of ${s.restSeen} of the others).`;
}

export function groupsOf(synthesis: Synthesis, index: ReportIndex): Report['groups'] {
  const { groups, stats, method } = synthesis;
  if (groups.length < 2) return { summary: [], profiles: [] };
  const sizes = groups.map((g) => `group ${g.id} (${counted(g.participants.length, 'participant')})`);
  const ungrouped = stats.voters - stats.grouped;
  const summary = [
    `The votes of the ${counted(stats.grouped, 'participant')} who cast at least ${counted(method.minVotesPerParticipant, 'vote')} fall into ${counted(groups.length, 'opinion group')}: ${listInWords(sizes)}.` +
      (ungrouped > 0 ? ` The other ${ungrouped} voted too little to be grouped.` : '') +
      (groups.some((g) => g.participants.length < SMALL_GROUP) ? ` Groups this small are indicative only.` : ''),
  ];
  const profiles: GroupProfile[] = groups.map((g) => ({
    heading: `Group ${g.id}: ${counted(g.participants.length, 'participant')}`,
    lines: g.stances.length > 0 ? g.stances.map((s) => stanceLine(s, index.get(s.contributionId)!, g.id)) : [`No statement sets group ${g.id} apart at the 90 % level.`],
  }));
  if (synthesis.groupConsensus.length === 0) {
    const closest = synthesis.contributions
      .filter((c) => c.gic !== null && !c.divisive && !c.demographic && c.tally.seen > 0)
      .sort((a, b) => b.gic! - a.gic! || a.id.localeCompare(b.id))
      .slice(0, CLOSEST);
    if (closest.length > 0) {
      summary.push(
        `No statement was agreed by a majority of every group. Closest, by group-informed consensus (the product of every group’s agreement, as Pol.is ranks it): ` +
          `${closest.map((c) => `${quoteOf(c)} (${groupShares(c, index)} agreed)`).join('; ')}.`,
      );
    }
  }
  return { summary, profiles };
}

/**
 * Annex III's form: under each heading, the convergent findings, then the statements agreed in
 * every opinion group ("across the room") and the other broad majorities ("a majority (mostly
 * group A)"), on themes no convergent finding already covers.
 */
export function keyConvergenceOf(synthesis: Synthesis, index: ReportIndex): NumberedGroup[] {
  const groups = new Map<string, string[]>();
  const add = (heading: string, item: string) => groups.set(heading, [...(groups.get(heading) ?? []), item]);
  const convergent = synthesis.findings.filter((f) => CONVERGENT_WORDS.has(f.strength.word));
  for (const f of convergent) add(headingOf(index.themes.get(f.themeId)!), f.text);
  const covered = new Set(convergent.map((f) => f.themeId));
  const inEvery = new Set(synthesis.groupConsensus);
  const statements = [...synthesis.groupConsensus, ...synthesis.consensus.filter((id) => !inEvery.has(id))];
  let listed = 0;
  for (const id of statements) {
    const c = index.get(id);
    if (!c || c.text.trim().endsWith('?') || covered.has(c.themeIds[0] ?? '') || listed >= MAX_STATEMENTS) continue;
    const theme = index.themeOf(c);
    const n = `${c.tally.agree} of ${c.tally.seen} agreed`;
    let item: string;
    if (inEvery.has(id)) item = `Broad agreement across the room that ${quoteOf(c)} (${n}; a majority in every opinion group: ${groupShares(c, index)}).`;
    else if (synthesis.groups.length > 1) {
      const mostly = majorityGroups(c, index, 'agree');
      item = `A majority${mostly ? ` (mostly ${mostly})` : ''} agreed that ${quoteOf(c)} (${n}).`;
    } else item = `A majority of those who voted agreed that ${quoteOf(c)} (${n}).`;
    add(theme ? headingOf(theme) : OTHER_HEADING, item);
    listed++;
  }
  const order = [...headingsInOrder(synthesis), OTHER_HEADING];
  return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([heading, items]) => ({ heading, items }));
}

/** Statements a broad majority of those who voted rejected. */
export function rejectedOf(synthesis: Synthesis, index: ReportIndex): string[] {
  return synthesis.rejected.slice(0, MAX_STATEMENTS).map((id) => {
    const c = index.get(id)!;
    const mostly = synthesis.groups.length > 1 ? majorityGroups(c, index, 'disagree') : '';
    const every = mostly && c.byGroup.every((g) => g.seen >= 2 && g.disagree > g.seen / 2);
    const who = every ? ', a majority in every opinion group' : mostly ? `, mostly ${mostly}` : '';
    return `Most of those who voted rejected ${quoteOf(c)} (${c.tally.disagree} of ${c.tally.seen} disagreed, ${c.tally.agree} agreed${who}).`;
  });
}

/** Where participants diverged: strongly divided themes, splits inside themes, then statements that divide the opinion groups. */
export function divergenceOf(synthesis: Synthesis, index: ReportIndex, numbers: Map<string, number>): string[] {
  const items: string[] = [];
  for (const f of synthesis.findings) {
    const label = labelAsName(index.themes.get(f.themeId)!.label);
    const finding = numbers.has(f.themeId) ? `Finding ${numbers.get(f.themeId)} (${label})` : capitalise(labelInSentence(label));
    if (f.strength.word === 'strong divergence') items.push(`${finding}: ${f.text}`);
    else if (f.divides) items.push(`${finding}: ${f.divides}`);
  }
  const covered = new Set(synthesis.findings.flatMap((f) => (f.divides || f.strength.word === 'strong divergence' ? f.contributions : [])));
  for (const id of synthesis.divisive) {
    const c = index.get(id);
    if (!c || covered.has(id)) continue;
    const shares = c.byGroup.map((g, k) => `group ${index.groupId(k)} ${g.seen > 0 ? percent(g.agree / g.seen) : 'no votes'}`);
    items.push(closeSentence(`Opinion groups divided on ${quoteOf(c)} (${listInWords(shares)} agreed; ${tallyPhrase(c)} in all)`));
  }
  return items;
}
