// Preloaded into the CLI by the hostile-input corpus test: writes the process's peak resident
// memory (KB, worker threads included) to DATAGATE_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.DATAGATE_RSS_FILE) writeFileSync(process.env.DATAGATE_RSS_FILE, String(process.resourceUsage().maxRSS));
});
