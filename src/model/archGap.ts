// The gap between the side of the skull and the zygomatic arch, through which temporalis passes deep to the arch on
// its way to the coronoid process. Found on the skeleton's field rather than typed in, so that the temporalis tendon
// follows the skull and the arch wherever the landmark table puts them.
import type { Envelope } from './envelope'
import type { Vec3 } from './vec'

/**
 * The middle of the gap between the skull and the (left) arch on a horizontal line running medially from `lateral` (a
 * point lateral to the arch), and the gap's width: walking medially, the first solid run is the arch, the free run
 * after it the gap, the next solid run the side of the skull. Throws when the line finds no such gap.
 */
export function gapDeepToArch(under: Envelope, lateral: Vec3): { centre: Vec3; widthM: number } {
  const step = 0.0005
  const solid = (x: number): boolean => under.value(x, lateral[1], lateral[2]) < 0
  let x = lateral[0]
  const limit = lateral[0] - 0.06
  const walk = (wantSolid: boolean): void => {
    while (x > limit && solid(x) !== wantSolid) x -= step
  }
  walk(true) // to the arch
  walk(false) // through it
  const outer = x
  walk(true) // across the gap to the skull
  if (x <= limit || outer === x) {
    throw new Error(`no gap between the skull and the zygomatic arch at (${lateral.map((v) => v.toFixed(3)).join(', ')})`)
  }
  return { centre: [(outer + x) / 2, lateral[1], lateral[2]], widthM: Math.abs(outer - x) }
}
