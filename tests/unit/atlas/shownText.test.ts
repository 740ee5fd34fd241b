// Text that students and patients see carries no provenance notes (issue 13 item 2): which source was seen how,
// what is still to check and what a copy was like stay in author-only `authorNote` fields, and the app states
// evidence in words. Scans every string the app can show from the data files and names file and JSON path.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { citedEvidence, evidenceInWords, locationEvidenceInWords } from '../../../src/atlas/evidence'
import { formatPath } from '../../../src/atlas/faults'
import { provenanceInShownText, provenancePhrasesIn, shownTexts } from '../../../src/atlas/provenance'
import { muscleSchema } from '../../../src/atlas/schema'

const SHOWN_FILES = [
  ...readdirSync('data/atlas')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('data/atlas', f)),
  'data/regions.json',
  'data/red-flags.json',
  'data/contraindications.json',
]

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

describe('provenance phrases', () => {
  it.each([
    'Pattern from Travell & Simons, confirmed here only through secondary sources.',
    'Stays local (secondary lay sources only).',
    'Needle onto the rib (not checked in a source yet).',
    'Pain in the calf. Travell & Simons as taught, not checked in the book.',
    'Now and then in the ring and little fingers (unconfirmed).',
    'A constant ache (recalled from Travell & Simons; TS1).',
    'Also given on a lay page (muscle-joint-pain.com).',
    'The extract is partly garbled.',
    'Our sources give one pattern for the scalene group.',
    'The head and neck chapter was not read.',
  ])('finds one in "%s"', (text) => {
    expect(provenancePhrasesIn(text)).not.toEqual([])
  })

  it.each([
    'Rounded shoulders; pain between the shoulder blades from secondary TrPs (NAM-PM).',
    'Pincer grasp lifting one head at a time. Technique not yet confirmed in a published source.',
    'The suprascapular nerve passes the spinoglenoid notch (standard anatomy; TS1).',
    'Pain over the point of the elbow, worse leaning on it (TS1).',
    'No published figure for the scalene approach was found.',
  ])('leaves evidence statements and citations alone: "%s"', (text) => {
    expect(provenancePhrasesIn(text)).toEqual([])
  })
})

describe('shown text', () => {
  it('covers nested descriptions, lists and notes, and skips author notes, ids and evidence levels', () => {
    const muscle = {
      id: 'x-muscle',
      anatomyEvidence: 'unconfirmed',
      innervation: { nerve: 'N', roots: 'C5', note: 'Not checked in an anatomy text yet.' },
      authorNote: 'Recalled from Travell & Simons, not checked in the book.',
      triggerPoints: [
        {
          locationEvidence: 'unconfirmed',
          essentialZone: { description: 'Pain here.', authorNote: 'Confirmed here only through secondary sources.', sources: ['TS1'] },
          symptoms: ['An ache.', 'Crepitus (recalled from Travell & Simons, not checked; TS1).'],
          needling: { approach: 'Flat.', precautions: ['Nerve (standard anatomy, not checked in a source yet).'] },
        },
      ],
    }
    expect(shownTexts(muscle).map((s) => formatPath(s.path))).toEqual([
      'innervation.nerve',
      'innervation.roots',
      'innervation.note',
      'triggerPoints.0.essentialZone.description',
      'triggerPoints.0.symptoms.0',
      'triggerPoints.0.symptoms.1',
      'triggerPoints.0.needling.approach',
      'triggerPoints.0.needling.precautions.0',
    ])
    expect(provenanceInShownText(muscle).map((s) => formatPath(s.path))).toEqual([
      'innervation.note',
      'triggerPoints.0.symptoms.1',
      'triggerPoints.0.needling.precautions.0',
    ])
  })

  it.each(SHOWN_FILES)('%s: no shown string carries a provenance note', (file) => {
    const found = provenanceInShownText(readJson(file)).map(
      (s) => `${file} ${formatPath(s.path)}: "${s.phrases.join('", "')}" in "${s.text}"`,
    )
    expect(found, 'move these to an authorNote field and say it in words the app shows (a "(TS1)" tag is fine)').toEqual([])
  })
})

describe('citations shown on hover', () => {
  const sources = readJson('data/sources.json') as {
    id: string
    authors: string
    title: string
    publication: string
    doi?: string
    verification: string
  }[]

  it('give every source a real title, not a description standing in for one', () => {
    const described = sources.filter((s) => /not recorded|described from its contents/i.test(s.title)).map((s) => `${s.id}: ${s.title}`)
    expect(described).toEqual([])
  })

  it('never speak of the source list in authors, title or publication', () => {
    const listed = sources.flatMap((s) =>
      [s.authors, s.title, s.publication].filter((t) => /source list/i.test(t)).map((t) => `${s.id}: ${t}`),
    )
    expect(listed).toEqual([])
  })

  it('cite the infection report behind the after-needling red flag in full', () => {
    const seeley = sources.find((s) => s.id === 'SEELEY-2006')!
    expect(seeley).toMatchObject({ authors: 'Seeley EJ, Chambers HF', year: 2006, doi: '10.1086/504945', verification: 'verified' })
    expect(seeley.title).toMatch(/^Diabetic ketoacidosis precipitated by Staphylococcus aureus abscess and bacteremia due to acupuncture/)
  })
})

describe('author notes', () => {
  it('are part of the schema on a muscle, a trigger point, a zone and the needling block, and may not be empty', () => {
    const soleus = () => JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
    const placed = soleus()
    placed.authorNote = 'Anatomy from ANAT only.'
    placed.triggerPoints[0].authorNote = 'Palpation recalled.'
    placed.triggerPoints[0].essentialZone.authorNote = 'Secondary lay sources only.'
    placed.triggerPoints[0].needling.authorNote = 'Precautions: standard anatomy.'
    expect(muscleSchema.safeParse(placed).success).toBe(true)
    const paths: string[] = []
    for (const put of [
      (m: any) => (m.authorNote = ' '),
      (m: any) => (m.triggerPoints[0].authorNote = ''),
      (m: any) => (m.triggerPoints[0].essentialZone.authorNote = ''),
      (m: any) => (m.triggerPoints[0].needling.authorNote = ''),
    ]) {
      const muscle = soleus()
      put(muscle)
      const result = muscleSchema.safeParse(muscle)
      paths.push(result.success ? 'accepted' : result.error.issues.map((i) => i.path.join('.')).join(', '))
    }
    expect(paths).toEqual([
      'authorNote',
      'triggerPoints.0.authorNote',
      'triggerPoints.0.essentialZone.authorNote',
      'triggerPoints.0.needling.authorNote',
    ])
  })

  it('keep what the shown text no longer says: the built-in atlas holds them where provenance was moved out', () => {
    const soleus = readJson('data/atlas/soleus.json') as { triggerPoints: { id: string; essentialZone: { authorNote?: string } }[] }
    const trp1 = soleus.triggerPoints.find((t) => t.id === 'soleus-trp1')!
    expect(trp1.essentialZone.authorNote).toMatch(/secondary sources/)
  })

  it('are never read by the app: no component or feature module mentions them', () => {
    const offenders: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) {
          walk(path)
        } else if (
          /\.(ts|tsx)$/.test(entry.name) &&
          !path.startsWith(join('src', 'atlas')) &&
          readFileSync(path, 'utf8').includes('authorNote')
        ) {
          offenders.push(path)
        }
      }
    }
    walk('src')
    expect(offenders).toEqual([])
  })
})

describe('evidence in words instead', () => {
  const { atlas } = loadBuiltInAtlas()
  const sourceById = new Map(atlas.sources.map((s) => [s.id, s]))

  it('every zone and every location of the built-in atlas has a level the UI words', () => {
    const missing: string[] = []
    for (const muscle of atlas.muscles) {
      for (const tp of muscle.triggerPoints) {
        for (const zone of [tp.essentialZone, tp.spilloverZone]) {
          if (zone) {
            const { level, recalledFromTravellSimons } = citedEvidence(zone.sources, sourceById)
            const words = evidenceInWords(level, recalledFromTravellSimons)
            if (!words || provenancePhrasesIn(zone.description).length > 0) {
              missing.push(`${tp.id}: ${zone.description}`)
            }
          }
        }
        if (!locationEvidenceInWords(tp.locationEvidence, tp.sources)) {
          missing.push(`${tp.id} location`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})
