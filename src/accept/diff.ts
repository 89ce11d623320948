// A unified diff of two texts (as `diff -u` prints it), for showing an accepted config change.
// Configs are small: a longest-common-subsequence table over their lines is plenty.

export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = lineOps(a, b);
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  // Changes closer than 2 × context lines share a hunk.
  const groups: number[][] = [];
  for (const index of changed) {
    const group = groups[groups.length - 1];
    if (group && index - group[group.length - 1] <= 2 * context) group.push(index);
    else groups.push([index]);
  }
  const hunks: string[] = [];
  for (const group of groups) {
    const start = Math.max(0, group[0] - context);
    const end = Math.min(ops.length, group[group.length - 1] + context + 1);
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    hunks.push(`@@ -${range(ops[start].oldLine, oldCount)} +${range(ops[start].newLine, newCount)} @@`);
    for (const op of slice) hunks.push(`${op.kind}${op.text}`);
  }
  return [`--- a/${name}`, `+++ b/${name}`, ...hunks].join('\n') + '\n';
}

interface Op { kind: ' ' | '-' | '+'; text: string; oldLine: number; newLine: number }

function lineOps(a: string[], b: string[]): Op[] {
  // lengths[i][j]: LCS of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i], oldLine: i + 1, newLine: j + 1 });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      ops.push({ kind: '-', text: a[i], oldLine: i + 1, newLine: j + 1 });
      i++;
    } else {
      ops.push({ kind: '+', text: b[j], oldLine: i + 1, newLine: j + 1 });
      j++;
    }
  }
  return ops;
}

/** Lines without their ends; a final newline does not make an empty last line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `start,count`, with an empty range written as the line before it, as diff does. */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
