// The accept command's usage line, apart from its code: the CLI's help shows it without loading the command.
export const ACCEPT_USAGE = 'datagate accept  [--config datagate.yml] [--gate <id>…] [--dry-run] [--base <git ref>]';
