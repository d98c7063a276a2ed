// Preloaded into the bot only by npm run bench (node --expose-gc --import): on SIGUSR2, a full garbage
// collection, then the memory it leaves, as one line on stderr. Separates what the bot retains from what
// V8 has simply not collected yet.
process.on('SIGUSR2', () => {
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.stderr.write(`bench-memory ${JSON.stringify({ rss, heapUsed })}\n`);
});
