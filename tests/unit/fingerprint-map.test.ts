/**
 * The fingerprint map stands in for a Map of a million relationship keys: it must find every key added before,
 * never take one key for another, and keep working as it grows far past its first capacity.
 */
import { FingerprintMap } from '../../src/ingest/memory/fingerprintMap';

/** Keys as alike as relationship keys are: same shape, differing in one character, a swap, or a suffix. */
function lookAlikeKeys(count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < count; i += 1) {
    const base = `MEMBER_OF:state-${i}:organisation-${i % 97}`;
    keys.push(base, `${base}:1`, base.replace('MEMBER_OF', 'MEMBER_OG'), `${base.slice(1)}${base[0] ?? ''}`);
  }
  return keys.slice(0, count);
}

it('finds a key added before and keeps the value recorded first', () => {
  const map = new FingerprintMap();
  expect(map.putIfAbsent('MEMBER_OF:india:sco', 7)).toBeUndefined();
  expect(map.putIfAbsent('MEMBER_OF:india:sco', 9)).toBe(7);
  expect(map.get('MEMBER_OF:india:sco')).toBe(7);
  expect(map.has('MEMBER_OF:india:sco')).toBe(true);
  expect(map.size).toBe(1);
});

it('tells apart keys that differ by one character, a swap, a suffix or nothing but their length', () => {
  const map = new FingerprintMap();
  const keys = [...lookAlikeKeys(20_000), '', ' ', 'a', 'ab', 'ba', 'é', 'e\u0301', '\u{1F600}', 'x'.repeat(1000)];
  const taken = keys.filter((key, i) => map.putIfAbsent(key, i) !== undefined);
  expect(taken).toEqual([]);
  expect(map.size).toBe(keys.length);
  expect(keys.every((key, i) => map.get(key) === i)).toBe(true);
  expect(map.has('MEMBER_OF:state-0:organisation-1')).toBe(false);
  expect(map.get('x'.repeat(1001))).toBeUndefined();
});

it('grows past its first capacity without losing a key or its value', () => {
  const map = new FingerprintMap(4);
  const keys = lookAlikeKeys(20_000);
  keys.forEach((key, i) => map.putIfAbsent(key, 2 ** 40 + i));
  expect(map.size).toBe(keys.length);
  expect(keys.every((key, i) => map.get(key) === 2 ** 40 + i)).toBe(true);
  expect(keys.every((key) => map.putIfAbsent(key, -1) !== undefined)).toBe(true);
  expect(map.size).toBe(keys.length);
  expect(map.has('not added')).toBe(false);
});
