/**
 * Whether `npm run curate` served this page: its server puts a per-start token in a
 * meta tag, which the readers' app never has. Kept apart so the app's own script
 * carries only this check, and the workbench's code comes in a chunk of its own.
 */
export const TOKEN_META = 'workbench-token';

/**
 * The token of the server that served this page, or null when no workbench served it
 * (and while the build prerenders the page, where there is no document).
 */
export function workbenchToken(doc: Document | undefined = globalThis.document): string | null {
  if (!doc) return null;
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}
