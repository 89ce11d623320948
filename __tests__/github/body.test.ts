import { describe, expect, it } from '@jest/globals';
import { fitBody, GITHUB_BODY_LIMIT, markerFor, withMarker } from '../../src/github/body.js';

describe('markerFor', () => {
  it('is the same for every spelling of the config path', () => {
    expect(markerFor('datagate.yml', '/work')).toBe(markerFor('./datagate.yml', '/work'));
    expect(markerFor('/work/datagate.yml', '/work')).toBe(markerFor('datagate.yml', '/work'));
    expect(markerFor('datagate.yml', '/work')).toMatch(/^<!-- datagate:[0-9a-f]{12} -->$/);
  });

  it('differs between two configs, so two steps keep two comments', () => {
    expect(markerFor('a/datagate.yml', '/work')).not.toBe(markerFor('b/datagate.yml', '/work'));
  });
});

describe('withMarker', () => {
  it('adds the marker once', () => {
    expect(withMarker('body', '<!-- m -->')).toBe('<!-- m -->\nbody');
    expect(withMarker('<!-- m -->\nbody', '<!-- m -->')).toBe('<!-- m -->\nbody');
  });
});

describe('fitBody', () => {
  it('leaves a body under the limit alone', () => {
    expect(fitBody('short', 'note')).toBe('short');
  });

  it('cuts a 200,000-character body under 65,536 characters at a line break, with the note last', () => {
    const body = '<!-- m -->\n' + Array.from({ length: 4000 }, (_, i) => `| row ${i} | ${'x'.repeat(40)} |`).join('\n');
    const fitted = fitBody(body, 'see the job summary');
    expect(fitted.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(fitted.startsWith('<!-- m -->\n| row 0 |')).toBe(true);
    expect(fitted.endsWith('\n\nsee the job summary\n')).toBe(true);
    expect(fitted).toMatch(/\| row \d+ \| x{40} \|\n\nsee the job summary\n$/);
  });

  it('never splits a surrogate pair', () => {
    const fitted = fitBody('📉'.repeat(40_000), 'note');
    expect(fitted.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(fitted).toBe(`${'📉'.repeat(32_636)}\n\nnote\n`);
  });

  it('counts bytes for the 1 MiB job summary and never splits a character', () => {
    const fitted = fitBody('é'.repeat(600_000), 'note', 1024 * 1024, 'bytes');
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(1024 * 1024);
    expect(fitted).not.toContain('\uFFFD');
  });

  it('closes a code fence and <details> left open by the cut', () => {
    const body = '<details><summary>s</summary>\n\n```\n' + 'line\n'.repeat(20_000);
    const fitted = fitBody(body, 'note');
    expect(fitted).toMatch(/line\n```\n<\/details>\n\nnote\n$/);
  });
});
