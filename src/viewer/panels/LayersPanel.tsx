// The body's choice (male or female), the six layer switches, each with an x-ray opacity slider, and the switch for
// variant muscles (present only in some people), when the model has any.
import { LAYERS } from '../layers'
import { useViewer } from '../store'
import { BodyChoice } from './BodyChoice'

export function LayersPanel(): React.JSX.Element {
  const layers = useViewer((s) => s.layers)
  const setLayer = useViewer((s) => s.setLayer)
  const variantsShown = useViewer((s) => s.variantsShown)
  const setVariantsShown = useViewer((s) => s.setVariantsShown)
  // the variant muscles of the model on screen, by name (each once, not per side)
  const variants = useViewer((s) => [...new Set(s.structures.filter((r) => r.variant).map((r) => r.name))].join(', '))
  return (
    <section className="panel-section" aria-labelledby="layers-heading">
      <h2 id="layers-heading">Layers</h2>
      <BodyChoice />
      <ul className="layers">
        {LAYERS.map((l) => {
          const state = layers[l.id]
          const pct = Math.round(state.opacity * 100)
          return (
            <li key={l.id} className={state.visible ? undefined : 'off'}>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={state.visible}
                  onChange={(e) => setLayer(l.id, { visible: e.currentTarget.checked })}
                />
                <span className="switch-track" aria-hidden="true" />
                <span className="switch-label">{l.label}</span>
              </label>
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={pct}
                aria-label={`${l.label} opacity`}
                aria-valuetext={`${pct}%`}
                disabled={!state.visible}
                onChange={(e) => setLayer(l.id, { opacity: Number(e.currentTarget.value) / 100 })}
              />
              <span className="pct" aria-hidden="true">
                {pct}%
              </span>
            </li>
          )
        })}
      </ul>
      {variants && (
        <div className="variants">
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={variantsShown}
              aria-describedby="variants-hint"
              onChange={(e) => setVariantsShown(e.currentTarget.checked)}
            />
            <span className="switch-track" aria-hidden="true" />
            <span className="switch-label">Variant muscles</span>
          </label>
          <p id="variants-hint" className="variants-hint">
            Present only in some people: {variants}. One chosen from the list, a quiz or its trigger points is shown while it is chosen.
          </p>
        </div>
      )}
    </section>
  )
}
