// A model may only carry what is inside it: buffers and images that point at a URL or a relative path would make
// the browser fetch from elsewhere (another site, or any path of the app's own server), and the atlas promises
// that nothing leaves the device. Only data: URIs and the GLB's own BIN chunk (a buffer without a URI) pass.

export interface ExternalResource {
  /** "buffer 0", "image 2 (\"skin.png\")" */
  what: string
  uri: string
}

interface Named {
  uri?: unknown
  name?: unknown
}

function isEmbedded(uri: string): boolean {
  return /^data:/i.test(uri)
}

function describe(kind: string, index: number, item: Named): string {
  return typeof item.name === 'string' && item.name ? `${kind} ${index} ("${item.name}")` : `${kind} ${index}`
}

/** Every buffer and image of a glTF JSON whose URI is not a data: URI, in file order. */
export function externalResources(json: unknown): ExternalResource[] {
  const out: ExternalResource[] = []
  const gltf = (json && typeof json === 'object' ? json : {}) as { buffers?: unknown; images?: unknown }
  for (const [kind, list] of [
    ['buffer', gltf.buffers],
    ['image', gltf.images],
  ] as const) {
    if (!Array.isArray(list)) continue
    list.forEach((item: unknown, index) => {
      if (!item || typeof item !== 'object') return
      const named = item as Named
      if (named.uri === undefined) return
      const uri = typeof named.uri === 'string' ? named.uri : String(named.uri)
      if (!isEmbedded(uri)) out.push({ what: describe(kind, index, named), uri })
    })
  }
  return out
}

function shorten(uri: string): string {
  return uri.length > 80 ? `${uri.slice(0, 77)}…` : uri
}

/** Why the model is refused for pointing outside itself, or null when everything it needs is embedded. */
export function externalResourceProblem(json: unknown): string | null {
  const found = externalResources(json)
  if (!found.length) return null
  const listed = found
    .slice(0, 3)
    .map((r) => `${r.what} → "${shorten(r.uri)}"`)
    .join(', ')
  const more = found.length > 3 ? ` and ${found.length - 3} more` : ''
  return (
    `it refers to data outside the file (${listed}${more}); the atlas loads nothing from elsewhere, ` +
    `so only models whose buffers and images are embedded (GLB binary chunk or data: URIs) can be opened`
  )
}
