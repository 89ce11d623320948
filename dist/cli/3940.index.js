export const id = 3940;
export const ids = [3940,4974];
export const modules = {

/***/ 93940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MANIFEST_FILE: () => (/* reexport */ MANIFEST_FILE),
  createBaselineResolver: () => (/* binding */ createBaselineResolver),
  modelFileName: () => (/* reexport */ modelFileName),
  profileFileName: () => (/* reexport */ profileFileName)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/baseline/types.ts
// Where a baseline comes from, as the check sees it: a local file to read, and a description.
/** The file name a dataset's profile gets in the uploaded artifact. */
function profileFileName(datasetName) {
    return `${datasetName.replace(/[^A-Za-z0-9._-]+/g, '_')}.profile.json`;
}
const MANIFEST_FILE = 'datagate-manifest.json';
/** The file name a model's current metrics, segments or predictions get in the artifact (keeps the extension: readers detect the format from it). */
function modelFileName(modelName, kind, currentPath) {
    const extension = /\.[A-Za-z0-9]+$/.exec(currentPath)?.[0].toLowerCase() ?? '';
    return `${modelName.replace(/[^A-Za-z0-9._-]+/g, '_')}.${kind}${extension}`;
}

;// CONCATENATED MODULE: ./src/baseline/artifact.ts
// A baseline from the profiles another run uploaded: the latest successful run of a workflow on
// a branch (REST), its artifact downloaded with @actions/artifact's `findBy` (which uses the
// public REST API with our token, so it works from any run that has `actions: read`).
// Only runs of the repository itself, from push/schedule/workflow_dispatch events, count: a fork's
// pull request from a branch named `main` must never supply the baseline.






/** Events whose runs ran the repository's own code on the branch; never pull requests. */
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Downloads the artifact of the latest successful run; null (with a notice) when there is none. */
async function downloadLatestArtifact(request, access, notice) {
    const workflow = request.workflow ?? access.workflow;
    const label = `artifact ${request.artifact} from ${request.branch}`;
    if (!workflow) {
        throw new errors/* UserError */.yo(`baseline { artifact: ${request.artifact} }: cannot tell which workflow uploads it; set the baseline's \`workflow\` (e.g. ci.yml)`);
    }
    // Loaded on demand, so the CLI bundle (which never has a token) carries no GitHub client.
    const octokit = access.octokit ?? (await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(2823)]).then(__webpack_require__.bind(__webpack_require__, 82823))).createOctokit(access.token);
    // The client retries server errors and network failures (src/github/retry.ts); what still
    // fails is GitHub's trouble, not the user's: the comparison is skipped, the run goes on.
    const apiTrouble = (error, step) => {
        const status = error.status;
        notice(`No baseline from ${label}: GitHub's API failed while ${step} (${typeof status === 'number' ? status : 'network error'}, after retries); comparisons are skipped, contract gates still run.`);
        return null;
    };
    let run;
    try {
        run = await latestTrustedRun(octokit, access, workflow, request.branch);
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            throw new errors/* UserError */.yo(`baseline { artifact: ${request.artifact} }: workflow ${workflow} not found in ${access.owner}/${access.repo}; set the baseline's \`workflow\``);
        if (status === 401 || status === 403)
            throw new errors/* UserError */.yo(`baseline { artifact: ${request.artifact} }: the token cannot list workflow runs (${status}); grant \`actions: read\` in the workflow's permissions`);
        if (isServerTrouble(error))
            return apiTrouble(error, 'listing workflow runs');
        throw error;
    }
    if (!run) {
        notice(`No baseline from ${label}: no successful run of ${workflow} on ${request.branch} in ${access.owner}/${access.repo} from ${TRUSTED_EVENTS.join(', ')} yet; comparisons are skipped, contract gates still run.`);
        return null;
    }
    let artifactId;
    try {
        const artifacts = await octokit.rest.actions.listWorkflowRunArtifacts({ owner: access.owner, repo: access.repo, run_id: run.id, name: request.artifact, per_page: 100 });
        // Several of one name: the newest, as @actions/artifact's own lookup does.
        artifactId = artifacts.data.artifacts.filter((artifact) => artifact.name === request.artifact && !artifact.expired).map((artifact) => artifact.id).sort((a, b) => b - a)[0];
    }
    catch (error) {
        if (isServerTrouble(error))
            return apiTrouble(error, 'looking up the artifact');
        throw error;
    }
    if (artifactId === undefined) {
        notice(`No baseline from ${label}: run ${run.id} of ${workflow} has no artifact named ${request.artifact} (expired, or not uploaded); comparisons are skipped.`);
        return null;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3669), __webpack_require__.e(1351), __webpack_require__.e(3758), __webpack_require__.e(5690)]).then(__webpack_require__.bind(__webpack_require__, 35690));
    const client = new DefaultArtifactClient();
    const findBy = { token: access.token, workflowRunId: run.id, repositoryOwner: access.owner, repositoryName: access.repo };
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join(access.tempDir ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'datagate-artifact-'));
    try {
        await client.downloadArtifact(artifactId, { path: folder, findBy });
    }
    catch (error) {
        // @actions/artifact has retried the download itself; its messages may quote signed URLs.
        return apiTrouble(error, 'downloading the artifact');
    }
    return { folder, runId: run.id, headSha: run.head_sha };
}
/**
 * The newest successful run of `workflow` on `branch` whose code is the repository's own: from a
 * trusted event (the API's `event` filter, one event at a time) and with the repository itself as
 * head repository (a fork's run names the fork there).
 */
async function latestTrustedRun(octokit, access, workflow, branch) {
    const repository = `${access.owner}/${access.repo}`.toLowerCase();
    let latest;
    for (const event of TRUSTED_EVENTS) {
        const runs = await octokit.rest.actions.listWorkflowRuns({
            owner: access.owner, repo: access.repo, workflow_id: workflow, branch, event, status: 'success', per_page: 10,
        });
        const own = runs.data.workflow_runs.find((run) => run.event === event && run.head_repository?.full_name?.toLowerCase() === repository);
        if (own && (!latest || own.id > latest.id))
            latest = { id: own.id, head_sha: own.head_sha };
    }
    return latest;
}
/** A 5xx, or a network failure (Octokit reports a failed fetch as status 500; Node as an E… code). */
function isServerTrouble(error) {
    const { status, code } = (error ?? {});
    return (typeof status === 'number' && status >= 500) || (status === undefined && typeof code === 'string' && /^E[A-Z]+/.test(code));
}
/**
 * The profile for one dataset: by name, else by its current path through the manifest. Never
 * "the only profile there": a model's baseline must not silently become a dataset's profile.
 */
async function pickProfile(download, currentPath, target, label, notice) {
    const source = `${label} (run ${download.runId}, ${download.headSha.slice(0, 7)})`;
    const found = (file) => ({ path: external_node_path_default().join(download.folder, file), source, ref: download.headSha });
    if (target?.kind === 'model')
        return pickModelFile(download, currentPath, target.name ?? '', source, found, notice);
    if (target?.name && (0,external_node_fs_.existsSync)(external_node_path_default().join(download.folder, profileFileName(target.name))))
        return found(profileFileName(target.name));
    const manifest = await readManifest(download.folder);
    const wanted = normalise(currentPath);
    const byPath = manifest?.datasets.find((entry) => normalise(entry.current) === wanted);
    // As for models: the name must stay inside the download folder, whatever the manifest says.
    if (byPath && typeof byPath.profile === 'string' && external_node_path_default().basename(byPath.profile) === byPath.profile && (0,external_node_fs_.existsSync)(external_node_path_default().join(download.folder, byPath.profile)))
        return found(byPath.profile);
    const profiles = (await (0,promises_.readdir)(download.folder)).filter((file) => file.endsWith('.profile.json')).sort();
    const what = target?.name ? `dataset ${target.name}` : currentPath;
    notice(`No baseline for ${what} in ${source}: it holds ${profiles.length ? profiles.join(', ') : 'no profiles'}; comparisons are skipped.`);
    return null;
}
/**
 * A model's metrics, segments or predictions file: the manifest entry of the model whose file
 * had the same `current` path. Only the manifest says which file is which, so without one (an
 * artifact from before models were bundled) there is no baseline.
 */
async function pickModelFile(download, currentPath, model, source, found, notice) {
    const manifest = await readManifest(download.folder);
    const wanted = normalise(currentPath);
    const models = Array.isArray(manifest?.models) ? manifest.models : [];
    const entry = models.find((m) => m.name === model && Array.isArray(m.files));
    const file = entry?.files.find((f) => typeof f.current === 'string' && normalise(f.current) === wanted);
    // The name must stay inside the download folder, whatever the manifest says.
    if (file && typeof file.file === 'string' && external_node_path_default().basename(file.file) === file.file && (0,external_node_fs_.existsSync)(external_node_path_default().join(download.folder, file.file)))
        return found(file.file);
    const held = entry ? entry.files.map((f) => `${f.kind} ${f.current}`).join(', ') : 'no files of it';
    notice(`No baseline for ${currentPath} of model ${model} in ${source}: it holds ${held}; comparisons are skipped.`);
    return null;
}
async function readManifest(folder) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(folder, MANIFEST_FILE), 'utf8'));
        return Array.isArray(parsed.datasets) ? parsed : null;
    }
    catch {
        return null;
    }
}
function normalise(file) {
    return external_node_path_default().posix.normalize(file.split((external_node_path_default()).sep).join('/')).replace(/^\.\//, '');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/baseline/ref.ts
var baseline_ref = __webpack_require__(44974);
;// CONCATENATED MODULE: ./src/baseline/git.ts
// A baseline read from git: the same path at another commit, streamed to a temp file. A shallow
// checkout (actions/checkout's default) lacks the base commit, so it is fetched on demand.








/**
 * Before every command. A pull request can commit a bare repository's layout (HEAD, refs/,
 * config with core.sshCommand) as the config's folder, and git would use it: refuse implicit bare
 * repositories, and never run an fsmonitor or hook from the repository's own settings.
 */
const SAFE = ['-c', 'safe.bareRepository=explicit', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];
function git(args, cwd) {
    return new Promise((resolve) => {
        // No credential prompt: a fetch that needs one fails at once with a message instead.
        const child = (0,external_node_child_process_.spawn)('git', [...SAFE, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => { stdout += chunk.toString(); });
        child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
        child.on('error', (error) => resolve({ code: 127, stdout, stderr: error.message }));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
}
async function resolveCommit(ref, cwd) {
    const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
    return result.code === 0 ? result.stdout.trim() : null;
}
/** The commit for `ref`, fetching just it from origin when the checkout lacks it. */
async function commitFor(ref, cwd, label = ref) {
    // Before git sees it: a ref from a config or --base is never read as an option.
    (0,baseline_ref.checkedRef)(ref, label === ref ? `baseline { git }` : `baseline { git: ${label} }`);
    const inRepo = await git(['rev-parse', '--is-inside-work-tree'], cwd);
    // "false" with exit 0 inside a bare repository or a .git folder: not a checkout either.
    if (inRepo.code !== 0 || inRepo.stdout.trim() !== 'true') {
        throw new errors/* UserError */.yo(`baseline { git: ${label} }: ${cwd} is not inside a git checkout (${firstLine(inRepo.stderr)})`);
    }
    const local = await resolveCommit(ref, cwd);
    if (local)
        return local;
    const fetched = await git(['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', ref], cwd);
    if (fetched.code !== 0) {
        throw new errors/* UserError */.yo(`baseline { git: ${label} }: commit ${ref} is not in this checkout and \`git fetch origin ${ref}\` failed: ` +
            `${firstLine(fetched.stderr)}. Check out with \`fetch-depth: 0\` or keep the checkout's credentials (persist-credentials).`);
    }
    const commit = (await resolveCommit(ref, cwd)) ?? (await resolveCommit('FETCH_HEAD', cwd));
    if (!commit)
        throw new errors/* UserError */.yo(`baseline { git: ${label} }: fetched ${ref} from origin but found no commit there`);
    return commit;
}
async function readAtRef(options) {
    if (/[*?[\]{}]/.test(options.path)) {
        throw new errors/* UserError */.yo(`baseline { git: ${options.label} } for ${options.path}: a glob has no single file at a commit; set the baseline's \`path\` to one data file or profile`);
    }
    const commit = await commitFor(options.ref, options.cwd, options.label);
    const short = commit.slice(0, 7);
    // `<commit>:./<path>` is relative to git's working directory, wherever the repo root is.
    const object = `${commit}:./${options.path.split((external_node_path_default()).sep).join('/')}`;
    const type = await git(['cat-file', '-t', '--end-of-options', object], options.cwd);
    if (type.code !== 0) {
        options.notice(`No baseline for ${options.path}: it does not exist at ${options.label} (${short}); comparisons are skipped, contract gates still run.`);
        return null;
    }
    if (type.stdout.trim() !== 'blob') {
        throw new errors/* UserError */.yo(`baseline { git: ${options.label} } for ${options.path}: at ${short} this is a ${type.stdout.trim()}, not a file; set the baseline's \`path\` to one data file or profile`);
    }
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'datagate-git-'));
    // Keep the file name: readers detect the format from the extension.
    const target = external_node_path_default().join(folder, external_node_path_default().basename(options.path));
    await streamBlob(object, options.cwd, target);
    await rejectLfsPointer(target, options);
    return { path: target, source: `git ${options.label} (${short})`, ref: commit };
}
/** `git cat-file blob`, not `git show`: raw bytes, no textconv or filters, any size. */
async function streamBlob(object, cwd, target) {
    const child = (0,external_node_child_process_.spawn)('git', [...SAFE, 'cat-file', 'blob', '--end-of-options', object], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    await (0,external_node_stream_promises_.pipeline)(child.stdout, (0,external_node_fs_.createWriteStream)(target));
    const code = await exited;
    if (code !== 0)
        throw new Error(`git cat-file blob ${object} exited with ${code}: ${firstLine(stderr)}`);
}
async function rejectLfsPointer(file, options) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(64), 0, 64, 0);
        if (buffer.subarray(0, bytesRead).toString('utf8').startsWith('version https://git-lfs.github.com/spec/')) {
            throw new errors/* UserError */.yo(`baseline { git: ${options.label} } for ${options.path}: the file is a Git LFS pointer at that commit; commit a profile JSON as the baseline, or use { artifact: … }`);
        }
    }
    finally {
        await handle.close();
    }
}
function firstLine(text) {
    // A remote URL may carry credentials (https://user:token@host/…): never print them.
    return (text.trim().split('\n')[0] || 'no message').replace(/\/\/[^/@\s]+@/g, '//***@');
}

// EXTERNAL MODULE: ./src/workspace/index.ts
var workspace = __webpack_require__(40161);
;// CONCATENATED MODULE: ./src/baseline/index.ts
// Turns a config's `baseline:` into a local file: a path in the workspace, the same path at a git
// ref, or a profile from another run's artifact. Shared by the action and the CLI.







function createBaselineResolver(context) {
    const notice = context.notice ?? (() => undefined);
    // Several datasets usually share one artifact: download it once per run.
    const downloads = new Map();
    return async (spec, currentPath, target) => {
        const relativeCurrent = relativeTo(context.cwd, currentPath);
        if (typeof spec === 'string') {
            const file = external_node_path_default().resolve(context.cwd, spec);
            (0,workspace.confinedRead)(context.workspace, file, spec);
            if (!(0,external_node_fs_.existsSync)(file))
                throw new errors/* UserError */.yo([{ file: spec, message: 'baseline file not found' }]);
            return { path: file, source: spec };
        }
        if ('git' in spec) {
            const filePath = relativeTo(context.cwd, spec.path ?? currentPath);
            const isBase = spec.git === 'base';
            const ref = isBase ? context.baseRef : spec.git;
            if (!ref) {
                notice(`No baseline for ${filePath}: \`git: base\` needs a pull request (no base commit in this event; on the command line, \`--base <ref>\` gives one); comparisons are skipped, contract gates still run.`);
                return null;
            }
            return readAtRef({ cwd: context.cwd, ref, path: filePath, label: isBase ? 'base' : spec.git, notice, tempDir: context.tempDir });
        }
        const label = `artifact ${spec.artifact} from ${spec.branch}`;
        if (!context.artifact) {
            notice(`No baseline from ${label}: artifacts need the action's github-token (not available here); comparisons are skipped.`);
            return null;
        }
        const access = { ...context.artifact, tempDir: context.artifact.tempDir ?? context.tempDir };
        const key = JSON.stringify([spec.artifact, spec.branch, spec.workflow ?? access.workflow]);
        let download = downloads.get(key);
        if (!download) {
            download = downloadLatestArtifact({ artifact: spec.artifact, branch: spec.branch, workflow: spec.workflow }, access, notice);
            downloads.set(key, download);
        }
        const downloaded = await download;
        return downloaded ? pickProfile(downloaded, relativeCurrent, target, label, notice) : null;
    };
}
function relativeTo(cwd, file) {
    return external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(cwd, file) : external_node_path_default().normalize(file);
}


/***/ }),

/***/ 44974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkedRef: () => (/* binding */ checkedRef),
/* harmony export */   refProblem: () => (/* binding */ refProblem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Which strings may reach git as a ref: a commit id or a name by `git check-ref-format`'s rules,
// so that a config or `--base` can never hand git an option (`--upload-pack=…`) or a revision
// expression that reads something else (`@{…}`, `a..b`, `x:path`).

/** Why `ref` is not a plain ref name or commit id, or null when it is one. */
function refProblem(ref) {
    if (ref.length === 0)
        return 'it is empty';
    if (ref.length > 255)
        return 'it is longer than 255 characters';
    if (ref.startsWith('-'))
        return 'it starts with "-", so git would read it as an option';
    if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(ref))
        return null;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f]/.test(ref))
        return 'it holds a space or a control character';
    const forbidden = /[~^:?*[\\]/.exec(ref);
    if (forbidden)
        return `it holds "${forbidden[0]}", which git reads as part of a revision expression or pattern`;
    if (ref.includes('..'))
        return 'it holds ".."';
    if (ref.includes('@{'))
        return 'it holds "@{"';
    if (ref === '@')
        return 'it is "@"';
    if (ref.endsWith('/') || ref.endsWith('.'))
        return 'it ends with "/" or "."';
    for (const component of ref.split('/')) {
        if (component === '')
            return 'it holds an empty path component ("//" or a leading "/")';
        if (component.startsWith('.'))
            return 'a path component starts with "."';
        if (component.endsWith('.lock'))
            return 'a path component ends with ".lock"';
    }
    return null;
}
/**
 * `ref` when it is a plain ref name or commit id; a UserError (exit 2) naming it and the rule
 * otherwise. `where` says where the ref came from: `baseline { git: … }`, `--base`.
 */
function checkedRef(ref, where) {
    const problem = refProblem(ref);
    if (problem) {
        const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: ${JSON.stringify(shown)} is not a git ref name or commit id (${problem}); refused`);
    }
    return ref;
}


/***/ })

};
