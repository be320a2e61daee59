// One kept-alive HTTP/1.1 connection for the benches' clients (recordingClients.mjs,
// scaleClients.mjs), as a browser keeps one: the request is written in one piece over a plain
// socket and the response read by its status line and Content-Length. A load generator should
// cost little next to what it measures (pgbench's C client barely shows on the CPU); node:http
// on the client side cost about a fifth of the machine. Plain JavaScript, it needs nothing of
// the project.
import net from 'node:net';

/** Connects to `base`; `send(request)` resolves with the response's status, body and size. */
export function connection(base) {
  const { hostname, port } = new URL(base);
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
    const body = buffer.subarray(headEnd + 4, headEnd + 4 + length);
    buffer = buffer.subarray(headEnd + 4 + length);
    const resolve = waiting.resolve;
    waiting = undefined;
    resolve({ status: Number(head.slice(9, 12)), body, length });
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
