/**
 * A set of whole numbers below 2^53 (the packed type/from/to of a relationship), with open addressing over a
 * Float64Array. A million relationship keys in a Set<number> cost seconds of hashing boxed doubles and tens of
 * megabytes of entries; this table is flat and needs no allocation per key.
 */
const EMPTY = -1;
const TWO_TO_32 = 4294967296;

export class PairSet {
  private table: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    return this.table[this.slotOf(key)] === key;
  }

  /** Adds `key`; false when it was already there. */
  add(key: number): boolean {
    const slot = this.slotOf(key);
    if (this.table[slot] === key) return false;
    this.table[slot] = key;
    this.count += 1;
    if (this.count * 2 > this.table.length) this.grow();
    return true;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    const low = (key % TWO_TO_32) | 0;
    const high = Math.floor(key / TWO_TO_32) | 0;
    let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    hash ^= hash >>> 15;
    let slot = hash & this.mask;
    for (;;) {
      const found = this.table[slot];
      if (found === key || found === EMPTY) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(EMPTY);
    this.mask = this.table.length - 1;
    this.count = 0;
    for (const key of old) if (key !== EMPTY) this.add(key);
  }
}
