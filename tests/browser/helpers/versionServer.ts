// A tiny static server for the built app whose folder can be swapped while pages are open, to publish
// "a new version" the way a redeploy does. Files are sent with the cache rules of docs/HOSTING.md
// (sw.js and index.html revalidated every time, hashed assets cached).
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

export interface VersionServer {
  url: string
  publish(folder: string): void
  close(): Promise<void>
}

export async function serveVersions(firstFolder: string): Promise<VersionServer> {
  let folder = firstFolder
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const rel = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '')
    if (rel.startsWith('..')) {
      res.writeHead(400).end()
      return
    }
    readFile(join(folder, rel)).then(
      (body) => {
        const hashed = rel.startsWith('assets/')
        res.writeHead(200, {
          'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
          'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        })
        res.end(body)
      },
      () => res.writeHead(404).end('not found'),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the version server has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    publish(next) {
      folder = next
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
