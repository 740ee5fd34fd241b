// An instructor's atlas file between "Open atlas…" and its use: the file read and waiting for the choice (add to or
// replace the built-in muscles), the report of the last opening, and which file is on screen. Reading, checking and
// merging are the steps of src/viewer/atlasOpen.ts, which set this state.
import type { StateCreator } from 'zustand'
import type { AppState } from './appStore'

export interface AtlasReport {
  summary: string
  faultLines: string[]
}

export interface AtlasFileState {
  /** A file read and found to be JSON, waiting for "add" or "replace". */
  atlasFilePending: { name: string; text: string } | null
  atlasReport: AtlasReport | null
  /** The instructor's file on screen (with or without the built-in muscles); null while the built-in atlas is. */
  openedAtlasFile: string | null
}

export const atlasFileInitialState: AtlasFileState = { atlasFilePending: null, atlasReport: null, openedAtlasFile: null }

export const createAtlasFileSlice: StateCreator<AppState, [], [], AtlasFileState> = () => ({ ...atlasFileInitialState })
