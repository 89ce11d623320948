// The action: inputs → check → publish (summary, annotations, artifact, comment, issue) →
// outputs → one failing status at the end, decided by the gates and `fail-on`.

import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBaselineResolver, type ModelFileKind } from './baseline/index.js';
import type { ModelConfig } from './config/schema.js';
import { loadConfig } from './config/load.js';
import { isUserError, UserError } from './errors.js';
import { handleAcceptComment, readAcceptComment, readEventPayload } from './github/acceptComment.js';
import { annotationsFor } from './github/annotations.js';
import { uploadBundle } from './github/artifact.js';
import { configHash, fitBody, markerFor, withMarker } from './github/body.js';
import { writeBundle, type BundleContent } from './github/bundle.js';
import { readRunContext, type RunContext } from './github/context.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { missingRunnerFiles } from './github/runnerFiles.js';
import { createOctokit, type Octokit } from './github/octokit.js';
import { failureReason, stepOutputs } from './github/outcome.js';
import { publishComment, publishIssue, wantsIssue, type PublishOptions } from './github/publish.js';
import { redactSecrets } from './github/redact.js';
import { visible } from './report/escape.js';
import { renderComment, renderHtml, renderSummary } from './report/index.js';
import type { Report } from './report/types.js';
import { runCheck, type CheckResult } from './run/check.js';
import { prewarmForConfig } from './run/prewarm.js';
import { shouldFail } from './run/status.js';
import { confinedWrites, mayRead, workspaceAt, type Workspace } from './workspace/index.js';
import { writeMachineReports } from './run/machineReports.js';
import { acceptSuggestion } from './accept/suggest.js';
import { sourceLabel } from './warehouse/dialect.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1024 * 1024;

/** The token, once read: taken out of every message we log about errors we did not write. */
let secrets: string[] = [];

export async function run(): Promise<void> {
  process.on('unhandledRejection', fail);
  try {
    await runAction();
  } catch (error) {
    fail(error);
  }
}

async function runAction(): Promise<void> {
  const missing = missingRunnerFiles(process.env);
  if (missing.length > 0) throw new UserError(missing.join('\n'));
  const inputs = readInputs((name) => core.getInput(name));
  secrets = inputs.githubToken ? [inputs.githubToken] : [];
  // No core.setSecret: the runner already masks github.token and secrets, and `::add-mask::`
  // would itself print the token wherever no runner reads the log (local runs, tests).
  const context = readRunContext();
  const marker = markerFor(inputs.config, context.workspace);
  const octokit = inputs.githubToken ? createOctokit(inputs.githubToken, { retry: { scale: retryScale() }, log: (message) => core.info(visible(redactSecrets(message, secrets))) }) : null;
  if (context.eventName === 'issue_comment') return acceptFromComment(inputs, context, octokit);
  const configDir = path.dirname(path.resolve(context.workspace, inputs.config));
  // Pull-request code decides the config: nothing it names may leave the workspace.
  const workspace = workspaceAt(context.workspace, { outputRoots: process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [], rule: 'GITHUB_WORKSPACE' });

  // Part workers for a big CSV/TSV file start before the config is checked and the file sniffed.
  await prewarmForConfig(path.resolve(context.workspace, inputs.config), workspace);
  const result = await runCheck({
    configPath: inputs.config,
    cwd: context.workspace,
    workspace,
    baselineResolver: createBaselineResolver({
      cwd: configDir,
      workspace,
      baseRef: context.baseSha,
      artifact: octokit && context.repository
        ? { token: inputs.githubToken, ...context.repository, workflow: context.workflowFile, octokit }
        : undefined,
      notice: (message) => core.notice(redactSecrets(message, secrets)),
    }),
  });
  const report = withMeta(result.report, context, inputs);
  const reportPath = await writeReports(result, report, workspace);
  const machineReports = await writeMachineReports(result, report, { workspace: context.workspace, confine: workspace });

  const links = { runUrl: context.runUrl, artifactName: inputs.artifactName || undefined, reportPath: path.relative(context.workspace, reportPath) };
  // The renderer keeps within GitHub's limit; fitBody is the net should it ever miss.
  const accept = await acceptSuggestion(report, result.configFile, inputs.config);
  const comment = fitBody(withMarker(renderComment(report, { marker, ...links, accept }), marker),
    `> ✂️ Cut to GitHub's comment limit; the full report is in the job summary${context.runUrl ? ` of ${context.runUrl}` : ''}.`);

  await writeSummary(renderSummary(report, links));
  annotate(report, result.dir, context.workspace);
  const artifactId = await uploadArtifact(inputs, context, result, report, comment, workspace, machineReports);

  let commentUrl: string | undefined;
  let issueUrl: string | undefined;
  if (!octokit) {
    core.notice('datagate: no github-token: the PR comment and drift issue are skipped; the summary and outputs are written.');
  } else {
    // core.info writes raw lines: one message must stay one line, so it can never start a workflow command.
    const log = { info: (m: string) => core.info(visible(redactSecrets(m, secrets))), notice: (m: string) => core.notice(redactSecrets(m, secrets)), warning: (m: string) => core.warning(redactSecrets(m, secrets)) };
    const publish: PublishOptions = { marker, artifactName: inputs.artifactName, log, wait: scaledWait() };
    commentUrl = (await publishComment(octokit, context, inputs.comment, comment, publish))?.url;
    issueUrl = await maybeIssue(octokit, context, inputs, report, comment, publish);
  }

  const outputs = stepOutputs(report, inputs.failOn, { reportPath, commentUrl, issueUrl, artifactId });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  const reason = failureReason(report, inputs.failOn);
  if (reason) core.setFailed(reason);
  else core.info(`datagate: ${outputs.summary}`);
}

/** `/datagate accept` in a PR comment; any other comment is ignored. */
async function acceptFromComment(inputs: ActionInputs, context: RunContext, octokit: Octokit | null): Promise<void> {
  const event = readAcceptComment(context.eventName, await readEventPayload(process.env.GITHUB_EVENT_PATH));
  if (!event) {
    core.info('datagate: not a `/datagate accept` comment on a pull request: nothing to do.');
    return;
  }
  if (!octokit || !context.repository) throw new UserError('`/datagate accept` needs the github-token input and a repository');
  const outcome = await handleAcceptComment(event, { octokit, repository: context.repository, workspace: context.workspace, configPath: inputs.config });
  if (outcome.commit) core.setOutput('accept-commit', outcome.commit);
  core.info(`datagate: /datagate accept from @${event.commenter}: ${outcome.status}${outcome.commit ? ` (${outcome.commit})` : ''}`);
}

function withMeta(report: Report, context: RunContext, inputs: ActionInputs): Report {
  // The PR's head, not the merge commit GITHUB_SHA names on pull_request events.
  const commit = context.pullRequest?.headSha ?? context.sha;
  return {
    ...report,
    meta: {
      ...(report.meta ?? { tool: 'datagate', version: '' }),
      config: inputs.config,
      ...(commit ? { commit } : {}),
      ...(context.baseSha ? { baseCommit: context.baseSha } : {}),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
      ...(inputs.artifactName ? { artifact: inputs.artifactName } : {}),
    },
  };
}

/** The JSON report (the `report` output) and the Markdown/HTML the config asks for. */
async function writeReports(result: CheckResult, report: Report, workspace: Workspace): Promise<string> {
  // Every path is checked before any folder is made or file written.
  const paths = [result.outputs.json, result.outputs.markdown, result.outputs.html].filter((relative): relative is string => relative !== undefined);
  confinedWrites(workspace, paths.map((relative) => ({ file: path.resolve(result.dir, relative), shown: relative })));
  const write = async (relative: string, text: string): Promise<string> => {
    const file = path.resolve(result.dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return file;
  };
  const jsonPath = await write(result.outputs.json, JSON.stringify(report, null, 2) + '\n');
  if (result.outputs.markdown) await write(result.outputs.markdown, renderSummary(report));
  if (result.outputs.html) await write(result.outputs.html, renderHtml(report));
  return jsonPath;
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = fitBody(markdown, '> ✂️ Cut to GitHub\'s 1 MiB summary limit; the full report is in the JSON report and the artifact.', SUMMARY_LIMIT, 'bytes');
  try {
    await core.summary.addRaw(summary, true).write();
  } catch (error) {
    core.warning(redactSecrets(`datagate could not write the job summary: ${error instanceof Error ? error.message : String(error)}`, secrets));
  }
}

function annotate(report: Report, configDir: string, workspace: string): void {
  for (const annotation of annotationsFor(report, { configDir, workspace })) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.startLine };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
}

async function uploadArtifact(inputs: ActionInputs, context: RunContext, result: CheckResult, report: Report, comment: string, workspace: Workspace, extraFiles: string[]): Promise<number | undefined> {
  const folder = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `datagate-${configHash(inputs.config, context.workspace)}`);
  // The manifest records each dataset's `current` as written, which the check result does not carry.
  const { config } = await loadConfig(inputs.config, context.workspace);
  const currentPaths = Object.fromEntries(config.datasets.map((dataset) => [dataset.name, typeof dataset.current === 'string' ? dataset.current : sourceLabel(dataset.current)]));
  const modelFiles = bundledModelFiles(config.models, result.dir, workspace);
  const files = await writeBundle(folder, { report, profiles: result.profiles, currentPaths, modelFiles, html: renderHtml(report), comment, extraFiles });
  if (!inputs.artifactName) return undefined;
  try {
    const upload = await uploadBundle(inputs.artifactName, files);
    if (!upload.uploaded) {
      core.notice(`datagate: artifact upload skipped: ${upload.reason}. The report and profiles are in ${folder}.`);
      return undefined;
    }
    core.info(`datagate: uploaded artifact ${inputs.artifactName} (${upload.size ?? '?'} bytes)`);
    return upload.id;
  } catch (error) {
    core.warning(redactSecrets(`datagate could not upload the ${inputs.artifactName} artifact: ${error instanceof Error ? error.message : String(error)}`, secrets));
    return undefined;
  }
}

/**
 * Each model's current metrics, segments and (when configured) predictions file, so the next
 * PR's `{ artifact: … }` baseline has them. Predictions can be large (they count against the
 * artifact quota and its download): only when the model configures them, and only a single file —
 * a glob or a folder of parts is skipped with a notice.
 */
function bundledModelFiles(models: ModelConfig[], configDir: string, workspace: Workspace): NonNullable<BundleContent['modelFiles']> {
  const files: NonNullable<BundleContent['modelFiles']> = [];
  for (const model of models) {
    const wanted: [ModelFileKind, string | undefined][] = [['metrics', model.current], ['segments', model.segments?.current], ['predictions', model.predictions?.current]];
    for (const [kind, current] of wanted) {
      if (!current) continue;
      const source = path.resolve(configDir, current);
      // The check has refused such a file already; the artifact must never carry one either way.
      if (!mayRead(workspace, source)) {
        core.warning(`datagate: the ${kind} of model ${model.name} (${current}) is outside GITHUB_WORKSPACE or in .git; it is not copied into the artifact.`);
        continue;
      }
      if (existsSync(source) && statSync(source).isFile()) files.push({ model: model.name, kind, current, source });
      else core.notice(`datagate: the ${kind} of model ${model.name} (${current}) is not a single file; it is not in the artifact, so a later { artifact: … } baseline will lack it.`);
    }
  }
  return files;
}

async function maybeIssue(octokit: Octokit, context: RunContext, inputs: ActionInputs, report: Report, comment: string, publish: PublishOptions): Promise<string | undefined> {
  if (!wantsIssue(context, inputs.issue)) return undefined;
  // The issue tracks failure even when `fail-on: never` keeps the step green.
  const failing = shouldFail(report.status, inputs.failOn === 'never' ? 'error' : inputs.failOn);
  const runLink = context.runUrl ? `[this run](${context.runUrl})` : 'this run';
  const outcome = await publishIssue(octokit, context, {
    title: `datagate: gates failing (${inputs.config})`,
    body: comment,
    failing,
    label: inputs.issueLabel,
    passingMessage: `${publish.marker}\n✅ Passing again in ${runLink}${context.sha ? ` at ${context.sha.slice(0, 7)}` : ''}. Closing.`,
  }, publish);
  return outcome?.url;
}

/** Tests scale every retry delay down (e.g. 0.001) so fault runs take milliseconds. */
function retryScale(): number {
  const scale = Number(process.env.DATAGATE_RETRY_DELAY_SCALE ?? '1');
  return Number.isFinite(scale) && scale >= 0 ? scale : 1;
}

function scaledWait(): (attempt: number) => Promise<void> {
  const scale = retryScale();
  return (attempt) => new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1) * scale));
}

function fail(error: unknown): void {
  if (isUserError(error)) {
    core.setFailed(redactSecrets(error.message, secrets));
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(redactSecrets(`datagate internal error (please report it): ${detail}`, secrets));
  }
  // As the CLI: bad input and bugs exit 2, failed gates 1.
  process.exitCode = 2;
}
