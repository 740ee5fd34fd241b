// Geometry the viewer cannot draw: NaN or Infinity in vertex positions or node transforms makes the bounds
// and the camera fit NaN, which leaves a blank view. JSON cannot hold NaN, but 1e999 parses as Infinity, and
// accessor min/max can disagree with the decoded data, so both the JSON and the decoded arrays are checked.

/** How many entries of `values` are NaN or ±Infinity. */
export function countNonFinite(values: ArrayLike<number>): number {
  let bad = 0
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) bad++
  return bad
}

function numbersIn(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : []
}

/** Node transforms and accessor bounds in the glTF JSON that are not finite numbers, as readable descriptions. */
export function nonFiniteJsonNumbers(json: unknown): string[] {
  const gltf = (json && typeof json === 'object' ? json : {}) as { nodes?: unknown; accessors?: unknown }
  const out: string[] = []
  const nodes = Array.isArray(gltf.nodes) ? gltf.nodes : []
  nodes.forEach((n, i) => {
    if (!n || typeof n !== 'object') return
    const node = n as Record<string, unknown>
    for (const key of ['matrix', 'translation', 'rotation', 'scale']) {
      if (countNonFinite(numbersIn(node[key]))) {
        const label = typeof node.name === 'string' && node.name ? `node "${node.name}"` : `node ${i}`
        out.push(`${label} ${key}`)
      }
    }
  })
  const accessors = Array.isArray(gltf.accessors) ? gltf.accessors : []
  accessors.forEach((a, i) => {
    if (!a || typeof a !== 'object') return
    const acc = a as Record<string, unknown>
    if (countNonFinite(numbersIn(acc.min)) || countNonFinite(numbersIn(acc.max))) out.push(`accessor ${i} min/max`)
  })
  return out
}

/** The message for non-finite values found in `where` (e.g. mesh names), or null when there are none. */
export function nonFiniteProblem(where: readonly string[]): string | null {
  if (!where.length) return null
  const listed = where.slice(0, 3).join(', ') + (where.length > 3 ? ` and ${where.length - 3} more` : '')
  return `its geometry contains numbers that are not finite (NaN or Infinity) in ${listed}, so it cannot be drawn`
}
