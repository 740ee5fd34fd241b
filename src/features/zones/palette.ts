// Colours for referral zones, marks and pain, chosen from the Okabe–Ito colour-blind-safe set so that
// the primary muscle and the compared muscle stay distinguishable with any colour-vision deficiency.
// Every colour meaning is also carried by a pattern (solid / stipple / hatch) or a text label.

/** sRGB colours as hex strings (the UI) and as 0..1 triples (the shader). */
export const ZONE_PALETTE = {
  /** The selected muscle: vermillion. Essential zone solid, spillover stippled. */
  primary: '#D55E00',
  /** The compared muscle: blue. Essential zone hatched, spillover hatched more sparsely. */
  compare: '#0072B2',
  /** The patient's painted pain: reddish purple. */
  pain: '#CC79A7',
  /** Trigger-point marks of the selected muscle (drawn black-outlined for contrast on the vermillion). */
  markPrimary: '#000000',
  markCompare: '#56B4E9',
  /** Needle warning states. Red is a true red (not the vermillion of the zones), so it reads as "stop". */
  warnClear: '#009E73',
  warnAmber: '#E69F00',
  warnRed: '#CC0000',
  /** Tip past the pleura: a darker red, told apart from red by its label and stripes too. */
  warnPastPleura: '#7A0010',
} as const

export type ZonePaletteKey = keyof typeof ZONE_PALETTE

/** Converts a '#rrggbb' colour to a [r, g, b] triple in 0..1 (sRGB, as the shader uniform expects). */
export function hexToRgb01(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  const [r, g, b] = m ? m.slice(1).map((h) => parseInt(h, 16) / 255) : []
  if (r === undefined || g === undefined || b === undefined) {
    throw new Error(`palette: "${hex}" is not a #rrggbb colour`)
  }
  return [r, g, b]
}
