// Every vertex and triangle centre of every muscle and bone of both generated bodies lies inside the skin (the
// three-ray vote): the skin's field keeps a minimum cover over every structure, and the muscles and bones are covered
// again once its mesh is smoothed and simplified, which shave thin convex parts (skinCover.ts; docs/MODEL.md, "Muscles
// and bones covered after the skin is meshed"). glb.test.ts samples twelve vertices per muscle; this takes every
// vertex and triangle centre.
import { describe, expect, it } from 'vitest'
import { coverPoints } from '../../../src/model/skinCover'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { insideByVote, meshTrees } from '../helpers/modelTrees'

describe.each(BODIES)('$file: every muscle and bone inside the skin', ({ file }) => {
  const load = bodyModelLoader(file)

  it('has every vertex and triangle centre of every muscle and bone inside the skin', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const outside: string[] = []
    let checked = 0
    for (const n of m.nodes) {
      if (n.extras.kind !== 'muscle' && n.extras.kind !== 'bone') continue
      const p = coverPoints(n.mesh!)
      for (let i = 0; i < p.length; i += 3) {
        checked++
        if (!insideByVote(skin, { x: p[i]!, y: p[i + 1]!, z: p[i + 2]! })) {
          outside.push(n.name)
          break
        }
      }
    }
    expect(checked).toBeGreaterThan(300_000)
    expect(outside).toEqual([])
  })
})
