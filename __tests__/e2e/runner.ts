// Runs the bundled action (dist/index.js) as a runner would: Node 24, an event payload file,
// INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing
// at a fake GitHub.

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const BUNDLE = path.resolve('dist/index.js');

let node24: Promise<string> | null = null;
const runnerTemps: string[] = [];

/** Removes the RUNNER_TEMP folders of every run so far. */
export async function removeRunnerTemps(): Promise<void> {
  for (const folder of runnerTemps.splice(0)) await rm(folder, { recursive: true, force: true });
}

/** The Node 24 binary, fetched once by npx (cached by npm after the first time). */
export function nodeBinary(): Promise<string> {
  node24 ??= promisify(execFile)('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' })
    .then(({ stdout }) => stdout.trim().split('\n').pop() ?? '');
  return node24;
}

export function bundleExists(): boolean {
  return existsSync(BUNDLE);
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The folder the action used as RUNNER_TEMP (the bundle lands here). */
  runnerTemp: string;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  event: string;
  payload: unknown;
  inputs: Record<string, string>;
  env?: Record<string, string>;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const node = await nodeBinary();
  const temp = await mkdtemp(path.join(os.tmpdir(), 'datagate-runner-'));
  runnerTemps.push(temp);
  const files = { event: path.join(temp, 'event.json'), output: path.join(temp, 'output'), summary: path.join(temp, 'summary.md') };
  await writeFile(files.event, JSON.stringify(options.payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/data',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW_REF: 'octo/data/.github/workflows/datagate.yml@refs/heads/main',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    DATAGATE_RETRY_DELAY_SCALE: '0.001',
    ...Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  };
  const child = spawn(node, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code, stdout, stderr,
    // A test may point GITHUB_OUTPUT or GITHUB_STEP_SUMMARY elsewhere (a missing file): then empty.
    outputs: parseOutputs(await readFile(files.output, 'utf8').catch(() => '')),
    summary: await readFile(files.summary, 'utf8').catch(() => ''),
    runnerTemp: temp,
  };
}

/** GITHUB_OUTPUT's `name<<delimiter\nvalue\ndelimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
