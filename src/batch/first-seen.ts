import { createHash } from 'node:crypto';

/** Words per slot: four of the key's hash (128 bits), then the number kept plus one (0: empty). */
const SLOT = 5;

/**
 * Where each key was first seen, in 20 to 40 bytes per key whatever its length: a key is kept
 * as the first 128 bits of its sha256, in an open-addressed table of 32-bit words. A batch
 * looks up every file's organization and answers here to name the earlier file a later one
 * repeats; as strings in a Map, 100,000 files held some 30 MB of keys. Two different keys
 * share a 128-bit prefix of sha256 with a chance of about n² / 2¹²⁹ (1e-29 for 100,000 files).
 */
export class FirstSeen {
  private table = new Uint32Array(1024 * SLOT);
  private used = 0;

  /** The number kept for `key`, or undefined: then `value` is kept for it. `value` is a whole number below 2³²−1. */
  firstOrAdd(key: string, value: number): number | undefined {
    const digest = createHash('sha256').update(key).digest();
    const h0 = digest.readUInt32LE(0);
    const h1 = digest.readUInt32LE(4);
    const h2 = digest.readUInt32LE(8);
    const h3 = digest.readUInt32LE(12);
    const found = this.find(h0, h1, h2, h3);
    const t = this.table;
    if (t[found + 4] !== 0) return t[found + 4]! - 1;
    t[found] = h0;
    t[found + 1] = h1;
    t[found + 2] = h2;
    t[found + 3] = h3;
    t[found + 4] = value + 1;
    // At most four fifths full: a probe stays short (a few slots), and 100,000 keys fit in 2.6 MB.
    if (++this.used * 5 > (t.length / SLOT) * 4) this.grow();
    return undefined;
  }

  /** The slot holding this hash, or the empty slot where it belongs. */
  private find(h0: number, h1: number, h2: number, h3: number): number {
    const t = this.table;
    const slots = t.length / SLOT;
    let i = h0 & (slots - 1);
    for (;;) {
      const at = i * SLOT;
      if (t[at + 4] === 0 || (t[at] === h0 && t[at + 1] === h1 && t[at + 2] === h2 && t[at + 3] === h3)) return at;
      i = (i + 1) & (slots - 1);
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 4] === 0) continue;
      const to = this.find(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
      this.table.set(old.subarray(at, at + SLOT), to);
    }
  }
}
