// What a dataset's SQL cost, counted in one place: every statement through a metered client (the
// run's Connections hands one to each dataset, shared by its sides) adds a query and its time;
// the step that knows how many rows a statement read adds them. The report's `datasets[].cost`
// is the dataset's meter; profileTable, contractGatesOfTable and diffTableSides also return their
// own share of it (the difference across the call).

import type { QueryCost } from '../report/types.js';
import type { SqlClient, SqlRow } from './types.js';

// What a dataset's SQL cost is the report's own type (shown so a reviewer sees what ran).
export type { QueryCost };

export class MeteredClient implements SqlClient {
  readonly engine: SqlClient['engine'];
  describe?: (sql: string) => Promise<{ name: string; type: string }[]>;

  constructor(private readonly client: SqlClient, readonly cost: QueryCost = { queries: 0, rowsScanned: 0, ms: 0 }) {
    this.engine = client.engine;
    const describe = client.describe?.bind(client);
    if (describe) this.describe = (sql) => this.timed(() => describe(sql));
  }

  query(sql: string): Promise<SqlRow[]> {
    return this.timed(() => this.client.query(sql));
  }

  /** Rows a statement read, added by the step that knows them. */
  scanned(rows: number): void {
    this.cost.rowsScanned += rows;
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private async timed<T>(statement: () => Promise<T>): Promise<T> {
    this.cost.queries++;
    const started = performance.now();
    try {
      return await statement();
    } finally {
      this.cost.ms += performance.now() - started;
    }
  }
}

/** The client metered: itself when it already is (a dataset's client from Connections), else a new meter around it. */
export function metered(client: SqlClient): MeteredClient {
  return client instanceof MeteredClient ? client : new MeteredClient(client);
}

/** A copy of the cost now, to take the difference after a step. */
export function costSince(meter: MeteredClient, before: QueryCost): QueryCost {
  return { queries: meter.cost.queries - before.queries, rowsScanned: meter.cost.rowsScanned - before.rowsScanned, ms: Math.round(meter.cost.ms - before.ms) };
}

export function snapshot(meter: MeteredClient): QueryCost {
  return { ...meter.cost };
}
