// Dev harness for the features only (not shipped): loads models/body.glb into a bare <Canvas> with orbit
// controls, mounts FeatureScene and one panel, and is driven by the URL so screenshots are repeatable:
// ?panel=tp|region|needle|patient &muscle=<id> &side=left|right &tp=<trigger-point-id> &compare=<id>
// &area=<body-area> &view=anterior|posterior|left|right &focus=<landmark-id> &dist=<m> &mode=patient
// &depth=<mm> &approach=straight|tangential|pincer &habitus=underweight|lean|average|high &length=<mm>
import { Canvas } from '@react-three/fiber'
import { StrictMode, useEffect, useState, type ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { Color, DoubleSide, Mesh, MeshLambertMaterial, Vector3 } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { BodyArea } from '../../anatomy/ids'
import { BUILD_IDS, parseBuild } from '../../atlas/builds'
import type { NeedleApproach } from '../../geometry/needleApproach'
import { bodyHandle, type Body } from '../../viewer/scene/body'
import { BodyProvider, useBody } from '../../viewer/scene/BodyContext'
import { CameraFocusProvider, useCameraFocus } from '../../viewer/scene/CameraFocus'
import { mapByOwnExtras, prepareBody } from '../../viewer/scene/prepareBody'
import { FeatureScene, NeedlingTab, PatientPanel, RegionTriggerPointsView, TriggerPointsTab, useFeatureStore } from '../index'

const params = new URLSearchParams(location.search)

const KIND_COLOUR: Record<string, string> = {
  bone: '#e6dcc3',
  muscle: '#a63a3a',
  organ: '#c7889f',
  danger: '#4fc3d9',
  skin: '#e2ad8f',
}

/** Loads the model, prepared as the viewer prepares it, and drawn in flat colours by kind. */
function useHarnessBody(): Body | null {
  const [body, setBody] = useState<Body | null>(null)
  useEffect(() => {
    const loader = new GLTFLoader()
    loader.setMeshoptDecoder(MeshoptDecoder)
    loader.load(params.get('model') ?? '/models/body.glb', (gltf) => {
      const prepared = prepareBody({ scene: gltf.scene, originalName: new Map() }, mapByOwnExtras)
      const skinOpacity = Number(params.get('skinOpacity') ?? '1')
      for (const [mesh, structure] of prepared.nodeOf) {
        const material = new MeshLambertMaterial({ color: new Color(KIND_COLOUR[structure.kind] ?? '#999999'), side: DoubleSide })
        if (structure.kind === 'skin') {
          material.transparent = skinOpacity < 1
          material.opacity = skinOpacity
          material.depthWrite = skinOpacity >= 1
          mesh.renderOrder = 2
        }
        ;(mesh as Mesh).material = material
      }
      setBody(bodyHandle(prepared))
    })
  }, [])
  return body
}

function HarnessCamera(): null {
  const body = useBody()
  const focus = useCameraFocus()
  const patientView = useFeatureStore((s) => s.patientView)
  useEffect(() => {
    if (!body) {
      return
    }
    const view =
      params.get('mode') === 'patient' && !params.get('view')
        ? patientView === 'back'
          ? 'posterior'
          : 'anterior'
        : (params.get('view') ?? 'anterior')
    const dirs: Record<string, [number, number, number]> = {
      anterior: [0, 0, 1],
      posterior: [0, 0, -1],
      left: [1, 0, 0],
      right: [-1, 0, 0],
      'posterior-left': [0.7, 0, -0.7],
      'posterior-right': [-0.7, 0, -0.7],
      'anterior-left': [0.7, 0, 0.7],
      'anterior-right': [-0.7, 0, 0.7],
    }
    const dir = new Vector3(...(dirs[view] ?? [0, 0, 1])).normalize() // an unknown view looks from the front
    const focusName = params.get('focus')
    const p = focusName ? (body.landmarks.get(focusName) ?? body.landmarks.get(`${focusName}.midline`)) : undefined
    const target = p ? new Vector3(p.x, p.y, p.z) : new Vector3(0, 0.9, 0)
    const dist = Number(params.get('dist') ?? (p ? 0.6 : 2.6))
    const position = target.clone().addScaledVector(dir, dist)
    focus.goToPose({ position: [position.x, position.y, position.z], target: [target.x, target.y, target.z] }, { instant: true })
  }, [body, focus, patientView])
  return null
}

function Harness(): ReactElement {
  const body = useHarnessBody()
  const panel = params.get('panel') ?? 'tp'
  useEffect(() => {
    const st = useFeatureStore.getState()
    const muscle = params.get('muscle')
    if (muscle) {
      st.focusMuscle(muscle, (params.get('side') as 'left' | 'right') ?? 'right')
    }
    const tp = params.get('tp')
    if (muscle && tp) {
      st.selectTriggerPoint({ muscleId: muscle, triggerPointId: tp })
    }
    if (params.get('compare')) {
      st.setCompareMuscle(params.get('compare'))
    }
    if (params.get('area')) {
      st.setAreaView(params.get('area') as BodyArea)
    }
    if (params.get('habitus')) {
      const build = parseBuild(params.get('habitus'))
      if (build) {
        st.setHabitus(build)
      } else {
        console.warn(`habitus "${params.get('habitus')}" is not a build (${BUILD_IDS.join(', ')}); the average build is shown`)
      }
    }
    st.setNeedle({
      approach: (params.get('approach') as NeedleApproach) ?? 'straight',
      lengthMm: Number(params.get('length') ?? 50),
      depthMm: Number(params.get('depth') ?? 0),
    })
    if (params.get('mode') === 'patient') {
      useFeatureStore.getState().setMode('patient')
      ;(window as unknown as { __harnessPatient?: boolean }).__harnessPatient = true
    }
    if (params.get('tap')) {
      st.setTappedRegions(params.get('tap')!.split(','))
    }
  }, [])
  return (
    <div className="harness">
      <div className="harness-canvas">
        <Canvas camera={{ fov: 35, near: 0.01, far: 20, position: [0, 1, 3] }} gl={{ antialias: true }}>
          <ambientLight intensity={0.7} />
          <directionalLight position={[1, 2, 3]} intensity={1.6} />
          <directionalLight position={[-1, 1, -3]} intensity={0.8} />
          <BodyProvider body={body}>
            <CameraFocusProvider>
              {body ? <primitive object={body.root} /> : null}
              <HarnessCamera />
              {body ? <FeatureScene /> : null}
            </CameraFocusProvider>
          </BodyProvider>
        </Canvas>
      </div>
      <div className="harness-panel">
        {panel === 'tp' ? <TriggerPointsTab /> : null}
        {panel === 'region' ? <RegionTriggerPointsView /> : null}
        {panel === 'needle' ? <NeedlingTab /> : null}
        {panel === 'patient' ? <PatientPanel /> : null}
      </div>
    </div>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
)
