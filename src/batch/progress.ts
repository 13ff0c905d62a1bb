import { batchProgress as words } from '../i18n/catalogue/batch.js';
import { type Lang, t } from '../i18n/lang.js';

/** Batches smaller than this finish before a bar would help. */
export const PROGRESS_MIN_FILES = 50;

/** What the bar draws on: the terminal's stderr. */
export interface ProgressTarget {
  write(text: string): unknown;
  columns?: number;
}

/**
 * A one-line progress bar on a terminal, redrawn in place with `\r` at most ten times a
 * second and erased at the end. Anything printed meanwhile goes through `print`, which
 * clears the bar first, so lines never mix with it.
 */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly out: ProgressTarget,
    private readonly total: number,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {}

  tick(): void {
    this.done++;
    const t = this.now();
    if (t - this.lastDraw >= 100 || this.done === this.total) {
      this.lastDraw = t;
      this.draw();
    }
  }

  /** Prints text above the bar. */
  print(text: string): void {
    this.clear();
    this.out.write(text);
    this.draw();
  }

  /** Erases the bar. */
  clear(): void {
    if (!this.shown) return;
    this.out.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    const label = t(this.lang, words.files, { done: this.done, total: this.total });
    const columns = this.out.columns || 80;
    const width = Math.max(10, Math.min(40, columns - label.length - 10));
    const filled = this.total === 0 ? width : Math.round((width * this.done) / this.total);
    const pct = this.total === 0 ? 100 : Math.floor((100 * this.done) / this.total);
    this.out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${label}`);
    this.shown = true;
  }
}

/** A stand-in when no bar is shown: prints straight through. */
export class NoProgress {
  constructor(private readonly out: ProgressTarget) {}
  tick(): void {}
  print(text: string): void {
    this.out.write(text);
  }
  clear(): void {}
}
