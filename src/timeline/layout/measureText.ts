/**
 * Label widths for the layout, measured on a canvas with the label's own font and
 * cached per text; outside a browser (unit tests) an estimate stands in.
 */
import { estimateTextWidth } from './packRows';

export type TextMeasurer = (text: string) => number;

/** A measurer for `font` (CSS shorthand, e.g. `500 13px system-ui`) whose size is `sizePx`. */
export function createTextMeasurer(font: string, sizePx: number): TextMeasurer {
  const cache = new Map<string, number>();
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context
        ? Math.ceil(context.measureText(text).width)
        : estimateTextWidth(text, sizePx);
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * Label widths estimated from their length (`estimateTextWidth`), the same in every
 * browser and on the server: the prerendered first view is laid out with these, and
 * each label's box is the room they give it (a longer text ends in an ellipsis).
 */
export function estimateLabels(sizePx: number): TextMeasurer {
  return (text) => estimateTextWidth(text, sizePx);
}
