/** The documents in French, as a rapporteur would write them. */
import consoleMessages from '../../../client/i18n/catalogues/fr/console.js';
import room from '../../../client/i18n/catalogues/fr/room.js';
import type { Strength, StrengthWord } from '../../../shared/synthesis.js';
import { capitalise, counted, listInWords, percent } from '../../synthesis/wording.js';
import type { DocumentWords, TallyNumbers } from './messages.js';
import { quoting } from './quoting.js';

const L = 'fr-FR';
/** French sets a no-break space before a colon and a thin one before a semicolon. */
const COLON = '\u00a0:';
const SEMI = '\u202f;';
const n = (count: number, singular: string, plural = `${singular}s`) => counted(count, singular, plural, L);
const list = (items: readonly string[]) => listInWords(items, L);
const pc = (x: number) => percent(x, L);
const num = (x: number) => new Intl.NumberFormat(L).format(x);
const { quote, quoteEnd, labelInSentence } = quoting('«\u00a0', '\u00a0»');

/** Where the subject is one person (or one contribution), the verb is singular. */
const singular = (s: Strength) => s.word === 'one participant' || s.word === 'no one';

function strengthPhrase(s: Strength): string {
  if (s.basis === 'contributions') {
    if (s.word === 'one participant') return 'une contribution (pas encore de vote)';
    if (s.word === 'no one') return 'aucune contribution';
    return `${s.word === 'many' ? 'de nombreuses' : 'plusieurs'} contributions (${s.contributions}, pas encore de vote)`;
  }
  const of = `${s.agree} sur ${s.participants}`;
  switch (s.word) {
    case 'one participant':
      return `un participant (${of})`;
    case 'no one':
      return `aucun participant (${of})`;
    case 'strong divergence':
      return `les participants (${s.agree} d’accord, ${s.disagree} en désaccord, sur ${s.participants})`;
    case 'a majority disagreed':
      return `une majorité des participants (${s.disagree} sur ${s.participants})`;
    case 'more disagreed':
      return `davantage de participants (${s.disagree} sur ${s.participants})`;
    case 'many':
      return `de nombreux participants (${of})`;
    case 'several':
      return `plusieurs participants (${of})`;
    case 'almost all':
      return `presque tous les participants (${of})`;
    case 'a clear majority':
      return `une nette majorité des participants (${of})`;
    case 'a growing majority':
      return `une majorité croissante des participants (${of})`;
    case 'a majority':
      return `une majorité des participants (${of})`;
  }
}

function tally(t: TallyNumbers): string {
  if (t.seen === 0) return 'aucun vote';
  const parts = [`${t.agree} d’accord`, `${t.disagree} en désaccord`];
  if (t.pass > 0) parts.push(`${t.pass} sans avis`);
  return parts.join(', ');
}

const ROOM = (share: number) => `représentant au moins ${pc(share)} de l’ensemble des votants`;

/** The console's own strength words (its badges), so a document and the console say the same. */
const WORDS: Record<StrengthWord, string> = consoleMessages.console.synthesis.strength;

/** "de la table ronde", "du déjeuner ou dîner de travail": the article agrees with the format. */
const OF_FORMAT: Record<string, string> = {
  roundtable: 'de la table ronde',
  'working-meal': 'du déjeuner ou dîner de travail',
  bilateral: 'de la réunion bilatérale',
  plenary: 'de la séance plénière',
};

export const fr = {
  language: 'fr',
  labels: {
    locale: L,
    parts: {
      sessions: 'Les sessions',
      conduct: 'Déroulement des conversations',
      categories: 'Participants par catégorie',
      questions: 'Les questions posées aux participants',
      consolidation: 'Synthèse thématique',
      groups: 'Groupes d’opinion',
      convergence: 'Principaux points de convergence',
      rejected: 'Ce que la plupart des participants ont rejeté',
      divergence: 'Points de divergence',
      reflection: 'Questions soulevées pour une réflexion plus approfondie',
      quotes: 'Dans leurs propres mots',
      method: 'Méthode',
      strengthWords: 'Comment les termes employés correspondent aux chiffres',
      annexByTheme: 'Annexe\u00a0: toutes les contributions, par thème',
      annexByQuestion: 'Annexe\u00a0: toutes les contributions, par question',
    },
    sessionColumns: ['Session', 'Lieu', 'Date', 'Format'],
    categoryColumns: ['Catégorie', 'Participants'],
    strengthColumns: ['Terme', 'Règle'],
    noFindings: 'Aucun thème ne réunit encore assez de soutien pour un constat.',
    counterView: `Un point de vue opposé${COLON}`,
    questionsRaised: `Questions soulevées${COLON}`,
    quoteMarks: ['«\u00a0', '\u00a0»'],
    colon: COLON,
    pageOf: ['Page ', ' sur '],
  },
  quote,
  quoteEnd,
  labelInSentence,
  topic: (label, phrases) => (phrases.length > 0 ? list(phrases.map(quote)) : `le thème ${quote(label)}`),

  formats: room.formats,
  categories: room.categories,
  categoryRemainder: 'Moins de trois par catégorie, ou non précisé',
  outsideFramework: 'Soulevé hors du cadre',
  codebook: {
    'The five pillars of current migration governance': 'Les cinq piliers de la gouvernance actuelle des migrations',
    'Areas of common ground in current migration management': 'Terrains d’entente dans la gestion actuelle des migrations',
    'Impediments to common ground for global governance': 'Obstacles à un terrain d’entente pour une gouvernance mondiale',
    'Key agents of change': 'Principaux moteurs de changement',
    'National policies and programs': 'Politiques et programmes nationaux',
    'Bilateral, regional and global dialogues': 'Dialogues bilatéraux, régionaux et mondiaux',
    'Supranational structures': 'Structures supranationales',
    'Multilateral agencies': 'Organismes multilatéraux',
    'International legal frameworks': 'Cadres juridiques internationaux',
    'Cooperation among member States in the European Union': 'Coopération entre États membres de l’Union européenne',
    'Common ground in the protection of refugees and asylum seekers': 'Terrain d’entente sur la protection des réfugiés et des demandeurs d’asile',
    'Elements of common ground in labour migration': 'Éléments d’entente sur les migrations de travail',
    'Common ground of expanding mobility': 'Terrain d’entente sur l’élargissement de la mobilité',
    'Enforcement as common ground': 'Le contrôle comme terrain d’entente',
    'Political trends': 'Tendances politiques',
    'Retreat from binding frameworks on migration and governance': 'Recul des cadres contraignants en matière de migration et de gouvernance',
    'Broad disincentives and opposition to "managed" migration': 'Freins généraux et opposition à la migration «\u00a0gérée\u00a0»',
    'Emergence of potent demographic, social and political trends': 'Émergence de puissantes tendances démographiques, sociales et politiques',
    '"New" decision-making dynamics under the Lisbon Treaty': 'Les «\u00a0nouvelles\u00a0» dynamiques de décision du traité de Lisbonne',
    'Regional consultative processes: leading to global change?': 'Processus consultatifs régionaux\u00a0: vers un changement mondial\u202f?',
    'Business and private sector actors': 'Entreprises et acteurs du secteur privé',
    'Select or diverse actors = agents of change?': 'Des acteurs choisis ou divers, moteurs de changement\u202f?',
    'An "M-20"': 'Un «\u00a0M-20\u00a0»',
    Parliamentarians: 'Les parlementaires',
    'The Global Forum on Migration and Development': 'Le Forum mondial sur la migration et le développement',
    'The Global Migration Group': 'Le Groupe mondial sur la migration',
    'The UN High Level Dialogue on Migration and Development in 2013': 'Le Dialogue de haut niveau des Nations Unies sur les migrations internationales et le développement (2013)',
  },

  defaultTitle: 'Synthèse des conversations',
  subtitleOfSession: (format, title, where) => `Synthèse ${(format && (OF_FORMAT[format] ?? `de la session ${format}`)) || 'de la session'} ${quote(title)}${where ? `, ${where}` : ''}`,
  subtitleOfRound: (sessions, where) => `Synthèse de ${n(sessions, 'session')}${where ? `${COLON} ${where}` : ''}`,
  held: (sessions, places, kinds) => {
    const k = kinds.map(({ label, count }) => `${count} × ${label.toLowerCase()}`);
    return `${n(sessions, 'session')} ${sessions === 1 ? 's’est tenue' : 'se sont tenues'}${places.length > 0 ? ` à ${list(places)}` : ''}${k.length > 0 ? ` (${k.join(', ')})` : ''}.`;
  },
  tookPart: (people, several) => ` ${n(people, 'personne')} y ${people === 1 ? 'a' : 'ont'} pris part${several ? ' (comptées dans chaque session à laquelle elles ont participé)' : ''}.`,
  posted: (contributions, votes, voters) =>
    `Les participants ont publié ${n(contributions, 'contribution')} et exprimé ${n(votes, 'vote')}${SEMI} ${n(voters, 'participant')} ${voters === 1 ? 'a' : 'ont'} voté. ` +
    `Toutes les sessions se sont tenues selon la règle de Chatham House${COLON} les contributions et les votes ne sont pas attribués, et personne, pas même l’animateur, ne peut savoir qui a dit quoi.`,
  questionsAdded: 'Questions ajoutées pour ces sessions',
  annexNote: `Les questions tirées de l’annexe II du rapport sont citées en anglais, telles que le rapport les formule, faute de traduction officielle${SEMI} celles que l’animateur a modifiées ou ajoutées figurent telles qu’il les a rédigées.`,
  pictures: {
    title: 'En un coup d’œil',
    map: { title: 'Carte des opinions', group: (id, size) => `Groupe ${id} (${num(size)})` },
    mapCaption: `Carte des opinions. Chaque marque est un participant qui a assez voté pour y figurer${SEMI} des marques proches ont voté de façon semblable. La couleur et la forme donnent le groupe d’opinion. Les axes sont les deux directions selon lesquelles les votes diffèrent le plus${SEMI} ils n’ont pas de nom. Aucune marque ne dit qui est qui.`,
    mapHeader: ['Groupe', 'Participants'],
    groupName: (id) => `Groupe ${id}`,
    agreement: {
      title: 'Adhésion par thème',
      leaning: { agree: 'Plutôt d’accord', disagree: 'Plutôt en désaccord', pass: 'Abstention ou partagé' },
      voters: (count) => (count === 1 ? '1 a voté' : `${num(count)} ont voté`),
      figure: (count, share) => `${num(count)} (${pc(share)})`,
    },
    agreementCaption: `Adhésion par thème. Pour chaque thème, les participants qui ont voté sur ses contributions, selon le sens de leurs votes${COLON} plutôt d’accord, plutôt en désaccord, ou ni l’un ni l’autre (ils se sont abstenus, ou leurs accords et désaccords s’équilibrent).`,
    agreementHeader: ['Thème', 'Votants'],
  },
  regarding: (label) => `Concernant le thème ${quote(label)}`,
  regardingOther: 'Concernant d’autres sujets',

  strengthWords: WORDS,
  contributionWords: { many: 'de nombreuses contributions', several: 'plusieurs contributions', 'one participant': 'une contribution', 'no one': 'aucune contribution' },
  strengthRules: (t) => {
    const room = ROOM(t.minRoomShare);
    return {
      'strong divergence': 'au moins 2 d’accord et 2 en désaccord, chaque camp représentant au moins 30\u00a0% des votants',
      'almost all': `au moins 5 votants, ${room}, et au moins 90\u00a0% d’accord`,
      'a growing majority': `au moins 3 votants, ${room}, plus de la moitié d’accord, et une adhésion aux mêmes propositions, soumises au vote dans plusieurs sessions, en hausse d’une session à l’autre (jamais en baisse, +10 points ou plus, au-dessus de la moitié dans la dernière)`,
      'a clear majority': `au moins 3 votants, ${room}, et au moins deux tiers d’accord`,
      'a majority': `au moins 3 votants, ${room}, et plus de la moitié d’accord`,
      'a majority disagreed': `au moins 3 votants, ${room}, et plus de la moitié en désaccord`,
      many: `au moins 3 d’accord, plus que de désaccords, soit un tiers ou plus des votants, ${room}`,
      'more disagreed': 'au moins 2 en désaccord, et plus de désaccords que d’accords',
      several: 'au moins 2 d’accord',
      'one participant': 'exactement 1 d’accord',
      'no one': 'personne d’accord',
    };
  },
  contributionRules: () => ({
    many: 'au moins 5 contributions, soit au moins 10\u00a0% de toutes les contributions',
    several: 'au moins 2 contributions',
    'one participant': 'une contribution',
    'no one': 'aucune contribution',
  }),
  beforeAnyVote: (word) => `${word} (avant tout vote)`,
  strengthPhrase,
  draft(s, topic, onlyIn, said) {
    const on = `${topic}${onlyIn}`;
    const verb = (one: string, many: string) => (singular(s) ? one : many);
    if (s.basis === 'contributions') return `${capitalise(strengthPhrase(s), L)} ${s.word === 'no one' ? 'n’a porté sur' : verb('a porté sur', 'ont porté sur')} ${on}${said}`;
    switch (s.word) {
      case 'strong divergence':
        return `Les avis ont fortement divergé sur ${on}${COLON} ${s.agree} participants penchaient vers l’accord et ${s.disagree} vers le désaccord, sur ${s.participants} votants${said}`;
      case 'a majority disagreed':
        return `${capitalise(strengthPhrase(s), L)} ont plutôt désapprouvé ce qui a été dit sur ${on}${said}`;
      case 'more disagreed':
        return `Sur ${s.participants} votants, davantage de participants ont désapprouvé (${s.disagree}) qu’approuvé (${s.agree}) ce qui a été dit sur ${on}${said}`;
      case 'no one':
        return `${capitalise(strengthPhrase(s), L)} n’a approuvé ce qui a été dit sur ${on}${said}`;
      default:
        return `${capitalise(strengthPhrase(s), L)} ${verb('a', 'ont')} approuvé ce qui a été dit sur ${on}${said}`;
    }
  },
  onlyInPlace: (place) => ` (exprimé uniquement à ${place})`,
  onlyInCategory: (id) => ` (exprimé uniquement par des participants de la catégorie ${quote((room.categories as Record<string, string>)[id] ?? id)})`,
  saying(gist) {
    if (!gist) return '.';
    const end = quoteEnd(gist.text);
    if (gist.attribution) return `${SEMI} comme l’a dit un participant (${gist.attribution})${COLON} ${end}`;
    return `${SEMI} comme l’a ${gist.text.endsWith('?') ? 'demandé' : 'dit'} un participant${COLON} ${end}`;
  },
  split(sp) {
    if (sp.by === 'groups') return `Les groupes d’opinion se sont partagés sur ${quote(sp.excerpt)} (${sp.shares.map((g) => `groupe ${g.group}${COLON} ${pc(g.agree)} d’accord`).join(', ')}).`;
    if (sp.by === 'participants') return `Les participants se sont partagés sur ${quote(sp.excerpt)} (${sp.agree} d’accord, ${sp.disagree} en désaccord, ${sp.pass} sans avis).`;
    return `${sp.disagree} participants sur ${sp.participants} penchaient vers le désaccord.`;
  },
  figures(s) {
    const contributions = n(s.contributions, 'contribution');
    if (s.basis === 'contributions') return `${contributions}${SEMI} pas encore de vote`;
    const parts = [`${s.agree} des ${s.participants} participants qui se sont prononcés penchaient vers l’accord`, `${s.disagree} vers le désaccord`];
    if (s.pass > 0) parts.push(`${s.pass} sans avis`);
    let text = `${parts.join(', ')}${SEMI} ${contributions}`;
    if (s.room > s.participants) text += `${SEMI} ${s.room} votants au total`;
    if (s.trend && s.trend.length > 1) text += `${SEMI} adhésion aux propositions soumises au vote dans plusieurs sessions, session par session${COLON} ${s.trend.map((p) => pc(p.ratio)).join(' → ')}`;
    return text;
  },
  tally,

  frameworkNone: `Aucune grille de codage n’a été appliquée${COLON} chacun des thèmes ci-dessous est issu des contributions elles-mêmes, regroupées selon les mots qu’elles partagent, et se situe hors du cadre du rapport.`,
  frameworkOther: (fit) =>
    `La grille de codage du rapport n’a pas été appliquée${COLON} cette conversation porte sur un autre sujet${fit ? ` (parmi les occurrences des ${fit.words} mots que ses contributions emploient le plus, ${pc(fit.share)} relèvent de mots que la grille contient)` : ''}. ` +
    `Chacun des thèmes ci-dessous est issu des contributions elles-mêmes, regroupées selon les mots qu’elles partagent, et se situe hors du cadre du rapport${SEMI} l’animateur peut accepter, renommer ou dissoudre chacun d’eux.`,

  method({ thresholds: m, applied, groups, groupSizes, grouped, voters }) {
    const groupsParagraph =
      groups > 1
        ? `${n(groups, 'groupe d’opinion', 'groupes d’opinion')} (de ${list(groupSizes.map(String))} participants) se sont dégagés des votes des ${grouped} participants ayant exprimé au moins ${n(m.minVotesPerParticipant, 'vote')}, selon la méthode de Pol.is${COLON} composantes principales de la matrice des votes, puis k-moyennes avec k de ${m.kRange[0]} à ${m.kRange[1]}, retenues seulement lorsque les groupes se distinguent nettement (silhouette de ${num(m.minSilhouette)} ou plus) et qu’aucun groupe ne compte moins de ${m.minGroupSize} personnes. Ce qui distingue un groupe est ce que Pol.is appelle représentatif${COLON} le groupe l’approuve (ou le désapprouve) plus d’une fois sur deux, et plus que les autres groupes, les deux de manière significative au seuil de 90\u00a0%, dans l’ordre des quatre facteurs de Pol.is. Le consensus est classé selon le consensus tenant compte des groupes, produit de l’adhésion de chaque groupe${SEMI} une proposition sur laquelle les groupes se divisent n’est jamais qualifiée de consensus.`
        : `Aucun groupe d’opinion distinct ne s’est dégagé${COLON} les groupes ne sont formés qu’à partir d’au moins ${m.minParticipantsForGroups} participants ayant exprimé chacun ${n(m.minVotesPerParticipant, 'vote')} ou plus, et seulement lorsqu’ils se distinguent nettement, avec au moins ${m.minGroupSize} personnes dans chaque groupe.`;
    const coded = applied
      ? `Chaque contribution a été codée selon la grille de codage de la série, dont les rubriques suivent la partie III du rapport${SEMI} ce qu’aucun thème ne couvrait a été regroupé en thèmes soulevés hors du cadre, nommés d’après les groupes nominaux que partagent leurs contributions.`
      : `La grille de codage n’a pas été appliquée (voir la synthèse thématique)${SEMI} les contributions ont été regroupées en thèmes selon les mots qu’elles partagent, chacun nommé d’après les groupes nominaux que partagent ses contributions.`;
    return [
      `${coded} Les déclarations des participants sur eux-mêmes (${quote('je me définis comme…')}, ${quote('l’anglais est ma langue maternelle')}) ne sont jamais présentées comme des constats. L’animateur pouvait déplacer, fusionner et reformuler${SEMI} la formulation d’un constat est celle de l’animateur lorsqu’il l’a rédigée, sinon le projet du moteur, qui cite la contribution la plus centrale du thème${COLON} celle que le codage a classée avec le plus d’assurance et qui ressemble le plus aux autres contributions du thème.`,
      `Un thème devient un constat lorsqu’au moins ${m.findingMinSupport} participants penchent dans le même sens à son sujet ou, avant tout vote, lorsqu’au moins ${m.findingMinSupport} contributions l’ont soulevé. Son terme d’intensité découle des participants distincts qui ont voté sur les contributions du thème${COLON} un participant compte pour l’accord lorsque ses votes sur le thème penchent vers l’accord. La première règle remplie donne le terme, et les chiffres qui le fondent accompagnent chaque constat. Aucun terme plus fort que ${quote('plusieurs')} n’est employé si les votants du thème ne représentent pas au moins ${pc(m.minRoomShare)} des ${voters} participants qui ont voté.`,
      groupsParagraph,
      `Un lieu ou une catégorie n’est nommé que lorsqu’au moins ${n(m.onlyInMinContributions, 'contribution')} à l’appui d’un point de vue, et toutes, en proviennent. Les contributions sont citées textuellement et sans attribution${SEMI} seules celles que leurs auteurs ont marquées comme citables portent une mention de fonction, de secteur et de lieu. Ce document ne conserve aucun nom, identifiant ni horaire d’une contribution.`,
    ];
  },

  groupsSummary: (grouped, minVotes, sizes, ungrouped, small) =>
    `Les votes des ${n(grouped, 'participant')} ayant exprimé au moins ${n(minVotes, 'vote')} se répartissent en ${n(sizes.length, 'groupe d’opinion', 'groupes d’opinion')}${COLON} ${list(sizes.map((g) => `groupe ${g.id} (${n(g.size, 'participant')})`))}.` +
    (ungrouped > 0 ? ` Les ${ungrouped} autres ont trop peu voté pour être rattachés à un groupe.` : '') +
    (small ? ' Des groupes aussi restreints n’ont qu’une valeur indicative.' : ''),
  groupHeading: (id, size) => `Groupe ${id}${COLON} ${n(size, 'participant')}`,
  stance: (direction, quoted, id, c) =>
    direction === 'agree'
      ? `Plus d’accord que les autres groupes avec ${quoted} (${c.group} sur ${c.groupSeen} d’accord dans le groupe ${id}${SEMI} ${c.rest} sur ${c.restSeen} chez les autres).`
      : `Plus en désaccord que les autres groupes avec ${quoted} (${c.group} sur ${c.groupSeen} en désaccord dans le groupe ${id}${SEMI} ${c.rest} sur ${c.restSeen} chez les autres).`,
  nothingSetsApart: (id) => `Aucune proposition ne distingue le groupe ${id} au seuil de 90\u00a0%.`,
  groupNames: (ids) => `${ids.length === 1 ? 'le groupe' : 'les groupes'} ${list(ids)}`,
  groupShare: (id, agree, seen) => `${agree} sur ${seen} dans le groupe ${id}`,
  closestToConsensus: (items) =>
    `Aucune proposition n’a recueilli l’accord d’une majorité dans chaque groupe. Les plus proches, selon le consensus tenant compte des groupes (produit de l’adhésion de chaque groupe, tel que Pol.is le calcule)${COLON} ` +
    `${items.map((i) => `${i.quoted} (${i.shares} d’accord)`).join(`${SEMI} `)}.`,
  otherPoints: 'Autres points',
  acrossTheRoom: (quoted, agree, seen, shares) => `Large accord dans l’ensemble de la salle avec ${quoted} (${agree} sur ${seen} d’accord${SEMI} une majorité dans chaque groupe d’opinion${COLON} ${shares}).`,
  majorityMostly: (quoted, agree, seen, mostly) => `Une majorité${mostly ? ` (principalement dans ${mostly})` : ''} s’est dite d’accord avec ${quoted} (${agree} sur ${seen} d’accord).`,
  majorityOfVoters: (quoted, agree, seen) => `Une majorité des votants s’est dite d’accord avec ${quoted} (${agree} sur ${seen} d’accord).`,
  rejected: (quoted, t, who) =>
    `La plupart des votants ont rejeté ${quoted} (${t.disagree} sur ${t.seen} en désaccord, ${t.agree} d’accord${who.every ? ', une majorité dans chaque groupe d’opinion' : who.mostly ? `, principalement dans ${who.mostly}` : ''}).`,
  findingRef: (number, label) => `Constat ${number} (${label})`,
  labelled: (head, text) => `${head}${COLON} ${text}`,
  groupsDivided: (quoted, shares, t) =>
    `Les groupes d’opinion se sont divisés sur ${quoted} (${list(shares.map((g) => `groupe ${g.id}${COLON} ${g.agree === null ? 'aucun vote' : pc(g.agree)}`))} d’accord${SEMI} ${t} au total)`,

  notPlaced: 'Classées sous aucun thème',
  aboutThemselves: 'Sur les participants eux-mêmes (jamais présentées comme des constats)',
  notUnderQuestion: 'Hors de toute question',
  otherContributions: 'Autres contributions',
  annexAboutParticipant: 'sur le participant',
  annexNotPlaced: 'non classée',

  csv: {
    columns: {
      number: 'numéro', session: 'session', place: 'lieu', question: 'question', contribution: 'contribution', theme: 'thème', otherThemes: 'autres thèmes',
      agree: 'd’accord', disagree: 'en désaccord', pass: 'sans avis', voters: 'votants', convergent: 'convergente', divergent: 'divergente', uncertain: 'incertaine',
      broadAgreement: 'large accord', everyGroup: 'accord dans chaque groupe', dividesGroups: 'divise les groupes', starred: 'mise en avant', quotableAs: 'citable comme',
    },
    tag: (label) => `étiquette${COLON} ${label}`,
    tags: Object.fromEntries(Object.entries(room.tags).map(([id, t]) => [id, t.label])),
    yes: 'oui',
    no: 'non',
  },
} satisfies DocumentWords;
