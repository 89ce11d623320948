// The real tables of the drift harness (vega-datasets 3.2.1, a pinned devDependency) and the
// fixed holdout list: holdout tables were never looked at while tuning `robust`.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

// The package's exports map hides package.json; its data folder sits at a fixed place in node_modules.
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'vega-datasets', 'data');

export const TABLES = [
  { file: 'weather.csv' },
  { file: 'seattle-weather.csv' },
  { file: 'movies.json' },
  { file: 'birdstrikes.csv' },
  { file: 'zipcodes.csv' },
  { file: 'flights-10k.json' },
  { file: 'jobs.json' },
  { file: 'unemployment-across-industries.json' },
  { file: 'football.json' },
  { file: 'airports.csv' },
  { file: 'cars.json', holdout: true },
  { file: 'gapminder.json', holdout: true },
  { file: 'species.csv', holdout: true },
  { file: 'sp500-2000.csv', holdout: true },
  { file: 'windvectors.csv', holdout: true },
];

/** A table as column names and rows of strings ('' for null), the way a CSV export holds it. */
export function loadTable(file) {
  const text = readFileSync(join(DATA, file), 'utf8');
  if (file.endsWith('.json')) {
    const records = JSON.parse(text);
    const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
    const rows = records.map((record) => columns.map((name) => (record[name] === null || record[name] === undefined ? '' : String(record[name]))));
    return { columns, rows };
  }
  const parsed = Papa.parse(text.trim(), { skipEmptyLines: true });
  const [columns, ...rows] = parsed.data;
  return { columns, rows: rows.filter((row) => row.length === columns.length) };
}
