// Downloads a file while reporting how much has arrived, so the loading bar moves with the real download
// (the GLB is most of what the app waits for). No three.js here: the page's first code (startBody.ts) starts this before the 3D code loads.

export async function fetchWithProgress(url: string, onProgress: (fraction: number | null) => void): Promise<ArrayBuffer> {
  let res: Response
  try {
    res = await fetch(url)
  } catch (err) {
    throw new Error(`the model could not be downloaded (${(err as Error).message})`)
  }
  if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText} for ${url}`)
  const total = Number(res.headers.get('content-length')) || 0
  if (!res.body) {
    const buf = await res.arrayBuffer()
    onProgress(1)
    return buf
  }
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.byteLength
    onProgress(total ? Math.min(1, received / total) : null)
  }
  const out = new Uint8Array(received)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.byteLength
  }
  onProgress(1)
  return out.buffer
}
