// The body's download and the 3D code's, started by the first code the page runs (main.tsx imports this module
// before it loads the page's shell). A fetch or import() started inside a task is sent only when that task ends, so
// starting them here, in the small entry chunk, sends them before the shell's code is evaluated: the body and the
// 3D chunks then arrive while the page is still evaluating and rendering its shell.
import { startBuiltInBody } from './bodyChoice'
import { subscribeBody } from './bodySource'
import { loadViewport } from './viewportModule'

/** The query as the page opened (the link's sync rewrites the address bar to what it applied). */
const openedWith = window.location.search
/** The speaker-notes window of a presented lesson is its own small page: no body, no link handling. */
export const speakerNotes = new URLSearchParams(openedWith).has('speaker-notes')
/**
 * Whether the browser has the WebGL interfaces, read without making a context: a page's first context costs a couple
 * of hundred milliseconds (its channel to the GPU process), so graphicsProbe.ts makes one only after the requests
 * have gone out. Where WebGL is switched off or blocked the interfaces are still there: the body and the 3D code are
 * then downloaded all the same, and the app says the body cannot be drawn (the price of sending the requests first).
 */
const webglApi = typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined'

if (!speakerNotes && webglApi) {
  startBuiltInBody(openedWith)
  // the view's code too, so its canvas can be made while the body downloads (viewportModule.ts)
  loadViewport().catch(() => undefined)
  // Each requested body is parsed as soon as its bytes and the 3D code are in, not once the view has mounted and
  // subscribed. The view asks again when it mounts and gets the same result; a failed import is reported by the
  // view's own import.
  void import('./scene/bodyPreparation')
    .then(({ prepareRequest }) => subscribeBody((req) => void prepareRequest(req)))
    .catch(() => undefined)
}
