#!/usr/bin/env node
// Screenshots for the README: the PR comment (Markdown → cmark-gfm → GitHub-like page) and the HTML report,
// both rendered from a report JSON by the real renderers in src/report and photographed by headless Chromium.
//
//   node scripts/screenshots.mjs [report.json] [--out docs] [--width 900]
//
// Needs /usr/bin/cmark-gfm and /usr/bin/chromium (Debian: apt-get install -y cmark-gfm chromium fonts-noto-color-emoji).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'docs' }, width: { type: 'string', default: '900' } },
});
const reportPath = resolve(positionals[0] ?? join(root, '__tests__/fixtures/report/full.json'));
const outDir = resolve(values.out);
const width = Number(values.width);
const CMARK = process.env.CMARK_GFM ?? '/usr/bin/cmark-gfm';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
for (const [name, path] of [['cmark-gfm', CMARK], ['chromium', CHROMIUM]]) {
  if (!existsSync(path)) throw new Error(`${name} not found at ${path}: apt-get install -y cmark-gfm chromium fonts-noto-color-emoji`);
}

const work = mkdtempSync(join(tmpdir(), 'datagate-shots-'));

/** The renderers are TypeScript; transpile src/report on the fly (no build step, no dist/ needed). */
async function loadRenderers() {
  const ts = createRequire(join(root, 'package.json'))('typescript');
  const walk = (folder) => readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
  for (const file of walk(join(root, 'src/report'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(work, 'src', relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  return import(pathToFileURL(join(work, 'src/report/index.js')).href);
}

function chromium(args) {
  return execFileSync(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`, '--hide-scrollbars',
    '--force-device-scale-factor=1', ...args,
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

/** Measures the page height with a copy that carries a tiny script (the real page stays script-free). */
function pageHeight(html) {
  const probe = join(work, 'probe.html');
  const script = '<script>document.addEventListener("DOMContentLoaded",()=>{document.title="H="+Math.ceil(document.documentElement.scrollHeight)})</script>';
  writeFileSync(probe, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</head>', `${script}</head>`));
  const dom = chromium([`--window-size=${width},800`, '--dump-dom', pathToFileURL(probe).href]);
  const match = /<title>H=(\d+)<\/title>/.exec(dom);
  return match ? Number(match[1]) : 2000;
}

function screenshot(html, name) {
  const page = join(work, `${name}.html`);
  writeFileSync(page, html);
  const height = Math.min(pageHeight(html), 12000);
  const png = join(outDir, `${name}.png`);
  chromium([`--window-size=${width},${height}`, `--screenshot=${png}`, pathToFileURL(page).href]);
  console.log(`${relative(process.cwd(), png)}  ${width}×${height}`);
}

const GITHUB_CSS = `
body { margin: 0; padding: 16px; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
.comment { border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > *:first-child { margin-top: 0; }
h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; } h3 { font-size: 1.25em; } h4 { font-size: 1em; }
p, table, pre, details, ul, blockquote { margin: 0 0 16px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; } pre code { background: none; padding: 0; font-size: 85%; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; padding: 0 1em; margin-left: 0; }
hr { border: 0; height: .25em; background: #d1d9e0; margin: 24px 0; }
sub { font-size: 75%; } summary { cursor: pointer; } a { color: #0969da; text-decoration: none; }
`;

/** GitHub colours `diff` blocks; cmark-gfm leaves the language class only, so colour the lines the same way. */
function colourDiff(html) {
  return html.replace(/<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/g, (_, body) => {
    const lines = body.replace(/\n$/, '').split('\n').map((line) => {
      const colour = line.startsWith('-') ? '#ffebe9' : line.startsWith('+') ? '#dafbe1' : line.startsWith('~') ? '#fff8c5' : '';
      return `<span style="display:block${colour ? `;background:${colour}` : ''}">${line}</span>`;
    });
    return `<pre><code class="language-diff">${lines.join('')}</code></pre>`;
  });
}

try {
  const { renderComment, renderHtml } = await loadRenderers();
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const markdown = renderComment(report, { marker: '<!-- datagate -->' });
  const body = execFileSync(CMARK, ['--unsafe', '--extension', 'table', '--extension', 'strikethrough', '--extension', 'autolink',
    '--extension', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  const commentPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${GITHUB_CSS}</style></head><body>`
    + `<div class="comment"><div class="comment-header"><b>github-actions</b> bot commented</div>`
    + `<div class="markdown-body">${colourDiff(body)}</div></div></body></html>`;
  screenshot(commentPage, 'comment');
  screenshot(renderHtml(report), 'report');
} finally {
  rmSync(work, { recursive: true, force: true });
}
