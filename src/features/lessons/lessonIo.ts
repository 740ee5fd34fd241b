// Lessons in and out of the app: a versioned JSON file to export and import, a link that carries the whole lesson
// in its fragment, and the lesson a link opened with. Every way in reads through the lesson format
// (src/lessons/lessonFormat.ts) and refuses a broken or hostile lesson whole, with a message naming the problem.
import { decodeAtlasBytes, formatBytes } from '../../atlas/fileLimits'
import { lessonToJson, MAX_LESSON_FILE_BYTES, readLesson, type Lesson } from '../../lessons/lessonFormat'
import { decodeLessonFragment, encodeLessonFragment, hasLessonFragment, MAX_LESSON_LINK_CHARS } from '../../lessons/lessonLink'

export type LessonRead = { ok: true; lesson: Lesson } | { ok: false; message: string }

const problemsText = (problems: readonly string[]): string =>
  problems.slice(0, 5).join('; ') + (problems.length > 5 ? ` (and ${problems.length - 5} more)` : '')

/** A lesson from a file the user chose: size checked before reading, then text, JSON and the lesson format. */
export async function readLessonFile(file: File): Promise<LessonRead> {
  if (file.size > MAX_LESSON_FILE_BYTES) {
    return {
      ok: false,
      message: `"${file.name}" is ${formatBytes(file.size)}, over the ${formatBytes(MAX_LESSON_FILE_BYTES)} a lesson file may have; it was not read.`,
    }
  }
  const decoded = decodeAtlasBytes(file.name, new Uint8Array(await file.arrayBuffer()))
  if (!decoded.ok) return { ok: false, message: `"${file.name}" ${decoded.fault.message}.` }
  let json: unknown
  try {
    json = JSON.parse(decoded.text.replace(/^\uFEFF/, ''))
  } catch (err) {
    return {
      ok: false,
      message: `"${file.name}" is not valid JSON (${err instanceof Error ? err.message : 'parse error'}); nothing was opened.`,
    }
  }
  const read = readLesson(json)
  return read.ok
    ? read
    : { ok: false, message: `"${file.name}" is not a lesson this app can open: ${problemsText(read.problems)}. Nothing was opened.` }
}

/** File name for an exported lesson: its title in lower case, then .lesson.json. */
export function lessonFileName(lesson: Lesson): string {
  const slug = lesson.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return `${slug || 'lesson'}.lesson.json`
}

/** Downloads the lesson as a file (the browser's own download; nothing leaves the device). */
export function downloadLessonFile(lesson: Lesson): void {
  const blob = new Blob([`${JSON.stringify(lessonToJson(lesson), null, 2)}\n`], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = lessonFileName(lesson)
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export type LessonLink = { ok: true; url: string } | { ok: false; message: string }

/** The link that opens this lesson (whole, in the fragment), or why there is none. */
export async function lessonLink(lesson: Lesson, base: string = `${location.origin}${location.pathname}`): Promise<LessonLink> {
  const encoded = await encodeLessonFragment(lessonToJson(lesson))
  if (!encoded.ok) {
    return {
      ok: false,
      message: `This lesson would make a link of ${encoded.tooLongChars.toLocaleString('en')} characters, over the ${MAX_LESSON_LINK_CHARS.toLocaleString('en')} a lesson link may have: share it as a file with "Export file" instead.`,
    }
  }
  return { ok: true, url: `${base}#${encoded.fragment}` }
}

/** The lesson in this page's link, if it carries one: null when it carries none. */
export async function lessonFromLocation(hash: string = location.hash): Promise<LessonRead | null> {
  if (!hasLessonFragment(hash)) return null
  const decoded = await decodeLessonFragment(hash)
  if (!decoded.ok) return { ok: false, message: `The lesson in this link could not be opened: ${decoded.problem}. Nothing was loaded.` }
  const read = readLesson(decoded.json)
  return read.ok
    ? read
    : { ok: false, message: `The lesson in this link could not be opened: ${problemsText(read.problems)}. Nothing was loaded.` }
}
