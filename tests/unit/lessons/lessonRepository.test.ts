import { describe, expect, it } from 'vitest'
import { defaultSceneState } from '../../../src/sceneState/sceneState'
import { lessonToJson } from '../../../src/lessons/lessonFormat'
import { newLesson } from '../../../src/lessons/lessonEdits'
import { deleteLesson, loadLessons, saveLesson, type LessonStorage } from '../../../src/lessons/lessonRepository'

function memoryStorage(): LessonStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>()
  return {
    data,
    entries: async () => [...data].map(([key, value]) => ({ key, value })),
    put: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  }
}

describe('saved lessons', () => {
  it('saves, loads and deletes lessons; a damaged record is reported by name and the others load', async () => {
    const storage = memoryStorage()
    const a = newLesson(defaultSceneState(), 'Neck pain')
    const b = newLesson(defaultSceneState(), 'Low back pain')
    await saveLesson(storage, a)
    await saveLesson(storage, b)
    storage.data.set('broken', { format: 'trigger-point-atlas/lesson', version: 1, id: 'broken', title: 7 })
    storage.data.set('moved', { ...lessonToJson(a), id: 'other-id' })
    const loaded = await loadLessons(storage)
    expect(loaded.lessons.map((l) => l.title).sort()).toEqual(['Low back pain', 'Neck pain'])
    expect(loaded.problems).toEqual([
      expect.stringMatching(/^saved lesson "broken": title: /),
      'saved lesson "moved": its id "other-id" does not match where it is kept',
    ])
    // Reading never rewrites or drops what it could not read.
    expect(storage.data.has('broken')).toBe(true)
    await deleteLesson(storage, a.id)
    expect((await loadLessons(storage)).lessons.map((l) => l.title)).toEqual(['Low back pain'])
  })

  it('refuses to store a built-in lesson', async () => {
    const storage = memoryStorage()
    await expect(saveLesson(storage, { ...newLesson(defaultSceneState(), 'Neck pain'), builtIn: true })).rejects.toThrow(/built-in lesson/)
    expect(storage.data.size).toBe(0)
  })
})
