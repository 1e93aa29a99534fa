import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

/** initdb / pg_ctl from the PATH, else Debian's /usr/lib/postgresql/<version>/bin. */
function findBin(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  throw new Error(`PostgreSQL's ${name} is not installed: apt-get install -y postgresql (or run .ci/run, which installs it).`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway PostgreSQL cluster in a temp dir, on 127.0.0.1 and a free port, trust auth, gone
 * after stop(). PostgreSQL refuses to run as root, so it runs as the `postgres` user via runuser,
 * which needs root; as another user it runs as that user.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'baton-pg-'));
  const run = (bin: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
    try {
      execFileSync(cmd, argv, { stdio: 'pipe' });
    } catch (error) {
      const e = error as { stderr?: Buffer; message: string };
      throw new Error(`${bin} ${args[0]} failed: ${e.stderr?.toString() || e.message}${asRoot ? '' : ' (tests start PostgreSQL as the postgres user via runuser when run as root)'}`, { cause: error });
    }
  };
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const port = await freePort();
  run(initdb, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'baton', '--no-sync', '-E', 'UTF8']);
  run(pgCtl, ['-D', join(dir, 'data'), '-o', `-k ${dir} -h 127.0.0.1 -p ${port} -c fsync=off -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  let stopped = false;
  return {
    url: `postgres://baton@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(pgCtl, ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
