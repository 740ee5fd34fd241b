// The body's choice (male or female) and the six layer switches, each with an x-ray opacity slider.
import { LAYERS } from '../layers'
import { useViewer } from '../store'
import { BodyChoice } from './BodyChoice'

export function LayersPanel(): React.JSX.Element {
  const layers = useViewer((s) => s.layers)
  const setLayer = useViewer((s) => s.setLayer)
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
    </section>
  )
}
