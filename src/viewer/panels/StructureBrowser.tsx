// The search box and the structure list grouped by region: the accessible, keyboard-usable mirror of the
// scene. Selecting in the list selects (and frames) in 3D; selecting in 3D marks and reveals the list row.
import { useEffect, useMemo, useRef, useState } from 'react'
import { createStructureSearch, groupStructures } from '../../search/searchStructures'
import { useViewer, type StructureRecord } from '../store'

export interface StructureBrowserProps {
  /** Called after a structure was chosen in the list (the phone layout closes its drawer). */
  onChosen?(): void
}

const optionId = (nodeName: string): string => `opt-${nodeName.replace(/[^A-Za-z0-9_-]/g, '_')}`

export function StructureBrowser({ onChosen }: StructureBrowserProps): React.JSX.Element {
  const structures = useViewer((s) => s.structures)
  const unmapped = useViewer((s) => s.unmapped)
  const selection = useViewer((s) => s.selection)
  const patient = useViewer((s) => s.mode === 'patient')
  const select = useViewer((s) => s.select)
  const [query, setQuery] = useState('')
  const [focused, setFocused] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)

  const search = useMemo(() => createStructureSearch(structures), [structures])
  const results = useMemo(() => (query.trim() ? (search(query) as StructureRecord[]) : structures), [query, search, structures])
  const groups = useMemo(() => groupStructures(results), [results])
  const flat = useMemo(() => groups.flatMap((g) => g.entries as StructureRecord[]), [groups])
  const tabStop = focused && flat.some((e) => e.nodeName === focused) ? focused : (selection ?? flat[0]?.nodeName)

  // A selection made in 3D: reveal its row.
  useEffect(() => {
    if (!selection) return
    const el = document.getElementById(optionId(selection))
    el?.scrollIntoView({ block: 'nearest' })
  }, [selection])

  const choose = (nodeName: string): void => {
    select(nodeName, { frame: true })
    setFocused(nodeName)
    onChosen?.()
  }

  const focusOption = (nodeName: string | undefined): void => {
    if (!nodeName) return
    setFocused(nodeName)
    document.getElementById(optionId(nodeName))?.focus()
  }

  const onListKey = (e: React.KeyboardEvent): void => {
    const i = flat.findIndex((x) => x.nodeName === (focused ?? tabStop))
    switch (e.key) {
      case 'ArrowDown':
        focusOption(flat[Math.min(flat.length - 1, i + 1)]?.nodeName)
        break
      case 'ArrowUp':
        if (i <= 0) document.getElementById('structure-search')?.focus()
        else focusOption(flat[i - 1]?.nodeName)
        break
      case 'Home':
        focusOption(flat[0]?.nodeName)
        break
      case 'End':
        focusOption(flat[flat.length - 1]?.nodeName)
        break
      case 'Enter':
      case ' ':
        if (flat[i]) choose(flat[i].nodeName)
        break
      default:
        return
    }
    e.preventDefault()
  }

  return (
    <section className="panel-section browser" aria-labelledby="structures-heading">
      <h2 id="structures-heading">Structures</h2>
      <input
        id="structure-search"
        type="search"
        className="search"
        placeholder="Search, e.g. trap or soleus"
        aria-label="Search structures"
        aria-controls="structure-list"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && flat[0]) {
            e.preventDefault()
            choose(flat[0].nodeName)
          } else if (e.key === 'ArrowDown' && flat[0]) {
            e.preventDefault()
            focusOption(flat[0].nodeName)
          }
        }}
      />
      <p className="result-count" aria-live="polite">
        {query.trim() ? `${results.length} match${results.length === 1 ? '' : 'es'}` : `${structures.length} structures`}
      </p>
      <div
        id="structure-list"
        ref={listRef}
        className="structure-list"
        role="listbox"
        aria-label="Structures by region"
        onKeyDown={onListKey}
      >
        {groups.map((g) => (
          <div key={g.key} role="group" aria-labelledby={`grp-${g.key}`}>
            <div id={`grp-${g.key}`} className="group-heading" role="presentation">
              {g.label}
            </div>
            {(g.entries as StructureRecord[]).map((e) => (
              <div
                key={e.nodeName}
                id={optionId(e.nodeName)}
                role="option"
                aria-selected={e.nodeName === selection}
                tabIndex={e.nodeName === tabStop ? 0 : -1}
                className={`option kind-${e.kind}`}
                onClick={() => choose(e.nodeName)}
                onFocus={() => setFocused(e.nodeName)}
              >
                <span className="option-name">{e.label}</span>
                {e.latin && !patient && <span className="option-latin">{e.latin}</span>}
              </div>
            ))}
          </div>
        ))}
        {flat.length === 0 && <p className="empty">No structure matches “{query}”.</p>}
      </div>
      {unmapped.length > 0 && (
        <details className="unmapped">
          <summary>Unmapped parts ({unmapped.length})</summary>
          <p>These parts of the opened model are drawn in grey; their names did not match any structure we know.</p>
          <ul aria-label="Unmapped parts">
            {unmapped.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
