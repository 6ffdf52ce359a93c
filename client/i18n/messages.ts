/** The shape of the messages, taken from the English catalogues, and use-intl's typing of every key. */
import type consoleMessages from './catalogues/en/console.js';
import type room from './catalogues/en/room.js';
import type { Locale } from './locales.js';

export type RoomMessages = typeof room;
export type ConsoleMessages = typeof consoleMessages;
export type Messages = RoomMessages & ConsoleMessages;

/** What a translation of a catalogue must be: every key of the English one, no other, each a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

declare module 'use-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
