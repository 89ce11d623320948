import { describe, expect, it } from '@jest/globals';
import { redactSecrets } from '../../src/github/redact.js';

describe('redactSecrets', () => {
  it('takes the token out wherever it appears', () => {
    expect(redactSecrets('HttpError: Bad credentials for ghs_abcdefghij1234 (ghs_abcdefghij1234)', ['ghs_abcdefghij1234'])).toBe('HttpError: Bad credentials for *** (***)');
  });

  it('takes out a URL\'s user:password, signed-URL signatures and token parameters', () => {
    expect(redactSecrets('fatal: unable to access https://x-access-token:ghs_abc@github.com/o/r/')).toBe('fatal: unable to access https://***@github.com/o/r/');
    expect(redactSecrets('GET https://blob.core.windows.net/a.zip?sv=1&sig=AbC%2Fd&se=2 failed')).toBe('GET https://blob.core.windows.net/a.zip?sv=1&sig=***&se=2 failed');
    expect(redactSecrets('https://api/x?token=abc123')).toBe('https://api/x?token=***');
    expect(redactSecrets('authorization: token ghp_zzz')).toBe('authorization: token ***');
  });

  it('leaves ordinary text and short "secrets" alone', () => {
    expect(redactSecrets('3 of 12 gates failed: age.min', ['x', ''])).toBe('3 of 12 gates failed: age.min');
  });
});
