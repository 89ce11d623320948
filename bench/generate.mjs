// Writes the benchmark's seeded mixed-type CSV: ints, floats of several distributions, low- and
// high-cardinality strings, booleans, timestamps, 2% nulls per column, quoted fields with commas.
// ≈100 bytes a row, so 1M rows ≈ 100 MB. Same seed, same bytes.

import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';

/** mulberry32 */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'IN', 'BR', 'JP', 'CN', 'CA', 'AU', 'ES', 'IT', 'MX', 'NL', 'SE', 'PL', 'KR', 'ZA', 'AR', 'NG'];
const PLANS = ['free', 'basic', 'pro', 'enterprise'];
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
export const HEADER = ['id', 'user_id', 'age', 'amount', 'score', 'ratio', 'country', 'plan', 'email', 'active', 'created_at', 'note'];

export async function generateCsv(file, rows, seed = 42) {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const nullable = (text) => (next() < 0.02 ? '' : text);
  const out = createWriteStream(file);
  out.write(HEADER.join(',') + '\n');
  const start = Date.UTC(2023, 0, 1) / 1000;
  let lines = [];
  for (let i = 1; i <= rows; i++) {
    const word = WORDS[Math.floor(next() * WORDS.length)];
    const note = next() < 0.3 ? `"${word}, ${WORDS[Math.floor(next() * WORDS.length)]}"` : word;
    const at = new Date((start + Math.floor(next() * 365 * 86400)) * 1000).toISOString().slice(0, 19) + 'Z';
    lines.push([
      String(i),
      nullable(String(1 + Math.floor(next() * 200_000))),
      nullable(String(18 + Math.floor(next() * 70))),
      nullable((Math.exp(3 + normal()) ).toFixed(2)),
      nullable(normal().toFixed(6)),
      nullable(String(next())),
      nullable(COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(-Math.log(1 - next()) * 4))]),
      nullable(PLANS[Math.floor(next() * next() * PLANS.length)]),
      nullable(`user${Math.floor(next() * 5_000_000)}@example.com`),
      nullable(next() < 0.7 ? 'true' : 'false'),
      nullable(at),
      nullable(note),
    ].join(','));
    if (lines.length === 10_000) {
      if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
      lines = [];
    }
  }
  if (lines.length > 0) out.write(lines.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generateCsv(process.argv[2], Number(process.argv[3] ?? 1_000_000));
}

/** The diff benches' current copy of a baseline: row i (1-based) dropped when i % 1000 = 500, `amount` + 1 when i % 100 = 7. */
export async function writeChangedCopy(baseline, current, rows) {
  const output = createWriteStream(current);
  const lines = readline.createInterface({ input: createReadStream(baseline), crlfDelay: Infinity });
  let i = -1;
  let buffer = [];
  for await (const line of lines) {
    i++;
    if (i === 0) { buffer.push(line); continue; }
    if (i % 1000 === 500) continue;
    if (i % 100 === 7) {
      // amount is the 4th field and never quoted; empty (null) becomes 1.
      const fields = line.split(',');
      fields[3] = fields[3] === '' ? '1' : (Number(fields[3]) + 1).toFixed(2);
      buffer.push(fields.join(','));
    } else buffer.push(line);
    if (buffer.length === 10_000) {
      if (!output.write(buffer.join('\n') + '\n')) await once(output, 'drain');
      buffer = [];
    }
  }
  for (let k = 1; k <= rows / 1000; k++) buffer.push(`${rows + k},1,30,1.00,0.5,0.5,US,free,new${k}@example.com,true,2024-01-01T00:00:00Z,new`);
  output.write(buffer.join('\n') + '\n');
  output.end();
  await once(output, 'finish');
}
