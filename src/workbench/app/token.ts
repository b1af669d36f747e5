/**
 * Whether `npm run curate` served this page: its server puts a per-start token in a
 * meta tag, which the readers' app never has. Kept apart so the app's own script
 * carries only this check, and the workbench's code comes in a chunk of its own.
 */
export const TOKEN_META = 'workbench-token';

/** The token of the server that served this page, or null when no workbench served it. */
export function workbenchToken(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}
