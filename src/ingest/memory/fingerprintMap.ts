/**
 * A map from string keys to numbers that keeps a fingerprint of each key instead of the key: a million
 * relationship keys cost about 32 MB of typed arrays, outside the garbage-collected heap, where a Map of the
 * strings costs over 130 MB of objects the collector must trace again and again.
 *
 * The fingerprint is two 53-bit hashes of the key's UTF-16 code units, computed with different constants, and two
 * keys with the same fingerprint are taken for the same key. Among n distinct keys, the chance that any two share
 * a fingerprint is about n² / 2^107 (hashes that behave as random numbers): 10^-20 for a million keys and 10^-14
 * for a billion, far below the odds of a disk error. The hashes are not cryptographic: keys crafted to collide could be taken for one another,
 * which matters for seeds only as much as their own author wants it to.
 */

const EMPTY = 0;
const MAX_LOAD = 0.5;
const TWO_TO_32 = 2 ** 32;

/** The two hashes of the last key fingerprinted: module scratch space, so that hashing allocates nothing. */
let firstHash = 0;
let secondHash = 0;

/**
 * Four 32-bit multiplicative lanes over the code units (as in cyrb53), each with its own constants, mixed pairwise
 * at the end into two 53-bit numbers.
 */
function fingerprint(key: string): void {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  let c = 0x9e3779b9;
  let d = 0x2545f491;
  for (let i = 0; i < key.length; i += 1) {
    const unit = key.charCodeAt(i);
    a = Math.imul(a ^ unit, 2654435761);
    b = Math.imul(b ^ unit, 1597334677);
    c = Math.imul(c ^ unit, 2246822519);
    d = Math.imul(d ^ unit, 3266489917);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  c = Math.imul(c ^ (c >>> 15), 0x2c1b3c6d) ^ Math.imul(d ^ (d >>> 12), 0x297a2d39);
  d = Math.imul(d ^ (d >>> 15), 0x2c1b3c6d) ^ Math.imul(c ^ (c >>> 12), 0x297a2d39);
  firstHash = (b & 0x1fffff) * TWO_TO_32 + (a >>> 0);
  secondHash = (d & 0x1fffff) * TWO_TO_32 + (c >>> 0);
}

/** The slot a fingerprint's probe starts at: the low 32 bits of its first hash, masked to the table's size. */
const homeSlot = (first: number, mask: number): number => (first >>> 0) & mask;

export class FingerprintMap {
  /** Open addressing with linear probing: 0 is an empty slot, n + 1 points at entry n. */
  private slots: Int32Array;
  private firsts: Float64Array;
  private seconds: Float64Array;
  private values: Float64Array;
  private count = 0;

  /** `capacity`: how many keys fit before the first growth. */
  constructor(capacity = 1024) {
    const entries = Math.max(1, capacity);
    this.slots = new Int32Array(powerOfTwoAtLeast(entries / MAX_LOAD));
    this.firsts = new Float64Array(entries);
    this.seconds = new Float64Array(entries);
    this.values = new Float64Array(entries);
  }

  get size(): number {
    return this.count;
  }

  /** The value recorded for the key, or undefined when it has none. */
  get(key: string): number | undefined {
    fingerprint(key);
    const pointer = this.slots[this.slotOf(firstHash, secondHash)] ?? EMPTY;
    return pointer === EMPTY ? undefined : this.values[pointer - 1];
  }

  has(key: string): boolean {
    fingerprint(key);
    return this.slots[this.slotOf(firstHash, secondHash)] !== EMPTY;
  }

  /**
   * Records `value` for `key` unless the key is already there. Returns the value recorded first for the key, or
   * undefined when the key is new (and now recorded).
   */
  putIfAbsent(key: string, value: number): number | undefined {
    fingerprint(key);
    const slot = this.slotOf(firstHash, secondHash);
    const pointer = this.slots[slot] ?? EMPTY;
    if (pointer !== EMPTY) return this.values[pointer - 1];
    if (this.count === this.firsts.length) this.growEntries();
    const entry = this.count;
    this.firsts[entry] = firstHash;
    this.seconds[entry] = secondHash;
    this.values[entry] = value;
    this.slots[slot] = entry + 1;
    this.count += 1;
    if (this.count > this.slots.length * MAX_LOAD) this.growSlots();
    return undefined;
  }

  /** The slot that holds this fingerprint, or the empty slot where it belongs. */
  private slotOf(first: number, second: number): number {
    const mask = this.slots.length - 1;
    let slot = homeSlot(first, mask);
    for (let pointer = this.slots[slot] ?? EMPTY; pointer !== EMPTY; pointer = this.slots[slot] ?? EMPTY) {
      if (this.firsts[pointer - 1] === first && this.seconds[pointer - 1] === second) break;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private growEntries(): void {
    const grown = (old: Float64Array): Float64Array => {
      const array = new Float64Array(old.length * 2);
      array.set(old);
      return array;
    };
    this.firsts = grown(this.firsts);
    this.seconds = grown(this.seconds);
    this.values = grown(this.values);
  }

  /** Doubles the slots and files every entry again from its stored fingerprint (the keys are not kept). */
  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry += 1) {
      let slot = homeSlot(this.firsts[entry] ?? 0, mask);
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

function powerOfTwoAtLeast(n: number): number {
  let power = 2;
  while (power < n) power *= 2;
  return power;
}
