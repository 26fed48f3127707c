import http from 'node:http';
import net from 'node:net';

/** What a client made of the answer, or the error it saw instead. */
export type WireReply = { status: number; contentType: string; body: string } | { error: string };

export type WireRequest = { url: string; body: Buffer; headers: Record<string, string> };

/**
 * The ways real clients send a large body, each of which must get the server's answer: fetch
 * with a buffer (Content-Length) and with a stream (chunked), node's http.request both ways,
 * and a bare socket that writes the whole request before it reads a byte of the answer (a
 * client busy uploading), which is the one a connection closed too early fails.
 */
export const CLIENTS: Record<string, (r: WireRequest) => Promise<WireReply>> = {
  'fetch, Content-Length': (r) => viaFetch(r, false),
  'fetch, chunked': (r) => viaFetch(r, true),
  'http.request, Content-Length': (r) => viaHttp(r, false),
  'http.request, chunked': (r) => viaHttp(r, true),
  'socket, reads after sending': viaSocket,
};

async function viaFetch(r: WireRequest, chunked: boolean): Promise<WireReply> {
  try {
    const res = await fetch(r.url, {
      method: 'POST',
      headers: r.headers,
      body: chunked ? slowly(r.body) : r.body,
      ...(chunked ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
  } catch (err) {
    return { error: `${err} ${(err as { cause?: unknown }).cause ?? ''}` };
  }
}

/** A stream of 64 KB pieces, each after a tick: the server sees a body still arriving. */
function slowly(body: Buffer): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((r) => setImmediate(r));
      if (at >= body.length) return controller.close();
      controller.enqueue(body.subarray(at, at + 65_536));
      at += 65_536;
    },
  });
}

function viaHttp(r: WireRequest, chunked: boolean): Promise<WireReply> {
  return new Promise((resolve) => {
    const u = new URL(r.url);
    const headers = chunked ? r.headers : { ...r.headers, 'content-length': String(r.body.length) };
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method: 'POST', headers, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'] ?? '',
            body: text,
          }),
        );
        res.on('error', (e) => resolve({ error: `response: ${e.message}` }));
      },
    );
    req.on('error', (e) => resolve({ error: `request: ${e.message}` }));
    if (!chunked) return void req.end(r.body);
    let at = 0;
    const next = () => {
      if (at >= r.body.length) return void req.end();
      req.write(r.body.subarray(at, at + 65_536));
      at += 65_536;
      setImmediate(next);
    };
    next();
  });
}

function viaSocket(r: WireRequest): Promise<WireReply> {
  return new Promise((resolve) => {
    const u = new URL(r.url);
    const socket = net.connect(Number(u.port), u.hostname);
    const chunks: Buffer[] = [];
    let failed: string | null = null;
    socket.on('error', (e) => {
      failed = `socket: ${(e as NodeJS.ErrnoException).code ?? e.message}`;
    });
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      if (!status) return resolve({ error: failed ?? 'no answer' });
      const contentType = /\r\ncontent-type: ([^\r]*)/i.exec(head)?.[1] ?? '';
      resolve({ status, contentType, body: rest.join('\r\n\r\n') });
    });
    socket.on('connect', () => {
      socket.pause();
      const lines = Object.entries({ ...r.headers, 'content-length': String(r.body.length) })
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n');
      socket.write(
        `POST ${u.pathname}${u.search} HTTP/1.1\r\nhost: ${u.host}\r\nconnection: close\r\n${lines}\r\n\r\n`,
      );
      socket.write(r.body, () => {
        // Everything is sent; only now does this client look at what came back.
        socket.on('data', (d: Buffer) => chunks.push(d));
        socket.resume();
      });
    });
  });
}
