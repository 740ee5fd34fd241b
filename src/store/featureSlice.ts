// The study, needle, patient and quiz slice of the app store (src/store/appStore.ts): which muscle and
// trigger point the trigger-point views show, the compared muscle, the needle simulator's settings, the
// habitus, and the patient's pain maps. Plain data only (ids, numbers, a byte mask): scene components read it
// and apply it to three objects themselves. The muscle in focus follows the viewer's selection: the viewer
// slice applies focusForSelection in the same update as the selection.
import type { StateCreator } from 'zustand'
import type { BodyArea } from '../anatomy/ids'
import { muscleOnSide } from '../anatomy/muscleIds'
import type { PainRegion } from '../atlas/rank'
import type { Habitus } from '../atlas/schema'
import type { SkinGrid } from '../geometry/skinGrid'
import type { NeedleApproach } from '../geometry/needleApproach'
import type { NeedlePath } from '../features/needle/needlePath'
import type { PainMap } from '../features/painMap/painMapFormat'
import type { AppState } from './appStore'

export type { NeedleApproach }
export type BodySide = 'left' | 'right'

/** A trigger point named by its muscle and its id within the muscle. */
export interface TriggerPointRef {
  muscleId: string
  triggerPointId: string
}

/** Needle lengths offered by the simulator, in mm (the range of common filiform needles, 13 to 75 mm). */
export const NEEDLE_LENGTHS_MM = [13, 15, 25, 30, 40, 50, 60, 75] as const
export const MIN_NEEDLE_LENGTH_MM = 13
export const MAX_NEEDLE_LENGTH_MM = 75

export interface NeedleState {
  lengthMm: number
  approach: NeedleApproach
  /** How far the tip is below the skin along the needle path, mm (0 = touching the skin). */
  depthMm: number
}

export interface PatientBrush {
  radiusM: number
  erase: boolean
  mirror: boolean
}

export interface FeatureState {
  /** The muscle whose trigger points and zones are shown, with its side. Follows the viewer's selection. */
  focus: { muscleId: string; side: BodySide } | null
  /** The chosen trigger point of the focus muscle; null shows all its trigger points. */
  triggerPoint: TriggerPointRef | null
  /** Bumped when the user asks to see the chosen trigger point (or all of the muscle's) framed in the view. */
  frameRequest: number
  /** A second muscle drawn in the compare colour, on the focus side. */
  compareMuscleId: string | null
  /** "All trigger points" of a body area at once (replaces the focus muscle's zones while set). */
  areaView: BodyArea | null
  habitus: Habitus
  needle: NeedleState
  /** Whether the needle simulator is open (draws the needle in the scene). */
  needleActive: boolean
  /** The needle path measured on the model for the chosen trigger point, approach and habitus (scene-computed). */
  needlePath: NeedlePath | null
  /** Why no path could be measured (no trigger point chosen, model without skin or pleura, …). */
  needlePathProblem: string | null
  brush: PatientBrush
  /** Patient painting turned on: pointer drags on the skin paint instead of orbiting. */
  painting: boolean
  /** The side the patient last asked to see (Front/Back): the component harness frames it; the app's toggle shows
   * the side the camera actually looks at (views.ts bodyFacing). */
  patientView: 'front' | 'back'
  /** Vertex count of the skin on screen (0 until the model is there). */
  skinVertexCount: number
  /** Base-shape positions of the skin on screen (x, y, z per vertex, metres), null until the model is there: pain maps are put on and read off it. */
  skinPositions: Float32Array | null
  /** The same skin's vertex grid (geometry/skinGrid.ts), for putting saved pain-map points back on it. */
  skinGrid: SkinGrid | null
  /** The current pain map's painted skin vertices (one byte per skin vertex), null before the skin is known. */
  painMask: Uint8Array | null
  /** Bumped whenever painMask changes in place, so views can react. */
  painRevision: number
  /**
   * Bumped only by the patient's own edits (a brush stroke, a tapped area, "Clear all"). Saving follows this,
   * never painRevision, so loading or showing a map can never write to the saved maps.
   */
  painEdits: number
  /** Named regions tapped by the patient, `<region-id>.<side>`. */
  tappedRegions: string[]
  /** Region weights of the painted mask (`<region-id>.<side>`, painted share), measured by the scene. */
  paintedRegions: PainRegion[]
  /** The ranked muscle the patient chose to see on the body; null shows the best-ranked one. */
  patientShownMuscleId: string | null
  /** A quiz question's trigger point: its zones and mark are drawn while the muscle's name stays hidden. */
  quizTriggerPoint: (TriggerPointRef & { side: BodySide }) | null
  /** The saved maps and the one being edited. */
  maps: PainMap[]
  activeMapId: string | null
  /** Saved maps that could not be read, as messages naming each one. */
  storageProblems: string[]
}

export interface FeatureActions {
  focusMuscle(muscleId: string | null, side?: BodySide): void
  selectTriggerPoint(ref: TriggerPointRef | null): void
  setCompareMuscle(muscleId: string | null): void
  setAreaView(area: BodyArea | null): void
  setHabitus(habitus: Habitus): void
  setNeedle(patch: Partial<NeedleState>): void
  setNeedleActive(active: boolean): void
  setNeedlePath(path: NeedlePath | null, problem?: string | null): void
  setBrush(patch: Partial<PatientBrush>): void
  setPainting(painting: boolean): void
  setPatientView(view: 'front' | 'back'): void
  /** The skin on screen (its base-shape positions). */
  setSkin(positions: Float32Array, grid: SkinGrid): void
  /** Replaces the pain mask (a new skin, a loaded map, or clear). */
  setPainMask(mask: Uint8Array | null): void
  /** Call after the patient changed painMask in place (a brush dab, a clear): also counts as an edit. */
  touchPainMask(): void
  /** Records an edit by the patient that setPainMask/setTappedRegions alone do not count (e.g. "Clear all"). */
  notePainEdit(): void
  toggleTappedRegion(regionKey: string): void
  setTappedRegions(regions: string[]): void
  setPaintedRegions(regions: PainRegion[]): void
  setPatientShownMuscle(muscleId: string | null): void
  setQuizTriggerPoint(ref: (TriggerPointRef & { side: BodySide }) | null): void
  setMaps(maps: PainMap[], activeMapId?: string | null): void
  setStorageProblems(problems: string[]): void
}

export const DEFAULT_NEEDLE: NeedleState = { lengthMm: 30, approach: 'straight', depthMm: 0 }

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/**
 * The change of focus for focusing `muscleId` (null: none) on `side`: the trigger point, compare muscle, area view
 * and needle follow. Null when the focus is already that.
 */
function focusPatch(state: FeatureState, muscleId: string | null, side?: BodySide): Partial<FeatureState> | null {
  const current = state.focus
  if (muscleId === null) {
    return current === null && state.triggerPoint === null ? null : { focus: null, triggerPoint: null }
  }
  const nextSide = side ?? current?.side ?? 'right'
  if (current?.muscleId === muscleId && current.side === nextSide) {
    return null
  }
  return {
    focus: { muscleId, side: nextSide },
    triggerPoint: state.triggerPoint?.muscleId === muscleId ? state.triggerPoint : null,
    compareMuscleId: state.compareMuscleId === muscleId ? null : state.compareMuscleId,
    areaView: null,
    needle: { ...state.needle, depthMm: 0, approach: DEFAULT_NEEDLE.approach },
  }
}

/**
 * What selecting viewer node `nodeName` does to the focus: a muscle node (`<id>.left|right`) focuses that muscle
 * on that side; clearing the selection clears the focus; any other structure leaves the focus as it is.
 */
export function focusForSelection(state: FeatureState, nodeName: string | null): Partial<FeatureState> {
  const muscle = muscleOnSide(nodeName)
  if (muscle) {
    return focusPatch(state, muscle.muscleId, muscle.side) ?? {}
  }
  return nodeName === null ? (focusPatch(state, null) ?? {}) : {}
}

export const createFeatureSlice: StateCreator<AppState, [], [], FeatureState & FeatureActions> = (set, get) => ({
  focus: null,
  triggerPoint: null,
  frameRequest: 0,
  compareMuscleId: null,
  areaView: null,
  habitus: 'average',
  needle: DEFAULT_NEEDLE,
  needleActive: false,
  needlePath: null,
  needlePathProblem: null,
  brush: { radiusM: 0.03, erase: false, mirror: false },
  painting: false,
  patientView: 'front',
  skinVertexCount: 0,
  skinPositions: null,
  skinGrid: null,
  painMask: null,
  painRevision: 0,
  painEdits: 0,
  tappedRegions: [],
  paintedRegions: [],
  patientShownMuscleId: null,
  quizTriggerPoint: null,
  maps: [],
  activeMapId: null,
  storageProblems: [],

  focusMuscle(muscleId, side) {
    const patch = focusPatch(get(), muscleId, side)
    if (patch) {
      set(patch)
    }
  },
  selectTriggerPoint(ref) {
    // A new trigger point starts from the default approach: another muscle's approach may not apply to it.
    const changed = ref?.muscleId !== get().triggerPoint?.muscleId || ref?.triggerPointId !== get().triggerPoint?.triggerPointId
    const needle = changed ? { ...get().needle, depthMm: 0, approach: DEFAULT_NEEDLE.approach } : { ...get().needle, depthMm: 0 }
    set({ triggerPoint: ref, needle, frameRequest: get().frameRequest + 1 })
    if (ref && get().focus?.muscleId !== ref.muscleId) {
      set({ focus: { muscleId: ref.muscleId, side: get().focus?.side ?? 'right' }, areaView: null })
    }
  },
  setCompareMuscle(compareMuscleId) {
    set({ compareMuscleId: compareMuscleId === get().focus?.muscleId ? null : compareMuscleId })
  },
  setAreaView(areaView) {
    set({ areaView })
  },
  setHabitus(habitus) {
    set({ habitus })
  },
  setNeedle(patch) {
    const next = { ...get().needle, ...patch }
    next.lengthMm = clamp(Math.round(next.lengthMm), MIN_NEEDLE_LENGTH_MM, MAX_NEEDLE_LENGTH_MM)
    next.depthMm = clamp(next.depthMm, 0, next.lengthMm)
    set({ needle: next })
  },
  setNeedleActive(needleActive) {
    set({ needleActive })
  },
  setNeedlePath(needlePath, problem = null) {
    set({ needlePath, needlePathProblem: problem })
  },
  setBrush(patch) {
    const brush = { ...get().brush, ...patch }
    brush.radiusM = clamp(brush.radiusM, 0.01, 0.12)
    set({ brush })
  },
  setPainting(painting) {
    set({ painting })
  },
  setPatientView(patientView) {
    set({ patientView })
  },
  setSkin(skinPositions, skinGrid) {
    set({ skinPositions, skinGrid, skinVertexCount: skinPositions.length / 3 })
  },
  setPainMask(painMask) {
    set({ painMask, painRevision: get().painRevision + 1 })
  },
  touchPainMask() {
    set({ painRevision: get().painRevision + 1, painEdits: get().painEdits + 1 })
  },
  notePainEdit() {
    set({ painEdits: get().painEdits + 1 })
  },
  toggleTappedRegion(regionKey) {
    const tapped = get().tappedRegions
    set({
      tappedRegions: tapped.includes(regionKey) ? tapped.filter((r) => r !== regionKey) : [...tapped, regionKey],
      painRevision: get().painRevision + 1,
      painEdits: get().painEdits + 1,
    })
  },
  setTappedRegions(tappedRegions) {
    set({ tappedRegions, painRevision: get().painRevision + 1 })
  },
  setPaintedRegions(paintedRegions) {
    set({ paintedRegions })
  },
  setQuizTriggerPoint(quizTriggerPoint) {
    set({ quizTriggerPoint })
  },
  setPatientShownMuscle(patientShownMuscleId) {
    set({ patientShownMuscleId })
  },
  setMaps(maps, activeMapId) {
    set({ maps, activeMapId: activeMapId === undefined ? get().activeMapId : activeMapId })
  },
  setStorageProblems(storageProblems) {
    set({ storageProblems })
  },
})
