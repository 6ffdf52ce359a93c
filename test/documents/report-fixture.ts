/**
 * A finished report, written out as a literal so that a renderer's tests depend on nothing but
 * the report model: three sessions (Brussels, Nairobi, Washington), two codebook headings with
 * five themes and a finding each, key convergence and questions for reflection in Annex II and
 * III's form, quotes under findings and on their own. `hostileReport` is the same report with
 * every string, from session titles to attributions, replaced by a hostile contribution.
 */
import { en } from '../../server/documents/i18n/en.js';
import type { Report } from '../../server/documents/report.js';
import { hostileReport as withHostileTexts } from './hostile.js';

export function reportFixture(): Report {
  return {
    labels: en.labels,
    title: 'Conversations on the governance of migration, autumn round',
    subtitle: 'Synthesis of three sessions: Brussels, Nairobi and Washington, 2 to 16 October 2026',
    sessions: [
      { title: 'Brussels roundtable', place: 'Brussels', date: '2 October 2026', format: 'Roundtable' },
      { title: 'Nairobi working lunch', place: 'Nairobi', date: '9 October 2026', format: 'Working lunch or dinner' },
      { title: 'Washington roundtable', place: 'Washington', date: '16 October 2026', format: 'Roundtable' },
    ],
    conduct: [
      'Three sessions were held in Brussels, Nairobi and Washington (2 × roundtable, 1 × working lunch or dinner). 41 people took part (counted in each session they joined).',
      'Participants posted 23 contributions and cast 212 votes; 36 participants voted. Every session was held under the Chatham House rule: contributions and votes are unattributed, and nobody, the facilitator included, can tell who said what.',
    ],
    pictures: {
      words: en.pictures,
      agreement: [
        { label: 'Labour migration', participants: 20, agree: 14, disagree: 4, pass: 2 },
        { label: 'Protection of migrants’ rights', participants: 12, agree: 5, disagree: 6, pass: 1 },
      ],
      map: {
        points: [
          [-1.2, 0.4, 0],
          [-1.1, -0.2, 0],
          [-0.9, 0.1, 0],
          [-0.8, 0.3, 0],
          [0.7, -0.5, 1],
          [0.9, 0.6, 1],
          [1.3, -0.1, 1],
        ],
        groups: [
          { id: 'A', size: 4 },
          { id: 'B', size: 3 },
        ],
      },
    },
    participantsByCategory: [
      { label: 'Ambassador', count: 11 },
      { label: 'Government official', count: 9 },
      { label: 'Civil society or NGO', count: 8 },
      { label: 'Private sector or business', count: 5 },
      { label: 'Academia', count: 3 },
      { label: 'Fewer than three in a category, or not stated', count: 5 },
    ],
    questionsNote: null,
    questionsPut: [
      {
        heading: 'Regarding convergence on the term and value of “global governance of migration” (p. 6)',
        items: [
          'Is migration sufficiently perceived as a universal phenomenon so as to require a universal response?',
          'What would a more universal response actually govern? Who would be regulated, and how?',
        ],
      },
      {
        heading: 'Regarding pieces of global migration governance that currently exist (ps. 9, 12 and 13)',
        items: [
          'Is the Global Migration Group taken seriously at present by the heads and senior management of its member agencies, or is a different approach needed?',
          'How can the GFMD advance the discussions from “talking” about migration issues to a more “active mode”?',
        ],
      },
    ],
    frameworkNote: 'The report’s codebook was not applied to one of the sessions.',
    consolidation: [
      {
        heading: 'Areas of common ground in current migration management',
        themes: [
          {
            label: 'Common ground in the protection of refugees and asylum seekers',
            findings: [
              {
                number: 1,
                text: 'Almost all participants (33 of 35) agreed that the protection of refugees and asylum seekers is ground States already share.',
                strength: 'almost all',
                figures: '33 of 35 participants who voted leaned to agree, 1 to disagree, 1 passed; four contributions',
                divides: null,
                quotes: [
                  { text: 'Refugee protection under the 1951 Convention is common ground for every government at this table.', attribution: 'Brussels roundtable participant, civil society' },
                  { text: 'Asylum is the one place where every State already signed up to the same rules.', attribution: null },
                ],
                counter: null,
                questions: [],
              },
            ],
          },
          {
            label: 'Elements of common ground in labour migration',
            findings: [
              {
                number: 2,
                text: 'A growing majority of participants (23 of 34) saw fair recruitment and circular labour migration as common ground for sending and receiving States.',
                strength: 'a growing majority',
                figures: '23 of 34 participants who voted leaned to agree, 8 to disagree, 3 passed; five contributions; agreement by session: 45 % → 65 % → 90 %',
                divides: 'Participants split on whether employers should help design labour mobility schemes (5 agreed, 5 disagreed, 2 passed).',
                quotes: [
                  { text: 'We cannot address labour market needs by labour migration policies alone.', attribution: 'Brussels roundtable participant, business sector' },
                  { text: 'Circular migration works when workers can come back, and come back again.', attribution: 'Nairobi working lunch participant, government sector' },
                ],
                counter: { text: 'Temporary schemes only trap workers in debt to recruiters.', attribution: null, figures: '4 agreed, 7 disagreed, 1 passed' },
                questions: ['Who would police recruiters across borders?'],
              },
            ],
          },
          {
            label: 'Enforcement as common ground',
            findings: [
              {
                number: 3,
                text: 'There was strong divergence on enforcement as common ground: 11 participants leaned to agree and 12 to disagree, of 23 who voted.',
                strength: 'strong divergence',
                figures: '11 of 23 participants who voted leaned to agree, 12 to disagree; three contributions',
                divides: 'Participants split on “Enforcement and border control should come before any new global framework.” (6 agreed, 6 disagreed, 0 passed).',
                quotes: [],
                counter: null,
                questions: [],
              },
            ],
          },
        ],
      },
      {
        heading: 'Key agents of change',
        themes: [
          {
            label: 'Parliamentarians',
            findings: [
              {
                number: 4,
                text: 'A clear majority of participants (8 of 11) saw parliamentarians as able to hold governments to their migration commitments (voiced only in Washington).',
                strength: 'a clear majority',
                figures: '8 of 11 participants who voted leaned to agree, 1 to disagree, 2 passed; two contributions',
                divides: null,
                quotes: [{ text: 'Parliamentarians can hold governments to their migration commitments.', attribution: 'Washington roundtable participant, Parliamentarian' }],
                counter: null,
                questions: [],
              },
            ],
          },
          {
            label: 'The Global Forum on Migration and Development',
            findings: [
              {
                number: 5,
                text: 'A clear majority of participants (24 of 31) wanted the Global Forum on Migration and Development to move from talking to acting.',
                strength: 'a clear majority',
                figures: '24 of 31 participants who voted leaned to agree, 7 to disagree; three contributions',
                divides: '7 of 31 participants leaned to disagree.',
                quotes: [],
                counter: null,
                questions: [],
              },
            ],
          },
        ],
      },
    ],
    groups: {
      summary: ['The votes of the 30 participants who cast at least seven votes fall into two opinion groups: group A (18 participants) and group B (12 participants).'],
      profiles: [
        { heading: 'Group A: 18 participants', lines: ['Agreed more than the other groups that “Labour mobility needs employers at the table” (15 of 17 in group A agreed; 2 of 11 of the others).'] },
        { heading: 'Group B: 12 participants', lines: ['No statement sets group B apart at the 90 % level.'] },
      ],
    },
    rejected: ['Most of those who voted rejected “Close every border until a treaty is signed” (25 of 30 disagreed, 3 agreed).'],
    keyConvergence: [
      {
        heading: 'Areas of common ground in current migration management',
        items: [
          'Almost all participants (33 of 35) agreed that the protection of refugees and asylum seekers is ground States already share.',
          'A growing majority of participants (23 of 34) saw fair recruitment and circular labour migration as common ground for sending and receiving States.',
        ],
      },
      {
        heading: 'Key agents of change',
        items: [
          'A clear majority of participants (24 of 31) wanted the Global Forum on Migration and Development to move from talking to acting.',
          'A clear majority of participants (8 of 11) saw parliamentarians as able to hold governments to their migration commitments (voiced only in Washington).',
        ],
      },
    ],
    divergence: [
      'Finding 3, Enforcement as common ground: there was strong divergence; 11 participants leaned to agree and 12 to disagree, of 23 who voted.',
      'Finding 2, Elements of common ground in labour migration: participants split on whether employers should help design labour mobility schemes (5 agreed, 5 disagreed, 2 passed).',
    ],
    furtherReflection: [
      {
        heading: 'Regarding retreat from binding frameworks on migration and governance',
        items: ['Is a binding framework realistic when governments retreat from binding commitments?', 'Which commitments would States accept if they were not binding?'],
      },
      {
        heading: 'Regarding other matters',
        items: ['Who would a universal response to migration actually govern, and how?'],
      },
    ],
    pullQuotes: [
      { text: 'Identifying gaps is not the place to start, but rather identifying the interest of States.', attribution: 'Washington roundtable participant, government sector' },
      { text: "The current 'limbo' cannot continue much longer.\nWe can't lose much more time.", attribution: 'Nairobi working lunch participant, Ambassador' },
    ],
    method: {
      paragraphs: [
        'Each contribution was coded against the round’s codebook, whose headings follow Part III of the report. The facilitator could move, merge and reword; a finding’s wording is the facilitator’s where they wrote it, otherwise the engine’s draft.',
        'A theme becomes a finding with at least 2 supporting participants. Its strength word comes from the distinct participants who voted on the theme’s contributions; the first rule that holds gives the word, and the numbers behind it are given with every finding.',
        'Quotes are only of contributions their authors marked quotable, attributed by role, sector and place; no name, identifier or time of any contribution is kept in this document.',
      ],
      strengthWords: [
        { word: 'strong divergence', rule: 'at least 2 agree and 2 disagree, each at least 30 % of those who voted' },
        { word: 'almost all', rule: 'at least 5 voted and at least 90 % agree' },
        { word: 'a growing majority', rule: 'at least 3 voted, more than half agree, and agreement rose session by session' },
        { word: 'a clear majority', rule: 'at least 3 voted and at least two thirds agree' },
        { word: 'a majority', rule: 'at least 3 voted and more than half agree' },
        { word: 'several', rule: 'at least 2 agree' },
      ],
    },
    annexByTheme: [
      {
        heading: 'Areas of common ground in current migration management',
        groups: [{ heading: 'Common ground in the protection of refugees and asylum seekers', items: ['Refugee protection is common ground (9 agreed, 0 disagreed, 1 passed)'] }],
      },
    ],
    annexByQuestion: [{ heading: 'What would a more universal response actually govern?', items: ['Refugee protection is common ground (9 agreed, 0 disagreed, 1 passed) — Common ground in the protection of refugees and asylum seekers'] }],
  };
}

export function hostileReport(): Report {
  return withHostileTexts(reportFixture());
}
