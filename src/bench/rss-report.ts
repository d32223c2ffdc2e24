// Loaded with `node --import` into a measured child process (bench section `large`): when the process exits it
// writes its peak resident set size and CPU time as one line to stderr, for the parent to read.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `newsgraph-bench: ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) })}\n`);
});
