/**
 * What a prerendered page carries for the script that starts the app on it (see
 * `pageDocument.ts`, which writes them, and `startApp.ts`, which reads them).
 */

/** The <meta name> whose content is the fingerprint of the events.json the page was drawn from. */
export const PRERENDERED_EVENTS_META = 'prerendered-events';
/** The attribute that stands for an element's style attribute until the page is hydrated. */
export const PRERENDERED_STYLE_ATTRIBUTE = 'data-ps';
/** The id of the <style> that holds those elements' styles. */
export const PRERENDERED_STYLES_ID = 'prerendered-styles';
