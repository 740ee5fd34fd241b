// Carries generated meshes and landmarks through a smooth warp of space (the female body, femaleBody.ts): positions
// move with the warp; normals by the inverse transpose of its Jacobian; fibre directions and morph-target deltas by
// the Jacobian itself, so a muscle's fibres and the skin's habitus targets stay where they were on the warped body.
import type { ExportLandmark, ExportMesh } from './gltfExport'
import { warpJacobian } from './femaleBody'
import { normalize, type Vec3 } from './vec'

type Matrix = number[][]

function apply(m: Matrix, v: Vec3): Vec3 {
  return [
    m[0]![0]! * v[0] + m[0]![1]! * v[1] + m[0]![2]! * v[2],
    m[1]![0]! * v[0] + m[1]![1]! * v[1] + m[1]![2]! * v[2],
    m[2]![0]! * v[0] + m[2]![1]! * v[1] + m[2]![2]! * v[2],
  ]
}

/** The cofactor matrix: cof(J) = det(J) J^-T, the normal transform up to a positive scale (det > 0 for our warps). */
function cofactor(m: Matrix): Matrix {
  const a = (i: number, j: number): number => m[i]![j]!
  return [
    [a(1, 1) * a(2, 2) - a(1, 2) * a(2, 1), a(1, 2) * a(2, 0) - a(1, 0) * a(2, 2), a(1, 0) * a(2, 1) - a(1, 1) * a(2, 0)],
    [a(0, 2) * a(2, 1) - a(0, 1) * a(2, 2), a(0, 0) * a(2, 2) - a(0, 2) * a(2, 0), a(0, 1) * a(2, 0) - a(0, 0) * a(2, 1)],
    [a(0, 1) * a(1, 2) - a(0, 2) * a(1, 1), a(0, 2) * a(1, 0) - a(0, 0) * a(1, 2), a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0)],
  ]
}

function read(a: Float32Array, i: number): Vec3 {
  return [a[i]!, a[i + 1]!, a[i + 2]!]
}

function write(a: Float32Array, i: number, v: Vec3): void {
  a[i] = v[0]
  a[i + 1] = v[1]
  a[i + 2] = v[2]
}

/** A warped copy of a mesh (the input is not changed). */
export function warpMesh(mesh: ExportMesh, warp: (p: Vec3) => Vec3): ExportMesh {
  const n = mesh.positions.length
  const positions = new Float32Array(n)
  const normals = new Float32Array(n)
  const fibres = mesh.fibres ? { ...mesh.fibres, fibres: new Float32Array(mesh.fibres.fibres.length) } : undefined
  const targets = mesh.morphTargets?.map((t) => ({
    ...t,
    positionDeltas: new Float32Array(t.positionDeltas.length),
    normalDeltas: t.normalDeltas ? new Float32Array(t.normalDeltas.length) : undefined,
  }))
  for (let i = 0; i < n; i += 3) {
    const p = read(mesh.positions, i)
    const J = warpJacobian(warp, p)
    write(positions, i, warp(p))
    const C = cofactor(J)
    write(normals, i, normalize(apply(C, read(mesh.normals, i))))
    if (fibres && mesh.fibres) write(fibres.fibres, i, normalize(apply(J, read(mesh.fibres.fibres, i))))
    mesh.morphTargets?.forEach((t, k) => {
      const out = targets![k]!
      write(out.positionDeltas, i, apply(J, read(t.positionDeltas, i)))
      if (t.normalDeltas && out.normalDeltas) write(out.normalDeltas, i, apply(C, read(t.normalDeltas, i)))
    })
  }
  const morphTargets = targets?.map((t) => (t.normalDeltas ? t : { name: t.name, positionDeltas: t.positionDeltas }))
  return {
    ...mesh,
    positions,
    normals,
    ...(fibres ? { fibres } : {}),
    ...(morphTargets ? { morphTargets } : {}),
  }
}

export function warpLandmark(l: ExportLandmark, warp: (p: Vec3) => Vec3): ExportLandmark {
  return { ...l, positionM: warp(l.positionM) }
}
