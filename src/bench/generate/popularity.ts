/**
 * Who gets named how often. Real transcripts are dominated by a few hubs (the SCO, its member states, its
 * Secretary-General) and mention most entities once or twice; a Zipf weight per entity (1 / rank^exponent,
 * rank within its kind) reproduces that skew when relationship endpoints are drawn by weight.
 */
import type { Random } from './random';

export const ZIPF_EXPONENT = 1.05;
/**
 * Share of draws that ignore popularity: without it the long tail of a large cast would never be named at all,
 * while the transcripts mention most entities at least once or twice.
 */
export const UNIFORM_SHARE = 0.25;

export function zipfWeight(rank: number): number {
  return 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
}

/** Draws entity indices by weight (or now and then uniformly) in O(log n) with a cumulative table. */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly members: Int32Array,
    weights: Float64Array,
  ) {
    if (members.length === 0) throw new Error('a sampler needs at least one member');
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((weight, i) => {
      total += weight;
      this.cumulative[i] = total;
    });
  }

  get size(): number {
    return this.members.length;
  }

  draw(random: Random): number {
    if (random.next() < UNIFORM_SHARE) return this.members[random.below(this.members.length)] ?? 0;
    const target = random.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.members[low] ?? 0;
  }
}
