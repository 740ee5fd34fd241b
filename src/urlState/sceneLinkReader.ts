// Reads a link into a scene state, checked once more against the scene-state schema so that nothing a link carries
// reaches the store unchecked. Apart from the link writer (sceneLink.ts) because the schema brings zod: the app loads
// this only when it opens with a link. Pure.
import { readSceneState, type SceneState } from '../sceneState/sceneState'
import { defaultSceneState } from '../sceneState/sceneStateDefaults'
import { sceneStateFromUrlState } from './sceneLink'
import { parseUrlState } from './urlStateParse'

/**
 * Reads a link's query into a scene state, with the plain-text problems of every parameter that could not be used
 * (see urlState.ts). `knownIds` limits structures to those of the loaded model, as parseUrlState does.
 */
export function readSceneLink(search: string, knownIds?: ReadonlySet<string>): { state: SceneState; notices: string[] } {
  const { state: u, notices } = parseUrlState(search, knownIds)
  const read = readSceneState(sceneStateFromUrlState(u))
  if (!read.ok) {
    // Each parameter was checked on its own; a combination the scene state refuses drops the whole link.
    return {
      state: defaultSceneState(),
      notices: [...notices, 'The link does not describe a scene this app can show, so the default view is shown.'],
    }
  }
  return { state: read.state, notices }
}
