import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { missingRunnerFiles } from '../../src/github/runnerFiles.js';

describe('missingRunnerFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-runner-files-'));
  const output = path.join(dir, 'output');
  writeFileSync(output, '');

  it('is silent when the files exist or the variables are unset', () => {
    expect(missingRunnerFiles({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: output })).toEqual([]);
    expect(missingRunnerFiles({})).toEqual([]);
  });

  it('names each variable whose file is missing or is a folder', () => {
    const problems = missingRunnerFiles({ GITHUB_OUTPUT: path.join(dir, 'gone'), GITHUB_STEP_SUMMARY: dir });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^GITHUB_OUTPUT names .*gone, which does not exist: datagate writes the step outputs/);
    expect(problems[1]).toMatch(/^GITHUB_STEP_SUMMARY names .*, which is not a file: datagate writes the job summary there\./);
  });
});
