/** The console's keyboard shortcuts: one key each, ignored while typing in a field or with a dialog open. */
import { useEffect } from 'react';

export const SHORTCUTS = { o: 'open', n: 'next', c: 'close', t: 'countdown', s: 'stop', '?': 'help' } as const;
export type ShortcutAction = (typeof SHORTCUTS)[keyof typeof SHORTCUTS];

/** The action a key press asks for, or null when it is typing, a combination, or not a shortcut. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, target: EventTarget | null): ShortcutAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const el = target as HTMLElement | null;
  if (el && (el.closest?.('input, textarea, select, [contenteditable="true"], dialog[open]') || el.isContentEditable)) return null;
  return SHORTCUTS[event.key.toLowerCase() as keyof typeof SHORTCUTS] ?? null;
}

export function useShortcuts(handle: (action: ShortcutAction) => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const action = shortcutFor(event, event.target);
      if (!action) return;
      event.preventDefault();
      handle(action);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  });
}
