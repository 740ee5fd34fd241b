// Atlas muscles whose shape is built with the context muscles (src/model/contextMuscles.ts) rather than in
// src/model/muscles.ts: they lie packed among atlas muscles that share their attachments (adductor magnus starts
// on the ischial tuberosity with the hamstrings; the long toe extensors lie between tibialis anterior, fibularis longus
// and the leg bones), so they are carved against the muscles built before them like a context muscle is. They keep their atlas identity (MUSCLES in src/anatomy/ids.ts) and atlas colour.
export const CARVED_ATLAS_MUSCLE_IDS: readonly string[] = ['adductor-magnus', 'extensor-digitorum-longus', 'extensor-hallucis-longus']
