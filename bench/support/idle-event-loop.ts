/**
 * The stall an idle Node process sees on this machine as it is: an event loop with nothing to do
 * but a timer, measured with `monitorEventLoopDelay` like the import's serving thread, while the
 * floor scenario (order-import-floor.ts) works beside it. On a loaded machine the scheduler alone
 * holds a thread back by tens of milliseconds; this says how much of the serving thread's stall
 * is the machine's. Stops when its stdin closes; prints one JSON line.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
const keepAlive = setInterval(() => {}, 1000);
process.stdin.resume();
process.stdin.on('end', () => {
  histogram.disable();
  clearInterval(keepAlive);
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  console.log(
    JSON.stringify({
      eventLoopStallMaxMs: ms(histogram.max),
      eventLoopStallP99Ms: ms(histogram.percentile(99)),
    }),
  );
});
