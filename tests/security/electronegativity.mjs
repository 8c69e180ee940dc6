// Electronegativity (Doyensec's scanner for Electron misconfigurations) over electron/, offline.
// Every finding, whatever its severity, must be an exception in electronegativity.json with its
// reason; any other finding, a file the scanner could not parse, or an exception that no longer
// matches a finding fails the check. Plain JavaScript: the scanner ships no types.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The scanner fetches its translations (and, in a check left out below, Electron's release list)
// from GitHub on every run. Nothing here goes on the network: each request fails at once, with a
// code its HTTP client does not retry, and the scanner goes on in English.
for (const client of [http, https]) {
  client.request = client.get = () => {
    throw Object.assign(new Error('No network for the security scan'), { code: 'ERR_OFFLINE' });
  };
}
const { default: run } = await import('@doyensec/electronegativity');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const { exceptions } = JSON.parse(readFileSync(path.join(here, 'electronegativity.json'), 'utf8'));
const { devDependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const result = await run({
  input: path.join(root, 'electron'),
  isRelative: true,
  // The version the project pins, so version-dependent defaults are judged right. The check of
  // newer releases asks GitHub, which this machine cannot reach: keeping Electron on the newest
  // 45.x is a habit of the release (README, "Installing offline").
  electronVersionOverride: devDependencies.electron.replace(/^[\^~]/, ''),
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});

const key = (check, file) => `${check} ${file}`;
const accepted = new Map(exceptions.map((e) => [key(e.check, e.file), e]));
const used = new Set();
const open = [];
for (const issue of result.issues) {
  const k = key(issue.id, issue.file);
  if (accepted.has(k)) used.add(k);
  else
    open.push(`${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line} ${issue.description}`);
}
const stale = [...accepted.keys()].filter((k) => !used.has(k));

console.log(
  `Electronegativity: ${result.globalChecks} global and ${result.atomicChecks} atomic checks, ` +
    `${result.issues.length} finding(s), ${used.size} accepted with a reason in electronegativity.json.`,
);
for (const line of open) console.error(`  not accepted: ${line}`);
for (const k of stale) console.error(`  exception with no finding (remove it): ${k}`);
for (const e of result.errors) console.error(`  not scanned: ${e.file}: ${e.message ?? e.error ?? ''}`);
if (open.length > 0 || stale.length > 0 || result.errors.length > 0) process.exit(1);
