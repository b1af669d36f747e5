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

/** A map's segments as boundaries: segment i runs from entry i to entry i + 1 on each side. */
interface Boundaries {
  reading: number[];
  raw: number[];
  /** 1 where segment i is a copy, 0 where it is a replacement. */
  copies: (0 | 1)[];
}

/** Makes a map of boundaries a builder has already checked (set in OffsetMap's static block). */
let adopt: (boundaries: Boundaries) => OffsetMap;

/**
 * An ordered list of segments that tiles both texts: each segment starts where the
 * previous one ended, on both sides, so the map is monotone and covers every
 * position of the reading text and of the raw text exactly once.
 *
 * The segments are kept as boundaries in arrays of numbers, not as an object each: a
 * book's maps hold hundreds of thousands of segments, and as objects they were most of
 * the reading text's garbage collection. `segments` spells them out for whoever asks.
 */
export class OffsetMap {
  readonly readingLength: number;
  readonly rawLength: number;
  // TypeScript-private rather than `#`: fields a test's deep equality compares.
  private readonly reading: readonly number[];
  private readonly raw: readonly number[];
  private readonly copies: readonly (0 | 1)[];
  // `#`: a cache, which equality must not see.
  #spelledOut: readonly OffsetSegment[] | undefined;

  static {
    adopt = (boundaries) => new OffsetMap([], boundaries);
  }

  constructor(segments: readonly OffsetSegment[], adopted?: Boundaries) {
    const boundaries = adopted ?? boundariesOf(segments);
    this.reading = boundaries.reading;
    this.raw = boundaries.raw;
    this.copies = boundaries.copies;
    this.readingLength = this.reading[this.reading.length - 1]!;
    this.rawLength = this.raw[this.raw.length - 1]!;
  }

  /** The map of a text onto itself. */
  static identity(length: number): OffsetMap {
    return new OffsetMapBuilder().copy(length).build();
  }

  /** How many segments the map has. */
  get segmentCount(): number {
    return this.copies.length;
  }

  /** Where segment `index` starts on `side` (`segmentCount`: the text's length). */
  boundary(side: Side, index: number): number {
    return side === 'reading' ? this.reading[index]! : this.raw[index]!;
  }

  /** Whether segment `index` is a copy (else a replacement). */
  isCopy(index: number): boolean {
    return this.copies[index] === 1;
  }

  /** The segments, in order, each frozen. */
  get segments(): readonly OffsetSegment[] {
    this.#spelledOut ??= Object.freeze(
      this.copies.map((copy, i) =>
        Object.freeze({
          readingStart: this.reading[i]!,
          readingEnd: this.reading[i + 1]!,
          rawStart: this.raw[i]!,
          rawEnd: this.raw[i + 1]!,
          kind: copy === 1 ? ('copy' as const) : ('replace' as const),
        }),
      ),
    );
    return this.#spelledOut;
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

/** Checks that `segments` tile both texts and turns them into boundaries. */
function boundariesOf(segments: readonly OffsetSegment[]): Boundaries {
  const boundaries: Boundaries = { reading: [0], raw: [0], copies: [] };
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
    boundaries.reading.push(reading);
    boundaries.raw.push(raw);
    boundaries.copies.push(kind === 'copy' ? 1 : 0);
  });
  return boundaries;
}

/**
 * Collects segments left to right; adjacent copies (and adjacent drops) are merged. Its
 * arrays become the map's when built: a builder builds one map.
 */
export class OffsetMapBuilder {
  // Boundaries as the map keeps them; the last entry of each side is where the text has got to.
  private readonly reading: number[] = [0];
  private readonly raw: number[] = [0];
  private readonly copies: (0 | 1)[] = [];
  private built = false;

  /** `length` characters that are the same in both texts. */
  copy(length: number): this {
    return this.push(length, length, 1);
  }

  /** A reading run of `readingLength` that stands for a raw run of `rawLength`. */
  replace(readingLength: number, rawLength: number): this {
    return this.push(readingLength, rawLength, 0);
  }

  build(): OffsetMap {
    this.built = true;
    return adopt({ reading: this.reading, raw: this.raw, copies: this.copies });
  }

  private push(readingLength: number, rawLength: number, copy: 0 | 1): this {
    if (this.built) throw new Error('this builder has built its map already');
    if (readingLength === 0 && rawLength === 0) return this;
    const n = this.copies.length;
    const reading = this.reading[n]!;
    const raw = this.raw[n]!;
    const mergeable =
      n > 0 &&
      this.copies[n - 1] === copy &&
      (copy === 1 ||
        (readingLength === 0 && this.reading[n - 1] === reading) ||
        (rawLength === 0 && this.raw[n - 1] === raw));
    if (mergeable) {
      this.reading[n] = reading + readingLength;
      this.raw[n] = raw + rawLength;
    } else {
      this.reading.push(reading + readingLength);
      this.raw.push(raw + rawLength);
      this.copies.push(copy);
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
 * One pass over both maps' boundaries in the middle text, in order: each is a cut of
 * the result unless a replacement of either map runs over it; at a cut, what either
 * map inserted there (nothing of the middle text); between two cuts, a copy where both
 * maps copy all of it, else a replacement. (offsetMap.testing.ts writes the same
 * chaining with a set of cuts and a binary search per lookup, the reference it is
 * tested against.)
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  checkComposable(outer, inner);
  const outerCount = outer.segmentCount;
  const innerCount = inner.segmentCount;
  const builder = new OffsetMapBuilder();
  // The next boundary of each map not yet taken as a cut.
  let outerNext = 0;
  let innerNext = 0;
  // The first segment of each map ending after the cut (`at`), and after the position before it (`before`).
  let outerAt = 0;
  let innerAt = 0;
  let outerBefore = 0;
  let innerBefore = 0;
  // The cut before this one: the segments covering the middle text after it, and where that text starts in final and raw.
  let previous = -1;
  let previousOuter = 0;
  let previousInner = 0;
  let previousFinal = 0;
  let previousRaw = 0;
  while (outerNext <= outerCount || innerNext <= innerCount) {
    const fromOuter = outerNext <= outerCount ? outer.boundary('raw', outerNext) : Infinity;
    const fromInner = innerNext <= innerCount ? inner.boundary('reading', innerNext) : Infinity;
    const cut = Math.min(fromOuter, fromInner);
    if (fromOuter === cut) outerNext++;
    if (fromInner === cut) innerNext++;
    if (cut === previous) continue;

    outerAt = segmentEndingAfter(outer, 'raw', cut, outerAt);
    innerAt = segmentEndingAfter(inner, 'reading', cut, innerAt);
    const insideReplacement =
      (outerAt < outerCount && !outer.isCopy(outerAt) && outer.boundary('raw', outerAt) < cut) ||
      (innerAt < innerCount && !inner.isCopy(innerAt) && inner.boundary('reading', innerAt) < cut);
    if (insideReplacement) continue;

    let finalBefore = 0;
    let rawBefore = 0;
    if (cut > 0) {
      outerBefore = segmentEndingAfter(outer, 'raw', cut - 1, outerBefore);
      innerBefore = segmentEndingAfter(inner, 'reading', cut - 1, innerBefore);
      finalBefore = endOnOtherSideAt(outer, 'raw', cut, outerBefore);
      rawBefore = endOnOtherSideAt(inner, 'reading', cut, innerBefore);
    }
    if (previous >= 0) {
      const copies =
        previousOuter < outerCount &&
        outer.isCopy(previousOuter) &&
        outer.boundary('raw', previousOuter + 1) >= cut &&
        previousInner < innerCount &&
        inner.isCopy(previousInner) &&
        inner.boundary('reading', previousInner + 1) >= cut;
      if (copies) builder.copy(finalBefore - previousFinal);
      else builder.replace(finalBefore - previousFinal, rawBefore - previousRaw);
    }
    previous = cut;
    previousOuter = outerAt;
    previousInner = innerAt;
    previousFinal = startOnOtherSideAt(outer, 'raw', cut, outerAt);
    previousRaw = startOnOtherSideAt(inner, 'reading', cut, innerAt);
    builder.replace(previousFinal - finalBefore, previousRaw - rawBefore);
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

/** `firstSegmentEndingAfter` for positions asked in ascending order: a search from `from` forward. */
function segmentEndingAfter(map: OffsetMap, side: Side, position: number, from: number): number {
  let index = from;
  while (index < map.segmentCount && map.boundary(side, index + 1) <= position) index++;
  return index;
}

/** `startOnOtherSide` given `firstSegmentEndingAfter(map, side, position)`. */
function startOnOtherSideAt(map: OffsetMap, side: Side, position: number, index: number): number {
  const otherSide = other(side);
  if (index === map.segmentCount) return map.boundary(otherSide, index);
  const start = map.boundary(otherSide, index);
  return map.isCopy(index) ? start + position - map.boundary(side, index) : start;
}

/** `endOnOtherSide` for `position > 0`, given `firstSegmentEndingAfter(map, side, position - 1)`. */
function endOnOtherSideAt(map: OffsetMap, side: Side, position: number, index: number): number {
  const otherSide = other(side);
  return map.isCopy(index)
    ? map.boundary(otherSide, index) + position - map.boundary(side, index)
    : map.boundary(otherSide, index + 1);
}

function other(side: Side): Side {
  return side === 'reading' ? 'raw' : 'reading';
}

/** Index of the first segment whose `side` run ends after `position` (`segmentCount` if none). */
export function firstSegmentEndingAfter(map: OffsetMap, side: Side, position: number): number {
  let low = 0;
  let high = map.segmentCount;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (map.boundary(side, mid + 1) > position) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Where the run that starts at `position` on `side` starts on the other side. */
export function startOnOtherSide(map: OffsetMap, side: Side, position: number): number {
  return startOnOtherSideAt(map, side, position, firstSegmentEndingAfter(map, side, position));
}

/** Where the run that ends at `position` on `side` ends on the other side. */
export function endOnOtherSide(map: OffsetMap, side: Side, position: number): number {
  if (position === 0) return 0;
  return endOnOtherSideAt(map, side, position, firstSegmentEndingAfter(map, side, position - 1));
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
  const around = firstSegmentEndingAfter(map, side, start);
  if (around < map.segmentCount && !map.isCopy(around) && map.boundary(side, around) < start) {
    const otherSide = other(side);
    return { start: map.boundary(otherSide, around), end: map.boundary(otherSide, around + 1) };
  }
  const at = endOnOtherSide(map, side, start);
  return { start: at, end: at };
}
