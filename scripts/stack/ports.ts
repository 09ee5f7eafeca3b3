import net from 'node:net';
import { StackError } from './stack-error';

export const HOST = '127.0.0.1';

/** Asks the kernel for a free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port assigned'));
      });
    });
  });
}

/** Fails with a clear message when a fixed port is already taken by another program. */
export function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StackError(
            `le port ${port} (${what}) est déjà utilisé`,
            `arrêtez le programme qui l'occupe (une autre instance de WCAP ou de Supabase ?) ou choisissez un autre port avec ${envVar}=<port>`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, HOST, () => server.close(() => resolve()));
  });
}

/** Resolves once something accepts TCP connections on the port, or rejects after the timeout. */
export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, HOST);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`port ${port} still closed after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
