// The camera path both pages follow while frame time is measured: one full turn around the body in 7.5° steps,
// tilting a little down and back up, so every side of the model is drawn.

export interface OrbitStep {
  azimuthRad: number
  polarRad: number
}

export const ORBIT_STEPS = 48

export const CAMERA_PATH: readonly OrbitStep[] = Array.from({ length: ORBIT_STEPS }, (_, i) => ({
  azimuthRad: (2 * Math.PI) / ORBIT_STEPS,
  polarRad: i < ORBIT_STEPS / 2 ? 0.01 : -0.01,
}))
