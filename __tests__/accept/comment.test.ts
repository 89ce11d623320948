// The PR comment shows, under the failures, the config change that would accept them and the command.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { acceptSuggestion } from '../../src/accept/suggest.js';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { renderComment, COMMENT_MAX_LENGTH, type Report } from '../../src/report/index.js';
import { runCheck } from '../../src/run/check.js';
import { outsideCode, renderGfm } from '../report/gfm.js';

async function exampleReport(): Promise<{ report: Report; configFile: string }> {
  const examples = path.resolve('examples');
  const result = await runCheck({
    configPath: 'datagate.yml', cwd: examples, now: new Date('2026-01-01T00:00:00Z'),
    baselineResolver: createBaselineResolver({ cwd: examples, tempDir: mkdtempSync(path.join(tmpdir(), 'datagate-accept-comment-')) }),
  });
  return { report: result.report, configFile: result.configFile };
}

describe('the accept suggestion in the PR comment', () => {
  it('shows the config diff as a diff block and the command, after the failures', async () => {
    const { report, configFile } = await exampleReport();
    const accept = await acceptSuggestion(report, configFile, 'examples/datagate.yml');
    expect(accept?.gates).toEqual(['customers.contract.age.min', 'customers.contract.country.allowed']);
    const comment = renderComment(report, { accept });
    const section = comment.slice(comment.indexOf('#### ✍️ Accept these changes'));
    expect(comment.indexOf('#### ✍️ Accept these changes')).toBeGreaterThan(comment.indexOf('Model'));
    expect(section).toContain([
      '```diff',
      '--- a/examples/datagate.yml',
      '+++ b/examples/datagate.yml',
      '@@ -9,8 +9,8 @@',
    ].join('\n'));
    expect(section).toContain('+        age:           { type: integer, min: -1, max: 120 }\n');
    expect(section).toContain('```sh\nnpx datagate accept --config examples/datagate.yml --gate customers.contract.age.min --gate customers.contract.country.allowed\n```');
    // The diff renders as one code block; nothing of it leaks into the text.
    const html = renderGfm(comment);
    expect(html).toContain('<pre><code class="language-diff">--- a/examples/datagate.yml');
  });

  it('keeps hostile config values and gate ids inside their code blocks', () => {
    const report: Report = { version: 1, status: 'fail', datasets: [], models: [], gates: [] };
    const hostile = '````\n@octocat <img src=x> #1 [x](http://e.vil)';
    const comment = renderComment(report, {
      accept: { diff: `--- a/d.yml\n+++ b/d.yml\n@@ -1 +1 @@\n-x: 1\n+x: "${hostile}"\n`, config: 'd.yml', gates: [`a.contract.${hostile}.allowed`] },
    });
    const html = renderGfm(comment);
    const outside = outsideCode(html);
    expect(outside).not.toContain('octocat');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('e.vil');
    expect(comment).toContain("--gate 'a.contract.````␊@octocat <img src=x> #1 [x](http://e.vil).allowed'");
  });

  it('cuts a long diff to fit the comment cap', () => {
    const report: Report = { version: 1, status: 'fail', datasets: [], models: [], gates: [] };
    const lines = Array.from({ length: 20000 }, (_, i) => `+        c${i}: { allowed: [${'x'.repeat(20)}] }`);
    const comment = renderComment(report, { accept: { diff: `--- a/d.yml\n+++ b/d.yml\n${lines.join('\n')}\n`, config: 'd.yml', gates: ['a'] } });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(comment).toMatch(/… [\d,]+ more lines: run the command to see them all/);
  });

  it('matches what accept writes', async () => {
    const { report, configFile } = await exampleReport();
    const accept = await acceptSuggestion(report, configFile, 'datagate.yml');
    expect(accept?.diff.split('\n').filter((line) => /^[-+] /.test(line))).toEqual([
      '-        age:           { type: integer, min: 0, max: 120 }',
      '-        country:       { type: string, allowed: [US, DE, FR, GB], severity: warn }',
      '+        age:           { type: integer, min: -1, max: 120 }',
      '+        country:       { type: string, allowed: [US, DE, FR, GB, BR], severity: warn }',
    ]);
    expect(readFileSync(configFile, 'utf8')).toContain('min: 0, max: 120');
  });
});
