/**
 * One process at a time on an embedded PGlite data folder. PGlite keeps the database in the
 * process's memory and writes it back to the folder, so a second process (an admin command
 * beside a running server) works on a copy that the first one later overwrites: its writes
 * vanish without an error. The holder is named in `kefu-server.lock` (pid, process start time,
 * host, command); a lock whose process is gone, or whose pid now belongs to another process, is
 * stale and taken over.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export const LOCK_FILE = 'kefu-server.lock';

export type LockHolder = { pid: number; startedAt: number; host: string; command: string };

/** The folder is in use by a live process: `holder` says which. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by ${holder.command} (pid ${holder.pid} on ${holder.host}, ` +
        `since ${new Date(holder.startedAt).toISOString()}; lock file ${join(dataDir, LOCK_FILE)}).`,
    );
    this.name = 'DataFolderLockedError';
  }
}

export type DataFolderLock = { release(): void };

/**
 * When `pid` started (ms since the epoch), from Linux's /proc; null elsewhere. /proc/stat's
 * start time is in clock ticks since boot (USER_HZ, 100 on every mainstream Linux build).
 */
function processStartTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces, so count from its closing paren.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds)) return null;
    return bootSeconds * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds now. */
const heldHere = new Set<string>();

/** Still held by the process it names? Another host's processes cannot be checked: held. */
function live(holder: LockHolder, file: string): boolean {
  if (holder.host !== hostname()) return true;
  // Our own pid, not taken by us: a previous life (a container restarted as pid 1 again).
  if (holder.pid === process.pid) return heldHere.has(file);
  if (!alive(holder.pid)) return false;
  const started = processStartTime(holder.pid);
  // Same pid, another start time: the pid was reused after the holder died.
  return started === null || Math.abs(started - holder.startedAt) < 2_000;
}

/** The holder named in `file`; null when unparsable. Throws when it cannot be read (ENOENT: gone). */
function readHolder(file: string): LockHolder | null {
  const text = readFileSync(file, 'utf8');
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid !== 'number' || typeof holder.startedAt !== 'number') return null;
    return {
      pid: holder.pid,
      startedAt: holder.startedAt,
      host: String(holder.host),
      command: String(holder.command),
    };
  } catch {
    // The lock is linked into place whole, so only a damaged disk leaves this: stale.
    return null;
  }
}

const sameHolder = (a: LockHolder | null, b: LockHolder | null) =>
  a !== null && b !== null && a.pid === b.pid && a.startedAt === b.startedAt && a.host === b.host;

/**
 * Moves a stale lock out of the way. Two processes may judge the same lock stale at once: the
 * one that finds a fresh holder in what it moved puts it back and reports it.
 */
function breakStale(file: string, stale: LockHolder | null, dataDir: string): void {
  const moved = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const found = readHolder(moved);
  if (found !== null && !sameHolder(found, stale)) {
    try {
      linkSync(moved, file);
    } finally {
      rmSync(moved, { force: true });
    }
    throw new DataFolderLockedError(dataDir, found!);
  }
  rmSync(moved, { force: true });
}

/** Takes the folder for this process, or throws DataFolderLockedError naming the live holder. */
export function lockDataFolder(dataDir: string, command: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    startedAt: processStartTime(process.pid) ?? Math.round(performance.timeOrigin),
    host: hostname(),
    command,
  };
  // Written aside, then linked into place: the lock never exists without its holder in it.
  const draft = `${file}.${process.pid}.draft`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      }
      let holder: LockHolder | null;
      try {
        holder = readHolder(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // Released meanwhile.
        throw error;
      }
      if (holder && live(holder, file)) throw new DataFolderLockedError(dataDir, holder);
      breakStale(file, holder, dataDir);
    }
  } finally {
    rmSync(draft, { force: true });
  }
  heldHere.add(file);
  return {
    release() {
      heldHere.delete(file);
      let current: LockHolder | null;
      try {
        current = readHolder(file);
      } catch {
        return;
      }
      // Never remove a lock that another process took over.
      if (sameHolder(current, me)) rmSync(file, { force: true });
    },
  };
}
