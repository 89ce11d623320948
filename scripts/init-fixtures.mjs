// Writes __tests__/fixtures/init/: files shaped like real exports, for `datagate init`'s tests.
// Seeded, so the committed files are reproducible: node scripts/init-fixtures.mjs
import { writeFileSync } from 'node:fs';

let seed = 20261204;
// mulberry32: small, seeded, good enough that 600 random UUIDs do not collide.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
const out = new URL('../__tests__/fixtures/init/', import.meta.url);

// An order export: a sequential key, UUID references, open-ended amounts (564 distinct of 600, as
// whole euros), bounded scales (a 0/1 flag, a fraction, a percentage, a 0–100 and a 1–5 rating),
// counts, a signed balance, a category and a note that is almost always empty.
const rows = ['order_id,customer_ref,ordered_on,amount,quantity,discount,returned,margin_pct,satisfaction,stars,balance,region,note'];
const amounts = new Set();
for (let i = 0; i < 600; i++) {
  let amount = 5 + Math.floor(random() * 900);
  // A few repeats, as real prices have: 564 distinct values in 600 rows.
  if (amounts.size >= 564) amount = pick([...amounts]);
  while (amounts.size < 564 && amounts.has(amount)) amount = 5 + Math.floor(random() * 900);
  amounts.add(amount);
  const day = String(1 + (i % 28)).padStart(2, '0');
  rows.push([
    1001 + i,
    `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
    `2026-0${1 + Math.floor(i / 100)}-${day}`,
    amount,
    1 + Math.floor(random() * 12),
    (Math.floor(random() * 36) / 100).toFixed(2),
    random() < 0.08 ? 1 : 0,
    (5 + random() * 57).toFixed(1),
    3 + Math.floor(random() * 95),
    1 + Math.floor(random() * 5),
    (-500 + random() * 3500).toFixed(2),
    pick(['north', 'south', 'east', 'west']),
    i % 100 === 7 ? `call back ${i}` : '',
  ].join(','));
}
writeFileSync(new URL('orders.csv', out), rows.join('\n') + '\n');

// An export whose header came without rows.
writeFileSync(new URL('header_only.csv', out), 'order_id,customer_ref,amount,region\n');

// A hand-edited file with ragged rows: one short, one long.
writeFileSync(new URL('ragged.csv', out), [
  'id,name,amount', '1,Ada,30', '2,Grace', '3,Edsger,41,extra', '4,Barbara,25', '5,Donald,38', '',
].join('\n'));
