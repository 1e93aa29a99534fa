// CPU time used by the server and by PostgreSQL over a stretch of the bench, read from /proc (Linux):
// unlike latency it hardly depends on what else the machine runs, so a change's cost shows on a
// busy machine too.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

interface Stat {
  pid: number;
  ppid: number;
  /** utime + stime, ms */
  cpuMs: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    return { pid, ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null; // gone, or not Linux
  }
}

const allPids = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);

/** The PostgreSQL postmaster listening on `port` (its command line has `-p PORT`), or null. */
export function postmasterOf(port: number): number | null {
  for (const pid of allPids()) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (/postgres$/.test(argv[0]) && argv.some((a, i) => a === '-p' && argv[i + 1] === String(port))) return pid;
    } catch {
      // gone
    }
  }
  return null;
}

/** CPU ms so far of each process: `pid` and, with `children`, its direct children (PostgreSQL's backends). */
export function cpuSnapshot(pid: number, children = false): Map<number, number> {
  const out = new Map<number, number>();
  const own = readStat(pid);
  if (own) out.set(pid, own.cpuMs);
  if (children) for (const p of allPids()) {
    const s = readStat(p);
    if (s && s.ppid === pid) out.set(p, s.cpuMs);
  }
  return out;
}

/** CPU ms used between two snapshots (a process born in between counts from 0; one gone since counts nothing more). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, cpu] of after) ms += cpu - (before.get(pid) ?? 0);
  return ms;
}
