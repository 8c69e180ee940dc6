// A screen's side of the LAN tests, run inside a network namespace (`ip netns exec NS node client.mjs`):
// one request per run, its outcome as one line of JSON on stdout.
//
//   node client.mjs fingerprint URL
//   node client.mjs plain URL                      (plain HTTP to the HTTPS port)
//   node client.mjs invoke URL CA METHOD INPUT [COOKIES] [HOST]
//   node client.mjs events URL CA COOKIES MS       (the event names received within MS)
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

const [cmd, url, ...rest] = process.argv.slice(2);
const target = new URL(url);
const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

function request(options, body) {
  return new Promise((resolve) => {
    const req = https.request({ host: target.hostname, port: target.port, ...options }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () =>
        resolve({ status: res.statusCode, body: text, setCookie: res.headers['set-cookie'] ?? [] }),
      );
    });
    req.on('error', (err) => resolve({ error: err.code ?? err.message }));
    req.end(body);
  });
}

if (cmd === 'fingerprint') {
  // What a browser's warning page shows: the certificate as served, before anything trusts it.
  const socket = tls.connect(
    { host: target.hostname, port: Number(target.port), rejectUnauthorized: false },
    () => {
      out({ fingerprint: socket.getPeerCertificate().fingerprint256 });
      socket.end();
    },
  );
  socket.on('error', (err) => out({ error: err.code ?? err.message }));
} else if (cmd === 'plain') {
  const req = http.get({ host: target.hostname, port: target.port, path: '/api/methods' }, (res) => {
    out({ status: res.statusCode });
    res.resume();
  });
  req.on('error', (err) => out({ error: err.code ?? err.message }));
} else if (cmd === 'invoke') {
  const [caFile, method, input, cookies = '', host = target.host] = rest;
  out(
    await request(
      {
        method: 'POST',
        path: '/api/invoke',
        ca: fs.readFileSync(caFile),
        // The certificate must name the address the screen opened, whatever Host header is sent.
        checkServerIdentity: (_host, cert) => tls.checkServerIdentity(target.hostname, cert),
        headers: {
          Host: host,
          'Content-Type': 'application/json',
          'X-Kiosk': '1',
          ...(cookies ? { Cookie: cookies } : {}),
        },
      },
      JSON.stringify({ method, input: JSON.parse(input) }),
    ),
  );
} else if (cmd === 'events') {
  const [caFile, cookies, ms] = rest;
  const names = [];
  const req = https.get(
    {
      host: target.hostname,
      port: target.port,
      path: '/api/events',
      ca: fs.readFileSync(caFile),
      headers: { Cookie: cookies },
    },
    (res) => {
      if (res.statusCode !== 200) {
        out({ status: res.statusCode });
        process.exit(0);
      }
      process.stdout.write('open\n');
      res.on('data', (c) => {
        for (const m of String(c).matchAll(/^event: (\S+)$/gm)) names.push(m[1]);
      });
    },
  );
  req.on('error', (err) => out({ error: err.code ?? err.message }));
  setTimeout(() => {
    out({ events: names });
    process.exit(0);
  }, Number(ms));
} else {
  out({ error: `unknown command ${cmd}` });
}
