// polars' describe() of one file: the optional reference of issue #13. Run by bench/run.mjs in a
// child with POLARS_MAX_THREADS=2 when DATAGATE_BENCH_POLARS names a directory where
// `npm install --prefix <dir> nodejs-polars` was run (it is not one of our dependencies).
// Usage: node bench/polars-describe.mjs <polars dir> <file> eager|lazy
// Prints the seconds from the read to the described frame (the module already loaded).

import { createRequire } from 'node:module';
import path from 'node:path';

const [dir, file, mode = 'eager'] = process.argv.slice(2);
const pl = createRequire(path.join(path.resolve(dir), 'package.json'))('nodejs-polars');
const start = performance.now();
const frame = mode === 'lazy' ? pl.scanCSV(file).collectSync() : pl.readCSV(file);
const described = frame.describe();
const seconds = (performance.now() - start) / 1000;
if (described.height === 0) throw new Error('describe() returned no rows');
process.stdout.write(`${seconds}\n`);
