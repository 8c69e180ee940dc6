/** Keeps the tail of a child's output: enough to explain a failure, bounded for a long run. */
export function appendTail(tail: string, chunk: Buffer, max = 8_000): string {
  return (tail + chunk.toString('utf8')).slice(-max);
}

/** The line of install.js's output that says why, e.g. "RequestError: getaddrinfo ENOTFOUND github.com". */
export function firstErrorLine(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /error/i.test(l) && !l.startsWith('at ')) ?? lines.at(-1) ?? 'no output';
}

/** Chromium's or Electron's own reason among their log noise, e.g. "Missing X server or $DISPLAY". */
export function lastErrorLine(output: string): string | null {
  const lines = output.split(/\r?\n/).filter((l) => /error|fatal|missing|not supported/i.test(l));
  const line = lines
    .at(-1)
    ?.replace(/^\[[^\]]*\]\s*/, '')
    .trim();
  return line || null;
}
