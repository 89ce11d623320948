// polars' describe() of one file: the optional reference of issue #13. Run by bench/run.mjs in a
// child with POLARS_MAX_THREADS=2 when DATAGATE_BENCH_POLARS names a directory where
// `npm install --prefix <dir> nodejs-polars` was run (it is not one of our dependencies).
// Usage: node bench/polars-describe.mjs <polars dir> <file> eager|lazy|profile
// Prints the seconds from the read to the described frame (the module already loaded).
//   eager:   pl.readCSV(file).describe()
//   lazy:    pl.scanCSV(file).collectSync().describe()
//   profile: the read plus what `datagate profile` reports per column and describe() does not:
//            null count, distinct count (exact: 0.26 has no approximate one), the ten most
//            frequent values with counts, text lengths (min, max), and for numbers mean, std,
//            min, max and the 1/5/25/50/75/95/99 % quantiles: the same work, as polars does it.

import { createRequire } from 'node:module';
import path from 'node:path';

const [dir, file, mode = 'eager'] = process.argv.slice(2);
const pl = createRequire(path.join(path.resolve(dir), 'package.json'))('nodejs-polars');
const start = performance.now();

/** One select over every column, then each column's top values. */
function profileLike(frame) {
  const numeric = new Set(['Int64', 'Int32', 'Float64', 'Float32', 'UInt32', 'UInt64']);
  const exprs = [];
  for (const name of frame.columns) {
    const column = pl.col(name);
    exprs.push(column.nullCount().alias(`${name}:nulls`), column.nUnique().alias(`${name}:distinct`));
    const type = String(frame.getColumn(name).dtype);
    if ([...numeric].some((t) => type.includes(t))) {
      exprs.push(column.mean().alias(`${name}:mean`), column.std().alias(`${name}:std`), column.min().alias(`${name}:min`), column.max().alias(`${name}:max`));
      for (const q of [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]) exprs.push(column.quantile(q).alias(`${name}:q${q}`));
    } else {
      const text = column.cast(pl.Utf8);
      exprs.push(text.str.lengths().min().alias(`${name}:minLength`), text.str.lengths().max().alias(`${name}:maxLength`));
    }
  }
  const stats = frame.select(...exprs);
  const top = frame.columns.map((name) => frame.getColumn(name).valueCounts(true).head(10));
  return { height: stats.height + top.length };
}

const frame = mode === 'lazy' ? pl.scanCSV(file).collectSync() : pl.readCSV(file);
const described = mode === 'profile' ? profileLike(frame) : frame.describe();
const seconds = (performance.now() - start) / 1000;
if (described.height === 0) throw new Error('describe() returned no rows');
process.stdout.write(`${seconds}\n`);
