// JUnit and SARIF files of a check, from flags (CLI) or the config's `report` section (both).

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML, { LineCounter } from 'yaml';
import { parseConfig } from '../config/load.js';
import { lineOfPath, ruleConfigPath } from '../config/locate.js';
import { renderJunit } from '../report/junit.js';
import { renderSarif, type SarifOptions } from '../report/sarif.js';
import type { GateResult, Report } from '../report/types.js';
import type { CheckResult } from './check.js';
import { confinedWrites, type Workspace } from '../workspace/index.js';

export interface MachineReportTargets {
  /** Paths given on the command line, relative to the working directory. */
  junit?: string;
  sarif?: string;
  /** The repository root SARIF URIs are relative to. */
  workspace: string;
  cwd?: string;
  /** When set, every file must be inside it (the action; the CLI's --workspace). */
  confine?: Workspace;
}

/** Writes the JUnit and SARIF files asked for; returns the absolute paths written. */
export async function writeMachineReports(result: CheckResult, report: Report, targets: MachineReportTargets): Promise<string[]> {
  const cwd = targets.cwd ?? process.cwd();
  const fromConfig = (relative: string | undefined) => relative === undefined ? undefined : path.resolve(result.dir, relative);
  const fromFlag = (relative: string | undefined) => relative === undefined ? undefined : path.resolve(cwd, relative);
  const junit = [...new Set([fromFlag(targets.junit), fromConfig(result.outputs.junit)].filter((file): file is string => file !== undefined))];
  const sarif = [...new Set([fromFlag(targets.sarif), fromConfig(result.outputs.sarif)].filter((file): file is string => file !== undefined))];
  confinedWrites(targets.confine, [...junit, ...sarif].map((file) => ({ file, shown: path.relative(cwd, file) || file })));
  const written: string[] = [];
  if (junit.length > 0) {
    const text = renderJunit(report);
    for (const file of junit) written.push(await write(file, text));
  }
  if (sarif.length > 0) {
    const text = renderSarif(report, await sarifOptions(result, targets.workspace));
    for (const file of sarif) written.push(await write(file, text));
  }
  return written;
}

/** Locations in the config for gates without data rows: the line of each gate's rule. */
export async function sarifOptions(result: Pick<CheckResult, 'dir' | 'configFile'>, workspace: string): Promise<SarifOptions> {
  const text = await readFile(result.configFile, 'utf8');
  const config = parseConfig(text, result.configFile);
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  return {
    workspace,
    configDir: result.dir,
    configFile: result.configFile,
    configLine: (gate: GateResult) => {
      const configPath = ruleConfigPath(gate, config);
      return configPath ? lineOfPath(doc, lineCounter, configPath) : undefined;
    },
  };
}

async function write(file: string, text: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}
