import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether tmux can be run here. */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

let sessions = 0;

const quote = (s: string) => (/^[\w./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * A program running in a real terminal: a tmux server of its own (a unique `-L` socket,
 * no user configuration), a session per start whose pane stays after the program ends so
 * its last screen can be read. Waits poll the screen or the status file; none is a fixed
 * sleep.
 */
export class Terminal {
  readonly socket = `readiness-e2e-${process.pid}-${++sessions}`;
  #config: string;

  constructor(
    private readonly cwd: string,
    private readonly env: Readonly<Record<string, string>> = {},
  ) {
    this.#config = join(cwd, `.tmux-${this.socket}.conf`);
    writeFileSync(this.#config, 'set -g remain-on-exit on\nset -g history-limit 10000\nset -g default-shell /bin/sh\n');
  }

  #tmux(args: string[]): string {
    const result = spawnSync('tmux', ['-u', '-L', this.socket, '-f', this.#config, ...args], {
      cwd: this.cwd,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' },
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  #runs = 0;
  #target = '';
  #status = '';
  #socketPath = '';

  /**
   * Starts `argv` in a fresh 160×50 terminal, in a session of its own. A shell around it
   * records its exit status in a file: tmux's own record of a dead pane is not reliable.
   */
  start(argv: readonly string[]): void {
    const env = Object.entries({ NO_COLOR: '1', READINESS_LANG: 'en', ...this.env }).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    this.#target = `run${++this.#runs}`;
    this.#status = join(this.cwd, `.status-${this.socket}-${this.#runs}`);
    const command = `${argv.map(quote).join(' ')}; echo $? > ${quote(this.#status)}`;
    this.#tmux(['new-session', '-d', '-s', this.#target, '-x', '160', '-y', '50', '-c', this.cwd, ...env, command]);
    this.#socketPath ||= this.#tmux(['display-message', '-p', '#{socket_path}']).trim();
  }

  /** The whole pane with its scrollback, wrapped lines joined. */
  screen(): string {
    return this.#tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.#target]);
  }

  /** Waits until the screen shows `what`; on timeout, fails with the screen as it is. */
  async waitFor(what: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.screen();
      if (typeof what === 'string' ? text.includes(what) : what.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(what)}; the screen:\n${text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Sends tmux key names (`Enter`, `Down`, `C-c`). */
  keys(...keys: string[]): void {
    this.#tmux(['send-keys', '-t', this.#target, ...keys]);
  }

  /** Types text literally. */
  type(text: string): void {
    this.#tmux(['send-keys', '-t', this.#target, '-l', text]);
  }

  /** The process id of the program in the pane: the one child of the pane's shell. */
  async pid(timeoutMs = 20_000): Promise<number> {
    const shell = this.#tmux(['display-message', '-p', '-t', this.#target, '#{pane_pid}']).trim();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const child = spawnSync('pgrep', ['-P', shell], { encoding: 'utf8' }).stdout.trim();
      if (/^\d+$/.test(child)) return Number(child);
      if (Date.now() > deadline) throw new Error(`no program under the pane's shell ${shell}: ${child}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for the program to end and returns its exit status (128 + the signal when one killed it). */
  async exitStatus(timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = existsSync(this.#status) ? readFileSync(this.#status, 'utf8').trim() : '';
      if (/^\d+$/.test(text)) return Number(text);
      if (Date.now() > deadline) {
        throw new Error(`the program did not end; the screen ends:\n${this.screen().trimEnd().split('\n').slice(-8).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Closes the terminal the program runs in, as a user closing its window would (the program gets SIGHUP). */
  closeWindow(): void {
    this.#tmux(['kill-session', '-t', this.#target]);
  }

  /** Stops this tmux server and everything in it, and removes its socket (tmux leaves it behind). */
  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    if (this.#socketPath.endsWith(this.socket)) rmSync(this.#socketPath, { force: true });
  }
}
