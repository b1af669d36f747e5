/**
 * The colour theme: light or dark by the system's `prefers-color-scheme`, unless the
 * reader chose one with the header's switch. The choice is kept in localStorage and
 * shown as `data-theme` on <html>, which theme.css reads. No Svelte here: a prerendered
 * page applies the stored choice in an inline script while it is parsed
 * (`APPLY_STORED_THEME_SCRIPT`), and main.ts before the app mounts, so the page never
 * flashes.
 */

export type Theme = 'light' | 'dark';

/** The localStorage key of the reader's choice. */
export const THEME_KEY = 'nov1917-theme';

/** The reader's stored choice, or null to follow the system (also when storage is blocked). */
export function readStoredTheme(storage: Pick<Storage, 'getItem'> | null): Theme | null {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can throw (disabled cookies, sandboxed frames); the system decides then.
    return null;
  }
}

/** Keeps the choice, or forgets it for null; a storage that throws is left alone. */
export function storeTheme(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  theme: Theme | null,
): void {
  try {
    if (theme) storage?.setItem(THEME_KEY, theme);
    else storage?.removeItem(THEME_KEY);
  } catch {
    // The switch still works for this page; it is just not remembered.
  }
}

/** The theme the page shows: the reader's choice, else the system's. */
export function effectiveTheme(choice: Theme | null, systemDark: boolean): Theme {
  return choice ?? (systemDark ? 'dark' : 'light');
}

/**
 * The choice after pressing the switch: the other theme, or null (follow the system
 * again) when the other theme is what the system asks for anyway.
 */
export function toggledChoice(choice: Theme | null, systemDark: boolean): Theme | null {
  const next: Theme = effectiveTheme(choice, systemDark) === 'dark' ? 'light' : 'dark';
  return next === (systemDark ? 'dark' : 'light') ? null : next;
}

/** Shows the choice on the root element (`data-theme`), or removes it for null. */
export function applyTheme(root: HTMLElement, choice: Theme | null): void {
  if (choice) root.dataset.theme = choice;
  else delete root.dataset.theme;
}

/**
 * `applyTheme(document.documentElement, readStoredTheme(localStorage))` as a classic
 * script's text, for a prerendered page to run inline in its <head>: its first paint
 * then comes in the reader's theme, before any script file could arrive. Only a stored
 * choice sets anything, as `applyTheme` does on a fresh page; theme.test.ts checks that
 * the two agree on every stored value.
 */
export const APPLY_STORED_THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** localStorage, or null where touching it throws. */
export function themeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
