/**
 * What one database's PostgreSQL backends hold in memory of their own while a bench runs: the
 * summed anonymous RSS (sorts, detoasted values, result buffers; not the shared buffers every
 * backend maps) of the processes whose title names the database, sampled every 20 ms, and its
 * peak. Linux only (/proc); elsewhere it answers null.
 */
import { readdirSync, readFileSync } from 'node:fs';

const EVERY_MS = 20;

function backends(database: string): string[] {
  const pids: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (title.startsWith('postgres:') && title.includes(` ${database} `)) pids.push(pid);
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

function anonymousKb(pid: string): number {
  try {
    const match = /^RssAnon:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function watchPostgresMemory(database: string | null): { stop(): number | null } {
  if (database === null || process.platform !== 'linux') return { stop: () => null };
  let peakKb = 0;
  const timer = setInterval(() => {
    const total = backends(database).reduce((sum, pid) => sum + anonymousKb(pid), 0);
    peakKb = Math.max(peakKb, total);
  }, EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peakKb / 1024);
    },
  };
}
