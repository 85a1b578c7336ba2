// The processes a benchmark measures against: the real server (the sample plan, as deployed) and the HTTP mock API
// behind `vite preview` (the 10,000-activity `large` scenario). Each on its own port, stopped when the bench ends.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const running: ChildProcess[] = []

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' })
  running.push(child)
  return child
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not come up`)
}

/** `npm start` on a fresh embedded database (seeded with the sample plan), serving `staticDir`. */
export async function startServer(port: number, staticDir = 'dist', dataDir?: string): Promise<string> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'sdg4-bench-'))
  start('node', ['dist-server/main.js'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    STATIC_DIR: staticDir,
    LOG_LEVEL: 'warn',
  })
  await waitFor(`http://127.0.0.1:${port}/api/v1/health`)
  return dir
}

/** The production build in `vite preview`, its /api proxied to the HTTP mock API with `scenario`. */
export async function startMockPreview(previewPort: number, apiPort: number, scenario: string): Promise<void> {
  start('node_modules/.bin/tsx', ['scripts/mock-api-server.ts'], {
    MOCK_API_PORT: String(apiPort),
    MOCK_SCENARIO: scenario,
  })
  start('node_modules/.bin/vite', ['preview', '--port', String(previewPort), '--strictPort'], {
    MOCK_API_PORT: String(apiPort),
  })
  await waitFor(`http://127.0.0.1:${apiPort}/api/v1/plan`)
  await waitFor(`http://127.0.0.1:${previewPort}/`)
}

export function stopAll(): void {
  for (const child of running) child.kill()
}
