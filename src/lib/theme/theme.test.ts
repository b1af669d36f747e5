import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  APPLY_STORED_THEME_SCRIPT,
  THEME_KEY,
  applyTheme,
  effectiveTheme,
  readStoredTheme,
  storeTheme,
  toggledChoice,
} from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('blocked');
  },
  removeItem: () => {
    throw new Error('blocked');
  },
};

describe('readStoredTheme', () => {
  it('reads light or dark and nothing else', () => {
    expect(readStoredTheme(memoryStorage({ [THEME_KEY]: 'dark' }))).toBe('dark');
    expect(readStoredTheme(memoryStorage({ [THEME_KEY]: 'light' }))).toBe('light');
    expect(readStoredTheme(memoryStorage({ [THEME_KEY]: 'sepia' }))).toBeNull();
    expect(readStoredTheme(memoryStorage())).toBeNull();
  });

  it('follows the system when storage is missing or throws', () => {
    expect(readStoredTheme(null)).toBeNull();
    expect(readStoredTheme(throwing)).toBeNull();
  });
});

describe('storeTheme', () => {
  it('keeps a choice and forgets null', () => {
    const storage = memoryStorage();
    storeTheme(storage, 'dark');
    expect(storage.data.get(THEME_KEY)).toBe('dark');
    storeTheme(storage, null);
    expect(storage.data.has(THEME_KEY)).toBe(false);
  });

  it('does not throw when storage does', () => {
    expect(() => storeTheme(throwing, 'dark')).not.toThrow();
  });
});

describe('effectiveTheme and toggledChoice', () => {
  it('shows the choice, else the system theme', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });

  it('switches to the other theme and back to following the system', () => {
    // Light system: dark is a choice; pressing again returns to the system's light.
    expect(toggledChoice(null, false)).toBe('dark');
    expect(toggledChoice('dark', false)).toBeNull();
    // Dark system: light is a choice; pressing again returns to the system's dark.
    expect(toggledChoice(null, true)).toBe('light');
    expect(toggledChoice('light', true)).toBeNull();
    // A stored choice that matches the system still switches to the other theme.
    expect(toggledChoice('dark', true)).toBe('light');
  });
});

describe('applyTheme', () => {
  it('sets and removes data-theme', () => {
    const root = { dataset: {} as DOMStringMap } as HTMLElement;
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme(root, null);
    expect(root.dataset.theme).toBeUndefined();
  });
});

describe("a prerendered page's inline theme script", () => {
  /** What the script leaves on a root element, given what localStorage does. */
  function runScript(getItem: (key: string) => string | null): string | undefined {
    const root = { dataset: {} as Record<string, string> };
    new Function('localStorage', 'document', APPLY_STORED_THEME_SCRIPT)(
      { getItem },
      { documentElement: root },
    );
    return root.dataset.theme;
  }

  /** What applyTheme leaves on a fresh page's root for the same storage. */
  function applied(getItem: (key: string) => string | null): string | undefined {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    applyTheme(root, readStoredTheme({ getItem }));
    return root.dataset.theme;
  }

  it('leaves the same theme as applyTheme for every stored value, and none when nothing is stored', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.constantFrom('light', 'dark', 'Dark', ' light', ''), fc.string())),
        (stored) => {
          const getItem = (key: string) => (key === THEME_KEY ? stored : null);
          expect(runScript(getItem)).toBe(applied(getItem));
        },
      ),
    );
    expect(runScript((key) => (key === THEME_KEY ? 'dark' : null))).toBe('dark');
  });

  it('leaves the page to the system when storage throws', () => {
    const throwing = () => {
      throw new Error('blocked');
    };
    expect(runScript(throwing)).toBeUndefined();
  });
});
