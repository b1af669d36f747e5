/**
 * The parts of Citation.js (https://citation.js.org/) the Cite panel uses. The
 * packages ship no types; these follow `@citation-js/core`'s `Cite` and plugin
 * registry and `@citation-js/plugin-csl`'s configuration, version 0.8.
 */
declare module '@citation-js/core' {
  export class Cite {
    /** Parses any input format a loaded plugin reads (CSL-JSON, RIS, BibTeX …). */
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    /** `citation` and `bibliography` (plugin-csl), `ris`, `bibtex`, `data` (CSL-JSON). */
    format(format: string, options?: Record<string, unknown>): string;
  }
  interface CslConfig {
    styles: { add(name: string, xml: string): void; has(name: string): boolean };
    locales: { add(name: string, xml: string): void; has(name: string): boolean };
  }
  export const plugins: { config: { get(name: '@csl'): CslConfig } };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module '@citation-js/name' {
  /** A personal name split as CSL names it: "W. S. Woytinsky" → given "W. S.", family "Woytinsky". */
  export function parse(name: string): {
    family?: string;
    given?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    suffix?: string;
  };
}
