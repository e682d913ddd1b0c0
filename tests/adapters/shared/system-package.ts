/**
 * Tests that need a Debian package (redis-server, chromium): when its program is missing they
 * skip with one line naming the package, unless QA_REQUIRE_SYSTEM_TESTS=1 (CI installs the
 * packages and sets it), where a missing program fails the test instead.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether `program` (a name on PATH, or an absolute path) can be run. */
export function canRun(program: string): boolean {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, program));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** True when the tests needing `program` should be skipped (after saying so in one line). */
export function skipWithout(program: string, debianPackage: string): boolean {
  if (canRun(program)) return false;
  if (process.env.QA_REQUIRE_SYSTEM_TESTS === '1') return false; // required: let the test fail naming it
  process.stderr.write(`skipped: needs ${program} (apt-get install ${debianPackage}); QA_REQUIRE_SYSTEM_TESTS=1 makes it required\n`);
  return true;
}
