// The bands of fascia the model lists with the muscles (kind muscle, drawn as tendon): what each is, in words, for the
// Details panel, and the other names the structure search finds it by (from src/mapping/alternativeNames.ts, with
// every other structure's). Apart from ids.ts, so that the first chunk does not carry the text.
import { synonymsFor } from '../mapping/alternativeNames'

export interface FasciaNote {
  /** What it is, in words, completing "Shown for orientation only: …". */
  description: string
}

export const FASCIAE: Readonly<Record<string, FasciaNote>> = {
  'iliotibial-tract': {
    description: 'the band of fascia lata on the side of the thigh that tensor fasciae latae and gluteus maximus insert into',
  },
  'thoracolumbar-fascia': {
    description:
      'the sheet of fascia over the erector spinae of the low back and the back of the sacrum, from which latissimus dorsi and gluteus maximus arise (its layers in front of the erector spinae are not drawn)',
  },
}

/** The search synonyms of a band of fascia; none for anything else. */
export function fasciaSynonyms(id: string): string[] {
  return FASCIAE[id] ? synonymsFor(id) : []
}
