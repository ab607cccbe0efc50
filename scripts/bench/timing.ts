/**
 * Timing that a noisy two-core machine can trust: every subject warmed up first, then repetitions
 * interleaved (each round runs every subject once, starting with a different one), so drift from the JIT,
 * the garbage collector or a neighbour's load falls on all of them alike; the median of the rounds is kept.
 */

/** A measured loop: runs its operation `n` times and returns a number the caller keeps (so it is not optimised away). */
export type Loop = (n: number) => number;

let sink = 0;

/**
 * Microseconds of CPU time this process has used. A loop is timed by it rather than by the wall clock:
 * with more runnable threads than cores (this machine's usual state) a loop loses whole time slices to
 * its neighbours, and a loop of 20 ms (200,000 warm calls) loses one in most rounds where a loop of 2 ms
 * (as many Map.gets) mostly loses none, so medians of wall times would put the neighbours' load into
 * every ratio. The loops allocate nothing and run warm, so no other thread of the process adds to it.
 */
function cpuMicroseconds(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

/** Nanoseconds (of CPU time) per operation of each loop: medians over interleaved rounds after a warm-up. */
export function nsPerOperation(
  loops: Readonly<Record<string, Loop>>,
  { operations = 200_000, rounds = 21, warmups = 5 } = {}
): Record<string, number> {
  const names = Object.keys(loops);
  for (let w = 0; w < warmups; w++) for (const name of names) sink += loops[name](operations);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const start = cpuMicroseconds();
      sink += loops[name](operations);
      samples[name].push(((cpuMicroseconds() - start) * 1e3) / operations);
    }
  }
  if (!Number.isFinite(sink))
    throw new Error("unreachable: keeps the loops from being optimised away");
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

/** Milliseconds of each task: medians over interleaved rounds after one warm-up round. */
export async function msPerTask(
  tasks: Readonly<Record<string, () => number | Promise<number>>>,
  rounds: number
): Promise<Record<string, number>> {
  const names = Object.keys(tasks);
  for (const name of names) await tasks[name]();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++)
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      samples[name].push(await tasks[name]());
    }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
