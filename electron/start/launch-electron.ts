import { spawn } from 'node:child_process';
import { appendTail, lastErrorLine } from './process-output';

/** An Electron that ends sooner than this with an error never showed the kiosk. */
const QUICK_FAILURE_MS = 10_000;

/**
 * Runs the Electron kiosk on the project (package.json "main" → dist/electron/main.cjs) and ends
 * this process with it. Resolves only when Electron failed at once (missing system libraries, no
 * display), with the reason, so the caller can fall back to browser mode.
 */
export function launchElectron(binary: string, projectDir: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const startedAt = Date.now();
    const child = spawn(binary, [projectDir, ...args], { stdio: ['inherit', 'inherit', 'pipe'], env });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = appendTail(stderr, chunk);
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    child.once('error', (err) => resolve(err.message));
    child.once('exit', (code, signal) => {
      const failedAtOnce = code !== 0 && signal === null && Date.now() - startedAt < QUICK_FAILURE_MS;
      if (!failedAtOnce) process.exit(code ?? 0);
      process.removeAllListeners('SIGINT');
      process.removeAllListeners('SIGTERM');
      const reason = lastErrorLine(stderr);
      resolve(`exit code ${code}${reason ? `: ${reason}` : ''}`);
    });
  });
}
