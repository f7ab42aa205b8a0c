// Memory and CPU of the platform's processes (and of the bench itself), from /proc (Linux): peak RSS sampled every
// 500 ms, CPU seconds read on demand so that a phase is the difference of two readings.
import { readFileSync } from 'node:fs';

/** `processes`: the Map name → managed process of tools/lib/platform.cjs (a restarted child is followed). */
export function processSampler(processes, { intervalMs = 500 } = {}) {
  const peaks = new Map();
  const readRss = (pid) => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Number(match[1]) * 1024;
  };
  /** utime + stime in seconds (fields 14 and 15; the name in field 2 may hold spaces, so split after its ')'). */
  const readCpu = (pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const pids = () =>
    [...processes.entries()]
      .map(([name, managed]) => [name, managed.child?.pid])
      .filter(([, pid]) => pid !== undefined);
  const sample = () => {
    for (const [name, pid] of [...pids(), ['bench', process.pid]]) {
      try {
        peaks.set(name, Math.max(peaks.get(name) ?? 0, readRss(pid)));
      } catch {
        // exited, or not Linux
      }
    }
  };
  const cpu = () => {
    const result = new Map();
    for (const [name, pid] of pids()) {
      try {
        result.set(name, readCpu(pid));
      } catch {
        // exited
      }
    }
    result.set('bench', (process.cpuUsage().user + process.cpuUsage().system) / 1e6);
    return result;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return { peaks, cpu, sample, stop: () => clearInterval(timer) };
}

/** CPU seconds of `name` between two `cpu()` readings, or undefined when one of them misses it. */
export function cpuSeconds(name, before, after) {
  return after?.has(name) && before?.has(name) ? after.get(name) - before.get(name) : undefined;
}

/**
 * The table: one line per process, its peak RSS, then one column per phase (`{ label, before, after }`, two
 * `cpu()` readings). `only`: the process names to show (default all).
 */
export function printResources(say, sampler, phases, { only } = {}) {
  say('');
  say(`process      peak RSS MB${phases.map((phase) => `   ${phase.label}`).join('')}`);
  for (const [name, peak] of sampler.peaks) {
    if (only !== undefined && !only.includes(name)) continue;
    const columns = phases.map((phase) => {
      const cpu = cpuSeconds(name, phase.before, phase.after);
      return ` ${(cpu === undefined ? '-' : cpu.toFixed(1)).padStart(phase.label.length + 1)}`;
    });
    say(`${name.padEnd(12)} ${(peak / 1048576).toFixed(0).padStart(11)}${columns.join('')}`);
  }
}
