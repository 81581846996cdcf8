import { execFile, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClipboardPort } from './paste-sequence';

/**
 * The X11 CLIPBOARD selection through xclip, which Debian/Ubuntu desktops ship or install in one
 * package. Plain Node: no Electron, so the same code serves the Electron shell on Linux, the CLI
 * and the Xvfb end-to-end test.
 *
 * The limit that shapes the snapshot: an X11 selection has one owner, and one xclip process serves
 * one target (it advertises only that target in TARGETS and answers every request with the same
 * bytes). Running a second xclip takes ownership from the first. So the previous clipboard comes
 * back as ONE target, the one a chat client most likely wants; the others are gone. The snapshot
 * therefore reads only that target instead of copying bytes it could never serve again.
 *
 * The phrase itself is served by a foreground `xclip -verbose`, which logs one line per request it
 * answers: the paste learns when the chat client has read it and restores right after, instead
 * of guessing a delay. Its log goes to a file, not a pipe, so the xclip process keeps serving
 * whatever happens to ours, and ends when the next owner takes the clipboard.
 */
export interface X11ClipboardSnapshot {
  /** What the previous owner offered, for diagnostics. */
  offered: string[];
  /** The target that will be served back, or null when the clipboard was empty. */
  kept: { target: string; bytes: Buffer } | null;
}

/** Targets about the selection itself, not content. */
const META_TARGETS = new Set(['TARGETS', 'TIMESTAMP', 'MULTIPLE', 'SAVE_TARGETS', 'DELETE', 'INCR']);

/**
 * Which single target to keep. An image cannot be represented any other way, so it wins. Plain
 * text comes before text/html: with only text/html advertised, text fields (Chromium's <input>,
 * <textarea>) paste nothing, and a page copy (html + text) is usually wanted as its text.
 */
const TEXT_TARGETS = ['UTF8_STRING', 'text/plain;charset=utf-8', 'text/plain', 'STRING', 'TEXT'];
function restoreOrder(offered: string[]): string[] {
  const content = offered.filter((target) => !META_TARGETS.has(target));
  const rank = (target: string): number => {
    if (target === 'image/png') return 0;
    if (target.startsWith('image/')) return 1;
    const text = TEXT_TARGETS.indexOf(target);
    if (text >= 0) return 2 + text;
    if (target === 'text/html') return 2 + TEXT_TARGETS.length;
    return 3 + TEXT_TARGETS.length;
  };
  return content.sort((a, b) => rank(a) - rank(b));
}

/** A hung selection owner would otherwise hang xclip -o, and with it the paste. */
const READ_TIMEOUT_MS = 2000;
const MAX_READ_BYTES = 256 * 1024 * 1024;

/** xclip -verbose prints this before waiting for request N, i.e. after answering N-1. */
const REQUEST_LINE = /Waiting for selection request number (\d+)/g;
const READ_POLL_MS = 10;
let logCount = 0;

/** How long writeText waits for xclip's background copy to become the owner. */
const OWNERSHIP_TIMEOUT_MS = 1000;
const OWNERSHIP_POLL_MS = 5;

export interface X11ClipboardOptions {
  /** Environment for xclip, DISPLAY above all; defaults to this process's. */
  env?: NodeJS.ProcessEnv;
}

export function createX11Clipboard(options: X11ClipboardOptions = {}): ClipboardPort<X11ClipboardSnapshot> {
  const env = options.env ?? process.env;

  function read(target: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'xclip',
        ['-selection', 'clipboard', '-t', target, '-o'],
        { env, encoding: 'buffer', timeout: READ_TIMEOUT_MS, maxBuffer: MAX_READ_BYTES },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
  }

  /** xclip -o exits 1 when nobody owns the clipboard; only a missing xclip is an error. */
  async function offeredTargets(): Promise<string[]> {
    try {
      return (await read('TARGETS')).toString('utf8').split('\n').filter(Boolean);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
      return [];
    }
  }

  /**
   * xclip reads stdin, claims the selection and forks a child that serves it until another client
   * takes ownership; the parent exits at once. Only the parent is ours: its stdout/stderr are not
   * piped, so the long-lived child holds no handle that would keep Node (or a test) running.
   */
  function serve(target: string, bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('xclip', ['-selection', 'clipboard', '-t', target, '-i'], {
        env,
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`xclip -t ${target} -i exited with ${code}`)),
      );
      child.stdin.end(bytes);
    });
  }

  /**
   * xclip's parent exits before its child has flushed the ownership request to the X server, so a
   * keystroke right after could paste the previous owner's text into the chat (seen about once in
   * 200 runs). Reading the text back proves the new owner is serving.
   */
  async function untilServing(bytes: Buffer): Promise<void> {
    const deadline = Date.now() + OWNERSHIP_TIMEOUT_MS;
    for (;;) {
      const served = await read('UTF8_STRING').catch(() => null);
      if (served?.equals(bytes)) return;
      if (Date.now() > deadline) throw new Error('xclip did not take over the clipboard');
      await new Promise((resolve) => setTimeout(resolve, OWNERSHIP_POLL_MS));
    }
  }

  /** The phrase's server: how many requests it has answered, from its log. */
  let watched: { log: string; answeredAtStart: number } | null = null;

  function answered(log: string): number {
    let text = '';
    try {
      text = readFileSync(log, 'utf8');
    } catch {
      return 0;
    }
    const numbers = [...text.matchAll(REQUEST_LINE)].map((match) => Number(match[1]));
    return numbers.length === 0 ? 0 : Math.max(...numbers) - 1;
  }

  function forgetWatched(): void {
    if (watched) rmSync(watched.log, { force: true });
    watched = null;
  }

  /** A foreground xclip logging each request to a file; nothing of it is tied to this process. */
  function serveWatched(bytes: Buffer): Promise<string> {
    logCount += 1;
    const log = join(tmpdir(), `kefu-xclip-${process.pid}-${logCount}.log`);
    const fd = openSync(log, 'w');
    return new Promise((resolve, reject) => {
      const child = spawn('xclip', ['-selection', 'clipboard', '-t', 'UTF8_STRING', '-i', '-verbose'], {
        env,
        stdio: ['pipe', 'ignore', fd],
      });
      closeSync(fd);
      child.once('error', reject);
      child.once('spawn', () => {
        child.unref();
        resolve(log);
      });
      child.stdin?.end(bytes);
    });
  }

  async function writeText(text: string): Promise<void> {
    forgetWatched();
    const bytes = Buffer.from(text, 'utf8');
    const log = await serveWatched(bytes);
    await untilServing(bytes);
    watched = { log, answeredAtStart: answered(log) };
  }

  return {
    async snapshot() {
      const offered = await offeredTargets();
      for (const target of restoreOrder(offered)) {
        const bytes = await read(target).catch(() => null);
        if (bytes !== null && bytes.length > 0) return { offered, kept: { target, bytes } };
      }
      return { offered, kept: null };
    },
    writeText,
    async readByTarget(boundMs) {
      const current = watched;
      if (!current) return false;
      const deadline = Date.now() + boundMs;
      while (Date.now() < deadline) {
        if (answered(current.log) > current.answeredAtStart) return true;
        await new Promise((resolve) => setTimeout(resolve, READ_POLL_MS));
      }
      return false;
    },
    async holds(text) {
      const served = await read('UTF8_STRING').catch(() => null);
      return served?.equals(Buffer.from(text, 'utf8')) ?? false;
    },
    async restore(snapshot) {
      forgetWatched();
      // An empty previous clipboard comes back as empty text: the phrase must not linger there.
      if (snapshot.kept === null) await serve('UTF8_STRING', Buffer.alloc(0));
      else await serve(snapshot.kept.target, snapshot.kept.bytes);
    },
  };
}
