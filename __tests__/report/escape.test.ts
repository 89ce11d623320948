import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { clip, htmlText, markdownCode, markdownText, safeUrl, visible } from '../../src/report/escape.js';
import { renderComment, renderSummary, type Report } from '../../src/report/index.js';
import { decodeHtml, outsideCode, renderGfm, tableRows, tagCounts } from './gfm.js';

const HOSTILE = [
  '</details><img src=x onerror=alert(1)>', '@org/team', 'a|b', 'x`y', 'line1\nline2', '[link](http://evil)', 'http://evil.com',
  'www.evil.com', '<script>alert(1)</script>', 'foo@bar.com', '#123', '```\nfenced', '**bold** _em_', '&lt;b&gt; &amp;',
  'back\\|slash', '![img](http://evil/x.png)', '<!-- open comment', '`` ` ``', '</summary></details><h1>x</h1>', 'trailing\\',
  '<https://evil.com/auto>', '~~strike~~', '\u202eevil', '', '   ', '|', '\\', '-->', '<br>', 'a\r\nb', '[x]: http://evil',
];

const ZWJ = /\u200d/g;

/** One table with one row per value, as the cell HTML cmark-gfm produces. */
function cellsOf(values: string[], escape: (value: string) => string): string[] {
  const markdown = ['| value |', '| --- |', ...values.map((value) => `| ${escape(value)} |`)].join('\n');
  const rows = tableRows(renderGfm(markdown))[0];
  return rows.slice(1).map((row) => {
    expect(row).toHaveLength(1);
    return row[0];
  });
}

describe('markdownText', () => {
  it('keeps every hostile value as plain text in one table cell', () => {
    const cells = cellsOf(HOSTILE, markdownText);
    expect(cells).toHaveLength(HOSTILE.length);
    cells.forEach((cell, index) => {
      expect(cell).not.toMatch(/<[a-z]/i);
      expect(decodeHtml(cell).replace(ZWJ, '')).toBe(visible(HOSTILE[index]).trim());
    });
  });

  it('keeps hostile values as text in a paragraph, without links, mentions or references', () => {
    const html = renderGfm(HOSTILE.map((value) => markdownText(value)).join(' and '));
    expect([...tagCounts(html).keys()]).toEqual(['p']);
    expect(html).not.toMatch(/(^|[^\w\u200d])@[A-Za-z0-9]/);
    expect(html).not.toMatch(/#\d/);
  });

  it('round-trips arbitrary strings of markup characters through a table cell', () => {
    const alphabet = fc.constantFrom(...'ab1 |`\\<>/@#[]()!*_~&;:.-"\'\n\t=h'.split(''));
    const values = fc.sample(fc.string({ unit: alphabet, maxLength: 24 }), { numRuns: 300, seed: 42 });
    const cells = cellsOf(values, markdownText);
    expect(cells).toHaveLength(values.length);
    cells.forEach((cell, index) => {
      expect(cell).not.toMatch(/<[a-z]/i);
      expect(decodeHtml(cell).replace(ZWJ, '')).toBe(visible(values[index]).trim());
    });
  });

  it('escapes only what GFM would read as markup there, so messages read plainly in e-mail too', () => {
    for (const plain of ['"age": 3 values below min 0 (lowest -1)', 'row count changed by +4% (max 20%)',
      'newest signup_at is 12:30:00 old; 3 of 8 columns drifted (37.5%), below 50%', 'C:\\data\\train.csv', 'a > b = c - d']) {
      expect(markdownText(plain)).toBe(plain);
    }
    expect(markdownText('see http://evil.com or www.evil.com and :smile:')).toBe('see http\\://evil.com or www\\.evil.com and \\:smile:');
    expect(markdownText('# 1. - > = +', 'start')).toBe('\\# 1. - > = +');
    expect(markdownText('1. item')).toBe('1\\. item');
    expect(markdownText('1. item', 'inline')).toBe('1. item');
    expect(markdownText('&amp; & co \\* $5')).toBe('\\&amp; & co \\\\\\* \\$5');
  });

  it('leaves snake_case and kebab-case names unescaped for readable Markdown', () => {
    expect(markdownText('user_id and signup-date')).toBe('user_id and signup-date');
    expect(markdownText('_lead and trail_')).toBe('\\_lead and trail\\_');
  });
});

describe('markdownCode', () => {
  it('shows every hostile value verbatim as code in a table cell', () => {
    const values = HOSTILE.filter((value) => value.trim() !== '');
    const cells = cellsOf(values, (value) => markdownCode(value, 'table'));
    cells.forEach((cell, index) => expect(cell).toBe(`<code>${htmlText(values[index])}</code>`.replace(/&#39;/g, "'")));
  });

  it('round-trips arbitrary strings through a code span in a table cell', () => {
    const alphabet = fc.constantFrom(...'ab |`\\<>@#[]()*_&\n'.split(''));
    const values = fc.sample(fc.string({ unit: alphabet, minLength: 1, maxLength: 16 }), { numRuns: 300, seed: 7 })
      .filter((value) => value.trim() !== '');
    const cells = cellsOf(values, (value) => markdownCode(value, 'table'));
    cells.forEach((cell, index) => expect(decodeHtml(cell.replace(/^<code>|<\/code>$/g, '')).replace(/&#39;/g, "'")).toBe(visible(values[index])));
  });

  it('does not escape pipes outside tables', () => {
    expect(renderGfm(markdownCode('a|b', 'text'))).toBe('<p><code>a|b</code></p>\n');
  });
});

describe('gate messages', () => {
  const gate = (column: string, pattern: string): Report['gates'][number] => ({
    id: `d.contract.${column}.pattern`, kind: 'contract', status: 'fail', column, expected: pattern,
    message: `${JSON.stringify(column)}: 2 values do not match /${pattern}/`,
  });
  const comment = (gates: Report['gates']) => renderComment({ version: 1, status: 'fail', datasets: [], models: [], gates }, { marker: '<!-- datagate -->' });

  it('shows a pattern as exact code, without a joiner after @, so a copied regex works', () => {
    const html = renderGfm(comment([gate('email', '^[^@]+@[^@]+$')]));
    expect(html).toContain('<code>email</code>: 2 values do not match <code>^[^@]+@[^@]+$</code>');
    expect(html).not.toMatch(ZWJ);
  });

  it('keeps hostile column names and patterns inert in the message', () => {
    const gates = HOSTILE.filter((value) => value.trim() !== '').map((value, index) => gate(value, `${value}|${index}`));
    const html = renderGfm(comment(gates));
    expect(html).not.toMatch(/<a[\s>]|href=|<img|<script|<h1/i);
    expect(outsideCode(html)).not.toMatch(/(^|[^\w\u200d])@[A-Za-z0-9]/);
    expect(outsideCode(html)).not.toMatch(/#\d/);
    for (const rows of tableRows(html)) for (const row of rows) expect(row).toHaveLength(rows[0].length);
    const patterns = [...html.matchAll(/do not match <code>([\s\S]*?)<\/code>/g)].map((match) => decodeHtml(match[1]).replace(/&#39;/g, "'"));
    expect(patterns).toContain('a|b|2');
    expect(patterns).toContain('x`y|3');
  });
});

describe('helpers', () => {
  it('shows control characters as symbols and replaces bidi overrides', () => {
    expect(visible('a\nb\tc\u0000\u202e')).toBe('a␊b␉c␀\ufffd');
  });

  it('clips by code points with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });

  it('accepts only http(s) URLs and encodes characters that end a link', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://x.test/a b)(<')).toBe('https://x.test/a%20b%29%28%3C');
    expect(safeUrl(undefined)).toBeNull();
  });
});

describe('a report full of hostile names', () => {
  const hostile: Report = JSON.parse(readFileSync(new URL('../fixtures/report/hostile.json', import.meta.url), 'utf8'));
  const ALLOWED = new Set(['h3', 'h4', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'details', 'summary',
    'br', 'strong', 'sub', 'hr', 'ul', 'li', 'blockquote']);

  for (const [name, markdown] of [['comment', renderComment(hostile, { marker: '<!-- datagate -->' })], ['summary', renderSummary(hostile)]] as const) {
    describe(name, () => {
      const html = renderGfm(markdown);

      it('produces only the tags datagate writes itself', () => {
        const tags = [...tagCounts(html).keys()].filter((tag) => !ALLOWED.has(tag));
        expect(tags).toEqual([]);
      });

      it('produces no links, images or mentions', () => {
        expect(html).not.toMatch(/<a[\s>]|href=|<img/i);
        const text = outsideCode(html);
        expect(text).not.toMatch(/(^|[^\w\u200d])@[A-Za-z0-9]/);
        expect(text).not.toMatch(/#\d/);
      });

      it('keeps <details> balanced: exactly the folds datagate made', () => {
        const opened = (html.match(/<details>/g) ?? []).length;
        expect(opened).toBe((markdown.match(/^<details><summary>/gm) ?? []).length);
        expect((html.match(/<\/details>/g) ?? []).length).toBe(opened);
        expect((html.match(/<summary>/g) ?? []).length).toBe(opened);
      });

      it('keeps every table row whole: each cell where it belongs', () => {
        for (const rows of tableRows(html)) {
          const width = rows[0].length;
          for (const row of rows) expect(row).toHaveLength(width);
        }
        const drift = tableRows(html).filter((rows) => rows[0][1] === 'Column').flatMap((rows) => rows.slice(1));
        const names = drift.map((row) => decodeHtml(row[1].replace(/^<code>|<\/code>$/g, '')));
        for (const row of drift) expect(['χ²', 'Wasserstein']).toContain(row[2]);
        expect(names).toHaveLength(hostile.datasets[0].drift?.columns.length ?? 0);
        expect(names).toContain('a|b');
        expect(names).toContain('x`y');
        expect(names).toContain('line1␊line2');
        expect(names).toContain('</details><img src=x onerror=alert(1)>');
      });
    });
  }
});
