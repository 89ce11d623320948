import { readBatches } from '../src/readers/index.js';
import { ColumnAccumulator } from '../src/profile/column.js';
import type { Batch } from '../src/readers/types.js';

async function main(): Promise<void> {
  const file = process.argv[2];
  const keep: Batch[] = [];
  let rows = 0;
  for await (const b of readBatches([file], {}, () => {})) { if (rows < 400_000) keep.push(b); rows += b.length; }
  const cols = keep[0].columns;
  for (let rep = 0; rep < 2; rep++) {
    const out: string[] = [];
    for (let c = 0; c < cols.length; c++) {
      const t = performance.now();
      const acc = new ColumnAccumulator(cols[c], undefined);
      for (const b of keep) acc.addCells(b.data[c], b.length);
      acc.toState();
      out.push(`${cols[c]} ${(performance.now() - t).toFixed(0)}`);
    }
    console.log(out.join(' | '));
  }
}
void main();
