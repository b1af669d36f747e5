/**
 * The size and type of a mark, defined once: the HTML marks' stylesheet reads them as
 * custom properties the timeline sets (`markStyleProperties`), the canvas that draws the
 * marks during a gesture paints with them, and the layout measures labels in the same
 * font, so the three cannot drift apart.
 */

/** The timeline's typeface, for its labels, axis and the canvas alike. */
export const TIMELINE_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** A mark's box, glyph and label, in CSS pixels from the top of the mark's row. */
export const MARK_GEOMETRY = {
  height: 34,
  glyphTop: 4,
  glyphHeight: 12,
  clusterTop: 1,
  clusterHeight: 18,
  labelTop: 18,
  labelSize: 13,
  labelWeight: 500,
  labelLineHeight: 16,
  countSize: 11,
  countWeight: 700,
  countLineHeight: 15,
} as const;

/**
 * The parts of a glyph that say how its date is known (`windowGlyph.ts`), in CSS
 * pixels: a window's brackets (their stroke and how far their arms reach in), the
 * best estimate's dot, and the readings' ticks above the glyph.
 */
export const WINDOW_GEOMETRY = {
  bracketWidth: 2,
  bracketArm: 4,
  estimateRadius: 4,
  readingHeight: 3,
} as const;

/** The CSS font of a mark's label, as the canvas and the text measurer want it. */
export const LABEL_FONT = `${MARK_GEOMETRY.labelWeight} ${MARK_GEOMETRY.labelSize}px ${TIMELINE_FONT}`;

/** The CSS font of a cluster's count. */
export const COUNT_FONT = `${MARK_GEOMETRY.countWeight} ${MARK_GEOMETRY.countSize}px ${TIMELINE_FONT}`;

/** The custom properties EventMark.svelte's stylesheet reads, by name, with their values. */
export function markStyleProperties(): Record<string, string> {
  const g = MARK_GEOMETRY;
  return {
    '--tl-font': TIMELINE_FONT,
    '--mark-height': `${g.height}px`,
    '--mark-glyph-top': `${g.glyphTop}px`,
    '--mark-glyph-height': `${g.glyphHeight}px`,
    '--mark-cluster-top': `${g.clusterTop}px`,
    '--mark-cluster-height': `${g.clusterHeight}px`,
    '--mark-label-top': `${g.labelTop}px`,
    '--mark-label-size': `${g.labelSize}px`,
    '--mark-label-weight': `${g.labelWeight}`,
    '--mark-label-line-height': `${g.labelLineHeight}px`,
    '--mark-count-size': `${g.countSize}px`,
    '--mark-count-weight': `${g.countWeight}`,
    '--mark-count-line-height': `${g.countLineHeight}px`,
    '--window-bracket-width': `${WINDOW_GEOMETRY.bracketWidth}px`,
    '--window-bracket-arm': `${WINDOW_GEOMETRY.bracketArm}px`,
    '--window-estimate-radius': `${WINDOW_GEOMETRY.estimateRadius}px`,
    '--window-reading-height': `${WINDOW_GEOMETRY.readingHeight}px`,
  };
}
