import { describe, it, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHtml, type Report } from '../../src/report/index.js';

const fixture = (name: string): Report => JSON.parse(readFileSync(new URL(`../fixtures/report/${name}`, import.meta.url), 'utf8'));
const full = fixture('full.json');
const hostile = fixture('hostile.json');

/** Only an explicit opt-out skips the browser test; the browser comes from npm (see dumpDom.mjs; CHROMIUM=/path overrides it). */
const skipBrowser = process.env.DATAGATE_SKIP_CHROMIUM === '1';
const DUMP_DOM = fileURLToPath(new URL('./dumpDom.mjs', import.meta.url));

function dumpDom(html: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'datagate-html-'));
  try {
    const file = join(folder, 'report.html');
    writeFileSync(file, html);
    return execFileSync(process.execPath, [DUMP_DOM, file],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('renderHtml', () => {
  const html = renderHtml(full);

  it('is one self-contained file: no scripts, no external resources, a CSP that forbids both', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html.match(/(?:src|href)="([^"]*)"/g)).toEqual(['href="https://github.com/acme/shop/actions/runs/123456789"']);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('draws a before/after histogram for each drifted column and one metric delta chart', () => {
    expect(html.match(/<svg class="histogram"/g)).toHaveLength(3);
    expect(html.match(/<svg class="deltas"/g)).toHaveLength(1);
    expect(html).toContain('<title>age: before and after</title>');
  });

  it('is byte-identical for the same input', () => {
    expect(renderHtml(structuredClone(full))).toBe(html);
  });

  it('escapes every hostile name', () => {
    const page = renderHtml(hostile);
    expect(page).not.toMatch(/<(img|script)[\s>]/i);
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page).not.toContain('</details><img');
    expect(page).toContain('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('javascript:');
    const opened = (page.match(/<details>/g) ?? []).length;
    expect((page.match(/<\/details>/g) ?? []).length).toBe(opened);
  });

  (skipBrowser ? it.skip : it)('renders in headless Chromium with the charts in the DOM', () => {
    const dom = dumpDom(html);
    expect(dom).toContain('<h1>❌ 7 of 21 gates failed; 4 warnings (1 skipped)</h1>');
    expect(dom.match(/<svg class="histogram"/g)).toHaveLength(3);
    expect(dom.match(/<svg class="deltas"/g)).toHaveLength(1);
    expect(dom).toContain('</footer>');
    const hostileDom = dumpDom(renderHtml(hostile));
    expect(hostileDom).not.toMatch(/<(img|script)[\s>]/i);
    expect(hostileDom.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(hostileDom).toContain('</main>');
  });
});
