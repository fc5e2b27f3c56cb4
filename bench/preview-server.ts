/**
 * A `vite preview` server over a finished build, for the benchmarks: started in its own process
 * group (so stopping it also stops the npx wrapper's child) and awaited until it answers.
 */
import { spawn } from 'node:child_process';

/**
 * Serves `outDir` on 127.0.0.1:`port`; resolves once `/` answers, with the function that stops
 * it. Refuses a port where something already answers.
 */
export async function startPreview(
  root: string,
  outDir: string,
  port: number,
): Promise<() => void> {
  const origin = `http://127.0.0.1:${port}`;
  // A server already there would answer below while this one, with --strictPort, exits: the
  // benchmark would measure someone else's build.
  const taken = await fetch(`${origin}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is in use: set BENCH_PORT to a free one`);
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  // 20 s: a cold `npx` on a busy machine takes a few seconds before vite listens.
  for (let i = 0; i < 100; i += 1) {
    if (server.exitCode !== null) throw new Error('the preview server exited');
    const up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return stop;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`no server on ${origin}`);
}
