// One notice per link: however many of a link's parameters could not be used, the person opening it sees a
// single message, with the problems listed inside it (folded away when there are many, and capped). Pure.

/** Problems listed in the notice; the rest are counted. */
export const MAX_LISTED_LINK_PROBLEMS = 6
/** Up to this many problems are listed openly; more are folded into a "Show details" list. */
export const OPEN_LINK_PROBLEMS = 3

export interface LinkNotice {
  text: string
  /** One line per problem (at most MAX_LISTED_LINK_PROBLEMS, then an "…and N more" line); empty for one problem. */
  details: string[]
  /** Whether the details start folded away. */
  folded: boolean
}

/** The single notice for a link's problems, or null when the link applied cleanly. Repeated problems count once. */
export function linkNotice(problems: readonly string[]): LinkNotice | null {
  const unique = [...new Set(problems)]
  if (unique.length === 0) {
    return null
  }
  if (unique.length === 1) {
    return { text: unique[0]!, details: [], folded: false }
  }
  const listed = unique.slice(0, MAX_LISTED_LINK_PROBLEMS)
  const more = unique.length - listed.length
  return {
    text: `${unique.length} parts of this link could not be used, so the default is shown for them.`,
    details: more > 0 ? [...listed, `…and ${more} more.`] : listed,
    folded: unique.length > OPEN_LINK_PROBLEMS,
  }
}
