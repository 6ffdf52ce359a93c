/** The documents in Spanish, as a rapporteur would write them. */
import consoleMessages from '../../../client/i18n/catalogues/es/console.js';
import room from '../../../client/i18n/catalogues/es/room.js';
import type { Strength, StrengthWord } from '../../../shared/synthesis.js';
import { capitalise, counted, listInWords, percent } from '../../synthesis/wording.js';
import type { DocumentWords, TallyNumbers } from './messages.js';
import { quoting } from './quoting.js';

const L = 'es-ES';
const n = (count: number, singular: string, plural = `${singular}s`) => counted(count, singular, plural, L);
const contributions = (count: number) => n(count, 'contribución', 'contribuciones');
const list = (items: readonly string[]) => listInWords(items, L);
const pc = (x: number) => percent(x, L);
const num = (x: number) => new Intl.NumberFormat(L).format(x);
const { quote, quoteEnd, labelInSentence } = quoting('«', '»');

/** "Una clara mayoría … coincidió", "varios participantes … coincidieron": the verb agrees with the head of the subject. */
const PLURAL_SUBJECT: ReadonlySet<StrengthWord> = new Set(['almost all', 'many', 'several', 'more disagreed', 'strong divergence']);

function strengthPhrase(s: Strength): string {
  if (s.basis === 'contributions') {
    if (s.word === 'one participant') return 'una contribución (aún sin votos)';
    if (s.word === 'no one') return 'ninguna contribución';
    return `${s.word === 'many' ? 'muchas' : 'varias'} contribuciones (${s.contributions}, aún sin votos)`;
  }
  const of = `${s.agree} de ${s.participants}`;
  switch (s.word) {
    case 'one participant':
      return `un participante (${of})`;
    case 'no one':
      return `ningún participante (${of})`;
    case 'strong divergence':
      return `los participantes (${s.agree} de acuerdo, ${s.disagree} en desacuerdo, de ${s.participants})`;
    case 'a majority disagreed':
      return `una mayoría de los participantes (${s.disagree} de ${s.participants})`;
    case 'more disagreed':
      return `más participantes (${s.disagree} de ${s.participants})`;
    case 'many':
      return `muchos participantes (${of})`;
    case 'several':
      return `varios participantes (${of})`;
    case 'almost all':
      return `casi todos los participantes (${of})`;
    case 'a clear majority':
      return `una clara mayoría de los participantes (${of})`;
    case 'a growing majority':
      return `una mayoría creciente de los participantes (${of})`;
    case 'a majority':
      return `una mayoría de los participantes (${of})`;
  }
}

function tally(t: TallyNumbers): string {
  if (t.seen === 0) return 'sin votos';
  const parts = [`${t.agree} de acuerdo`, `${t.disagree} en desacuerdo`];
  if (t.pass > 0) parts.push(`${t.pass} sin opinión`);
  return parts.join(', ');
}

const ROOM = (share: number) => `que representan al menos el ${pc(share)} de todos los que votaron`;

/** The console's own strength words (its badges), so a document and the console say the same. */
const WORDS: Record<StrengthWord, string> = consoleMessages.console.synthesis.strength;

/** "de la mesa redonda", "del almuerzo o cena de trabajo": the article agrees with the format. */
const OF_FORMAT: Record<string, string> = {
  roundtable: 'de la mesa redonda',
  'working-meal': 'del almuerzo o cena de trabajo',
  bilateral: 'de la reunión bilateral',
  plenary: 'de la sesión plenaria',
};

export const es = {
  language: 'es',
  labels: {
    locale: L,
    parts: {
      sessions: 'Las sesiones',
      conduct: 'Cómo se desarrollaron las conversaciones',
      categories: 'Participantes por categoría',
      questions: 'Las preguntas planteadas a los participantes',
      consolidation: 'Consolidación temática',
      groups: 'Grupos de opinión',
      convergence: 'Principales convergencias',
      rejected: 'Lo que la mayoría de los participantes rechazó',
      divergence: 'Dónde divergieron los participantes',
      reflection: 'Preguntas planteadas para una reflexión más profunda',
      quotes: 'En sus propias palabras',
      method: 'Método',
      strengthWords: 'Cómo se corresponden los términos con las cifras',
      annexByTheme: 'Anexo: todas las contribuciones, por tema',
      annexByQuestion: 'Anexo: todas las contribuciones, por pregunta',
    },
    sessionColumns: ['Sesión', 'Lugar', 'Fecha', 'Formato'],
    categoryColumns: ['Categoría', 'Participantes'],
    strengthColumns: ['Término', 'Regla'],
    noFindings: 'Ningún tema reúne todavía apoyo suficiente para una conclusión.',
    counterView: 'Un punto de vista contrario:',
    questionsRaised: 'Preguntas planteadas:',
    quoteMarks: ['«', '»'],
    colon: ':',
    pageOf: ['Página ', ' de '],
  },
  quote,
  quoteEnd,
  labelInSentence,
  topic: (label, phrases) => (phrases.length > 0 ? list(phrases.map(quote)) : `el tema ${quote(label)}`),

  formats: room.formats,
  categories: room.categories,
  categoryRemainder: 'Menos de tres por categoría, o sin indicar',
  outsideFramework: 'Planteado fuera del marco',
  codebook: {
    'The five pillars of current migration governance': 'Los cinco pilares de la gobernanza actual de la migración',
    'Areas of common ground in current migration management': 'Ámbitos de terreno común en la gestión actual de la migración',
    'Impediments to common ground for global governance': 'Obstáculos a un terreno común para la gobernanza mundial',
    'Key agents of change': 'Principales agentes de cambio',
    'National policies and programs': 'Políticas y programas nacionales',
    'Bilateral, regional and global dialogues': 'Diálogos bilaterales, regionales y mundiales',
    'Supranational structures': 'Estructuras supranacionales',
    'Multilateral agencies': 'Organismos multilaterales',
    'International legal frameworks': 'Marcos jurídicos internacionales',
    'Cooperation among member States in the European Union': 'Cooperación entre los Estados miembros de la Unión Europea',
    'Common ground in the protection of refugees and asylum seekers': 'Terreno común en la protección de refugiados y solicitantes de asilo',
    'Elements of common ground in labour migration': 'Elementos de terreno común en la migración laboral',
    'Common ground of expanding mobility': 'Terreno común en la ampliación de la movilidad',
    'Enforcement as common ground': 'El control como terreno común',
    'Political trends': 'Tendencias políticas',
    'Retreat from binding frameworks on migration and governance': 'Retroceso de los marcos vinculantes sobre migración y gobernanza',
    'Broad disincentives and opposition to "managed" migration': 'Desincentivos generales y oposición a la migración «gestionada»',
    'Emergence of potent demographic, social and political trends': 'Surgimiento de poderosas tendencias demográficas, sociales y políticas',
    '"New" decision-making dynamics under the Lisbon Treaty': 'La «nueva» dinámica de decisión del Tratado de Lisboa',
    'Regional consultative processes: leading to global change?': 'Procesos consultivos regionales: ¿hacia un cambio mundial?',
    'Business and private sector actors': 'Empresas y actores del sector privado',
    'Select or diverse actors = agents of change?': '¿Actores selectos o diversos como agentes de cambio?',
    'An "M-20"': 'Un «M-20»',
    Parliamentarians: 'Los parlamentarios',
    'The Global Forum on Migration and Development': 'El Foro Mundial sobre Migración y Desarrollo',
    'The Global Migration Group': 'El Grupo Mundial sobre Migración',
    'The UN High Level Dialogue on Migration and Development in 2013': 'El Diálogo de Alto Nivel de las Naciones Unidas sobre la Migración Internacional y el Desarrollo (2013)',
  },

  defaultTitle: 'Síntesis de las conversaciones',
  subtitleOfSession: (format, title, where) => `Síntesis ${(format && (OF_FORMAT[format] ?? `de la sesión ${format}`)) || 'de la sesión'} ${quote(title)}${where ? `, ${where}` : ''}`,
  subtitleOfRound: (sessions, where) => `Síntesis de ${n(sessions, 'sesión', 'sesiones')}${where ? `: ${where}` : ''}`,
  held: (sessions, places, kinds) => {
    const k = kinds.map(({ label, count }) => `${count} × ${label.toLowerCase()}`);
    return `Se ${sessions === 1 ? 'celebró' : 'celebraron'} ${n(sessions, 'sesión', 'sesiones')}${places.length > 0 ? ` en ${list(places)}` : ''}${k.length > 0 ? ` (${k.join(', ')})` : ''}.`;
  },
  tookPart: (people, several) => ` ${people === 1 ? 'Participó' : 'Participaron'} ${n(people, 'persona')}${several ? ' (contadas en cada sesión a la que asistieron)' : ''}.`,
  posted: (count, votes, voters) =>
    `Los participantes publicaron ${contributions(count)} y emitieron ${n(votes, 'voto')}; ${n(voters, 'participante')} ${voters === 1 ? 'votó' : 'votaron'}. ` +
    'Todas las sesiones se celebraron bajo la regla de Chatham House: las contribuciones y los votos no se atribuyen, y nadie, ni siquiera la moderación, puede saber quién dijo qué.',
  questionsAdded: 'Preguntas añadidas para estas sesiones',
  annexNote: 'Las preguntas tomadas del anexo II del informe se citan en inglés, tal como las formula el informe, que no tiene traducción oficial; las que la moderación modificó o añadió figuran tal como se redactaron.',
  pictures: {
    title: 'De un vistazo',
    map: { title: 'Mapa de opiniones', group: (id, size) => `Grupo ${id} (${size})` },
    mapCaption:
      'Mapa de opiniones. Cada marca es un participante que votó lo suficiente para figurar en él; las marcas cercanas votaron de forma parecida. El color y la forma indican el grupo de opinión. Los ejes son las dos direcciones en que más difieren los votos; no tienen nombre. Ninguna marca dice quién es quién.',
    mapHeader: ['Grupo', 'Participantes'],
    groupName: (id) => `Grupo ${id}`,
    agreement: {
      title: 'Acuerdo por tema',
      leaning: { agree: 'Más bien de acuerdo', disagree: 'Más bien en desacuerdo', pass: 'Abstención o equilibrio' },
      voters: (count) => (count === 1 ? '1 votó' : `${count} votaron`),
      figure: (count, share) => `${count} (${pc(share)})`,
    },
    agreementCaption:
      'Acuerdo por tema. Para cada tema, los participantes que votaron sobre sus contribuciones, según hacia dónde se inclinan sus votos: de acuerdo, en desacuerdo o ninguno de los dos (se abstuvieron, o sus acuerdos y desacuerdos se equilibran).',
    agreementHeader: ['Tema', 'Votaron'],
  },
  regarding: (label) => `Sobre el tema ${quote(label)}`,
  regardingOther: 'Sobre otros asuntos',

  strengthWords: WORDS,
  contributionWords: { many: 'muchas contribuciones', several: 'varias contribuciones', 'one participant': 'una contribución', 'no one': 'ninguna contribución' },
  strengthRules: (t) => {
    const room = ROOM(t.minRoomShare);
    return {
      'strong divergence': 'al menos 2 de acuerdo y 2 en desacuerdo, cada lado al menos el 30\u00a0% de quienes votaron',
      'almost all': `al menos 5 votaron, ${room}, y al menos el 90\u00a0% está de acuerdo`,
      'a growing majority': `al menos 3 votaron, ${room}, más de la mitad está de acuerdo, y el acuerdo con las mismas afirmaciones, votadas en varias sesiones, subió de una sesión a otra (nunca bajó, +10 puntos o más, por encima de la mitad en la última)`,
      'a clear majority': `al menos 3 votaron, ${room}, y al menos dos tercios están de acuerdo`,
      'a majority': `al menos 3 votaron, ${room}, y más de la mitad está de acuerdo`,
      'a majority disagreed': `al menos 3 votaron, ${room}, y más de la mitad está en desacuerdo`,
      many: `al menos 3 de acuerdo, más que en desacuerdo, un tercio o más de quienes votaron, ${room}`,
      'more disagreed': 'al menos 2 en desacuerdo, y más en desacuerdo que de acuerdo',
      several: 'al menos 2 de acuerdo',
      'one participant': 'exactamente 1 de acuerdo',
      'no one': 'nadie de acuerdo',
    };
  },
  contributionRules: () => ({
    many: 'al menos 5 contribuciones, y al menos el 10\u00a0% de todas las contribuciones',
    several: 'al menos 2 contribuciones',
    'one participant': 'una contribución',
    'no one': 'ninguna contribución',
  }),
  beforeAnyVote: (word) => `${word} (antes de cualquier voto)`,
  strengthPhrase,
  draft(s, topic, onlyIn, said) {
    const on = `${topic}${onlyIn}`;
    const plural = s.basis === 'contributions' ? s.word === 'many' || s.word === 'several' : PLURAL_SUBJECT.has(s.word);
    const verb = (one: string, many: string) => (plural ? many : one);
    if (s.basis === 'contributions') return `${capitalise(strengthPhrase(s), L)} ${verb('trató', 'trataron')} ${on}${said}`;
    switch (s.word) {
      case 'strong divergence':
        return `Hubo una fuerte divergencia sobre ${on}: ${s.agree} participantes se inclinaron a favor y ${s.disagree} en contra, de ${s.participants} que votaron${said}`;
      case 'a majority disagreed':
        return `${capitalise(strengthPhrase(s), L)} se mostró en desacuerdo con lo dicho sobre ${on}${said}`;
      case 'more disagreed':
        return `De ${s.participants} participantes que votaron, más se inclinaron en contra (${s.disagree}) que a favor (${s.agree}) de lo dicho sobre ${on}${said}`;
      default:
        return `${capitalise(strengthPhrase(s), L)} ${verb('coincidió', 'coincidieron')} con lo dicho sobre ${on}${said}`;
    }
  },
  onlyInPlace: (place) => ` (expresado solo en ${place})`,
  onlyInCategory: (id) => ` (expresado solo por participantes de la categoría ${quote((room.categories as Record<string, string>)[id] ?? id)})`,
  saying(gist) {
    if (!gist) return '.';
    const end = quoteEnd(gist.text);
    if (gist.attribution) return `; en palabras de un participante (${gist.attribution}): ${end}`;
    return `; como ${gist.text.endsWith('?') ? 'preguntó' : 'dijo'} un participante: ${end}`;
  },
  split(sp) {
    if (sp.by === 'groups') return `Los grupos de opinión se dividieron sobre ${quote(sp.excerpt)} (${sp.shares.map((g) => `grupo ${g.group}: ${pc(g.agree)} de acuerdo`).join(', ')}).`;
    if (sp.by === 'participants') return `Los participantes se dividieron sobre ${quote(sp.excerpt)} (${sp.agree} de acuerdo, ${sp.disagree} en desacuerdo, ${sp.pass} sin opinión).`;
    return `${sp.disagree} de ${sp.participants} participantes se inclinaron en contra.`;
  },
  figures(s) {
    const behind = contributions(s.contributions);
    if (s.basis === 'contributions') return `${behind}; aún sin votos`;
    const parts = [`${s.agree} de los ${s.participants} participantes que votaron sobre ello se inclinaron a favor`, `${s.disagree} en contra`];
    if (s.pass > 0) parts.push(`${s.pass} sin opinión`);
    let text = `${parts.join(', ')}; ${behind}`;
    if (s.room > s.participants) text += `; ${s.room} votaron en total`;
    if (s.trend && s.trend.length > 1) text += `; acuerdo con las afirmaciones votadas en varias sesiones, sesión por sesión: ${s.trend.map((p) => pc(p.ratio)).join(' → ')}`;
    return text;
  },
  tally,

  frameworkNone: 'No se aplicó ningún libro de códigos: cada tema que sigue surgió de las propias contribuciones, agrupadas por las palabras que comparten, y queda fuera del marco del informe.',
  frameworkOther: (fit) =>
    `No se aplicó el libro de códigos del informe: esta conversación trata de otro tema${fit ? ` (de los usos de las ${fit.words} palabras que más emplean sus contribuciones, el ${pc(fit.share)} corresponde a palabras que contiene el libro de códigos)` : ''}. ` +
    'Cada tema que sigue surgió de las propias contribuciones, agrupadas por las palabras que comparten, y queda fuera del marco del informe; la moderación puede aceptar, renombrar o disolver cada uno.',

  method({ thresholds: m, applied, groups, groupSizes, grouped, voters }) {
    const groupsParagraph =
      groups > 1
        ? `De los votos de los ${grouped} participantes que emitieron al menos ${n(m.minVotesPerParticipant, 'voto')} surgieron ${n(groups, 'grupo de opinión', 'grupos de opinión')} (de ${list(groupSizes.map(String))} participantes), tal como los forma Pol.is: componentes principales de la matriz de votos y luego k-medias con k de ${m.kRange[0]} a ${m.kRange[1]}, conservadas solo cuando los grupos se separan con claridad (silueta de ${num(m.minSilhouette)} o más) y ningún grupo tiene menos de ${m.minGroupSize} personas. Lo que distingue a un grupo es lo que Pol.is llama representativo: el grupo está de acuerdo (o en desacuerdo) con ello más de la mitad de las veces, y más que los demás grupos, ambas cosas de forma significativa al 90\u00a0%, en el orden de los cuatro factores de Pol.is. El consenso se ordena por el consenso informado por grupos, el producto del acuerdo de cada grupo; una afirmación que divide a los grupos nunca se califica de consenso.`
        : `No surgieron grupos de opinión distintos: los grupos solo se forman a partir de al menos ${m.minParticipantsForGroups} participantes con ${n(m.minVotesPerParticipant, 'voto')} o más cada uno, y solo cuando se separan con claridad, con al menos ${m.minGroupSize} personas en cada grupo.`;
    const coded = applied
      ? 'Cada contribución se codificó según el libro de códigos de la serie, cuyos epígrafes siguen la parte III del informe; lo que ningún tema abarcaba se agrupó en temas planteados fuera del marco, nombrados según los sintagmas nominales que comparten sus contribuciones.'
      : 'No se aplicó el libro de códigos (véase la consolidación temática); las contribuciones se agruparon en temas según las palabras que comparten, cada uno nombrado según los sintagmas nominales que comparten sus contribuciones.';
    return [
      `${coded} Las afirmaciones de los participantes sobre sí mismos (${quote('me identifico como…')}, ${quote('el inglés es mi lengua materna')}) nunca se presentan como conclusiones. La moderación podía mover, fusionar y reformular; la redacción de una conclusión es la de la moderación cuando la escribió, y si no el borrador del motor, que cita la contribución más central del tema: la que el codificador situó con más seguridad y que más se parece a las demás contribuciones del tema.`,
      `Un tema se convierte en conclusión cuando al menos ${m.findingMinSupport} participantes se inclinan en el mismo sentido sobre él o, antes de cualquier voto, cuando al menos ${m.findingMinSupport} contribuciones lo plantearon. Su término de intensidad procede de los distintos participantes que votaron sobre las contribuciones del tema: un participante cuenta a favor cuando sus votos sobre el tema se inclinan a favor. La primera regla que se cumple da el término, y las cifras que lo sustentan acompañan cada conclusión. No se usa ningún término más fuerte que ${quote('varios')} si los votantes del tema no son al menos el ${pc(m.minRoomShare)} de los ${voters} participantes que votaron.`,
      groupsParagraph,
      `Un lugar o una categoría solo se nombra cuando al menos ${contributions(m.onlyInMinContributions)} que respaldan un punto de vista, y todas ellas, proceden de él. Las contribuciones se citan textualmente y sin atribución; solo las que sus autores marcaron como citables llevan una mención de función, sector y lugar. Este documento no conserva ningún nombre, identificador ni hora de ninguna contribución.`,
    ];
  },

  groupsSummary: (grouped, minVotes, sizes, ungrouped, small) =>
    `Los votos de los ${n(grouped, 'participante')} que emitieron al menos ${n(minVotes, 'voto')} se reparten en ${n(sizes.length, 'grupo de opinión', 'grupos de opinión')}: ${list(sizes.map((g) => `grupo ${g.id} (${n(g.size, 'participante')})`))}.` +
    (ungrouped > 0 ? ` Los otros ${ungrouped} votaron demasiado poco para agruparlos.` : '') +
    (small ? ' Grupos tan pequeños solo tienen valor indicativo.' : ''),
  groupHeading: (id, size) => `Grupo ${id}: ${n(size, 'participante')}`,
  stance: (direction, quoted, id, c) =>
    direction === 'agree'
      ? `Más de acuerdo que los demás grupos con ${quoted} (${c.group} de ${c.groupSeen} de acuerdo en el grupo ${id}; ${c.rest} de ${c.restSeen} entre los demás).`
      : `Más en desacuerdo que los demás grupos con ${quoted} (${c.group} de ${c.groupSeen} en desacuerdo en el grupo ${id}; ${c.rest} de ${c.restSeen} entre los demás).`,
  nothingSetsApart: (id) => `Ninguna afirmación distingue al grupo ${id} al nivel del 90\u00a0%.`,
  groupNames: (ids) => `${ids.length === 1 ? 'el grupo' : 'los grupos'} ${list(ids)}`,
  groupShare: (id, agree, seen) => `${agree} de ${seen} en el grupo ${id}`,
  closestToConsensus: (items) =>
    'Ninguna afirmación obtuvo el acuerdo de una mayoría en cada grupo. Las más cercanas, según el consenso informado por grupos (el producto del acuerdo de cada grupo, como lo calcula Pol.is): ' +
    `${items.map((i) => `${i.quoted} (${i.shares} de acuerdo)`).join('; ')}.`,
  otherPoints: 'Otros puntos',
  acrossTheRoom: (quoted, agree, seen, shares) => `Amplio acuerdo en toda la sala con ${quoted} (${agree} de ${seen} de acuerdo; una mayoría en cada grupo de opinión: ${shares}).`,
  majorityMostly: (quoted, agree, seen, mostly) => `Una mayoría${mostly ? ` (sobre todo en ${mostly})` : ''} estuvo de acuerdo con ${quoted} (${agree} de ${seen} de acuerdo).`,
  majorityOfVoters: (quoted, agree, seen) => `Una mayoría de quienes votaron estuvo de acuerdo con ${quoted} (${agree} de ${seen} de acuerdo).`,
  rejected: (quoted, t, who) =>
    `La mayoría de quienes votaron rechazó ${quoted} (${t.disagree} de ${t.seen} en desacuerdo, ${t.agree} de acuerdo${who.every ? ', una mayoría en cada grupo de opinión' : who.mostly ? `, sobre todo en ${who.mostly}` : ''}).`,
  findingRef: (number, label) => `Conclusión ${number} (${label})`,
  labelled: (head, text) => `${head}: ${text}`,
  groupsDivided: (quoted, shares, t) =>
    `Los grupos de opinión se dividieron sobre ${quoted} (${list(shares.map((g) => `grupo ${g.id}: ${g.agree === null ? 'sin votos' : pc(g.agree)}`))} de acuerdo; ${t} en total)`,

  notPlaced: 'Sin clasificar en ningún tema',
  aboutThemselves: 'Sobre los propios participantes (nunca se presentan como conclusiones)',
  notUnderQuestion: 'Fuera de cualquier pregunta',
  otherContributions: 'Otras contribuciones',
  annexAboutParticipant: 'sobre el participante',
  annexNotPlaced: 'sin clasificar',

  csv: {
    columns: {
      number: 'número', session: 'sesión', place: 'lugar', question: 'pregunta', contribution: 'contribución', theme: 'tema', otherThemes: 'otros temas',
      agree: 'de acuerdo', disagree: 'en desacuerdo', pass: 'sin opinión', voters: 'votantes', convergent: 'convergente', divergent: 'divergente', uncertain: 'incierta',
      broadAgreement: 'amplio acuerdo', everyGroup: 'de acuerdo en cada grupo', dividesGroups: 'divide a los grupos', starred: 'destacada', quotableAs: 'citable como',
    },
    tag: (label) => `etiqueta: ${label}`,
    tags: Object.fromEntries(Object.entries(room.tags).map(([id, t]) => [id, t.label])),
    yes: 'sí',
    no: 'no',
  },
} satisfies DocumentWords;
