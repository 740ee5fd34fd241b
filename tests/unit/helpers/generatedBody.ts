// The checks every generated body passes (generator.test.ts runs them on the reference body, generatorFemale.test.ts
// on the female body, in separate files so the two generations run side by side): regenerating in memory gives exactly
// the committed bytes, the positions read back lie within 0.1 mm of the generator's own (the export filters them, see
// src/model/positionFilter.ts), and the muscles' fibres within the quantisation of their attribute
// (src/model/fibreAttributes.ts).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bodyModelFile } from '../../../src/model/bodyFiles'
import type { BodySex } from '../../../src/anatomy/ids'
import { generateBody, type GenerateResult } from '../../../src/model/generate'
import { readGlb } from '../../../src/model/readGlb'
import { maxPositionLoss, type PositionLoss } from './positionLoss'

export function describeGeneratedBody(sex: BodySex): void {
  const file = bodyModelFile(sex)
  describe(`the ${sex} body`, () => {
    let generated: GenerateResult

    beforeAll(async () => {
      generated = await generateBody(undefined, undefined, sex)
    }, 600_000)

    it(`regenerates the committed ${file} byte for byte`, () => {
      const committed = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../..', file)))
      expect(generated.glb.length).toBe(committed.length)
      expect(Buffer.compare(Buffer.from(generated.glb), Buffer.from(committed))).toBe(0)
    })

    it('stores every mesh within 0.1 mm of the generated positions (and the skin morph targets)', async () => {
      const model = await readGlb(generated.glb)
      const worst: PositionLoss & { node: string } = { positionM: 0, deltaM: 0, morphedM: 0, node: '' }
      for (const exact of generated.meshes) {
        const mesh = model.byName.get(exact.nodeName)?.mesh
        expect(mesh, exact.nodeName).toBeTruthy()
        expect(mesh!.indices.length, exact.nodeName).toBe(exact.indices.length)
        const loss = maxPositionLoss(
          { positions: exact.positions, deltas: (exact.morphTargets ?? []).map((t) => t.positionDeltas) },
          { positions: mesh!.positions, deltas: mesh!.morphTargets.map((t) => t.positionDeltas) },
        )
        if (Math.max(loss.positionM, loss.morphedM) > Math.max(worst.positionM, worst.morphedM))
          Object.assign(worst, loss, { node: exact.nodeName })
      }
      console.log(
        `largest loss: ${(worst.positionM * 1000).toFixed(4)} mm (morphed ${(worst.morphedM * 1000).toFixed(4)} mm) on ${worst.node}`,
      )
      expect(worst.positionM).toBeGreaterThan(0)
      expect(worst.positionM).toBeLessThanOrEqual(0.0001)
      expect(worst.morphedM).toBeLessThanOrEqual(0.0001)
    })

    it("stores every muscle's fibres within the quantisation of the _FIBRE attribute", async () => {
      const model = await readGlb(generated.glb)
      let worstDeg = 0
      let worstTendon = 0
      let worstAcross = 0
      let muscles = 0
      for (const exact of generated.meshes) {
        const mesh = model.byName.get(exact.nodeName)?.mesh
        if (!exact.fibres) {
          expect(mesh?.fibres, exact.nodeName).toBeUndefined()
          continue
        }
        muscles++
        const stored = mesh?.fibres
        expect(stored, exact.nodeName).toBeDefined()
        // the exporter reorders vertices: pair each stored vertex with the generated one at its position
        const index = new Map<string, number>()
        const key = (x: number, y: number, z: number): string => `${Math.round(x * 1e4)},${Math.round(y * 1e4)},${Math.round(z * 1e4)}`
        const e = exact.positions
        for (let v = 0; v < e.length / 3; v++) index.set(key(e[3 * v]!, e[3 * v + 1]!, e[3 * v + 2]!), v)
        const p = mesh!.positions
        for (let v = 0; v < p.length / 3; v++) {
          const u = index.get(key(p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!))
          if (u === undefined) continue
          const d = exact.fibres.fibres
          const c =
            d[3 * u]! * stored!.directions[3 * v]! +
            d[3 * u + 1]! * stored!.directions[3 * v + 1]! +
            d[3 * u + 2]! * stored!.directions[3 * v + 2]!
          worstDeg = Math.max(worstDeg, (Math.acos(Math.min(1, c)) * 180) / Math.PI)
          worstTendon = Math.max(worstTendon, Math.abs(exact.fibres.tendon[u]! - stored!.tendon[v]!))
          worstAcross = Math.max(worstAcross, Math.abs(exact.fibres.across[u]! - stored!.across[v]!))
        }
      }
      console.log(
        `fibres stored: worst ${worstDeg.toFixed(2)} deg, tendon ${worstTendon.toFixed(4)}, across ${worstAcross.toFixed(4)} periods`,
      )
      expect(muscles).toBeGreaterThan(100)
      expect(worstDeg).toBeLessThan(1)
      expect(worstTendon).toBeLessThanOrEqual(0.5 / 255 + 1e-4)
      expect(worstAcross).toBeLessThan(0.003)
    })
  })
}
