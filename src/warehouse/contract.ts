// A table's contract gates, pushed down: one aggregate query counts the violations of every rule
// (SUM(CASE …) per rule, COUNT(DISTINCT) for uniqueness, one GROUP BY per compound key in the same
// statement), then one LIMITed query per failing rule fetches its examples. Results are the ones the
// file path gives on the same rows (src/contract/validator.ts), with these table-shaped differences:
// an example has no line, its `file` is the table's label and its `row` is its rank in the query's
// order (the dataset's `key`, else the value), since a table has no row numbers; with a `key` the
// example's value starts with the row's key (`id=7: value`).

import type { ColumnRule, DatasetConfig } from '../config/schema.js';
import type { Example, GateResult } from '../report/types.js';
import type { Profile } from '../profile/types.js';
import type { ColumnType } from '../profile/types.js';
import { UserError } from '../errors.js';
import { rowCountGates } from '../gates/rows.js';
import { freshnessGates } from '../gates/freshness.js';
import { profiledNewest } from '../profile/dates.js';
import { parseBound, requiredColumns, ruleSeverity } from '../contract/rules.js';
import { MAX_EXAMPLES, Violations } from '../contract/violations.js';
import { catalogColumns, type CatalogColumn } from './catalog.js';
import { extraColumnsResult } from '../contract/extraColumns.js';
import { absentResult, columnResults, compoundUniqueResult, presentResult, type ColumnTally } from './contractResults.js';
import { ColumnSql, numberSql } from './contractSql.js';
import { relationSql, sourceLabel } from './dialect.js';
import { PatternNotTranslatable } from './regexSql.js';
import { costSince, metered, snapshot, type QueryCost } from './meter.js';
import type { Dialect, SqlClient, SqlRow, TableSource } from './types.js';
import { ColumnGuesser } from '../contract/guess.js';

export interface TableContractContext {
  current: Profile;
  baseline: Profile | null;
  now: Date;
}

/** Distinct disallowed values shown as `observed`, as the file path keeps. */
const MAX_OBSERVED_VALUES = 10;

export async function contractGatesOfTable(
  client: SqlClient, dialect: Dialect, source: TableSource, dataset: DatasetConfig, context: TableContractContext,
): Promise<{ gates: GateResult[]; cost: QueryCost }> {
  const run = metered(client);
  const before = snapshot(run);
  const catalog = await catalogColumns(run, dialect, source);
  const check = new TableContract(run, dialect, source, dataset, catalog);
  const gates = await check.gates(context);
  run.scanned(check.rowsScanned);
  return { gates, cost: costSince(run, before) };
}

/** The SELECT list of the aggregate query: each measure under a generated, quoted alias. */
class Measures {
  private readonly list: string[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(sql: string): string {
    const alias = `m${this.list.length}`;
    this.list.push(`${sql} AS ${this.dialect.quoteIdent(alias)}`);
    return alias;
  }
  count(condition: string): string {
    return this.add(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`);
  }
  sql(relation: string): string {
    return `SELECT ${this.list.join(', ')} FROM ${relation}`;
  }
}

/** A rule's violations: counted in the aggregate, and how to find its examples. */
interface PendingRule {
  violations: Violations;
  /** Its count of violations in the aggregate's row. */
  count(row: SqlRow): number;
  where: string;
  /** Value expressions shown in an example (several for a compound key). */
  values: string[];
  /** For uniqueness: the rows after the first of each group are the violations. */
  partition?: string[];
  /** Whether its gate shows examples (a null count passes under a generous max_null_fraction). */
  shown?: (row: SqlRow) => boolean;
}

class TableContract {
  private readonly columns: Map<string, CatalogColumn>;
  private readonly relation: string;
  private readonly measures: Measures;
  private readonly pending: PendingRule[] = [];
  private readonly keyColumns: string[];
  private rowsAlias = '';
  rowsScanned = 0;

  constructor(
    private readonly run: SqlClient, private readonly dialect: Dialect, private readonly source: TableSource,
    private readonly dataset: DatasetConfig, catalog: CatalogColumn[],
  ) {
    this.columns = new Map(catalog.map((column) => [column.name, column]));
    this.relation = relationSql(dialect, source);
    this.measures = new Measures(dialect);
    const key = dataset.key === undefined ? [] : Array.isArray(dataset.key) ? dataset.key : [dataset.key];
    this.keyColumns = key.every((name) => this.columns.has(name)) ? key : [];
  }

  private sqlOf(name: string): ColumnSql {
    return new ColumnSql(this.dialect, name, this.columns.get(name)!.kind, this.dataset.null_values ?? []);
  }

  private rule(where: string, values: string[], partition?: string[]): PendingRule {
    const alias = this.measures.count(where);
    const rule = { violations: new Violations(), count: (row: SqlRow) => numberOf(row[alias]) ?? 0, where, values, ...(partition ? { partition } : {}) };
    this.pending.push(rule);
    return rule;
  }

  async gates({ current, baseline, now }: TableContractContext): Promise<GateResult[]> {
    const { dataset } = this;
    this.rowsAlias = this.measures.add('COUNT(*)');
    const columnPlans = Object.entries(dataset.schema?.columns ?? {})
      .filter(([name]) => this.columns.has(name))
      .map(([name, rule]) => ({ name, rule, plan: this.planColumn(name, rule) }));
    const compound = (dataset.unique ?? []).map((key) => this.planCompound(key));
    const freshness = this.planFreshness();

    const joins = compound.flatMap((plan) => plan.join ? [plan.join] : []);
    const aggregate = joins.length === 0 ? this.measures.sql(this.relation)
      : `SELECT * FROM (${this.measures.sql(this.relation)}) AS datagate_counts${joins.map((join) => ` CROSS JOIN ${join}`).join('')}`;
    const [row = {}] = await this.run.query(aggregate);
    const rows = numberOf(row[this.rowsAlias]) ?? 0;
    this.rowsScanned = rows * (1 + joins.length);
    for (const rule of this.pending) rule.violations.count = rule.count(row);
    for (const rule of this.pending) {
      if (rule.violations.count > 0 && (rule.shown?.(row) ?? true)) await this.fetchExamples(rule);
    }

    const results: GateResult[] = [];
    const required = new Set(requiredColumns(dataset));
    const where = this.where();
    const guesser = new ColumnGuesser();
    for (const [name, rule] of Object.entries(dataset.schema?.columns ?? {})) {
      const severity = ruleSeverity(dataset, rule);
      if (!this.columns.has(name)) {
        results.push(absentResult(dataset.name, name, required.has(name), severity, where, guesser.guess(name, this.columns.keys())));
        continue;
      }
      if (required.has(name)) results.push(presentResult(dataset.name, name, severity));
      const plan = columnPlans.find((each) => each.name === name)!.plan;
      results.push(...columnResults(dataset.name, name, rule, severity, await plan(row), current.rows));
    }
    for (const name of required) {
      if (dataset.schema?.columns[name]) continue;
      const severity = ruleSeverity(dataset, undefined);
      results.push(this.columns.has(name) ? presentResult(dataset.name, name, severity) : absentResult(dataset.name, name, true, severity, where, guesser.guess(name, this.columns.keys())));
    }
    const extra = extraColumnsResult(dataset, [...this.columns.keys()]);
    if (extra) results.push(extra);
    for (const plan of compound) results.push(plan.result(row));
    results.push(...rowCountGates(dataset, current.rows, baseline?.rows ?? null));
    const freshnessColumn = dataset.freshness ? current.columns.find((each) => each.name === dataset.freshness?.column) : undefined;
    const newest = profiledNewest(freshnessColumn) ?? (freshness.alias ? numberOf(row[freshness.alias]) : undefined);
    results.push(...freshnessGates(dataset, { present: freshness.present, newest, now }));
    return results;
  }

  /** `pg: analytics.orders (columns: id, name)`: where a missing column was looked for. */
  private where(): string {
    const names = [...this.columns.keys()];
    if (names.length === 0) return 'the data (no rows read)';
    return `${sourceLabel(this.source)} (columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''})`;
  }

  /** Adds one column's measures; returns how to read its tally once the aggregate has run. */
  private planColumn(name: string, rule: ColumnRule): (row: SqlRow) => Promise<ColumnTally> {
    const sql = this.sqlOf(name);
    const { notNull, text } = sql;
    const nulls = this.rule(sql.isNull, [text]);
    nulls.shown = (row) => rule.nullable === false ||
      (rule.max_null_fraction !== undefined && nulls.count(row) > rule.max_null_fraction * (numberOf(row[this.rowsAlias]) ?? 0));
    const readers: ((row: SqlRow, tally: ColumnTally) => Promise<void> | void)[] = [];
    if (rule.type) {
      const kinds = sql.typeViolations(rule.type).map(({ kind, condition }) => ({ kind, alias: this.measures.count(condition), condition }));
      const violations = kinds.length === 0 ? new Violations() : this.rule(kinds.map((each) => each.condition).join(' OR '), [text]).violations;
      readers.push((row, tally) => {
        const found = kinds.filter((each) => (numberOf(row[each.alias]) ?? 0) > 0).map((each) => each.kind as ColumnType);
        tally.type = { violations, kinds: found };
      });
    }
    if (rule.unique) {
      // Doubles compare by their text: BigQuery counts no DISTINCT FLOAT64, and text is what the file path compares.
      const value = sql.textual || sql.kind === 'number' ? text : sql.ref;
      const present = `CASE WHEN ${notNull} THEN ${value} END`;
      const distinct = this.measures.add(`COUNT(DISTINCT ${present})`);
      const all = this.measures.count(notNull);
      // Duplicates: the non-null values beyond the distinct ones.
      const pending: PendingRule = {
        violations: new Violations(), count: (row) => (numberOf(row[all]) ?? 0) - (numberOf(row[distinct]) ?? 0),
        where: notNull, values: [text], partition: [value],
      };
      this.pending.push(pending);
      readers.push((row, tally) => { tally.unique = { violations: pending.violations, distinct: numberOf(row[distinct]) ?? 0 }; });
    }
    for (const side of ['min', 'max'] as const) {
      const limit = rule[side];
      if (limit === undefined) continue;
      const bound = parseBound(limit);
      if (!bound) continue;
      const value = bound.kind === 'number' ? sql.number : sql.epochMs;
      if (value === undefined) {
        readers.push((_row, tally) => { tally[side] = { violations: new Violations(), bound, extreme: undefined }; });
        continue;
      }
      const beyond = `${notNull} AND ${value} ${side === 'min' ? '<' : '>'} ${numberSql(bound.value)}`;
      const violations = this.rule(beyond, [text]).violations;
      const extreme = this.measures.add(`${side.toUpperCase()}(CASE WHEN ${notNull} THEN ${value} END)`);
      readers.push((row, tally) => { tally[side] = { violations, bound, extreme: numberOf(row[extreme]) }; });
    }
    if (rule.allowed) {
      const condition = `${notNull} AND NOT (${this.allowedSql(sql, rule)})`;
      const violations = this.rule(condition, [text]).violations;
      readers.push(async (_row, tally) => {
        const values = violations.count === 0 ? [] : await this.disallowedValues(text, condition);
        tally.allowed = { violations, values };
      });
    }
    if (rule.pattern !== undefined) {
      const violations = this.rule(`${notNull} AND NOT ${this.patternSql(sql, name, rule.pattern)}`, [text]).violations;
      readers.push((_row, tally) => { tally.pattern = violations; });
    }
    for (const [field, limit, compare, aggregate] of [
      ['minLength', rule.min_length, '<', 'MIN'], ['maxLength', rule.max_length, '>', 'MAX'],
    ] as const) {
      if (limit === undefined) continue;
      const length = sql.length(text);
      const violations = this.rule(`${notNull} AND ${length} ${compare} ${numberSql(limit)}`, [text]).violations;
      const extreme = this.measures.add(`${aggregate}(CASE WHEN ${notNull} THEN ${length} END)`);
      readers.push((row, tally) => {
        const value = numberOf(row[extreme]);
        if (field === 'minLength') tally.minLength = { violations, shortest: value };
        else tally.maxLength = { violations, longest: value };
      });
    }
    return async (row) => {
      const tally: ColumnTally = { nulls: nulls.violations };
      for (const read of readers) await read(row, tally);
      return tally;
    };
  }

  /** Allowed by text, or by value for numbers where the column is not declared a string (`5` allows `5.0`). */
  private allowedSql(sql: ColumnSql, rule: ColumnRule): string {
    const texts = new Set<string>();
    const numbers = new Set<number>();
    for (const value of rule.allowed ?? []) {
      if (typeof value === 'number' && rule.type !== 'string') numbers.add(value);
      else if (typeof value === 'number') texts.add(String(value));
      else if (typeof value === 'boolean') for (const spelling of value ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE']) texts.add(spelling);
      else texts.add(value);
    }
    const tests: string[] = [];
    if (texts.size > 0) tests.push(`COALESCE(${sql.text} IN (${[...texts].map((text) => this.dialect.literal(text)).join(', ')}), FALSE)`);
    const number = sql.number;
    if (numbers.size > 0 && number !== undefined) tests.push(`COALESCE(${number} IN (${[...numbers].map(numberSql).join(', ')}), FALSE)`);
    return tests.length > 0 ? tests.join(' OR ') : 'FALSE';
  }

  private patternSql(sql: ColumnSql, name: string, pattern: string): string {
    try {
      return sql.search(sql.text, pattern);
    } catch (error) {
      if (!(error instanceof PatternNotTranslatable)) throw error;
      throw new UserError(`${sourceLabel(this.source)}: column ${JSON.stringify(name)}: pattern /${pattern}/ cannot run in ${this.dialect.engine} with the meaning it has for files: ${error.message}`);
    }
  }

  private async disallowedValues(text: string, condition: string): Promise<string[]> {
    const alias = this.dialect.quoteIdent('v');
    const rows = await this.run.query(`SELECT DISTINCT ${text} AS ${alias} FROM ${this.relation} WHERE ${condition} ORDER BY ${alias} LIMIT ${MAX_OBSERVED_VALUES}`);
    return rows.map((row) => String(row.v)).sort();
  }

  private planCompound(key: string[]): { join?: string; result(row: SqlRow): GateResult } {
    const { dataset } = this;
    const severity = dataset.schema?.severity ?? 'error';
    const missing = key.filter((name) => !this.columns.has(name));
    if (missing.length > 0) {
      return { result: () => compoundUniqueResult(dataset.name, key, severity, { missing, violations: new Violations(), keys: 0 }) };
    }
    const parts = key.map((name) => {
      const sql = this.sqlOf(name);
      return { sql, value: `CASE WHEN ${sql.notNull} THEN ${sql.text} END` };
    });
    // As the file path (and Great Expectations): a key null in every column identifies nothing.
    const someValue = `NOT (${parts.map((part) => part.sql.isNull).join(' AND ')})`;
    const index = this.pending.length;
    const keysAlias = `u${index}_keys`;
    const rowsAlias = `u${index}_rows`;
    const q = (alias: string) => this.dialect.quoteIdent(alias);
    const groups = `SELECT COUNT(*) AS ${q('n')} FROM ${this.relation} WHERE ${someValue} GROUP BY ${parts.map((part) => part.value).join(', ')}`;
    const join = `(SELECT COUNT(*) AS ${q(keysAlias)}, SUM(${q('n')}) AS ${q(rowsAlias)} FROM (${groups}) AS datagate_groups) AS ${q(`datagate_u${index}`)}`;
    const pending: PendingRule = {
      violations: new Violations(), count: (row) => (numberOf(row[rowsAlias]) ?? 0) - (numberOf(row[keysAlias]) ?? 0),
      where: someValue, values: parts.map((part) => part.value), partition: parts.map((part) => part.value),
    };
    this.pending.push(pending);
    return {
      join,
      result: (row) => compoundUniqueResult(dataset.name, key, severity, { missing: [], violations: pending.violations, keys: numberOf(row[keysAlias]) ?? 0 }),
    };
  }

  private planFreshness(): { present: boolean; alias?: string } {
    const column = this.dataset.freshness?.column;
    if (column === undefined || !this.columns.has(column)) return { present: false };
    const sql = this.sqlOf(column);
    const time = sql.epochMs;
    if (time === undefined) return { present: true };
    return { present: true, alias: this.measures.add(`MAX(CASE WHEN ${sql.notNull} THEN ${time} END)`) };
  }

  /** The first MAX_EXAMPLES violations in the order of the key (else the value), as examples. */
  private async fetchExamples(rule: PendingRule): Promise<void> {
    const q = (alias: string) => this.dialect.quoteIdent(alias);
    const values = rule.values.map((value, index) => ({ sql: value, alias: `v${index}` }));
    const keys = this.keyColumns.map((name, index) => ({ name, sql: this.sqlOf(name).text, alias: `k${index}` }));
    // Keys sort by their values (10 after 9), and show as text.
    const keyOrder = this.keyColumns.map((name, index) => ({ sql: this.sqlOf(name).ref, alias: `o${index}` }));
    const selected = [...values, ...keys, ...keyOrder].map((each) => `${each.sql} AS ${q(each.alias)}`);
    const order = [...keyOrder, ...values].map((each) => q(each.alias)).join(', ');
    let sql: string;
    if (rule.partition) {
      // The first MAX_EXAMPLES duplicated values (in value order) are found by a GROUP BY; only their
      // rows are ranked, and those after the first of each (by key order) are the duplicates.
      // Ranking every row instead cost a sort of the table (5.2 s of 8.7 s at 1M rows in DuckDB).
      // The groups are named columns of inner queries: Trino's grammar takes no CASE in PARTITION BY.
      const parts = rule.partition.map((value, index) => ({ sql: value, alias: `p${index}`, duplicated: `d${index}` }));
      const rowsSql = `SELECT ${[...selected, ...parts.map((each) => `${each.sql} AS ${q(each.alias)}`)].join(', ')} FROM ${this.relation} WHERE ${rule.where}`;
      const groupNames = parts.map((each) => q(each.duplicated)).join(', ');
      const duplicated = `SELECT ${groupNames} FROM (SELECT ${parts.map((each) => `${each.sql} AS ${q(each.duplicated)}`).join(', ')} FROM ${this.relation} WHERE ${rule.where}) AS datagate_values ` +
        `GROUP BY ${groupNames} HAVING COUNT(*) > 1 ORDER BY ${groupNames} LIMIT ${MAX_EXAMPLES}`;
      // NULL parts of a compound key match each other, as GROUP BY groups them.
      const match = parts.map((each) => `(datagate_rows.${q(each.alias)} = datagate_duplicated.${q(each.duplicated)} OR (datagate_rows.${q(each.alias)} IS NULL AND datagate_duplicated.${q(each.duplicated)} IS NULL))`).join(' AND ');
      const names = [...values, ...keys, ...keyOrder].map((each) => q(each.alias));
      const within = (keys.length > 0 ? keyOrder : values).map((each) => `datagate_rows.${q(each.alias)}`).join(', ');
      const ranked = `SELECT ${names.map((name) => `datagate_rows.${name}`).join(', ')}, ROW_NUMBER() OVER (PARTITION BY ${parts.map((each) => `datagate_rows.${q(each.alias)}`).join(', ')} ORDER BY ${within}) AS ${q('datagate_rank')} ` +
        `FROM (${rowsSql}) AS datagate_rows JOIN (${duplicated}) AS datagate_duplicated ON ${match}`;
      sql = `SELECT ${names.join(', ')} FROM (${ranked}) AS datagate_ranked WHERE ${q('datagate_rank')} > 1 ORDER BY ${order} LIMIT ${MAX_EXAMPLES}`;
    } else {
      sql = `SELECT ${selected.join(', ')} FROM ${this.relation} WHERE ${rule.where} ORDER BY ${order} LIMIT ${MAX_EXAMPLES}`;
    }
    const rows = await this.run.query(sql);
    const count = rule.violations.count;
    const file = sourceLabel(this.source);
    rows.forEach((row, rank) => {
      const shown = values.length === 1 ? textOf(row.v0) ?? '' : values.map((each) => textOf(row[each.alias]) ?? 'null').join(', ');
      const keyText = keys.map((each) => `${each.name}=${textOf(row[each.alias]) ?? 'null'}`).join(', ');
      const example: Example = { row: rank + 1, file, value: keys.length > 0 ? `${keyText}: ${shown}` : shown };
      rule.violations.record(() => example);
    });
    rule.violations.count = count;
  }
}

function numberOf(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const number = Number(value);
  return Number.isNaN(number) ? undefined : number;
}

function textOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

