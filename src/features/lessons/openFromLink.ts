// Opening the lesson a link carries in its fragment: the whole lesson, read through the lesson format, or a notice
// naming what is wrong with the link and nothing loaded.
import { useAppStore } from '../../store/appStore'
import { lessonFromLocation } from './lessonIo'

export async function openLessonFromLink(): Promise<void> {
  const read = await lessonFromLocation()
  if (!read) return
  if (read.ok) useAppStore.getState().openLesson(read.lesson, 'link')
  else useAppStore.getState().notify('error', read.message)
}
