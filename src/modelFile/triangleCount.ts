// Counts the triangles a glTF will draw from its JSON alone (accessor counts, primitive modes, which nodes use
// which mesh), so an oversized model is refused before any geometry is decoded.

interface Primitive {
  mode?: unknown
  indices?: unknown
  attributes?: Record<string, unknown>
}

const TRIANGLES = 4
const TRIANGLE_STRIP = 5
const TRIANGLE_FAN = 6

function accessorCount(accessors: unknown[], index: unknown): number {
  if (typeof index !== 'number') return 0
  const acc = accessors[index] as { count?: unknown } | undefined
  const count = acc && typeof acc.count === 'number' ? acc.count : 0
  return Number.isFinite(count) && count > 0 ? count : 0
}

function primitiveTriangles(p: Primitive, accessors: unknown[]): number {
  const mode = p.mode === undefined ? TRIANGLES : p.mode
  const vertices = p.indices !== undefined ? accessorCount(accessors, p.indices) : accessorCount(accessors, p.attributes?.POSITION)
  if (mode === TRIANGLES) return Math.floor(vertices / 3)
  if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN) return Math.max(0, vertices - 2)
  return 0 // points and lines
}

/**
 * Triangles drawn: each mesh counts once per node that uses it, and a mesh no node uses counts once
 * (a loader may still decode it).
 */
export function countTriangles(json: unknown): number {
  const gltf = (json && typeof json === 'object' ? json : {}) as { meshes?: unknown; accessors?: unknown; nodes?: unknown }
  const accessors = Array.isArray(gltf.accessors) ? gltf.accessors : []
  const meshes = Array.isArray(gltf.meshes) ? gltf.meshes : []
  const nodes = Array.isArray(gltf.nodes) ? gltf.nodes : []
  const perMesh = meshes.map((m) => {
    const prims =
      m && typeof m === 'object' && Array.isArray((m as { primitives?: unknown }).primitives)
        ? (m as { primitives: unknown[] }).primitives
        : []
    return prims.reduce<number>((sum, p) => sum + (p && typeof p === 'object' ? primitiveTriangles(p as Primitive, accessors) : 0), 0)
  })
  const uses = new Array<number>(meshes.length).fill(0)
  for (const n of nodes) {
    const mesh = n && typeof n === 'object' ? (n as { mesh?: unknown }).mesh : undefined
    if (typeof mesh === 'number' && mesh >= 0 && mesh < meshes.length) {
      const i = Math.floor(mesh)
      uses[i] = (uses[i] ?? 0) + 1
    }
  }
  return perMesh.reduce((sum, t, i) => sum + t * Math.max(1, uses[i] ?? 0), 0)
}
