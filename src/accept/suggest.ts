// The accept suggestion for the PR comment: the diff `datagate accept` would make to the config
// for this report's failing gates (one round, no re-check), or none when there is nothing safe to show.

import { readFile } from 'node:fs/promises';
import { parseConfig } from '../config/load.js';
import type { AcceptSuggestion, Report } from '../report/index.js';
import { previewAccept } from './plan.js';

/** `configFile` is read; `configName` is the path as the user wrote it (the diff's name and --config). */
export async function acceptSuggestion(report: Report, configFile: string, configName: string): Promise<AcceptSuggestion | undefined> {
  try {
    const text = await readFile(configFile, 'utf8');
    const preview = previewAccept(report, parseConfig(text, configName), text, configName);
    return preview ? { diff: preview.diff, config: configName, gates: preview.gates } : undefined;
  } catch {
    return undefined;
  }
}
