import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import compile from 'icu-minify/compile';
import { createTranslator } from 'use-intl';
import enConsole from '../../client/i18n/catalogues/en/console.js';
import enRoom from '../../client/i18n/catalogues/en/room.js';
import esConsole from '../../client/i18n/catalogues/es/console.js';
import esRoom from '../../client/i18n/catalogues/es/room.js';
import frConsole from '../../client/i18n/catalogues/fr/console.js';
import frRoom from '../../client/i18n/catalogues/fr/room.js';

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue, by its dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments and tags a message uses, so a translation cannot drop or rename one. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        names.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const CATALOGUES = {
  room: { en: enRoom, fr: frRoom, es: esRoom },
  console: { en: enConsole, fr: frConsole, es: esConsole },
} as const;

describe('the translations', () => {
  for (const [part, byLocale] of Object.entries(CATALOGUES)) {
    const english = leaves(byLocale.en as unknown as Tree);
    for (const locale of ['fr', 'es'] as const) {
      const translated = leaves(byLocale[locale] as unknown as Tree);
      it(`${locale}/${part} has every key English has, and no other`, () => {
        expect([...english.keys()].filter((k) => !translated.has(k))).toEqual([]);
        expect([...translated.keys()].filter((k) => !english.has(k))).toEqual([]);
      });
      it(`${locale}/${part} uses the same arguments and tags as English in every message`, () => {
        const differing = [...english].filter(([key, message]) => translated.has(key) && argumentsOf(message).join() !== argumentsOf(translated.get(key)!).join());
        expect(differing.map(([key]) => key)).toEqual([]);
      });
    }
    for (const locale of ['en', 'fr', 'es'] as const) {
      it(`${locale}/${part} compiles, message by message, as the build does`, () => {
        for (const message of leaves(byLocale[locale] as unknown as Tree).values()) expect(() => compile(message)).not.toThrow();
      });
    }
  }

  it('formats plurals, numbers and lists through Intl in each language', () => {
    const messages = { ...enRoom, ...enConsole };
    const t = (locale: 'en' | 'fr' | 'es', m: object) => createTranslator({ locale, messages: m as typeof messages });
    expect(t('en', { ...enRoom, ...enConsole })('composer.left', { left: 1, max: 1000 })).toBe('1 character left of 1,000');
    expect(t('fr', { ...frRoom, ...frConsole })('composer.left', { left: 2, max: 1000 })).toBe('2 caractères restants sur 1\u202f000');
    expect(t('es', { ...esRoom, ...esConsole })('composer.left', { left: 1, max: 1000 })).toBe('Queda 1 carácter de 1000');
    expect(t('fr', { ...frRoom, ...frConsole })('console.bar.connected', { count: 1 })).toBe('1 connecté');
    expect(t('fr', { ...frRoom, ...frConsole })('console.synthesis.votes', { agree: 3, disagree: 1, pass: 0, participants: 4, ratio: 0.75 })).toBe(
      '3 d’accord, 1 pas d’accord, 0 sans avis sur 4 participants (75\u00a0% d’accord)',
    );
  });

  it('keeps the Chatham House rule in its exact wording in each language', () => {
    expect(enRoom.chatham.rule).toBe(
      'When a meeting, or part thereof, is held under the Chatham House Rule, participants are free to use the information received, but neither the identity nor the affiliation of the speaker(s), nor that of any other participant, may be revealed.',
    );
    expect(frRoom.chatham.rule).toContain('les participants sont libres d’utiliser les informations collectées à cette occasion');
    expect(esRoom.chatham.rule).toContain('los participantes tienen el derecho de utilizar la información que reciben');
  });
});
