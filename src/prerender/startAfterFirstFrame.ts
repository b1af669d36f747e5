/**
 * The one script a prerendered page runs before it has been shown: it applies the
 * reader's stored theme, then lets the browser paint the page as the HTML drew it,
 * and only after that frame imports the app's entry (already fetched beside the page,
 * `<link rel="modulepreload" data-app-entry>`, see `pageDocument.ts`). Evaluating the
 * entry's modules and hydrating take a long task; run before the first frame, as a
 * module script the HTML names would be when it comes early, they kept the drawn
 * page from being seen.
 */
import { applyTheme, readStoredTheme, themeStorage } from '../lib/theme/theme';
import { APP_ENTRY_ATTRIBUTE, SCRIPT_FAILED_CLASS } from './markers';

applyTheme(document.documentElement, readStoredTheme(themeStorage()));

const entry = document.querySelector<HTMLLinkElement>(`link[${APP_ENTRY_ATTRIBUTE}]`);

function start(): void {
  if (!entry) {
    sayScriptFailed('the page names no script to start');
    return;
  }
  import(/* @vite-ignore */ entry.href).catch((reason: unknown) =>
    sayScriptFailed(reason instanceof Error ? reason.message : String(reason)),
  );
}

/** The drawn page stays readable; the reader is told why it does not respond. */
function sayScriptFailed(why: string): void {
  const note = document.createElement('p');
  note.className = SCRIPT_FAILED_CLASS;
  note.setAttribute('role', 'alert');
  note.textContent = `The timeline's script could not be loaded (${why}). The events below can be read, but not explored: reload the page to try again.`;
  document.body.prepend(note);
}

// A frame's animation callback runs before its paint, and a task it queues after it.
// A hidden page paints no frame (and its animation callbacks wait until it is shown).
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start));
