// `datagate check`: every dataset and model of a config through the gates, into one report.

import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { UserError, isUserError, type Problem } from '../errors.js';
import type { BaselineResolver } from '../baseline/index.js';
import type { Profile } from '../profile/types.js';
import type { GateResult, Report } from '../report/types.js';
import { checkDataset } from './dataset.js';
import { shownPath } from '../paths.js';
import { Connections } from '../warehouse/connect.js';
import { worstStatus } from './status.js';
import { VERSION } from '../version.js';
import { confinedRead, type Workspace } from '../workspace/index.js';

export interface CheckOptions {
  configPath: string;
  baselineResolver: BaselineResolver;
  cwd?: string;
  /** The time freshness is measured at; injectable so tests are deterministic. */
  now?: Date;
  /** When set (the action; the CLI's --workspace), every file the config names must be inside it. */
  workspace?: Workspace;
  /** The config's text instead of the file's (`accept` checks an edit before writing it). */
  configText?: string;
  /** Where `env:NAME` credentials are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Called when a dataset's read has begun: the caller may load what it needs after the check meanwhile. */
  begun?: () => void;
}

export interface CheckResult {
  report: Report;
  profiles: { dataset: string; profile: Profile }[];
  /** Folder of the config file: where relative output paths go. */
  dir: string;
  /** Output paths from the config's `report` section, relative to `dir`. */
  outputs: { json: string; markdown?: string; html?: string; junit?: string; sarif?: string };
  /** Absolute path of the config file. */
  configFile: string;
  /** Whether the config has a `report` section: the CLI writes report files only then (the action always writes the JSON). */
  reportConfigured: boolean;
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  confinedRead(options.workspace, path.resolve(options.cwd ?? process.cwd(), options.configPath), options.configPath);
  const { config, dir, file } = await loadConfig(options.configPath, options.cwd, options.configText);
  const now = options.now ?? new Date();
  const report: Report = {
    version: 1, status: 'pass', datasets: [], models: [], gates: [],
    meta: { tool: 'datagate', version: VERSION, config: options.configPath },
  };
  const profiles: CheckResult['profiles'] = [];
  // Opened only for the datasets that name them, and closed whatever happens.
  const connections = new Connections(config.connections ?? {}, { dir, configFile: options.configPath, workspace: options.workspace, env: options.env });
  // A mistake in one dataset or model (a wrong path, a file that does not read) does not hide the
  // others': each is checked, and the run fails at the end with every problem found (exit 2).
  const problems: Problem[] = [];
  const orProblems = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!isUserError(error)) throw error;
      // Data files named as the report names them, relative to the config's folder; the config as it was given.
      const dataFile = (file: string | undefined): file is string => file !== undefined && file !== options.configPath && path.isAbsolute(file);
      problems.push(...error.problems.map((problem) => (dataFile(problem.file) ? { ...problem, file: shownPath(dir, problem.file) } : problem)));
      return undefined;
    }
  };
  try {
    for (const dataset of config.datasets) {
      const outcome = await orProblems(() => checkDataset(dataset, { dir, baselineResolver: options.baselineResolver, now, workspace: options.workspace, connections, begun: options.begun }));
      if (!outcome) continue;
      report.datasets.push(outcome.report);
      report.gates.push(...outcome.gates);
      profiles.push({ dataset: dataset.name, profile: outcome.profile });
    }
  } finally {
    await connections.closeAll();
  }
  if (config.models.length > 0) {
    // Loaded only for a config with models: a check of datasets alone starts its reads sooner.
    const { checkModel } = await import('../models/index.js');
    for (const model of config.models) {
      const outcome = await orProblems(() => checkModel(model, {
        cwd: dir,
        workspace: options.workspace,
        resolveBaseline: async (spec, currentPath) => (await options.baselineResolver(spec, currentPath, { name: model.name, kind: 'model' }))?.path ?? null,
      }));
      if (!outcome) continue;
      for (const gate of outcome.gates) gate.model ??= model.name;
      report.models.push(outcome.report);
      report.gates.push(...outcome.gates);
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  if (config.datasets.length === 0 && config.models.length === 0) {
    report.gates.push(nothingToCheck(options.configPath));
  }
  report.status = worstStatus(report.gates);
  return {
    report, profiles, dir, configFile: file, reportConfigured: config.report !== undefined,
    outputs: { json: config.report?.json ?? 'datagate-report.json', markdown: config.report?.markdown, html: config.report?.html, junit: config.report?.junit, sarif: config.report?.sarif },
  };
}

function nothingToCheck(configPath: string): GateResult {
  return { id: 'config', kind: 'config', status: 'warn', severity: 'warn', message: `${configPath} lists no datasets and no models: nothing was checked` };
}
