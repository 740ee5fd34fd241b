// A tiny static file server for the benchmark, run inside the harness process (so nothing is left running):
// the built app under /app/, the baseline page under /baseline/, and the shared model under /models/.
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

/** URL prefix ("/app/") → directory on disk. */
export type Mounts = Record<string, string>

function resolveFile(mounts: Mounts, urlPath: string): string | null {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!urlPath.startsWith(prefix)) continue
    const root = resolve(dir)
    let rel = decodeURIComponent(urlPath.slice(prefix.length))
    if (rel === '' || rel.endsWith('/')) rel += 'index.html'
    const file = resolve(root, normalize(rel))
    if (file !== root && !file.startsWith(root + sep)) return null
    try {
      if (statSync(file).isFile()) return file
    } catch {
      return null
    }
  }
  return null
}

/** Start serving on 127.0.0.1:`port`; resolves once listening. */
export function serveStatic(mounts: Mounts, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname
    const file = resolveFile(mounts, urlPath)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
      // Cross-origin isolation: performance.now() then resolves to about 5 µs instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok(server))
  })
}

export function stopServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((ok) => server.close(() => ok()))
}
