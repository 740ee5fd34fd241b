// Lesson captions and speaker notes are short rich text: **bold**, *italic*, and lists (lines starting with
// "- "). They come from files and links that may be hostile, so they are parsed into a small typed tree that the
// app renders as React elements: no HTML is ever produced from them, and anything that is not this markup stays
// literal text. Pure.

/** Longest caption accepted, characters: a projector audience reads a caption in a few seconds. */
export const MAX_CAPTION_CHARS = 600
/** Longest speaker notes accepted, characters. */
export const MAX_NOTES_CHARS = 4000

export interface CaptionRun {
  text: string
  bold: boolean
  italic: boolean
}

export type CaptionBlock = { kind: 'paragraph'; runs: CaptionRun[] } | { kind: 'list'; items: CaptionRun[][] }

const LIST_ITEM = /^\s*[-•]\s+/

/**
 * Inline markup: `**bold**` and `*italic*` (also nested). An opener without its closer is literal text, as are
 * asterisks with spaces on both sides ("2 * 3").
 */
export function parseInline(text: string): CaptionRun[] {
  const runs: CaptionRun[] = []
  const push = (t: string, bold: boolean, italic: boolean): void => {
    if (!t) return
    const last = runs[runs.length - 1]
    if (last && last.bold === bold && last.italic === italic) last.text += t
    else runs.push({ text: t, bold, italic })
  }
  let bold = false
  let italic = false
  let i = 0
  let plain = ''
  const flush = (): void => {
    push(plain, bold, italic)
    plain = ''
  }
  while (i < text.length) {
    if (text.startsWith('**', i) && (bold || text.indexOf('**', i + 2) > i + 2)) {
      flush()
      bold = !bold
      i += 2
      continue
    }
    const ch = text[i]
    if (ch === '*' && !text.startsWith('**', i)) {
      const opens = !italic && text.indexOf('*', i + 1) > i + 1 && text[i + 1] !== ' '
      if (italic || opens) {
        flush()
        italic = !italic
        i += 1
        continue
      }
    }
    plain += ch
    i += 1
  }
  flush()
  return runs
}

/** The blocks of a caption: paragraphs separated by blank lines or lists, and lists of "- " lines. */
export function parseCaption(text: string): CaptionBlock[] {
  const blocks: CaptionBlock[] = []
  let paragraph: string[] = []
  let list: CaptionRun[][] | null = null
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', runs: parseInline(paragraph.join(' ')) })
    paragraph = []
  }
  const endList = (): void => {
    if (list && list.length > 0) blocks.push({ kind: 'list', items: list })
    list = null
  }
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (LIST_ITEM.test(line)) {
      endParagraph()
      list ??= []
      list.push(parseInline(line.replace(LIST_ITEM, '').trim()))
    } else if (line.trim() === '') {
      endParagraph()
      endList()
    } else {
      endList()
      paragraph.push(line.trim())
    }
  }
  endParagraph()
  endList()
  return blocks
}

/** The caption as plain text (for a page title, an accessible name or a search), markup removed. */
export function captionPlainText(text: string): string {
  return parseCaption(text)
    .map((b) => (b.kind === 'paragraph' ? runsText(b.runs) : b.items.map((item) => `• ${runsText(item)}`).join('\n')))
    .join('\n')
}

const runsText = (runs: readonly CaptionRun[]): string => runs.map((r) => r.text).join('')
