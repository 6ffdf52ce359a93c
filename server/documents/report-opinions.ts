/**
 * What the votes say beyond the themes: the opinion groups and what sets each apart, key
 * convergence in Annex III's form, what most participants rejected, and where they diverged.
 * "Across the room" is said only of agreement within every opinion group; a majority one group
 * carries is "a majority (mostly group A)".
 */
import type { ContributionSynthesis, GroupStance, Synthesis } from '../../shared/synthesis.js';
import { capitalise, listInWords } from '../synthesis/wording.js';
import type { GroupProfile, NumberedGroup, Report } from './report.js';
import { findingDivides, findingText } from './report-findings.js';
import { closeSentence, type ReportIndex } from './report-index.js';

const CONVERGENT_WORDS = new Set(['almost all', 'a growing majority', 'a clear majority', 'a majority']);
const MAX_STATEMENTS = 10;
const CLOSEST = 3;
/** Groups smaller than this are called indicative only. */
const SMALL_GROUP = 5;

/** The groups in which more than half of those who voted agreed (or disagreed), as "group A" or "groups A and B". */
function majorityGroups(c: ContributionSynthesis, index: ReportIndex, side: 'agree' | 'disagree'): string {
  const ids = c.byGroup.flatMap((g, k) => (g.seen >= 2 && g[side] > g.seen / 2 ? [index.groupId(k)] : []));
  return ids.length === 0 ? '' : index.words.groupNames(ids);
}

function groupShares(c: ContributionSynthesis, index: ReportIndex): string {
  return listInWords(c.byGroup.map((g, k) => index.words.groupShare(index.groupId(k), g.agree, g.seen)), index.words.labels.locale);
}

function stanceLine(s: GroupStance, c: ContributionSynthesis, id: string, index: ReportIndex): string {
  return index.words.stance(s.direction, index.quoted(c), id, { group: s.groupCount, groupSeen: s.groupSeen, rest: s.restCount, restSeen: s.restSeen });
}

export function groupsOf(synthesis: Synthesis, index: ReportIndex): Report['groups'] {
  const { groups, stats, method } = synthesis;
  const { words } = index;
  if (groups.length < 2) return { summary: [], profiles: [] };
  const sizes = groups.map((g) => ({ id: g.id, size: g.participants.length }));
  const summary = [words.groupsSummary(stats.grouped, method.minVotesPerParticipant, sizes, stats.voters - stats.grouped, groups.some((g) => g.participants.length < SMALL_GROUP))];
  const profiles: GroupProfile[] = groups.map((g) => ({
    heading: words.groupHeading(g.id, g.participants.length),
    lines: g.stances.length > 0 ? g.stances.map((s) => stanceLine(s, index.get(s.contributionId)!, g.id, index)) : [words.nothingSetsApart(g.id)],
  }));
  if (synthesis.groupConsensus.length === 0) {
    const closest = synthesis.contributions
      .filter((c) => c.gic !== null && !c.divisive && !c.demographic && c.tally.seen > 0)
      .sort((a, b) => b.gic! - a.gic! || a.id.localeCompare(b.id))
      .slice(0, CLOSEST);
    if (closest.length > 0) summary.push(words.closestToConsensus(closest.map((c) => ({ quoted: index.quoted(c), shares: groupShares(c, index) }))));
  }
  return { summary, profiles };
}

/**
 * Annex III's form: under each heading, the convergent findings, then the statements agreed in
 * every opinion group ("across the room") and the other broad majorities ("a majority (mostly
 * group A)"), on themes no convergent finding already covers.
 */
export function keyConvergenceOf(synthesis: Synthesis, index: ReportIndex): NumberedGroup[] {
  const { words } = index;
  const groups = new Map<string, string[]>();
  const add = (heading: string, item: string) => groups.set(heading, [...(groups.get(heading) ?? []), item]);
  const convergent = synthesis.findings.filter((f) => CONVERGENT_WORDS.has(f.strength.word));
  for (const f of convergent) add(index.heading(index.themes.get(f.themeId)!), findingText(f, index));
  const covered = new Set(convergent.map((f) => f.themeId));
  const inEvery = new Set(synthesis.groupConsensus);
  const statements = [...synthesis.groupConsensus, ...synthesis.consensus.filter((id) => !inEvery.has(id))];
  let listed = 0;
  for (const id of statements) {
    const c = index.get(id);
    if (!c || c.text.trim().endsWith('?') || covered.has(c.themeIds[0] ?? '') || listed >= MAX_STATEMENTS) continue;
    const theme = index.themeOf(c);
    const quoted = index.quoted(c);
    let item: string;
    if (inEvery.has(id)) item = words.acrossTheRoom(quoted, c.tally.agree, c.tally.seen, groupShares(c, index));
    else if (synthesis.groups.length > 1) item = words.majorityMostly(quoted, c.tally.agree, c.tally.seen, majorityGroups(c, index, 'agree'));
    else item = words.majorityOfVoters(quoted, c.tally.agree, c.tally.seen);
    add(theme ? index.heading(theme) : words.otherPoints, item);
    listed++;
  }
  const order = [...index.headings(), words.otherPoints];
  return [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([heading, items]) => ({ heading, items }));
}

/** Statements a broad majority of those who voted rejected. */
export function rejectedOf(synthesis: Synthesis, index: ReportIndex): string[] {
  return synthesis.rejected.slice(0, MAX_STATEMENTS).map((id) => {
    const c = index.get(id)!;
    const mostly = synthesis.groups.length > 1 ? majorityGroups(c, index, 'disagree') : '';
    const every = mostly !== '' && c.byGroup.every((g) => g.seen >= 2 && g.disagree > g.seen / 2);
    return index.words.rejected(index.quoted(c), c.tally, { every, mostly });
  });
}

/** Where participants diverged: strongly divided themes, splits inside themes, then statements that divide the opinion groups. */
export function divergenceOf(synthesis: Synthesis, index: ReportIndex, numbers: Map<string, number>): string[] {
  const { words } = index;
  const items: string[] = [];
  for (const f of synthesis.findings) {
    const label = index.labelAsName(index.label(index.themes.get(f.themeId)!));
    const finding = numbers.has(f.themeId) ? words.findingRef(numbers.get(f.themeId)!, label) : capitalise(words.labelInSentence(label), words.labels.locale);
    const divides = findingDivides(f, index);
    if (f.strength.word === 'strong divergence') items.push(words.labelled(finding, findingText(f, index)));
    else if (divides) items.push(words.labelled(finding, divides));
  }
  const covered = new Set(synthesis.findings.flatMap((f) => (f.divides || f.strength.word === 'strong divergence' ? f.contributions : [])));
  for (const id of synthesis.divisive) {
    const c = index.get(id);
    if (!c || covered.has(id)) continue;
    const shares = c.byGroup.map((g, k) => ({ id: index.groupId(k), agree: g.seen > 0 ? g.agree / g.seen : null }));
    items.push(closeSentence(words.groupsDivided(index.quoted(c), shares, index.tally(c))));
  }
  return items;
}
