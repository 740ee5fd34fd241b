// Why a part of the app could not be shown, in words a user can act on. A lazily loaded part (the 3D view,
// patient mode, the needle simulator…) fails in two very different ways: its code file could not be
// fetched (the network dropped, or the site was redeployed and the old file names are gone: a reload
// fixes it), or its code ran and threw (a bug: retrying may help, reloading keeps the user's work in the
// URL). Pure: no React, no DOM.

export type LoadFailureCause = 'code-not-fetched' | 'part-crashed'

export interface LoadFailure {
  cause: LoadFailureCause
  /** One or two plain sentences naming the part and the cause. */
  message: string
  /** The browser's own wording, for a bug report. */
  detail: string
}

// Chromium: "Failed to fetch dynamically imported module"; Firefox: "error loading dynamically imported
// module"; Safari: "Importing a module script failed"; Vite's preload helper: "Unable to preload CSS for …".
const CHUNK_FAILURE = [
  /failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /importing a module script failed/i,
  /unable to preload css/i,
  /loading (css )?chunk \S+ failed/i,
]

/** The error's message whatever was thrown (an Error, a string, anything else). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** True when the error says a code file (a JS or CSS chunk) could not be fetched. */
export function isChunkLoadFailure(error: unknown): boolean {
  const text = errorText(error)
  return CHUNK_FAILURE.some((re) => re.test(text))
}

/** What to tell the user when `part` (e.g. "patient mode") could not be shown. */
export function describeLoadFailure(part: string, error: unknown): LoadFailure {
  const detail = errorText(error)
  if (isChunkLoadFailure(error)) {
    return {
      cause: 'code-not-fetched',
      message:
        `The code for ${part} could not be downloaded: the network connection dropped, or a new version of the ` +
        `atlas was published since this page was opened. Retry, or reload the page to get the current version.`,
      detail,
    }
  }
  return {
    cause: 'part-crashed',
    message: `${capitalise(part)} stopped because of an error. The rest of the atlas still works; retry, or reload the page.`,
    detail,
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
