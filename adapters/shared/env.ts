import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ArticleFileError } from './articles.js';

/**
 * Loads `.env` from the working directory into `process.env` with Node's own parser, if the file
 * exists (a missing `.env` is normal: the variables may come from the real environment).
 * Variables already set in the environment win over the file. A byte-order mark (editors on
 * Windows save one) is dropped, or the first variable's name would start with it; a `.env` that
 * cannot be read (a directory, no permission) is a ConfigError. Call it inside `runMain`.
 */
export function loadDotEnv(file = '.env', env: NodeJS.ProcessEnv = process.env): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new ConfigError(`${file} cannot be read (${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')}): make it a file of NAME=value lines, or remove it (see .env.example)`);
  }
  const parsed = parseEnv(text.replace(/^\ufeff/, ''));
  for (const [name, value] of Object.entries(parsed)) if (env[name] === undefined) env[name] = value;
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

/**
 * Throws a ConfigError naming `name` when a token or secret holds whitespace or a control
 * character (a line break pasted with it, say): such a value can only fail later, in an HTTP
 * header error that would quote it. The value itself is never shown.
 */
export function checkSecret(name: string, value: string | undefined): void {
  if (value !== undefined && /[\s\p{Cc}\p{Cf}]/u.test(value)) {
    throw new ConfigError(`${name} contains a space, line break or control character: paste it again on one line, without quotes around part of it (see .env.example)`);
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
