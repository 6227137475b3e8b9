/**
 * CPU time of a measurement: this Node process plus the PostgreSQL backends serving the bench's database, read
 * from /proc (so only when the server runs on this host; otherwise postgres is null). On a machine shared with
 * other work, wall time grows with everyone else's load; the CPU seconds are what the work itself costs on one core.
 * Backends come and go (the pool closes idle connections after 10 s), so they are sampled every 100 ms while the
 * measurement runs: a backend that exits counts up to its last sample.
 */
import fs from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const SAMPLE_MS = 100;

export interface CpuSample {
  node: number;
  postgres: number | null;
}

function procCpuSeconds(pid: string): number | null {
  try {
    // Fields after the command (which may contain spaces) start after the last ')': utime and stime are 14 and 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Backend pids of `database` (their title is `postgres: <cluster>: <user> <database> <client> <state>`). */
function backendsOf(database: string): string[] {
  const pids: string[] = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) pids.push(pid);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

/** Starts a measurement; the returned function stops it and gives the CPU seconds spent since, per side. */
export function startCpuMeter(databaseUrl: string | null): () => CpuSample {
  const node0 = process.cpuUsage();
  const database = databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) : null;
  const readable = database !== null && fs.existsSync('/proc/self/stat') && backendsOf(database).length > 0;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const sample = (initial: boolean) => {
    for (const pid of backendsOf(database!)) {
      const t = procCpuSeconds(pid);
      if (t === null) continue;
      if (!first.has(pid)) first.set(pid, initial ? t : 0);
      last.set(pid, t);
    }
  };
  if (readable) sample(true);
  const timer = readable ? setInterval(() => sample(false), SAMPLE_MS) : undefined;
  return () => {
    clearInterval(timer);
    const n = process.cpuUsage(node0);
    let postgres: number | null = null;
    if (readable) {
      sample(false);
      postgres = 0;
      for (const [pid, t] of last) postgres += t - (first.get(pid) ?? 0);
    }
    return { node: (n.user + n.system) / 1e6, postgres };
  };
}
