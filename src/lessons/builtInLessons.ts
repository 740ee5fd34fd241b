// The lessons that ship with the app (data/lessons/*.json), read through the lesson format like any other lesson,
// so a broken built-in lesson is reported and left out rather than half shown. Loaded on demand: none of it is in
// the first chunk.
import { readLesson, type Lesson } from './lessonFormat'

const files = import.meta.glob<unknown>('../../data/lessons/*.json', { import: 'default' })

export interface BuiltInLessons {
  lessons: Lesson[]
  problems: string[]
}

export async function loadBuiltInLessons(): Promise<BuiltInLessons> {
  const lessons: Lesson[] = []
  const problems: string[] = []
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b))
  for (const [path, load] of entries) {
    const name = path.split('/').pop() ?? path
    const read = readLesson(await load())
    if (!read.ok) problems.push(`built-in lesson ${name}: ${read.problems.slice(0, 3).join('; ')}`)
    else lessons.push({ ...read.lesson, builtIn: true })
  }
  return { lessons, problems }
}
