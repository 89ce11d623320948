import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../src/errors.js';
import { errorOf, readAll } from './helpers.js';

async function writeTemp(name: string, content: string | Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'datagate-err-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

describe('unreadable input', () => {
  it('names a missing file', async () => {
    const error = await errorOf(readAll(['/nonexistent/data.csv']));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe('/nonexistent/data.csv: no such file');
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const file = await writeTemp('latin1.csv', Buffer.concat([Buffer.from('name\nok\nMüller\n'.replace('ü', '')), Buffer.from([0x4d, 0xfc, 0x6c, 0x0a])]));
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe(`${file}:4: bytes that are not UTF-8 text; save the file as UTF-8`);
  });

  it('names the line of binary junk', async () => {
    const file = await writeTemp('junk.csv', Buffer.from([0x61, 0x0a, 0x31, 0x0a, 0x00, 0x01, 0x02]));
    expect((await errorOf(readAll([file])))?.message).toBe(`${file}:3: binary data (a NUL byte), not a text file`);
  });

  it('rejects a .gz that is not gzip', async () => {
    const file = await writeTemp('fake.csv.gz', 'a,b\n1,2\n');
    const error = await errorOf(readAll([file]));
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toMatch(/fake\.csv\.gz: corrupt or truncated gzip data/);
  });

  it('rejects Parquet that is text, and an empty Parquet file', async () => {
    const text = await writeTemp('text.parquet', 'a,b\n1,2\n');
    expect(await errorOf(readAll([text]))).toBeInstanceOf(UserError);
    const empty = await writeTemp('empty.parquet', '');
    expect((await errorOf(readAll([empty])))?.message).toBe(`${empty}: empty file`);
  });
});
