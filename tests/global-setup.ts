import { execFileSync } from 'node:child_process';

/** Builds dist/ once, so tests that run the built entry points (as users do) test this code. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
