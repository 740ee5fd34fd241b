// Patient painting on the skin: while painting is on, a pointer drag on the body paints (or erases) skin
// vertices into the store's mask with the pure brush (painMap/brush.ts), optionally mirrored; orbiting
// is paused meanwhile. After each change the painted mask is measured against the named regions
// (geometry/regionWeights.ts) so the ranking updates live. Tapped regions are shown on the skin as well.
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Raycaster, Vector2, Vector3 } from 'three'
import { regionWeightsFromMask, type RegionFootprint } from '../../geometry/regionWeights'
import type { SkinGrid } from '../../geometry/skinGrid'
import { applyBrushDab, paintedSummary } from '../painMap/brush'
import { useFeatureStore } from '../store'
import { publishDebug } from './debugCounts'
import type { SkinArrays } from './skinArrays'
import type { SkinnedBody } from '../../viewer/scene/body'

export interface PainBrushProps {
  body: SkinnedBody
  arrays: SkinArrays
  /** The skin's vertex grid, built once from `arrays`. */
  grid: SkinGrid
  footprints: readonly RegionFootprint[]
  /** Pointer painting enabled (patient mode with the brush on). */
  enabled: boolean
}

/** A controls object as R3F's `makeDefault` registers it (OrbitControls and friends). */
interface ControlsLike {
  enabled: boolean
}

export function PainBrush({ body, arrays, grid, footprints, enabled }: PainBrushProps): null {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as unknown as ControlsLike | null
  const invalidate = useThree((s) => s.invalidate)
  const painRevision = useFeatureStore((s) => s.painRevision)
  const vertexCount = arrays.vertexCount

  // A mask of the right size for this skin.
  useEffect(() => {
    const { painMask, setPainMask, setSkin } = useFeatureStore.getState()
    setSkin(arrays.positions, grid)
    if (!painMask || painMask.length !== vertexCount) {
      setPainMask(new Uint8Array(vertexCount))
    }
  }, [vertexCount, arrays.positions, grid])

  // Measure the painted regions after every change (cheap: only the regions' own vertices are visited).
  useEffect(() => {
    const mask = useFeatureStore.getState().painMask
    if (!mask || mask.length !== vertexCount) {
      return
    }
    useFeatureStore.getState().setPaintedRegions(regionWeightsFromMask(footprints, mask))
    const painted = paintedSummary(mask, arrays.positions)
    publishDebug({ painPaintedVertices: painted.count, painPaintedIndexSum: painted.indexSum, painPaintedCentroidMm: painted.centroidMm })
  }, [painRevision, footprints, vertexCount, arrays.positions])

  // Pointer painting.
  const strokeRef = useRef<number | null>(null)
  useEffect(() => {
    if (!enabled) {
      return
    }
    const element = gl.domElement
    const previous = controls?.enabled
    if (controls) {
      controls.enabled = false
    }
    const raycaster = new Raycaster()
    const ndc = new Vector2()
    const normal = new Vector3()
    const dab = (event: PointerEvent): void => {
      const rect = element.getBoundingClientRect()
      ndc.set(((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      const hit = raycaster.intersectObject(body.skin, false)[0]
      const state = useFeatureStore.getState()
      if (!hit || !state.painMask) {
        return
      }
      if (hit.face) {
        normal.copy(hit.face.normal).transformDirection(body.skin.matrixWorld)
      } else {
        normal.set(0, 0, 1)
      }
      // Vertices facing the camera side of the hit: use the view direction when the face normal is unreliable.
      const changed = applyBrushDab(state.painMask, arrays.positions, arrays.normals, {
        centre: { x: hit.point.x, y: hit.point.y, z: hit.point.z },
        normal: { x: normal.x, y: normal.y, z: normal.z },
        radiusM: state.brush.radiusM,
        paint: !state.brush.erase,
        mirror: state.brush.mirror,
      })
      if (changed > 0) {
        state.touchPainMask()
        invalidate()
      }
    }
    const down = (event: PointerEvent): void => {
      if (event.button !== 0) {
        return
      }
      strokeRef.current = event.pointerId
      element.setPointerCapture?.(event.pointerId)
      dab(event)
    }
    const move = (event: PointerEvent): void => {
      if (strokeRef.current === event.pointerId) {
        dab(event)
      }
    }
    const up = (event: PointerEvent): void => {
      if (strokeRef.current === event.pointerId) {
        strokeRef.current = null
        element.releasePointerCapture?.(event.pointerId)
      }
    }
    element.addEventListener('pointerdown', down)
    element.addEventListener('pointermove', move)
    element.addEventListener('pointerup', up)
    element.addEventListener('pointercancel', up)
    const oldTouch = element.style.touchAction
    element.style.touchAction = 'none'
    return () => {
      element.removeEventListener('pointerdown', down)
      element.removeEventListener('pointermove', move)
      element.removeEventListener('pointerup', up)
      element.removeEventListener('pointercancel', up)
      element.style.touchAction = oldTouch
      if (controls && previous !== undefined) {
        controls.enabled = previous
      }
    }
  }, [enabled, gl, camera, controls, body, arrays, invalidate])

  return null
}
