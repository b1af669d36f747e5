/**
 * The marks drawn on a canvas while the reader zooms or drags: the same glyphs and
 * labels, at the same places, as the HTML marks (EventMark.svelte) that stand still
 * under it until the gesture ends. Redrawing one canvas costs a frame a few
 * milliseconds where moving a hundred buttons costs tens, and the buttons, which are
 * what a keyboard and a screen reader use, are put in place once at the end.
 *
 * `paintList` works out what to draw (pure, tested); `drawMarks` draws it.
 */
import { LANE_GEOMETRY, type LaneBand } from '../layout/lanes';
import { MARK_GEOMETRY, WINDOW_GEOMETRY } from '../layout/markGeometry';
import { occupiedExtent, type PlacedEvent, type PlacedNode } from '../layout/packRows';
import { fadeStops, type WindowGlyph } from '../layout/windowGlyph';

/** A canvas's 2D context, in the page or offscreen. */
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Geometry of a mark, as EventMark.svelte's stylesheet has it. */

export interface MarkPaint {
  kind: 'band' | 'point' | 'cluster';
  lane: string;
  /** How the event's date is known (null for a cluster): what the glyph draws inside its box. */
  known: WindowGlyph | null;
  selected: boolean;
  /** Whether the mark has the keyboard focus with its ring showing. */
  focused: boolean;
  /** The whole mark (glyph and label), for the selected tint and the focus ring. */
  box: { x: number; y: number; width: number; height: number };
  glyph: { x: number; y: number; width: number; height: number };
  /** The count a cluster shows in its glyph. */
  count: number | null;
  /** `shortened` when the layout found the text wider than `maxWidth`. */
  label: { x: number; y: number; maxWidth: number; text: string; shortened: boolean };
}

export interface PaintLookup {
  /** The mark's event's title, for its label. */
  title(node: PlacedEvent): string;
  /** How the mark's event's date is known (`glyphOf`). */
  known(node: PlacedEvent): WindowGlyph | null;
}

/** What to draw for `nodes` in `bands`, in the order the HTML marks are stacked. */
export function paintList(
  nodes: readonly PlacedNode[],
  bands: readonly LaneBand[],
  lookup: PaintLookup,
  selectedId: string | null,
  focusedId: string | null = null,
): MarkPaint[] {
  const tops = new Map(bands.map((band) => [band.lane.id, band.top]));
  const paints: MarkPaint[] = [];
  for (const node of nodes) {
    const laneTop = tops.get(node.lane);
    if (laneTop === undefined) continue;
    const y = laneTop + LANE_GEOMETRY.headerHeight + node.row * LANE_GEOMETRY.rowHeight;
    const [left, right] = occupiedExtent(node);
    const cluster = node.kind === 'cluster';
    const size = cluster ? node.ids.length : 1;
    const glyphTop = cluster ? MARK_GEOMETRY.clusterTop : MARK_GEOMETRY.glyphTop;
    const glyphHeight = cluster ? MARK_GEOMETRY.clusterHeight : MARK_GEOMETRY.glyphHeight;
    const glyphWidth = node.markEnd - node.markStart;
    paints.push({
      kind: cluster ? 'cluster' : node.shape,
      lane: node.lane,
      known: cluster ? null : lookup.known(node),
      selected: cluster
        ? selectedId !== null && node.ids.includes(selectedId)
        : node.id === selectedId,
      focused: !cluster && node.id === focusedId,
      box: { x: left, y, width: right - left, height: MARK_GEOMETRY.height },
      glyph: {
        x: node.markStart,
        y: y + glyphTop,
        width: cluster ? Math.max(glyphWidth, MARK_GEOMETRY.clusterHeight) : glyphWidth,
        height: glyphHeight,
      },
      count: cluster ? size : null,
      label: {
        x: node.labelX,
        y: y + MARK_GEOMETRY.labelTop,
        maxWidth: node.labelWidth,
        text: cluster ? (size === 1 ? '1 event' : `${size} events`) : lookup.title(node),
        // A cluster's "12 events" is not measured by the layout: the canvas measures it.
        shortened: cluster || node.truncated,
      },
    });
  }
  return paints;
}

/**
 * `text` as `text-overflow: ellipsis` shows it in `maxWidth`: whole if it fits,
 * else the longest start that fits with "…" after it.
 */
export function fitLabel(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (measure(`${text.slice(0, mid)}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low)}…`;
}

/** A lane's colour and its tints: 10% (selected), 16% (cluster) and 22% (a window's faint band). */
export interface LaneColours {
  solid: string;
  selected: string;
  cluster: string;
  faint: string;
}

/** Resolved colours (any CSS colour string a canvas takes). */
export interface MarkColours {
  ink: string;
  paper: string;
  focus: string;
  lanes: ReadonlyMap<string, LaneColours>;
}

function roundedRect(
  context: Context2D,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
): void {
  context.beginPath();
  context.roundRect(
    x,
    y,
    Math.max(width, 0),
    height,
    Math.max(0, Math.min(radius, width / 2, height / 2)),
  );
}

/** `box`'s outline drawn 0.75 px in, so a 1.5 px stroke stays inside it as a `border-box` border does. */
function insetRoundedRect(
  context: Context2D,
  box: { x: number; y: number; width: number; height: number },
  radius: number,
): void {
  roundedRect(context, box.x + 0.75, box.y + 0.75, box.width - 1.5, box.height - 1.5, radius);
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * A window's brackets over its faint band, as `.window .glyph`'s background layers:
 * a stroke down each end and an arm in from it along the top and the bottom.
 */
function drawBrackets(context: Context2D, glyph: Box, lane: LaneColours): void {
  const { x, y, width, height } = glyph;
  const { bracketWidth: stroke, bracketArm: arm } = WINDOW_GEOMETRY;
  context.fillStyle = lane.faint;
  context.fillRect(x, y, width, height);
  context.fillStyle = lane.solid;
  const reach = Math.min(arm, width);
  context.fillRect(x, y, Math.min(stroke, width), height);
  context.fillRect(x + width - Math.min(stroke, width), y, Math.min(stroke, width), height);
  for (const top of [y, y + height - stroke]) {
    context.fillRect(x, top, reach, stroke);
    context.fillRect(x + width - reach, top, reach, stroke);
  }
}

/** An uncertain span's fade (`fadeStops`), as the HTML mark's linear gradient. */
function drawFade(context: Context2D, glyph: Box, known: WindowGlyph, lane: LaneColours): void {
  const gradient = context.createLinearGradient(glyph.x, 0, glyph.x + glyph.width, 0);
  for (const stop of fadeStops(known.sure))
    gradient.addColorStop(Math.min(1, Math.max(0, stop.at)), stop.solid ? lane.solid : lane.faint);
  context.fillStyle = gradient;
  context.fillRect(glyph.x, glyph.y, glyph.width, glyph.height);
}

/** The best estimate's dot (or its part of day's pill), ringed in paper, as `.estimate`. */
function drawEstimate(
  context: Context2D,
  glyph: Box,
  known: WindowGlyph,
  lane: LaneColours,
  paper: string,
): void {
  const estimate = known.estimate;
  if (!estimate) return;
  const radius = WINDOW_GEOMETRY.estimateRadius;
  const centreY = glyph.y + glyph.height / 2;
  const stretched = estimate.to > estimate.from;
  const left = stretched
    ? glyph.x + estimate.from * glyph.width
    : glyph.x + estimate.from * glyph.width - radius;
  const width = Math.max(2 * radius, stretched ? (estimate.to - estimate.from) * glyph.width : 0);
  context.beginPath();
  context.roundRect(left - 1.5, centreY - radius - 1.5, width + 3, 2 * radius + 3, radius + 1.5);
  context.fillStyle = paper;
  context.fill();
  context.beginPath();
  context.roundRect(left, centreY - radius, width, 2 * radius, radius);
  context.fillStyle = lane.solid;
  context.fill();
}

/** The readings' ticks and their spread above the glyph, as `.reading` and `.spread`. */
function drawReadings(context: Context2D, glyph: Box, known: WindowGlyph, ink: string): void {
  const readings = known.readings;
  if (readings.length === 0) return;
  const top = glyph.y - MARK_GEOMETRY.glyphTop;
  const height = WINDOW_GEOMETRY.readingHeight;
  const at = (fraction: number) => glyph.x + fraction * glyph.width;
  context.fillStyle = ink;
  if (readings.length > 1) {
    const from = Math.min(...readings.map((r) => r.from));
    const to = Math.max(...readings.map((r) => r.to));
    context.fillRect(at(from), top + height / 2 - 0.5, (to - from) * glyph.width, 1);
  }
  for (const reading of readings)
    context.fillRect(
      at(reading.from),
      top,
      Math.max(2, (reading.to - reading.from) * glyph.width),
      height,
    );
}

/**
 * Where the browser puts the baseline of one line of the context's font in a line box
 * `lineHeight` tall, as its line layout does in device pixels: the font's ascent and
 * descent rounded, half the leading rounded down, then the ascent. (Placing text by its
 * middle instead lands a pixel or more off at some screen densities.)
 */
function baselineInLine(context: Context2D, lineHeight: number): number {
  const ratio = context.getTransform().a || 1;
  const metrics = context.measureText('Hg');
  const ascent = Math.round(metrics.fontBoundingBoxAscent * ratio);
  const descent = Math.round(metrics.fontBoundingBoxDescent * ratio);
  const halfLeading = Math.floor((lineHeight * ratio - (ascent + descent)) / 2);
  return (halfLeading + ascent) / ratio;
}

export interface DrawOptions {
  colours: MarkColours;
  /** The label font (CSS shorthand), as `.label` in EventMark.svelte. */
  labelFont: string;
  /** The cluster count's font, as `.cluster .glyph`. */
  countFont: string;
  /** Kept across frames: shortened labels. */
  cache: { labels: Map<string, string> };
}

/** Draws `paints` on a context whose origin is the plot's top left, in CSS pixels. */
export function drawMarks(
  context: Context2D,
  paints: readonly MarkPaint[],
  { colours, labelFont, countFont, cache }: DrawOptions,
): void {
  const measure = (text: string) => context.measureText(text).width;
  // Shortened labels are kept per text and width; a long session of zooming should not
  // keep every width it ever saw.
  if (cache.labels.size > 20_000) cache.labels.clear();
  for (const paint of paints) {
    const lane = colours.lanes.get(paint.lane);
    if (!lane) continue;
    const { glyph, box } = paint;
    if (paint.kind === 'cluster') {
      insetRoundedRect(context, glyph, 8.25);
      context.fillStyle = lane.cluster;
      context.fill();
      context.lineWidth = 1.5;
      context.strokeStyle = lane.solid;
      context.stroke();
    } else if (paint.kind === 'point') {
      const radius = glyph.width / 2;
      const centreX = glyph.x + radius;
      const centreY = glyph.y + glyph.height / 2;
      context.beginPath();
      context.arc(centreX, centreY, radius + 2, 0, 2 * Math.PI);
      context.fillStyle = colours.paper;
      context.fill();
      context.beginPath();
      if (paint.known?.qualified) {
        // Hollow: a ring as wide as `.qualified.point`'s border, inside the glyph.
        const stroke = WINDOW_GEOMETRY.bracketWidth;
        context.arc(centreX, centreY, radius - stroke / 2, 0, 2 * Math.PI);
        context.lineWidth = stroke;
        context.strokeStyle = lane.solid;
        context.stroke();
      } else {
        context.arc(centreX, centreY, radius, 0, 2 * Math.PI);
        context.fillStyle = lane.solid;
        context.fill();
      }
    } else if (paint.known?.kind === 'window') {
      drawBrackets(context, glyph, lane);
    } else if (paint.known?.kind === 'uncertain-span') {
      drawFade(context, glyph, paint.known, lane);
    } else {
      roundedRect(context, glyph.x, glyph.y, glyph.width, glyph.height, 3);
      context.fillStyle = lane.solid;
      context.fill();
    }
    if (paint.known) {
      drawEstimate(context, glyph, paint.known, lane, colours.paper);
      drawReadings(context, glyph, paint.known, colours.ink);
    }
    if (paint.selected) {
      // The button's tint, under what is drawn of it.
      context.save();
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = lane.selected;
      roundedRect(context, box.x, box.y, box.width, box.height, 4);
      context.fill();
      context.restore();
      context.lineWidth = 2;
      context.strokeStyle = colours.ink;
      // `outline-offset: 2px` follows the glyph's own corners: a pill for a cluster.
      const corner = paint.kind === 'cluster' ? glyph.height / 2 + 3 : 5;
      roundedRect(context, glyph.x - 3, glyph.y - 3, glyph.width + 6, glyph.height + 6, corner);
      context.stroke();
    }
    // The focused button's ring (`outline: 2px`, 1 px off the box), which the keyboard
    // reader would otherwise lose while the buttons are unseen.
    if (paint.focused) {
      context.lineWidth = 2;
      context.strokeStyle = colours.focus;
      roundedRect(context, box.x - 2, box.y - 2, box.width + 4, box.height + 4, 5);
      context.stroke();
    }
  }
  // The text last, each font set once a frame: setting a canvas's font can make the
  // browser bring the page's styles up to date first.
  context.fillStyle = colours.ink;
  context.textBaseline = 'alphabetic';
  context.textAlign = 'center';
  const clusters = paints.filter((paint) => paint.count !== null);
  if (clusters.length > 0) {
    context.font = countFont;
    // The count's line box: 15 px inside the glyph's 1.5 px border.
    const countBaseline = 1.5 + baselineInLine(context, MARK_GEOMETRY.countLineHeight);
    for (const { glyph, count } of clusters)
      context.fillText(String(count), glyph.x + glyph.width / 2, glyph.y + countBaseline);
  }
  context.font = labelFont;
  context.textAlign = 'left';
  const labelBaseline = baselineInLine(context, MARK_GEOMETRY.labelLineHeight);
  for (const paint of paints) {
    const { label } = paint;
    if (label.maxWidth > 0 && label.text) {
      // Only a label the layout had to shorten is measured here: most fit as they are.
      let shown = label.text;
      if (label.shortened) {
        const key = `${label.text}|${Math.floor(label.maxWidth)}`;
        shown = cache.labels.get(key) ?? fitLabel(label.text, label.maxWidth, measure);
        cache.labels.set(key, shown);
      }
      const baseline = label.y + labelBaseline;
      context.fillText(shown, label.x, baseline);
      // `text-decoration: underline`, 1 px thick, 2 px under the baseline.
      if (paint.selected) context.fillRect(label.x, baseline + 2, measure(shown), 1);
    }
  }
}
