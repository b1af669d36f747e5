/**
 * Where each run of a derived text (the reading text) came from in the text it was
 * derived from (the raw OCR). Positions are UTF-16 offsets, as `String.prototype.slice`
 * takes them; every end is exclusive.
 */
export interface OffsetSegment {
  readingStart: number;
  readingEnd: number;
  rawStart: number;
  rawEnd: number;
  /**
   * `copy`: the two runs hold the same text, character for character.
   * `replace`: the reading run stands for the raw run as a whole (a correction, a
   * joined hyphen, a line break read as a space). One side may be empty: raw text
   * that was dropped is a `replace` with an empty reading run.
   */
  kind: 'copy' | 'replace';
}

export interface Span {
  start: number;
  end: number;
}

/** Which text of a map a position is on: the derived (reading) text or the raw one. */
export type Side = 'reading' | 'raw';

/** Set while a builder hands its own segments to a new map, which then need no copy. */
let adopting = false;

/**
 * An ordered list of segments that tiles both texts: each segment starts where the
 * previous one ended, on both sides, so the map is monotone and covers every
 * position of the reading text and of the raw text exactly once.
 */
export class OffsetMap {
  readonly segments: readonly OffsetSegment[];
  readonly readingLength: number;
  readonly rawLength: number;

  constructor(segments: readonly OffsetSegment[]) {
    let reading = 0;
    let raw = 0;
    segments.forEach((segment, i) => {
      const { readingStart, readingEnd, rawStart, rawEnd, kind } = segment;
      if (readingStart !== reading || rawStart !== raw) {
        throw new RangeError(
          `segment ${i} starts at reading ${readingStart}, raw ${rawStart}; expected reading ${reading}, raw ${raw}`,
        );
      }
      if (readingEnd < readingStart || rawEnd < rawStart) {
        throw new RangeError(`segment ${i} ends before it starts`);
      }
      if (readingEnd === readingStart && rawEnd === rawStart) {
        throw new RangeError(`segment ${i} is empty on both sides`);
      }
      if (kind === 'copy' && readingEnd - readingStart !== rawEnd - rawStart) {
        throw new RangeError(`segment ${i} is a copy of unequal lengths`);
      }
      reading = readingEnd;
      raw = rawEnd;
    });
    // Segments handed over by a builder are frozen where they are; others are copied first.
    const own = adopting
      ? (segments as OffsetSegment[])
      : segments.map((segment) => ({ ...segment }));
    for (const segment of own) Object.freeze(segment);
    this.segments = Object.freeze(own);
    this.readingLength = reading;
    this.rawLength = raw;
  }

  /** The map of a text onto itself. */
  static identity(length: number): OffsetMap {
    return new OffsetMapBuilder().copy(length).build();
  }

  /**
   * The raw span a reading span `[start, end)` came from. An end that falls inside a
   * replacement widens to the whole replacement; raw text dropped at either edge of
   * the span is left out. An empty span inside a replacement gives the whole
   * replacement, otherwise an empty raw span just after the raw text of the
   * preceding reading character.
   */
  toRaw(start: number, end: number): Span {
    return project(this, 'reading', start, end);
  }

  /**
   * The reading span that stands for the raw span `[rawStart, rawEnd)`. Ends inside a
   * replacement widen to the whole replacement; raw text that was dropped maps to the
   * empty reading span at the point where it was dropped.
   */
  toReading(rawStart: number, rawEnd: number): Span {
    return project(this, 'raw', rawStart, rawEnd);
  }

  /** `this` maps a final text onto an intermediate one, `inner` the intermediate onto raw. */
  compose(inner: OffsetMap): OffsetMap {
    return composeMaps(this, inner);
  }
}

/** Collects segments left to right; adjacent copies (and adjacent drops) are merged. */
export class OffsetMapBuilder {
  private readonly segments: OffsetSegment[] = [];
  private reading = 0;
  private raw = 0;

  /** `length` characters that are the same in both texts. */
  copy(length: number): this {
    return this.push(length, length, 'copy');
  }

  /** A reading run of `readingLength` that stands for a raw run of `rawLength`. */
  replace(readingLength: number, rawLength: number): this {
    return this.push(readingLength, rawLength, 'replace');
  }

  build(): OffsetMap {
    adopting = true;
    try {
      return new OffsetMap(this.segments);
    } finally {
      adopting = false;
    }
  }

  private push(readingLength: number, rawLength: number, kind: OffsetSegment['kind']): this {
    if (readingLength === 0 && rawLength === 0) return this;
    const last = this.segments.at(-1);
    const mergeable =
      last !== undefined &&
      last.kind === kind &&
      (kind === 'copy' ||
        (readingLength === 0 && last.readingEnd === last.readingStart) ||
        (rawLength === 0 && last.rawEnd === last.rawStart));
    this.reading += readingLength;
    this.raw += rawLength;
    if (mergeable) {
      last.readingEnd = this.reading;
      last.rawEnd = this.raw;
    } else {
      this.segments.push({
        readingStart: this.reading - readingLength,
        readingEnd: this.reading,
        rawStart: this.raw - rawLength,
        rawEnd: this.raw,
        kind,
      });
    }
    return this;
  }
}

/**
 * Chains two maps: `outer` maps the final text onto an intermediate text and `inner`
 * maps that intermediate text onto the raw text. Where a replacement of either map
 * overlaps segments of the other, the result holds one replacement covering them all,
 * so no boundary of the result falls inside a replacement of either stage.
 *
 * One pass over both maps: their boundaries and replacements come sorted already,
 * and every lookup walks forward with the cuts. (offsetMap.testing.ts writes the same
 * chaining with a binary search per lookup, the reference it is tested against.)
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  checkComposable(outer, inner);
  const middleLength = inner.readingLength;
  const cuts = cutsOutside(
    mergeSorted(
      [0, ...outer.segments.map((segment) => segment.rawEnd)],
      [0, ...inner.segments.map((segment) => segment.readingEnd), middleLength],
    ),
    mergeIntervals(interiorsOf(outer, 'raw'), interiorsOf(inner, 'reading')),
  );

  // Per cut: where the runs starting and ending there lie on the other side of each map,
  // and which segment of each map covers the middle text just after it.
  const n = cuts.length;
  const outerAfter = new Float64Array(n);
  const outerBefore = new Float64Array(n);
  const innerAfter = new Float64Array(n);
  const innerBefore = new Float64Array(n);
  const outerSegment = new Int32Array(n);
  const innerSegment = new Int32Array(n);
  const outerAt = new Walker(outer, 'raw');
  const outerAtPrevious = new Walker(outer, 'raw');
  const innerAt = new Walker(inner, 'reading');
  const innerAtPrevious = new Walker(inner, 'reading');
  cuts.forEach((cut, i) => {
    outerSegment[i] = outerAt.firstSegmentEndingAfter(cut);
    innerSegment[i] = innerAt.firstSegmentEndingAfter(cut);
    outerAfter[i] = startOnOtherSideAt(outer, 'raw', cut, outerSegment[i]!);
    innerAfter[i] = startOnOtherSideAt(inner, 'reading', cut, innerSegment[i]!);
    outerBefore[i] =
      cut === 0
        ? 0
        : endOnOtherSideAt(outer, 'raw', cut, outerAtPrevious.firstSegmentEndingAfter(cut - 1));
    innerBefore[i] =
      cut === 0
        ? 0
        : endOnOtherSideAt(inner, 'reading', cut, innerAtPrevious.firstSegmentEndingAfter(cut - 1));
  });

  const builder = new OffsetMapBuilder();
  for (let i = 0; i < n; i++) {
    // What either map inserted at this one middle position (nothing of the middle text).
    builder.replace(outerAfter[i]! - outerBefore[i]!, innerAfter[i]! - innerBefore[i]!);
    if (i + 1 === n) break;
    const next = cuts[i + 1]!;
    const finalLength = outerBefore[i + 1]! - outerAfter[i]!;
    const rawLength = innerBefore[i + 1]! - innerAfter[i]!;
    const o = outer.segments[outerSegment[i]!];
    const m = inner.segments[innerSegment[i]!];
    const isCopy =
      o?.kind === 'copy' && o.rawEnd >= next && m?.kind === 'copy' && m.readingEnd >= next;
    if (isCopy) builder.copy(finalLength);
    else builder.replace(finalLength, rawLength);
  }
  return builder.build();
}

/** Throws unless `outer` reads the very text that `inner` produces, so the two can chain. */
export function checkComposable(outer: OffsetMap, inner: OffsetMap): void {
  if (outer.rawLength !== inner.readingLength) {
    throw new RangeError(
      `cannot compose: the outer map reads a text of ${outer.rawLength} characters, the inner map produces ${inner.readingLength}`,
    );
  }
}

/** The replacements of `map` as intervals on `side`, in order. */
function interiorsOf(map: OffsetMap, side: Side): [number, number][] {
  const intervals: [number, number][] = [];
  for (const segment of map.segments)
    if (segment.kind === 'replace') intervals.push([startOf(segment, side), endOf(segment, side)]);
  return intervals;
}

/** Two ascending lists as one, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.length === 0 || merged[merged.length - 1] !== value) merged.push(value);
  }
  return merged;
}

/** Two lists of intervals ordered by start as one, still ordered by start. */
function mergeIntervals(a: [number, number][], b: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    merged.push(j >= b.length || (i < a.length && a[i]![0] <= b[j]![0]) ? a[i++]! : b[j++]!);
  }
  return merged;
}

/** `firstSegmentEndingAfter` for positions asked in ascending order: a cursor that only moves forward. */
class Walker {
  #index = 0;
  readonly #map: OffsetMap;
  readonly #side: Side;

  constructor(map: OffsetMap, side: Side) {
    this.#map = map;
    this.#side = side;
  }

  firstSegmentEndingAfter(position: number): number {
    const { segments } = this.#map;
    while (this.#index < segments.length && endOf(segments[this.#index]!, this.#side) <= position)
      this.#index++;
    return this.#index;
  }
}

/** `startOnOtherSide` given `firstSegmentEndingAfter(map, side, position)`. */
function startOnOtherSideAt(map: OffsetMap, side: Side, position: number, index: number): number {
  const segment = map.segments[index];
  if (segment === undefined) return side === 'reading' ? map.rawLength : map.readingLength;
  if (segment.kind === 'copy')
    return startOf(segment, other(side)) + position - startOf(segment, side);
  return startOf(segment, other(side));
}

/** `endOnOtherSide` for `position > 0`, given `firstSegmentEndingAfter(map, side, position - 1)`. */
function endOnOtherSideAt(map: OffsetMap, side: Side, position: number, index: number): number {
  const segment = map.segments[index]!;
  if (segment.kind === 'copy')
    return startOf(segment, other(side)) + position - startOf(segment, side);
  return endOf(segment, other(side));
}

/** The sorted cuts that fall strictly inside none of the open intervals. */
export function cutsOutside(cuts: number[], interiors: [number, number][]): number[] {
  // `interiors` come ordered by start.
  const kept: number[] = [];
  let i = 0;
  let reach = -Infinity; // the furthest end among intervals starting before the cut
  for (const cut of cuts) {
    while (i < interiors.length && interiors[i]![0] < cut) {
      reach = Math.max(reach, interiors[i]![1]);
      i += 1;
    }
    if (!(cut < reach)) kept.push(cut);
  }
  return kept;
}

function other(side: Side): Side {
  return side === 'reading' ? 'raw' : 'reading';
}

function startOf(segment: OffsetSegment, side: Side): number {
  return side === 'reading' ? segment.readingStart : segment.rawStart;
}

function endOf(segment: OffsetSegment, side: Side): number {
  return side === 'reading' ? segment.readingEnd : segment.rawEnd;
}

/** Index of the first segment whose `side` run ends after `position` (segments.length if none). */
export function firstSegmentEndingAfter(map: OffsetMap, side: Side, position: number): number {
  const { segments } = map;
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (endOf(segments[mid]!, side) > position) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Where the run that starts at `position` on `side` starts on the other side. */
export function startOnOtherSide(map: OffsetMap, side: Side, position: number): number {
  const segment = map.segments[firstSegmentEndingAfter(map, side, position)];
  if (segment === undefined) return side === 'reading' ? map.rawLength : map.readingLength;
  if (segment.kind === 'copy')
    return startOf(segment, other(side)) + position - startOf(segment, side);
  return startOf(segment, other(side));
}

/** Where the run that ends at `position` on `side` ends on the other side. */
export function endOnOtherSide(map: OffsetMap, side: Side, position: number): number {
  if (position === 0) return 0;
  const segment = map.segments[firstSegmentEndingAfter(map, side, position - 1)]!;
  if (segment.kind === 'copy')
    return startOf(segment, other(side)) + position - startOf(segment, side);
  return endOf(segment, other(side));
}

function project(map: OffsetMap, side: Side, start: number, end: number): Span {
  const length = side === 'reading' ? map.readingLength : map.rawLength;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > length
  ) {
    throw new RangeError(`[${start}, ${end}) is not a span of the ${side} text (length ${length})`);
  }
  if (start < end) {
    return { start: startOnOtherSide(map, side, start), end: endOnOtherSide(map, side, end) };
  }
  const around = map.segments[firstSegmentEndingAfter(map, side, start)];
  if (around !== undefined && around.kind === 'replace' && startOf(around, side) < start) {
    return { start: startOf(around, other(side)), end: endOf(around, other(side)) };
  }
  const at = endOnOtherSide(map, side, start);
  return { start: at, end: at };
}
