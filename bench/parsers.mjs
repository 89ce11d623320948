// Which CSV parser: parses the bench CSV with udsv, papaparse and our hand-written parser (from
// the dev build in /tmp/dgbuild or a bundle), all fed the same decoded 1 MB chunks, and prints
// the time of each. Usage: node bench/parsers.mjs <file.csv> <path to readers/csv.js>
// Only the time to split into fields is measured: no typing, no profiling.

import { createReadStream } from 'node:fs';
import { inferSchema, initParser } from 'udsv';
import Papa from 'papaparse';

const [file, ours] = process.argv.slice(2);

async function* chunks() {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const bytes of createReadStream(file, { highWaterMark: 1 << 20 })) yield decoder.decode(bytes, { stream: true });
}

async function time(name, run) {
  const best = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const rows = await run();
    best.push(performance.now() - start);
    if (i === 0) console.log(`${name}: ${rows} rows`);
  }
  console.log(`${name.padEnd(12)} best ${Math.min(...best).toFixed(0)} ms of ${best.map((t) => t.toFixed(0)).join(', ')}`);
}

await time('udsv', async () => {
  let parser = null;
  let rows = 0;
  // Row callback, no accumulation: comparable with a streaming profiler.
  const onRow = () => { rows++; };
  for await (const text of chunks()) {
    parser ??= initParser(inferSchema(text));
    parser.chunk(text, parser.stringArrs, onRow);
  }
  parser.end();
  return rows;
});

await time('papaparse', async () => {
  let rows = 0;
  let rest = '';
  for await (const text of chunks()) {
    // Papaparse's own streaming wants a Node stream; whole lines per chunk is equivalent.
    const cut = text.lastIndexOf('\n');
    const body = rest + text.slice(0, cut + 1);
    rest = text.slice(cut + 1);
    rows += Papa.parse(body, { header: false }).data.length;
  }
  return rows;
});

if (ours) {
  const { CsvParser } = await import(ours);
  await time('datagate', async () => {
    const parser = new CsvParser({ file, delimiter: ',', firstRow: 1, onIssue: () => {} });
    let rows = 0;
    for await (const text of chunks()) {
      parser.push(text);
      for (let batch = parser.next(); batch; batch = parser.next()) rows += batch.length;
    }
    parser.end();
    for (let batch = parser.next(); batch; batch = parser.next()) rows += batch.length;
    return rows;
  });
}
