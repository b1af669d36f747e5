import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  solveTemporalNetwork,
  type Contradiction,
  type TemporalNetwork,
} from './solveTemporalNetwork';

/** Tags name where a constraint or bound came from, so chains can be checked against the network. */
type Tag = { constraint: number } | { lowerOf: number } | { upperOf: number };

/** Small networks over integers in [0, DOMAIN_MAX], the domain brute force enumerates. */
const DOMAIN_MAX = 6;

const networkArbitrary = fc
  .integer({ min: 1, max: 4 })
  .chain((variables) =>
    fc.record({
      bounds: fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: DOMAIN_MAX }), fc.integer({ min: 0, max: DOMAIN_MAX }))
          .map(([a, b]) => ({ lower: Math.min(a, b), upper: Math.max(a, b) })),
        { minLength: variables, maxLength: variables },
      ),
      constraints: fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: variables - 1 }),
          to: fc.integer({ min: 0, max: variables - 1 }),
          weight: fc.integer({ min: -3, max: 3 }),
        }),
        { maxLength: 6 },
      ),
    }),
  )
  .map(({ bounds, constraints }): TemporalNetwork<Tag> => ({
    bounds: bounds.map((b, x) => ({ ...b, lowerTag: { lowerOf: x }, upperTag: { upperOf: x } })),
    constraints: constraints.map((c, i) => ({ ...c, tag: { constraint: i } })),
  }));

/** Every assignment of the domain that meets every bound and constraint. */
function bruteForce(network: TemporalNetwork<Tag>): number[][] {
  const n = network.bounds.length;
  const solutions: number[][] = [];
  const values = new Array<number>(n).fill(0);
  const visit = (x: number) => {
    if (x === n) {
      if (network.constraints.every((c) => values[c.to]! - values[c.from]! <= c.weight)) {
        solutions.push([...values]);
      }
      return;
    }
    const { lower, upper } = network.bounds[x]!;
    for (let v = lower; v <= upper; v++) {
      values[x] = v;
      visit(x + 1);
    }
  };
  visit(0);
  return solutions;
}

/** The constraint a tag names. */
function constraintOf(network: TemporalNetwork<Tag>, tag: Tag) {
  if (!('constraint' in tag)) throw new Error(`not a constraint: ${JSON.stringify(tag)}`);
  return network.constraints[tag.constraint]!;
}

/** The sum of a contradiction's cycle: lower bound against upper bound through the constraints. */
function cycleSlack(network: TemporalNetwork<Tag>, contradiction: Contradiction<Tag>): number {
  const weights = contradiction.constraints.reduce(
    (sum, tag) => sum + constraintOf(network, tag).weight,
    0,
  );
  return (contradiction.upper?.value ?? 0) + weights - (contradiction.lower?.value ?? 0);
}

describe('solveTemporalNetwork on small random networks, against brute force', () => {
  it('finds a contradiction exactly when no assignment is consistent', () => {
    fc.assert(
      fc.property(networkArbitrary, (network) => {
        const solution = solveTemporalNetwork(network);
        expect(solution.consistent).toBe(bruteForce(network).length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives windows that contain every consistent assignment, with both bounds attained', () => {
    fc.assert(
      fc.property(networkArbitrary, (network) => {
        const solution = solveTemporalNetwork(network);
        if (!solution.consistent) return;
        const solutions = bruteForce(network);
        network.bounds.forEach((_, x) => {
          const values = solutions.map((s) => s[x]!);
          expect(solution.lower[x]).toBe(Math.min(...values));
          expect(solution.upper[x]).toBe(Math.max(...values));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('explains each tightened bound by a chain from an own bound that adds up to it', () => {
    fc.assert(
      fc.property(networkArbitrary, (network) => {
        const solution = solveTemporalNetwork(network);
        if (!solution.consistent) return;
        network.bounds.forEach((own, x) => {
          for (const side of ['lower', 'upper'] as const) {
            const value = solution[side][x]!;
            const reason = solution[`${side}Reason`](x);
            if (value === own[side]) continue;
            expect(reason, `${side} of x${x} moved from ${own[side]} to ${value}`).not.toBeNull();
            const { origin, constraints } = reason!;
            expect(origin.side).toBe(side);
            // Walk the chain from the origin: each constraint starts where the last ended.
            let at = origin.variable;
            let bound = network.bounds[at]![side];
            for (const tag of constraints) {
              const c = constraintOf(network, tag);
              if (side === 'upper') {
                expect(c.from).toBe(at);
                at = c.to;
                bound += c.weight;
              } else {
                expect(c.to).toBe(at);
                at = c.from;
                bound -= c.weight;
              }
            }
            expect(at).toBe(x);
            expect(bound).toBe(value);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('names, for each contradiction, a chain whose constraints and bounds cannot all hold', () => {
    fc.assert(
      fc.property(networkArbitrary, (network) => {
        const solution = solveTemporalNetwork(network);
        if (solution.consistent) return;
        expect(solution.contradictions.length).toBeGreaterThan(0);
        for (const contradiction of solution.contradictions) {
          // Read from the lower-bounded variable back to the upper-bounded one.
          let at = contradiction.lower?.variable;
          for (const tag of contradiction.constraints) {
            const c = constraintOf(network, tag);
            if (at !== undefined) expect(c.to).toBe(at);
            at = c.from;
          }
          if (contradiction.upper && at !== undefined)
            expect(at).toBe(contradiction.upper.variable);
          expect(cycleSlack(network, contradiction)).toBeLessThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
