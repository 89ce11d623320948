// Uploads the run's bundle as a workflow artifact, where the runtime offers an artifact service.

import path from 'node:path';

export type ArtifactUpload =
  | { uploaded: true; id?: number; size?: number }
  | { uploaded: false; reason: string };

/** The artifact service needs these; local runs, `act` and some self-hosted setups lack them. */
export function artifactServiceMissing(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!env.ACTIONS_RUNTIME_TOKEN) return 'ACTIONS_RUNTIME_TOKEN is not set';
  if (!env.ACTIONS_RESULTS_URL) return 'ACTIONS_RESULTS_URL is not set';
  return null;
}

export async function uploadBundle(name: string, files: string[], env: NodeJS.ProcessEnv = process.env): Promise<ArtifactUpload> {
  const missing = artifactServiceMissing(env);
  if (missing) return { uploaded: false, reason: `no artifact service in this runtime (${missing})` };
  if (files.length === 0) return { uploaded: false, reason: 'nothing to upload' };
  // Loaded on demand: the client pulls in a lot that runs without artifacts never need.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const root = path.dirname(files[0]);
  const response = await new DefaultArtifactClient().uploadArtifact(name, files, root);
  return { uploaded: true, id: response.id, size: response.size };
}
