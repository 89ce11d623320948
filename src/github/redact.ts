// Text about to reach the log, with anything credential-like taken out: the token itself, a URL's
// user:password, signed-URL and token query values. A net under messages we do not write
// ourselves (errors from Octokit, @actions/artifact, git).

export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Short strings would blank out ordinary words; real tokens are long.
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('***');
  return out
    .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@')
    .replace(/([?&](?:sig|token|access_token|X-Amz-Signature|X-Amz-Credential)=)[^&\s"']+/gi, '$1***')
    .replace(/\b(authorization:\s*(?:token|bearer|basic)\s+)\S+/gi, '$1***');
}
