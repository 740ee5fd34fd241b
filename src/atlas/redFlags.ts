// Which red flags a pain map brings up, most urgent first. Pure, so the patient panel, the printed summary
// and `atlas rank` show the same flags for the same map.
import { RED_FLAG_URGENCIES, type RedFlag, type RedFlagUrgency } from './redFlagSchema'

/** The flags for one pain map: those for the painted regions, and the general ones shown with every map. */
export interface RedFlagsForPain {
  /** Flags whose regions the map touches, most urgent first. */
  forRegions: RedFlag[]
  /** Flags that apply wherever the pain is (fever, weight loss, night pain, injury, cancer). */
  anywhere: RedFlag[]
}

/** Most urgent first; equal urgency keeps the data order. */
export function byUrgency(flags: readonly RedFlag[]): RedFlag[] {
  const rank = (u: RedFlagUrgency): number => RED_FLAG_URGENCIES.indexOf(u)
  return flags
    .map((flag, i) => ({ flag, i }))
    .sort((a, b) => rank(a.flag.urgency) - rank(b.flag.urgency) || a.i - b.i)
    .map(({ flag }) => flag)
}

/** Region ids may carry a side (`calf.left`); flags are written per region. */
function baseRegion(regionId: string): string {
  return regionId.replace(/\.(left|right|midline)$/, '')
}

export function redFlagsForPain(flags: readonly RedFlag[], regionIds: readonly string[]): RedFlagsForPain {
  const painted = new Set(regionIds.map(baseRegion))
  return {
    forRegions: byUrgency(flags.filter((f) => f.scope === 'regions' && f.regions.some((r) => painted.has(r)))),
    anywhere: byUrgency(flags.filter((f) => f.scope === 'anywhere')),
  }
}

/** Warning signs after dry needling, most urgent first. */
export function afterNeedlingFlags(flags: readonly RedFlag[]): RedFlag[] {
  return byUrgency(flags.filter((f) => f.scope === 'after-needling'))
}

/** How fast to act, in plain words: the label printed with a flag. */
export const URGENCY_WORDS: Record<RedFlagUrgency, string> = {
  emergency: 'Emergency',
  'same-day': 'See a doctor today',
  soon: 'See a doctor soon',
}

/** One flag as a single plain line (CLI and printed text): "Emergency: heading. signs (condition). what to do" */
export function redFlagLine(flag: RedFlag): string {
  return `${URGENCY_WORDS[flag.urgency]}: ${flag.heading}. ${flag.signs} (${flag.condition}). ${flag.whatToDo}`
}

/** Shown under every list of muscles: the map cannot tell a muscle from other causes. */
export const OTHER_CAUSES_LINE = 'Pain here can also come from joints, nerves or organs.'
