/**
 * The script a prerendered page names: it lets the browser paint the page as the HTML
 * drew it, and only after that frame imports the app's entry (already fetched beside
 * the page, `<link rel="modulepreload" data-app-entry>`, see `pageDocument.ts`).
 * Evaluating the entry's modules and hydrating is a long task: named by the HTML as a
 * module script, the entry could run before the first paint when it arrived early (a
 * near server, a cache), and the drawn page waited for it. The reader's theme is
 * applied before this, by an inline script in the page's <head>.
 */
import { APP_ENTRY_ATTRIBUTE, SCRIPT_FAILED_CLASS } from './markers';

const entry = document.querySelector<HTMLLinkElement>(`link[${APP_ENTRY_ATTRIBUTE}]`);

/** How long to wait for a first frame before starting without one. */
const NO_FRAME_MS = 1000;

let started = false;

function start(): void {
  if (started) return;
  started = true;
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
// A page that paints no frame gets no animation callback: a hidden tab, and an embed's
// iframe that is display:none or scrolled out of view although its document counts as
// visible; the timer starts those.
if (document.visibilityState === 'hidden') start();
else {
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, NO_FRAME_MS);
}
