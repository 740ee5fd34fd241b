import { describe, expect, it } from 'vitest'
import { captionPlainText, parseCaption, parseInline } from '../../../src/lessons/caption'

describe('lesson caption markup', () => {
  it('reads bold, italic and nested runs', () => {
    expect(parseInline('Pain **at the temple** and *behind the eye*')).toEqual([
      { text: 'Pain ', bold: false, italic: false },
      { text: 'at the temple', bold: true, italic: false },
      { text: ' and ', bold: false, italic: false },
      { text: 'behind the eye', bold: false, italic: true },
    ])
    expect(parseInline('**bold *and italic* here**')).toEqual([
      { text: 'bold ', bold: true, italic: false },
      { text: 'and italic', bold: true, italic: true },
      { text: ' here', bold: true, italic: false },
    ])
  })

  it('keeps unmatched or spaced asterisks and any HTML as literal text', () => {
    expect(parseInline('2 * 3 = 6')).toEqual([{ text: '2 * 3 = 6', bold: false, italic: false }])
    expect(parseInline('**not closed')).toEqual([{ text: '**not closed', bold: false, italic: false }])
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', bold: false, italic: false }])
  })

  it('splits paragraphs and "- " lists', () => {
    const blocks = parseCaption('Two trigger points:\n- **TrP1** mid-fibres\n- TrP2 lower\n\nPincer grip.')
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph'])
    const list = blocks[1]
    expect(list?.kind === 'list' ? list.items.length : 0).toBe(2)
    expect(captionPlainText('Two:\n- **a**\n- *b*')).toBe('Two:\n• a\n• b')
  })
})
