// What went wrong with an engine, in words a user can act on: the client libraries' errors
// (PostgreSQL SQLSTATE codes, Node socket codes, DuckDB's "Catalog Error: …") mapped to a cause,
// with the engine's own first line kept after it.

interface ErrorLike { code?: unknown; message?: unknown; errors?: unknown; address?: unknown; port?: unknown; hostname?: unknown }

/** SQLSTATE → cause (PostgreSQL, Redshift; the codes other engines share). */
const SQLSTATE: Record<string, string> = {
  '28P01': 'login refused: wrong user or password',
  '28000': 'login refused: this user may not connect',
  '3D000': 'the database does not exist',
  '42P01': 'the table does not exist',
  '3F000': 'the schema does not exist',
  '42703': 'a column does not exist',
  '42501': 'permission denied: the connection\'s role may not read this',
  '42601': 'the SQL is not valid',
  '42883': 'a function does not exist in this engine',
  '53300': 'the server has no free connection slots',
  '57P01': 'the server shut down during the query',
  '25006': 'datagate reads only: the query tried to write',
};

const NODE_CODES: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection (nothing listens at that host and port?)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS)',
  ETIMEDOUT: 'the server did not answer',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ECONNRESET: 'the server closed the connection',
};

/** DuckDB (and engines with message-only errors): patterns of their first line. */
const MESSAGES: [RegExp, string][] = [
  [/^Catalog Error: Table with name .* does not exist/i, 'the table does not exist'],
  [/^Catalog Error: Schema with name .* does not exist/i, 'the schema does not exist'],
  [/^Binder Error: Referenced column .* not found/i, 'a column does not exist'],
  [/^Parser Error:/i, 'the SQL is not valid'],
  [/^INTERRUPT Error/i, 'the query timed out'],
  [/^Permission Error:/i, 'permission denied'],
  [/read-only mode/i, 'datagate reads only: the query tried to write'],
  [/connection timeout/i, 'the server did not answer in time'],
  [/Connection terminated unexpectedly/i, 'the server closed the connection'],
  [/password authentication failed|SASL|client password must be a string/i, 'login refused: wrong user or password'],
];

export function describeEngineFailure(error: unknown, timeout: string): string {
  const { code, message } = firstCause(error);
  const engineSays = firstLine(message);
  let cause: string | undefined;
  if (code === '57014') cause = `the query timed out (timeout: ${timeout})`;
  else if (typeof code === 'string') cause = SQLSTATE[code] ?? NODE_CODES[code];
  if (!cause) {
    const found = MESSAGES.find(([pattern]) => pattern.test(engineSays));
    if (found) cause = found[1] === 'the query timed out' || found[1] === 'the server did not answer in time' ? `${found[1]} (timeout: ${timeout})` : found[1];
  }
  cause ??= 'the query failed';
  return engineSays && engineSays !== cause ? `${cause} (${engineSays})` : cause;
}

/** Node reports a failed connect to a name with several addresses as an AggregateError of each. */
function firstCause(error: unknown): { code?: unknown; message: string } {
  const like = (error ?? {}) as ErrorLike;
  if (Array.isArray(like.errors) && like.errors.length > 0 && !like.message) return firstCause(like.errors[0]);
  const message = typeof like.message === 'string' && like.message ? like.message : typeof like.code === 'string' ? like.code : String(error);
  return { code: like.code, message };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
