import { describe, expect, it } from '@jest/globals';
import { checkedRef, refProblem } from '../../src/baseline/ref.js';
import { UserError } from '../../src/errors.js';

describe('refProblem (git check-ref-format rules, and commit ids)', () => {
  it.each(['main', 'release/v1.2', 'refs/heads/main', 'feature/ML-42_x', 'v1', 'a'.repeat(40), 'F'.repeat(64), 'HEAD', 'abc1234'])('accepts %s', (ref) => {
    expect(refProblem(ref)).toBeNull();
  });

  it.each([
    ['--upload-pack=touch /tmp/x;', 'it starts with "-", so git would read it as an option'],
    ['-', 'it starts with "-", so git would read it as an option'],
    ['', 'it is empty'],
    ['main..other', 'it holds ".."'],
    ['HEAD@{upstream}', 'it holds "@{"'],
    ['@', 'it is "@"'],
    ['HEAD~1', 'it holds "~", which git reads as part of a revision expression or pattern'],
    ['main^', 'it holds "^", which git reads as part of a revision expression or pattern'],
    ['v1:secret.txt', 'it holds ":", which git reads as part of a revision expression or pattern'],
    ['refs/*', 'it holds "*", which git reads as part of a revision expression or pattern'],
    ['a\\b', 'it holds "\\", which git reads as part of a revision expression or pattern'],
    ['main\u0000', 'it holds a space or a control character'],
    ['ma in', 'it holds a space or a control character'],
    ['x\u001b[2J', 'it holds a space or a control character'],
    ['main/', 'it ends with "/" or "."'],
    ['main.', 'it ends with "/" or "."'],
    ['a//b', 'it holds an empty path component ("//" or a leading "/")'],
    ['/main', 'it holds an empty path component ("//" or a leading "/")'],
    ['refs/.git/x', 'a path component starts with "."'],
    ['main.lock', 'a path component ends with ".lock"'],
    ['x'.repeat(256), 'it is longer than 255 characters'],
  ])('refuses %j: %s', (ref, problem) => {
    expect(refProblem(ref)).toBe(problem);
  });
});

describe('checkedRef', () => {
  it('names where the ref came from and shows it escaped and short', () => {
    expect(() => checkedRef(`-${'x'.repeat(300)}`, '--base')).toThrow(UserError);
    expect(() => checkedRef('-x\u001b', '--base')).toThrow('--base: "-x\\u001b" is not a git ref name or commit id (it starts with "-", so git would read it as an option); refused');
    expect(() => checkedRef(`-${'x'.repeat(300)}`, '--base')).toThrow(`--base: "-${'x'.repeat(79)}…" is not`);
  });

  it('returns a good ref as it is', () => {
    expect(checkedRef('main', '--base')).toBe('main');
  });
});
