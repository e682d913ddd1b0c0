/** `--help` and bad options on the entry points (built dist/, as users run them), and the helper behind them. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argumentProblem, formatHelp } from '../../../adapters/cli/args.js';

const ROOT = join(import.meta.dirname, '../../..');

function node(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, input: '', encoding: 'utf8', env: { ...process.env, QA_LOG_FILE: 'off' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const COMMANDS = [
  { name: 'repl', script: 'dist/adapters/repl/main.js', usage: 'npm start', options: ['--article'], variables: ['QA_LOG_FILE', 'QA_CONVERSATION_TURNS'] },
  { name: 'ask', script: 'dist/adapters/cli/ask.js', usage: 'npm run ask', options: ['--json', '--article'], variables: [] },
  { name: 'report', script: 'dist/tools/report/main.js', usage: 'npm run report', options: ['--top', '--json', '--article'], variables: ['QA_LOG_FILE'] },
];

describe.each(COMMANDS)('$usage on the command line', ({ name, script, usage, options, variables }) => {
  it('--help (or -h) prints the usage, the options and the variables it reads, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = node(script, [flag]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out.startsWith(`usage: ${usage}`)).toBe(true);
      for (const o of [...options, '--help']) expect(r.out).toContain(o);
      for (const v of variables) expect(r.out).toContain(v);
    }
  });

  it('--help wins over a bad option beside it', () => {
    expect(node(script, ['--bogus', '--help']).code).toBe(0);
  });

  it('an unknown option: one line naming it and pointing to --help, exit 2, no stack trace', () => {
    const r = node(script, ['--bogus']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${name}: unknown option --bogus; \`${usage} -- --help\` lists the options\n`);
  });
});

describe('argumentProblem', () => {
  const problem = (options: Parameters<typeof parseArgs>[0], args: string[]) => {
    try {
      parseArgs({ ...options, args });
      return 'parsed';
    } catch (error) {
      return argumentProblem(error);
    }
  };

  it('shortens parseArgs errors to what a user needs, naming the option', () => {
    expect(problem({ options: {} }, ['--x'])).toBe('unknown option --x');
    expect(problem({ options: { top: { type: 'string' } } }, ['--top'])).toBe("Option '--top <value>' argument missing");
    expect(problem({ options: {} }, ['word'])).toBe('unexpected argument "word"');
  });

  it('leaves other errors alone (they are not a user typing an option wrong)', () => {
    expect(argumentProblem(new Error('boom'))).toBeUndefined();
    expect(argumentProblem(undefined)).toBeUndefined();
  });
});

describe('formatHelp', () => {
  it('aligns options and variables and always lists --help', () => {
    const text = formatHelp({ command: 'npm run x', usage: ['npm run x -- [--a]', 'node x.js'], summary: 'Does x.', options: [['--a', 'the a']], variables: [['X_VAR', 'sets x']] });
    expect(text).toBe(
      'usage: npm run x -- [--a]\n       node x.js\n\nDoes x.\n\nOptions:\n  --a         the a\n  -h, --help  show this help and exit\n\n' +
        'Variables (from the environment, or .env in the working directory):\n  X_VAR  sets x\n',
    );
  });
});
