// Entry point, kept small: its first import sends the chosen body's request and the 3D code's, then the page's
// shell (react-dom, the panels: app/mountApp.tsx) is loaded as its own chunk, which index.html preloads beside
// this one. The requests thus go out before the shell's code is evaluated rather than after: a fetch or import()
// started inside a task is sent only when the task ends, and evaluating the shell is the page's longest task.
import { speakerNotes } from './viewer/startBody'
import { errorText, isChunkLoadFailure } from './app/loadFailure'
import { probeGraphics } from './viewer/graphicsProbe'

import('./app/mountApp')
  // the WebGL probe makes the page's first context: only now, in a later task than the requests (startBody.ts)
  .then((m) => m.mountApp({ speakerNotes, webgl: !speakerNotes && probeGraphics().webgl }))
  .catch((error: unknown) => {
    // Nothing of the app is on screen yet: say so in plain text, with the browser's words for a bug report.
    const root = document.getElementById('root')
    if (!root) return
    const why = isChunkLoadFailure(error)
      ? 'Its code could not be downloaded: the network connection dropped, or a new version was published since this page was opened.'
      : 'Its code stopped because of an error.'
    const message = document.createElement('p')
    message.setAttribute('role', 'alert')
    message.textContent = `Trigger Point Atlas could not start. ${why} Reload the page to try again. (${errorText(error)})`
    root.replaceChildren(message)
  })
