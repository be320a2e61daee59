// CPU time read from Linux's /proc, for benchmarks that share 2 cores between Node and
// PostgreSQL: where the time of one operation goes is steadier than the throughput, which
// moves with whatever else runs on the machine.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** utime, stime, cutime, cstime of /proc/<path>/stat, in seconds. */
function times(statPath: string): number[] {
  const stat = fs.readFileSync(statPath, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime is field 14 of the line, the 12th after the name.
  return fields.slice(11, 15).map((f) => Number(f) / ticksPerSecond);
}

/** CPU seconds of one thread of this process (its main thread: process.pid). */
export function threadSeconds(tid: number): number {
  const [user = 0, system = 0] = times(`/proc/self/task/${tid}/stat`);
  return user + system;
}

/** CPU seconds of this process's threads, and of the children it waited for. */
export function processSeconds(): { own: number; children: number } {
  const [user = 0, system = 0, childUser = 0, childSystem = 0] = times('/proc/self/stat');
  return { own: user + system, children: childUser + childSystem };
}

/**
 * CPU seconds of a PostgreSQL server: the postmaster, its live children (backends and
 * helpers), and the children that have exited (counted in the postmaster's cutime and
 * cstime once it has reaped them).
 */
export function postgresSeconds(postmasterPid: number): number {
  let total = times(`/proc/${postmasterPid}/stat`).reduce((a, b) => a + b, 0);
  for (const child of childrenOf(postmasterPid)) total += child.seconds;
  return total;
}

/** The live children of a process: their CPU seconds, and whether they have exited unreaped. */
function childrenOf(pid: number): Array<{ pid: number; seconds: number; zombie: boolean }> {
  const children: Array<{ pid: number; seconds: number; zombie: boolean }> = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(parent) !== pid) continue;
      const [user = 0, system = 0] = times(`/proc/${entry}/stat`);
      children.push({ pid: Number(entry), seconds: user + system, zombie: state === 'Z' });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return children;
}

/** Whether a child of the postmaster serves a client: its title names the client's address. */
function isClientBackend(pid: number): boolean {
  try {
    const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return title.includes('[local]') || /\d+\.\d+\.\d+\.\d+\(\d+\)/.test(title);
  } catch {
    return false;
  }
}

/**
 * Waits until a PostgreSQL server's client backends have exited and been reaped (an exited,
 * unreaped one has lost its title: it is waited for as a zombie). One reaped while
 * postgresSeconds reads would be counted neither alive nor in the postmaster's cutime: read
 * after a run's fifty backends are gone, not while they exit.
 */
export async function postgresSettled(postmasterPid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (
    childrenOf(postmasterPid).some((child) => child.zombie || isClientBackend(child.pid)) &&
    Date.now() < deadline
  )
    await new Promise((resolve) => setTimeout(resolve, 20));
}
