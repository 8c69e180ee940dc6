// Runs npm scripts side by side and fails when any fails: `node tests/parallel.mjs typecheck lint`.
// The static checks are single-threaded, so on two cores they take the time of the longest alone.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', script], {
          stdio: 'inherit',
          shell: process.platform === 'win32',
        });
        child.on('exit', (code, signal) =>
          resolve({ script, ok: code === 0, how: signal ?? `exit ${code}` }),
        );
        child.on('error', (err) => resolve({ script, ok: false, how: err.message }));
      }),
  ),
);
for (const r of results) if (!r.ok) console.error(`npm run ${r.script} failed (${r.how})`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
