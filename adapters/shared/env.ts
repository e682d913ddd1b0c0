import { ArticleFileError } from './articles.js';

/**
 * Loads `.env` from the working directory into `process.env` with Node's own parser, if the file
 * exists (a missing `.env` is normal: the variables may come from the real environment).
 * Variables already set in the environment win over the file.
 */
export function loadDotEnv(file = '.env'): void {
  try {
    process.loadEnvFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** A required setting is missing or malformed. The message names the variables, never their values. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Throws a ConfigError naming every variable in `names` that is unset or blank. */
export function requireEnv(names: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length > 0) {
    throw new ConfigError(`missing ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in .env (see .env.example)`);
  }
}

/** Splits an optional comma-separated list of ids (`DISCORD_CHANNELS`, `SLACK_CHANNELS`). */
export function idList(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

/**
 * Runs an entry point: start-up errors that a user can fix (missing variables, a bad article file)
 * print one line on stderr and exit with code 1, without a stack trace.
 */
export async function runMain(name: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ArticleFileError) {
      process.stderr.write(`${name}: ${error.message}\n`);
    } else {
      process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
