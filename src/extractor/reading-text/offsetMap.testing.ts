import {
  type OffsetMap,
  OffsetMapBuilder,
  checkComposable,
  endOnOtherSide,
  firstSegmentEndingAfter,
  startOnOtherSide,
} from './offsetMap';

/**
 * `composeMaps` written with a binary search for every lookup (`composeMaps` walks
 * both maps once): the slower, plainer chaining it is tested against.
 */
export function composeMapsByLookup(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  checkComposable(outer, inner);
  const middleLength = inner.readingLength;
  const candidates = new Set<number>([0, middleLength]);
  const interiors: [number, number][] = [];
  for (const segment of outer.segments) {
    candidates.add(segment.rawStart).add(segment.rawEnd);
    if (segment.kind === 'replace') interiors.push([segment.rawStart, segment.rawEnd]);
  }
  for (const segment of inner.segments) {
    candidates.add(segment.readingStart).add(segment.readingEnd);
    if (segment.kind === 'replace') interiors.push([segment.readingStart, segment.readingEnd]);
  }
  const cuts = cutsOutside(
    [...candidates].sort((a, b) => a - b),
    interiors.sort((a, b) => a[0] - b[0]),
  );

  const builder = new OffsetMapBuilder();
  cuts.forEach((cut, i) => {
    builder.replace(
      startOnOtherSide(outer, 'raw', cut) - endOnOtherSide(outer, 'raw', cut),
      startOnOtherSide(inner, 'reading', cut) - endOnOtherSide(inner, 'reading', cut),
    );
    const next = cuts[i + 1];
    if (next === undefined) return;
    const finalLength = endOnOtherSide(outer, 'raw', next) - startOnOtherSide(outer, 'raw', cut);
    const rawLength =
      endOnOtherSide(inner, 'reading', next) - startOnOtherSide(inner, 'reading', cut);
    const outerSegment = outer.segments[firstSegmentEndingAfter(outer, 'raw', cut)];
    const innerSegment = inner.segments[firstSegmentEndingAfter(inner, 'reading', cut)];
    const isCopy =
      outerSegment?.kind === 'copy' &&
      outerSegment.rawEnd >= next &&
      innerSegment?.kind === 'copy' &&
      innerSegment.readingEnd >= next;
    if (isCopy) builder.copy(finalLength);
    else builder.replace(finalLength, rawLength);
  });
  return builder.build();
}

/** The sorted cuts that fall strictly inside none of the open intervals (ordered by start). */
function cutsOutside(cuts: number[], interiors: [number, number][]): number[] {
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
