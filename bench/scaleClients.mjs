// The scale bench's clients (bench/scale.ts): CLIENTS kept-alive connections in a worker
// thread, each asking in turn for the pages of its scenario (each client starting at its own
// place in the list) until the time is up. Written like recordingClients.mjs: a plain socket,
// the request written in one piece, the response read by its Content-Length.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { base, clients, seconds, requests, spreadAddresses } = workerData;
const { hostname, port } = new URL(base);

function connection() {
  const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
  let buffer = Buffer.alloc(0);
  let waiting;
  socket.on('data', (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    const headEnd = buffer.indexOf('\r\n\r\n');
    if (headEnd === -1 || !waiting) return;
    const head = buffer.toString('latin1', 0, headEnd);
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
    if (Number.isNaN(length)) {
      waiting.reject(new Error(`a response without Content-Length: ${head}`));
      return;
    }
    if (buffer.length < headEnd + 4 + length) return;
    buffer = buffer.subarray(headEnd + 4 + length);
    const resolve = waiting.resolve;
    waiting = undefined;
    resolve(Number(head.slice(9, 12)));
  });
  socket.on('error', (error) => waiting?.reject(error));
  socket.on('close', () => waiting?.reject(new Error('connection closed by the server')));
  return {
    send(request) {
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        socket.write(request);
      });
    },
    close: () => socket.end(),
  };
}

// A visitor's address in 10.0.0.0/8, different on every request of a public scenario.
let visitor = 0;
const address = () => {
  visitor += 1;
  return `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`;
};

function get({ path, cookie }) {
  return (
    `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
    (cookie ? `Cookie: ${cookie}\r\n` : '') +
    (spreadAddresses ? `X-Forwarded-For: ${address()}\r\n` : '') +
    '\r\n'
  );
}

const latencies = [];
const statuses = {};
let failures = 0;
const end = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    const http = connection();
    let n = Math.floor((client * requests.length) / clients);
    while (performance.now() < end) {
      const request = get(requests[n % requests.length]);
      n += 1;
      const started = performance.now();
      const status = await http.send(request);
      latencies.push(performance.now() - started);
      if (status !== 200) {
        failures += 1;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
    http.close();
  }),
);
parentPort.postMessage({ latencies, failures, statuses });
