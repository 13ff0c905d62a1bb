/**
 * What a batch reads its input paths through: an array, or a `PathList`.
 */
export interface Paths extends Iterable<string> {
  readonly length: number;
  at(index: number): string | undefined;
}

/** One folder's run of files: its prefix once, then the names packed into one string. */
interface Segment {
  /** Index of the segment's first path in the whole list. */
  start: number;
  prefix: string;
  /** The names joined by NUL (which no file name holds). */
  names: string;
  /** Where each name starts in `names`, and one past the last name's end. */
  starts: Uint32Array;
}

/**
 * The input paths of a large batch, kept small: per folder, the folder's path once and the
 * file names packed into one string, some 25 bytes per file instead of a string object and
 * a pointer per path (about 140 bytes). A batch of 100,000 files holds 2-3 MB of paths
 * rather than 14 MB, and nothing else of them while it scores. Paths come back as they
 * were added (`prefix + name`), in order.
 */
export class PathList implements Paths {
  private readonly segments: Segment[] = [];
  private pendingPrefix = '';
  private pending: string[] = [];
  private count = 0;
  private sealed = false;

  /** Adds `prefix + name`; consecutive names of one prefix share it. */
  add(prefix: string, name: string): void {
    if (this.sealed) throw new Error('PathList: add after reading');
    if (prefix !== this.pendingPrefix) this.flush(prefix);
    this.pending.push(name);
    this.count++;
  }

  get length(): number {
    this.seal();
    return this.count;
  }

  /** How many paths were added so far, without sealing the list (while it is being filled). */
  get size(): number {
    return this.count;
  }

  at(index: number): string | undefined {
    this.seal();
    if (index < 0) index += this.count;
    if (!(index >= 0 && index < this.count)) return undefined;
    // The last segment that starts at or before `index`.
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.start <= index) lo = mid;
      else hi = mid - 1;
    }
    const s = this.segments[lo]!;
    const k = index - s.start;
    return s.prefix + s.names.slice(s.starts[k]!, s.starts[k + 1]! - 1);
  }

  *[Symbol.iterator](): Iterator<string> {
    this.seal();
    for (const s of this.segments) for (let k = 0; k + 1 < s.starts.length; k++) yield s.prefix + s.names.slice(s.starts[k]!, s.starts[k + 1]! - 1);
  }

  /** Each path as its prefix and name, in order: to build another list without joining them. */
  *parts(): Generator<[prefix: string, name: string]> {
    this.seal();
    for (const s of this.segments) for (let k = 0; k + 1 < s.starts.length; k++) yield [s.prefix, s.names.slice(s.starts[k]!, s.starts[k + 1]! - 1)];
  }

  private seal(): void {
    if (this.sealed) return;
    this.flush('');
    this.sealed = true;
  }

  private flush(next: string): void {
    const names = this.pending;
    if (names.length > 0) {
      const starts = new Uint32Array(names.length + 1);
      let at = 0;
      names.forEach((name, k) => {
        starts[k] = at;
        at += name.length + 1;
      });
      starts[names.length] = at;
      // One flat string (what `join` makes), each name ended by a NUL.
      names.push('');
      this.segments.push({ start: this.count - starts.length + 1, prefix: this.pendingPrefix, names: names.join('\0'), starts });
    }
    this.pending = [];
    this.pendingPrefix = next;
  }
}
