/**
 * Command-line options for the entry points (`npm start`, `ask`, `report`, `bench`), on Node's own
 * parseArgs: `--help` prints the usage, the options and the variables read, and exits 0; an unknown
 * or malformed option prints one line naming it and exits 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What `--help` shows. */
export interface HelpText {
  /** How users run it, e.g. `npm run ask`: the one-line error points to `<command> -- --help`. */
  command: string;
  /** One or more `usage:` lines, e.g. `npm run ask -- [--json] "question"`. */
  usage: string[];
  /** A sentence or two: what the command does. */
  summary: string;
  /** [flags, what they do], e.g. ['--article PATH', 'answer from this file; repeat for more']. */
  options: Array<[string, string]>;
  /** [variable, what it sets], read from the environment or .env. */
  variables?: Array<[string, string]>;
}

const HELP_OPTION = ['-h, --help', 'show this help and exit'] as const;

function table(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
}

/** The `--help` text: usage, summary, options, variables. */
export function formatHelp(help: HelpText): string {
  const lines = help.usage.map((u, k) => `${k === 0 ? 'usage: ' : '       '}${u}`);
  lines.push('', help.summary, '', 'Options:', ...table([...help.options, HELP_OPTION]));
  if (help.variables?.length) lines.push('', 'Variables (from the environment, or .env in the working directory):', ...table(help.variables));
  return `${lines.join('\n')}\n`;
}

/** parseArgs's message, shortened to what a user of `npm run … --` needs, naming the option. */
export function argumentProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  const named = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${named ?? ''}`.trim();
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${JSON.stringify(named ?? '')}`;
  // ERR_PARSE_ARGS_INVALID_OPTION_VALUE: "Option '--top <value>' argument missing" and the like.
  return message.split('. ')[0]!.replace(/\.$/, '');
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `args` (default: this process's) against `options` plus `-h/--help`. Returns the parsed
 * values, or `undefined` when it has already answered: the help on stdout (exit code 0), or one
 * line on stderr naming the bad option and pointing to `--help` (exit code 2).
 */
export function parseCommandLine<O extends Options, P extends boolean = false>(
  name: string,
  help: HelpText,
  config: { options: O; allowPositionals?: P },
  args: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: P; args: string[] }>> | undefined {
  // --help wins over anything else on the line, even an option that would not parse.
  if (args.includes('--help') || args.includes('-h')) {
    const end = args.indexOf('--');
    const before = end === -1 ? args : args.slice(0, end);
    if (before.includes('--help') || before.includes('-h')) {
      // `--help | head` closes the pipe early: that is not an error worth a stack trace.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
      process.stdout.write(formatHelp(help));
      process.exitCode = 0;
      return undefined;
    }
  }
  try {
    return parseArgs({ options: config.options, allowPositionals: (config.allowPositionals ?? false) as P, args, strict: true });
  } catch (error) {
    const problem = argumentProblem(error);
    if (problem === undefined) throw error;
    process.stderr.write(`${name}: ${problem}; \`${help.command} -- --help\` lists the options\n`);
    process.exitCode = 2;
    return undefined;
  }
}

/** The questions-log settings (adapters/shared/session.ts), for `--help`. */
export const LOG_VARIABLES: Array<[string, string]> = [
  ['QA_LOG_FILE', 'the questions log file (default: in logs/); "off" disables it'],
  ['QA_LOG_MAX_BYTES', 'rotate the log past this size (default 5242880)'],
  ['QA_LOG_KEEP', 'rotated files kept, qa.1.log … (default 3)'],
  ['QA_LOG_SALT', 'salt for hashing ids in the log (default: per install, in .qa-log-salt)'],
];

/** The conversation-memory settings (adapters/shared/session.ts), for `--help`. */
export const CONVERSATION_VARIABLES: Array<[string, string]> = [
  ['QA_CONVERSATIONS_MAX', 'conversations remembered (default 1000)'],
  ['QA_CONVERSATION_TURNS', 'turns remembered per conversation, for follow-ups (default 5)'],
  ['QA_CONVERSATION_IDLE_MINUTES', 'forget a conversation idle this long (default 30)'],
];

/** `--article PATH`, shared by every command that loads articles. */
export const ARTICLE_OPTION: [string, string] = ['--article PATH|URL', 'answer from this file (.txt .md .html .pdf) or link instead of seeds/ (repeat for more)'];

/** Fetching links and reading files (adapters/shared/library/settings.ts), for `--help`. */
export const FETCH_VARIABLES: Array<[string, string]> = [
  ['ARTICLE_FETCH_ALLOW_HOSTS', 'private hosts, addresses or CIDRs links may point to (default: public addresses only)'],
  ['ARTICLE_MAX_BYTES', 'largest article file, upload or page, in bytes (default 5242880)'],
];
