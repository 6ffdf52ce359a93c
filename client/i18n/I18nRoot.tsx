import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import { create } from 'zustand';
import { loadMessages, type CataloguePart } from './load.js';
import { initialLocale, saveLocale, type Locale, type LocaleScope } from './locales.js';

interface LocaleState {
  scope: LocaleScope;
  locale: Locale;
  /** A language asked for that could not be loaded (offline, never downloaded). */
  unavailable: Locale | null;
}

export const useLocaleStore = create<LocaleState>()(() => ({
  scope: 'room',
  locale: 'en',
  unavailable: null,
}));

export function startLocale(scope: LocaleScope): void {
  useLocaleStore.setState({ scope, locale: initialLocale(scope, window.location.search, navigator.languages ?? [navigator.language]) });
}

export function chooseLocale(locale: Locale): void {
  const { scope } = useLocaleStore.getState();
  saveLocale(scope, locale);
  useLocaleStore.setState({ locale, unavailable: null });
}

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Renders its children in the chosen language once that language's catalogues are here; keeps the previous one meanwhile. */
export function I18nRoot({ parts, children }: { parts: readonly CataloguePart[]; children: ReactNode }) {
  const locale = useLocaleStore((s) => s.locale);
  const [shown, setShown] = useState<{ locale: Locale; messages: Record<string, unknown> } | null>(null);

  useEffect(() => {
    let live = true;
    loadMessages(locale, parts).then(
      (messages) => {
        if (!live) return;
        setShown({ locale, messages });
        document.documentElement.lang = locale;
      },
      () => {
        if (live && shown) useLocaleStore.setState({ locale: shown.locale, unavailable: locale });
      },
    );
    return () => {
      live = false;
    };
  }, [locale]);

  if (!shown) return null;
  return (
    <IntlProvider locale={shown.locale} messages={shown.messages as never} timeZone={timeZone}>
      {children}
    </IntlProvider>
  );
}
