// An error about a file never quotes its content beyond what a data example would show: a
// config or metrics path may name a credentials file (a docker config.json), and the message
// lands in logs, the job summary and the PR comment.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkModel } from '../../src/models/index.js';
import { clipQuote, columnList, jsonParseProblem, MAX_QUOTE, quoted } from '../../src/parseErrors.js';

const CREDENTIAL = 'c2VjcmV0OnBhc3N3b3Jk';
let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'datagate-quote-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('parsed');
}

describe('jsonParseProblem', () => {
  it('drops V8\'s quoted snippet of the text and keeps what went wrong', () => {
    const text = `{\n  "auths": {\n    "r": { "auth": ${CREDENTIAL} }\n  }\n}\n`;
    const problem = jsonParseProblem(parseError(text), text);
    expect(problem.message).toBe('Unexpected token \'c\'');
    expect(problem.message).not.toContain('c2Vj');
  });

  it('turns a position into a line', () => {
    const text = '{\n  "a": 1,\n}\n';
    expect(jsonParseProblem(parseError(text), text)).toEqual({ line: 3, message: 'Expected double-quoted property name' });
  });

  it('cuts anything long to a data example\'s length', () => {
    expect(clipQuote('x'.repeat(1000))).toBe(`${'x'.repeat(MAX_QUOTE)}…`);
    expect(clipQuote('first\nsecond')).toBe('first');
  });
});

describe('messages about files', () => {
  it('a metrics file that is a docker config.json with a syntax error: the credential is not quoted', async () => {
    writeFileSync(path.join(dir, 'config.json'), `{\n  "auths": {\n    "registry.example.com": { "auth": ${CREDENTIAL} }\n  }\n}\n`);
    const model = { name: 'm', current: 'config.json', metrics: { accuracy: { min: 0.5 } } };
    const failure = checkModel(model as Parameters<typeof checkModel>[0], { cwd: dir, resolveBaseline: () => Promise.resolve(null) });
    await expect(failure).rejects.toThrow('config.json: invalid JSON: Unexpected token \'c\'');
    await expect(checkModel(model as Parameters<typeof checkModel>[0], { cwd: dir, resolveBaseline: () => Promise.resolve(null) })).rejects.not.toThrow(/c2Vj/);
  });

  it('a latency file without the column: its column names are listed as columns, each name cut, 200 characters in all', async () => {
    const record = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`root${i}:x:0:0:${'p'.repeat(100)}`, i]));
    writeFileSync(path.join(dir, 'timings.jsonl'), `${JSON.stringify(record)}\n`);
    const model = { name: 'm', latency: { current: 'timings.jsonl', column: 'ms', p95: 10 }, metrics: {} };
    const failure = checkModel(model as unknown as Parameters<typeof checkModel>[0], { cwd: dir, resolveBaseline: () => Promise.resolve(null) });
    const name = (i: number) => `root${i}:x:0:0:${'p'.repeat(28 - String(i).length + 1)}…`;
    await expect(failure).rejects.toThrow(`timings.jsonl: no column "ms" (columns: ${[0, 1, 2, 3].map(name).join(', ')}, … (30 in all)); set latency.column`);
  });

  it('a metric value that is not a number is quoted as JSON, cut to a data example\'s length', async () => {
    writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: { nested: 'x'.repeat(5000) } }));
    const model = { name: 'm', current: 'metrics.json', metrics: { accuracy: { min: 0.5 } } };
    const outcome = checkModel(model as Parameters<typeof checkModel>[0], { cwd: dir, resolveBaseline: () => Promise.resolve(null) });
    const message = await outcome.then((result) => JSON.stringify(result), (error: Error) => error.message);
    expect(message).not.toContain('x'.repeat(MAX_QUOTE + 1));
  });
});

describe('quoted and columnList', () => {
  it('quote as escaped JSON, cut', () => {
    expect(quoted('a\u001b"b')).toBe('"a\\u001b\\"b"');
    expect(quoted('y'.repeat(500))).toBe(`"${'y'.repeat(MAX_QUOTE - 1)}…`);
    expect(columnList(['a', 'b'])).toBe('a, b');
    expect(columnList(Array.from({ length: 100 }, (_, i) => `c${i}`)).length).toBeLessThanOrEqual(MAX_QUOTE + 20);
  });
});
