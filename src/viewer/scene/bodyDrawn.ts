// The readiness test behind window.__tpa.ready: a frame counts as "the body drawn" only when the body's root
// hangs in the rendered scene and the frame drew triangles. The store can hold a body one frame before React
// attaches it, and a frame drawn then has nothing of the body in it.
import type { Object3D } from 'three'

interface MeshLike {
  isMesh?: boolean
}

/** True when the last frame drew the body: its root is in a scene and, unless every part is hidden, triangles. */
export function bodyDrawn(root: Object3D, trianglesDrawn: number): boolean {
  let top: Object3D | null = root.parent
  while (top?.parent) top = top.parent
  if (!top || (top as { isScene?: boolean }).isScene !== true) return false
  if (trianglesDrawn > 0) return true
  let anyVisibleMesh = false
  root.traverseVisible((o) => {
    if ((o as MeshLike).isMesh) anyVisibleMesh = true
  })
  return !anyVisibleMesh
}
