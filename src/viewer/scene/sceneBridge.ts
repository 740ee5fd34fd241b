// The few live scene objects that DOM code outside the <Canvas> needs (the keyboard handler moves the camera,
// the label overlay reads the hovered point). Module-level so no three object passes through the store.
import { Vector3 } from 'three'
import type { PreparedBody } from './prepareBody'

export interface CameraControl {
  orbit(azimuthRad: number, polarRad: number): void
  /** Pans by fractions of the current viewing distance (right, up). */
  pan(rightFraction: number, upFraction: number): void
  /** Multiplies the viewing distance (below 1 zooms in). */
  zoom(factor: number): void
}

export const sceneBridge: {
  body: PreparedBody | null
  camera: CameraControl | null
  /** World point under the pointer on the hovered structure. */
  hoverPoint: Vector3 | null
} = { body: null, camera: null, hoverPoint: null }
