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
import { renderComment, renderHtml, renderSummary } from './report/index.js';
import type { Report } from './report/types.js';
import { runCheck, type CheckResult } from './run/check.js';
import { shouldFail } from './run/status.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1024 * 1024;

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
  // No core.setSecret: the runner already masks github.token and secrets, and `::add-mask::`
  // would itself print the token wherever no runner reads the log (local runs, tests).
  const context = readRunContext();
  const marker = markerFor(inputs.config, context.workspace);
  const octokit = inputs.githubToken ? createOctokit(inputs.githubToken, { retry: { scale: retryScale() }, log: core.info }) : null;
  const configDir = path.dirname(path.resolve(context.workspace, inputs.config));

  const result = await runCheck({
    configPath: inputs.config,
    cwd: context.workspace,
    baselineResolver: createBaselineResolver({
      cwd: configDir,
      baseRef: context.baseSha,
      artifact: octokit && context.repository
        ? { token: inputs.githubToken, ...context.repository, workflow: context.workflowFile, octokit }
        : undefined,
      notice: (message) => core.notice(message),
    }),
  });
  const report = withMeta(result.report, context, inputs);
  const reportPath = await writeReports(result, report);

  const links = { runUrl: context.runUrl, artifactName: inputs.artifactName || undefined, reportPath: path.relative(context.workspace, reportPath) };
  // The renderer keeps within GitHub's limit; fitBody is the net should it ever miss.
  const comment = fitBody(withMarker(renderComment(report, { marker, ...links }), marker),
    `> ✂️ Cut to GitHub's comment limit; the full report is in the job summary${context.runUrl ? ` of ${context.runUrl}` : ''}.`);

  await writeSummary(renderSummary(report, links));
  annotate(report, result.dir, context.workspace);
  const artifactId = await uploadArtifact(inputs, context, result, report, comment);

  let commentUrl: string | undefined;
  let issueUrl: string | undefined;
  if (!octokit) {
    core.notice('datagate: no github-token: the PR comment and drift issue are skipped; the summary and outputs are written.');
  } else {
    const publish: PublishOptions = { marker, artifactName: inputs.artifactName, log: core, wait: scaledWait() };
    commentUrl = (await publishComment(octokit, context, inputs.comment, comment, publish))?.url;
    issueUrl = await maybeIssue(octokit, context, inputs, report, comment, publish);
  }

  const outputs = stepOutputs(report, inputs.failOn, { reportPath, commentUrl, issueUrl, artifactId });
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  const reason = failureReason(report, inputs.failOn);
  if (reason) core.setFailed(reason);
  else core.info(`datagate: ${outputs.summary}`);
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
async function writeReports(result: CheckResult, report: Report): Promise<string> {
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
    core.warning(`datagate could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function annotate(report: Report, configDir: string, workspace: string): void {
  for (const annotation of annotationsFor(report, { configDir, workspace })) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.startLine };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
}

async function uploadArtifact(inputs: ActionInputs, context: RunContext, result: CheckResult, report: Report, comment: string): Promise<number | undefined> {
  const folder = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `datagate-${configHash(inputs.config, context.workspace)}`);
  // The manifest records each dataset's `current` as written, which the check result does not carry.
  const { config } = await loadConfig(inputs.config, context.workspace);
  const currentPaths = Object.fromEntries(config.datasets.map((dataset) => [dataset.name, dataset.current]));
  const modelFiles = bundledModelFiles(config.models, result.dir);
  const files = await writeBundle(folder, { report, profiles: result.profiles, currentPaths, modelFiles, html: renderHtml(report), comment });
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
    core.warning(`datagate could not upload the ${inputs.artifactName} artifact: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * Each model's current metrics, segments and (when configured) predictions file, so the next
 * PR's `{ artifact: … }` baseline has them. Predictions can be large (they count against the
 * artifact quota and its download): only when the model configures them, and only a single file —
 * a glob or a folder of parts is skipped with a notice.
 */
function bundledModelFiles(models: ModelConfig[], configDir: string): NonNullable<BundleContent['modelFiles']> {
  const files: NonNullable<BundleContent['modelFiles']> = [];
  for (const model of models) {
    const wanted: [ModelFileKind, string | undefined][] = [['metrics', model.current], ['segments', model.segments?.current], ['predictions', model.predictions?.current]];
    for (const [kind, current] of wanted) {
      if (!current) continue;
      const source = path.resolve(configDir, current);
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
    core.setFailed(error.message);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(`datagate internal error (please report it): ${detail}`);
  }
  // As the CLI: bad input and bugs exit 2, failed gates 1.
  process.exitCode = 2;
}
