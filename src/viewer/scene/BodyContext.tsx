// Hands the body on screen to every component inside the <Canvas>: the scene creates the provider once the
// model is prepared and attached, and `useBody()` returns that handle (body.ts), or null until a body is there.
// A newly opened model replaces it, and every user re-renders with the new one.
import { createContext, useContext, type ReactNode } from 'react'
import type { Body } from './body'

const BodyContext = createContext<Body | null>(null)

export function BodyProvider({ body, children }: { body: Body | null; children: ReactNode }): React.JSX.Element {
  return <BodyContext.Provider value={body}>{children}</BodyContext.Provider>
}

/** The body on screen, or null while none is prepared. */
export function useBody(): Body | null {
  return useContext(BodyContext)
}
