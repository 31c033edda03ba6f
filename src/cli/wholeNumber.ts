/** The whole-number option parser of every command line (kg, the benchmark, the generator). */
import { InvalidArgumentError } from 'commander';

/** Accepts digits only, from `min` to `max` (no upper bound when `max` is left out). */
export function wholeNumber(min: number, max?: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || (max !== undefined && n > max)) {
      const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new InvalidArgumentError(`must be a whole number ${range}.`);
    }
    return n;
  };
}
