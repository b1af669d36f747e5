/**
 * The largest or smallest value over a run of positions `[from, to)` of a fixed array,
 * in a number of steps that grows with the log of its length: an iterative segment
 * tree, built once in one pass. A dense lane's clusters are summed from these, so a
 * frame of a hundred thousand events looks at a few dozen stretches, not at every event.
 */

/** The largest of `values[from..to)`, for any run, after one pass over them. */
export class RangeMax {
  readonly #size: number;
  readonly #tree: Float64Array;

  constructor(values: ArrayLike<number>) {
    const size = values.length;
    this.#size = size;
    this.#tree = new Float64Array(2 * size);
    for (let i = 0; i < size; i++) this.#tree[size + i] = values[i]!;
    for (let i = size - 1; i > 0; i--)
      this.#tree[i] = Math.max(this.#tree[2 * i]!, this.#tree[2 * i + 1]!);
  }

  /** The largest value in `[from, to)`, or -Infinity for an empty run. */
  over(from: number, to: number): number {
    let most = -Infinity;
    for (let lo = from + this.#size, hi = to + this.#size; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) most = Math.max(most, this.#tree[lo++]!);
      if (hi & 1) most = Math.max(most, this.#tree[--hi]!);
    }
    return most;
  }
}

/** The smallest of `values[from..to)`, for any run, after one pass over them. */
export class RangeMin {
  readonly #max: RangeMax;

  constructor(values: ArrayLike<number>) {
    this.#max = new RangeMax(Array.from(values, (value) => -value));
  }

  /** The smallest value in `[from, to)`, or Infinity for an empty run. */
  over(from: number, to: number): number {
    return -this.#max.over(from, to);
  }
}
