// The built-in lessons: each reads through the lesson format, and everything it names exists: its sources in
// data/sources.json, its muscles and trigger points in the atlas, its structures and landmarks on models/body.glb.
// Captions follow the atlas's language rules ("may refer", never a match or a diagnosis, never "safe").
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { landmarkLookupFromModel } from '../../../src/geometry/bodyMeshes'
import { resolveAnchoredPoint } from '../../../src/geometry/anchors'
import { loadBuiltInLessons } from '../../../src/lessons/builtInLessons'
import type { Lesson, SurfacePoint } from '../../../src/lessons/lessonFormat'
import { readGlb } from '../../../src/model/readGlb'
import sources from '../../../data/sources.json'

const MODEL = 'models/body.glb'
const { atlas } = loadBuiltInAtlas()
const muscleById = new Map(atlas.muscles.map((m) => [m.id, m]))
const sourceIds = new Set((sources as { id: string }[]).map((s) => s.id))

describe('built-in lessons', () => {
  let lessons: Lesson[] = []
  let problems: string[] = []
  beforeAll(async () => {
    ;({ lessons, problems } = await loadBuiltInLessons())
  })

  it('are three lessons of 6 to 10 steps, all readable', () => {
    expect(problems).toEqual([])
    expect(lessons.map((l) => l.id).sort()).toEqual(['calf-heel', 'low-back-buttock', 'neck-upper-trapezius'])
    for (const l of lessons) {
      expect(l.steps.length, l.id).toBeGreaterThanOrEqual(6)
      expect(l.steps.length, l.id).toBeLessThanOrEqual(10)
      expect(l.builtIn).toBe(true)
    }
  })

  it('cite sources that exist on every step, and name muscles and trigger points of the atlas', () => {
    const bad: string[] = []
    for (const l of lessons) {
      for (const [i, s] of l.steps.entries()) {
        const where = `${l.id} step ${i + 1}`
        if (s.sources.length === 0) bad.push(`${where}: no source`)
        for (const id of s.sources) if (!sourceIds.has(id)) bad.push(`${where}: unknown source ${id}`)
        const focus = s.scene.focus
        if (focus) {
          const m = muscleById.get(focus.muscleId)
          if (!m) bad.push(`${where}: unknown muscle ${focus.muscleId}`)
          else if (focus.triggerPointId && !m.triggerPoints.some((t) => t.id === focus.triggerPointId))
            bad.push(`${where}: ${focus.triggerPointId} is not a trigger point of ${m.id}`)
        }
        if (s.scene.compareMuscleId && !muscleById.get(s.scene.compareMuscleId)) bad.push(`${where}: unknown compare muscle`)
      }
    }
    expect(bad).toEqual([])
  })

  it('say "may refer", never that pain matches a muscle, and never call needling safe', () => {
    const bad: string[] = []
    for (const l of lessons) {
      for (const [i, s] of l.steps.entries()) {
        const text = `${s.title}\n${s.caption}\n${s.notes}`
        if (/\bmatch(es|ed)?\b/i.test(text)) bad.push(`${l.id} step ${i + 1}: "matches"`)
        if (/\bsafe(ly)?\b/i.test(text)) bad.push(`${l.id} step ${i + 1}: "safe"`)
        if (/\brefers?\b/i.test(s.caption) && !/may refer|can refer/i.test(s.caption))
          bad.push(`${l.id} step ${i + 1}: "refers" without "may"`)
      }
    }
    expect(bad).toEqual([])
  })

  it.skipIf(!existsSync(MODEL))('place every pin and arrow on a landmark of the body, and select structures the body has', async () => {
    const model = await readGlb(MODEL)
    const lookup = landmarkLookupFromModel(model)
    const names = new Set(model.byName.keys())
    const bad: string[] = []
    const place = (where: string, at: SurfacePoint): void => {
      if ('pointM' in at) return
      try {
        resolveAnchoredPoint(lookup, { landmark: at.landmark, offset: at.offset }, at.side)
      } catch (err) {
        bad.push(`${where}: ${err instanceof Error ? err.message : String(err)}`)
      }
    }
    for (const l of lessons) {
      for (const [i, s] of l.steps.entries()) {
        const where = `${l.id} step ${i + 1}`
        for (const p of s.pins) place(where, p.at)
        for (const a of s.arrows) {
          place(where, a.from)
          place(where, a.to)
        }
        for (const n of [s.scene.selection, s.scene.isolated, ...s.scene.hidden])
          if (n && !names.has(n)) bad.push(`${where}: no structure ${n}`)
      }
    }
    expect(bad).toEqual([])
  })
})
