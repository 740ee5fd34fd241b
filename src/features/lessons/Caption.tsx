// A lesson caption or speaker notes on screen: the markup's typed tree (src/lessons/caption.ts) as React
// elements, so nothing in a caption can become HTML.
import type { ReactElement } from 'react'
import { parseCaption, type CaptionRun } from '../../lessons/caption'

function Runs({ runs }: { runs: readonly CaptionRun[] }): ReactElement {
  return (
    <>
      {runs.map((r, i) => {
        let el: ReactElement | string = r.text
        if (r.italic) el = <em>{el}</em>
        if (r.bold) el = <strong>{el}</strong>
        return <span key={i}>{el}</span>
      })}
    </>
  )
}

export function Caption({ text, className }: { text: string; className?: string }): ReactElement | null {
  const blocks = parseCaption(text)
  if (blocks.length === 0) return null
  return (
    <div className={className}>
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i}>
            <Runs runs={b.runs} />
          </p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}
