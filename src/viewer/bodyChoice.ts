// Which built-in body is on screen: the reference (male) body or the female body. Only the chosen one is downloaded,
// at once at start (the link's `body=` is read here before the link reader has loaded); choosing the other one later
// (the Body switch, a link, a lesson step) downloads it and replaces the body on screen. Kept free of three.js, like
// bodySource.ts, so the download starts before the 3D code has loaded.
import type { BodySex } from '../anatomy/ids'
import femaleBodyUrl from '../../models/body-female.glb?url'
import maleBodyUrl from '../../models/body.glb?url'
import { requestBody } from './bodySource'
import { fetchWithProgress } from './scene/fetchProgress'
import { useViewer } from './store'

export const BUILT_IN_BODIES: Readonly<Record<BodySex, { label: string; url: string }>> = {
  male: { label: 'Built-in body (male)', url: maleBodyUrl },
  female: { label: 'Built-in body (female)', url: femaleBodyUrl },
}

/** The body a link asks for; anything but exactly `body=female` is the male body, as the link reader decides. */
export function bodyInLink(search: string): BodySex {
  return new URLSearchParams(search).get('body') === 'female' ? 'female' : 'male'
}

function download(body: BodySex): void {
  // Move the bar in 2% steps: a re-render per network chunk would slow the download on a busy machine.
  let shownPct = -1
  const { label, url } = BUILT_IN_BODIES[body]
  requestBody({
    label,
    builtin: true,
    bytes: fetchWithProgress(url, (fraction) => {
      const pct = fraction === null ? null : Math.floor(fraction * 50) * 2
      if (pct !== null && pct === shownPct) return
      shownPct = pct ?? -1
      useViewer.getState().setLoad({ phase: 'loading', fraction: pct === null ? null : pct / 100, what: 'Loading the body model' })
    }),
  })
}

/** Downloads the body the link asks for now, and the chosen body whenever the choice changes. */
export function startBuiltInBody(search: string): () => void {
  let shown = bodyInLink(search)
  // the store holds the link's body from the start, so no update before the link is applied asks for the other one
  useViewer.getState().setBody(shown)
  download(shown)
  return useViewer.subscribe((s, previous) => {
    if (s.body === previous.body || s.body === shown) return
    shown = s.body
    download(shown)
  })
}
