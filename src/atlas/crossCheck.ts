// Step two of loading: check every reference against the shared vocabulary (src/anatomy/ids.ts) and
// against the rest of the atlas: landmarks, regions, hazards, pleura sites and citations must exist and
// ids must be unique. What cannot be placed or trusted is left out, at the smallest level possible (a
// trigger point before a muscle), and reported; a dangling citation next to good ones is dropped alone.
import { LANDMARK_IDS, LANDMARKS, MUSCLES, MUSCLE_IDS, NEEDLING_HAZARD_IDS, REGION_IDS } from '../anatomy/ids'
import { fault } from './faults'
import type { AtlasParts, Located } from './readFiles'
import { citedEvidence, evidenceInWords, evidenceRank } from './evidence'
import type { Muscle, ReferralZone, SkinPatch, Source, TriggerPoint } from './schema'
import { unknownIdMessage } from './suggest'
import type { Atlas, AtlasFault, AtlasLoadResult, JsonPath } from './types'

export interface CrossCheckOptions {
  /**
   * The built-in atlas: every muscle id must be a model muscle, every region id a standard one, and every
   * standard region must have a shape. An instructor's atlas may add new ids (reported as warnings).
   */
  builtIn: boolean
}

interface Context {
  faults: AtlasFault[]
  sourceIds: Set<string>
  sourceById: Map<string, Source>
  rejectedSourceIds: Set<string>
  regionIds: Set<string>
  pleuraSiteIds: Set<string>
  triggerPointOwners: Map<string, string>
}

/** Cross-checks schema-valid parts into an atlas in which every id resolves. */
export function crossCheck(parts: AtlasParts, options: CrossCheckOptions): AtlasLoadResult {
  const faults: AtlasFault[] = []
  const ctx: Context = {
    faults,
    sourceIds: new Set(),
    sourceById: new Map(),
    rejectedSourceIds: new Set(),
    regionIds: new Set(),
    pleuraSiteIds: new Set(),
    triggerPointOwners: new Map(),
  }
  const atlas: Atlas = { muscles: [], regions: [], sources: [], pleuraSites: [], contraindications: [], redFlags: [] }

  for (const entry of unique(parts.sources, 'source', faults)) {
    atlas.sources.push(entry.value)
    ctx.sourceIds.add(entry.value.id)
    ctx.sourceById.set(entry.value.id, entry.value)
    if (entry.value.rejected) {
      ctx.rejectedSourceIds.add(entry.value.id)
    }
  }

  for (const entry of unique(parts.regions, 'region', faults)) {
    const region = entry.value
    if (!REGION_IDS.includes(region.id)) {
      const message = `region id "${region.id}" is not one of the standard region ids in src/anatomy/ids.ts`
      faults.push(fault(entry.file, [...entry.path, 'id'], message, options.builtIn ? 'error' : 'warning'))
      if (options.builtIn) {
        continue
      }
    }
    const effect = `region "${region.id}" left out`
    if (!patchesPlaceable(region.patches, entry.file, [...entry.path, 'patches'], effect, ctx)) {
      continue
    }
    if (region.sides === 'midline' && !midlinePatchesOk(region.patches, entry.file, [...entry.path, 'patches'], effect, ctx)) {
      continue
    }
    atlas.regions.push(region)
    ctx.regionIds.add(region.id)
  }
  const regionFile = parts.regions[0]?.file
  if (options.builtIn && regionFile !== undefined) {
    for (const id of REGION_IDS.filter((r) => !ctx.regionIds.has(r))) {
      faults.push(fault(regionFile, [], `standard region "${id}" has no valid shape in this file`))
    }
  }

  for (const entry of unique(parts.pleuraSites, 'pleura site', faults)) {
    const site = entry.value
    const effect = `pleura site "${site.id}" left out`
    const sources = citations(site.sources, entry.file, [...entry.path, 'sources'], effect, ctx)
    let measurementsOk = true
    site.measurements.forEach((m, i) => {
      if (!ctx.sourceIds.has(m.source)) {
        const path = [...entry.path, 'measurements', i, 'source']
        faults.push(fault(entry.file, path, unknownIdMessage('source', m.source, [...ctx.sourceIds]), 'error', effect))
        measurementsOk = false
      }
    })
    if (!sources || !measurementsOk) {
      continue
    }
    atlas.pleuraSites.push({ ...site, sources })
    ctx.pleuraSiteIds.add(site.id)
  }

  for (const entry of unique(parts.contraindications, 'contraindication', faults)) {
    const item = entry.value
    const sources = citations(item.sources, entry.file, [...entry.path, 'sources'], `contraindication "${item.id}" left out`, ctx)
    if (sources) {
      atlas.contraindications.push({ ...item, sources })
    }
  }

  for (const entry of unique(parts.redFlags, 'red flag', faults)) {
    const flag = entry.value
    const effect = `red flag "${flag.id}" left out`
    const sources = citations(flag.sources, entry.file, [...entry.path, 'sources'], effect, ctx)
    // A warning sign stays shown for the regions that do exist; only a flag left with none is dropped.
    const regions = flag.regions.filter((r) => ctx.regionIds.has(r))
    const regionsLost = flag.scope === 'regions' && regions.length === 0
    flag.regions.forEach((r, i) => {
      if (!ctx.regionIds.has(r)) {
        const message = `${unknownIdMessage('region', r, [...ctx.regionIds])}: not a region in this atlas`
        faults.push(fault(entry.file, [...entry.path, 'regions', i], message, 'error', regionsLost ? effect : 'region dropped'))
      }
    })
    if (sources && !regionsLost) {
      atlas.redFlags.push({ ...flag, regions, sources })
    }
  }

  for (const entry of unique(parts.muscles, 'muscle', faults)) {
    const muscle = checkMuscle(entry, options, ctx)
    if (muscle) {
      atlas.muscles.push(muscle)
    }
  }
  return { atlas, faults }
}

/** Keeps the first entry of each id and reports the later ones, naming where the first came from. */
function unique<T extends { id: string }>(entries: Located<T>[], kind: string, faults: AtlasFault[]): Located<T>[] {
  const first = new Map<string, Located<T>>()
  const kept: Located<T>[] = []
  for (const entry of entries) {
    const earlier = first.get(entry.value.id)
    if (earlier) {
      const where = earlier.path.length > 0 ? `${earlier.file} at ${earlier.path.join('.')}` : earlier.file
      const message = `duplicate ${kind} id "${entry.value.id}" (already defined in ${where})`
      faults.push(fault(entry.file, [...entry.path, 'id'], message, 'error', `this ${kind} left out`))
      continue
    }
    first.set(entry.value.id, entry)
    kept.push(entry)
  }
  return kept
}

function checkMuscle(entry: Located<Muscle>, options: CrossCheckOptions, ctx: Context): Muscle | null {
  const muscle = entry.value
  const muscleEffect = `muscle "${muscle.id}" left out`
  if (!MUSCLE_IDS.includes(muscle.id)) {
    if (options.builtIn) {
      const message = `${unknownIdMessage('muscle', muscle.id, MUSCLE_IDS)}: the model has no mesh with this id`
      ctx.faults.push(fault(entry.file, [...entry.path, 'id'], message, 'error', muscleEffect))
      return null
    }
    const message = `muscle "${muscle.id}" is not in the model: it is listed and searchable, but no mesh can be highlighted`
    ctx.faults.push(fault(entry.file, [...entry.path, 'id'], message, 'warning'))
  }
  const identity = MUSCLES.find((m) => m.id === muscle.id)
  if (identity && identity.region !== muscle.region) {
    const message = `region "${muscle.region}" differs from the model's "${identity.region}" for this muscle (src/anatomy/ids.ts)`
    ctx.faults.push(fault(entry.file, [...entry.path, 'region'], message, 'warning'))
  }
  const sources = citations(muscle.sources, entry.file, [...entry.path, 'sources'], muscleEffect, ctx)
  if (!sources) {
    return null
  }
  const anatomyEvidence = anatomyEvidenceSupported(muscle, sources, entry.file, [...entry.path, 'anatomyEvidence'], ctx)
  const triggerPoints: TriggerPoint[] = []
  muscle.triggerPoints.forEach((point, i) => {
    const index = entry.triggerPointIndices?.[i] ?? i
    const checked = checkTriggerPoint(point, muscle.id, entry.file, [...entry.path, 'triggerPoints', index], ctx)
    if (checked) {
      triggerPoints.push(checked)
    }
  })
  if (triggerPoints.length === 0) {
    ctx.faults.push(fault(entry.file, [...entry.path, 'triggerPoints'], 'no trigger point of this muscle is usable', 'error', muscleEffect))
    return null
  }
  return { ...muscle, anatomyEvidence, sources, triggerPoints }
}

/**
 * Anatomy may be "verified" only against a textbook-grade source that was read (textbookGrade and verified in
 * data/sources.json); a cross-check such as ANAT makes it "secondary" at most. A stronger claim is an error and
 * is lowered.
 */
function anatomyEvidenceSupported(
  muscle: Muscle,
  sources: string[],
  file: string,
  path: JsonPath,
  ctx: Context,
): Muscle['anatomyEvidence'] {
  if (muscle.anatomyEvidence !== 'verified') {
    return muscle.anatomyEvidence
  }
  const textbook = sources.some((id) => {
    const s = ctx.sourceById.get(id)
    return s?.textbookGrade === true && s.verification === 'verified'
  })
  if (textbook) {
    return 'verified'
  }
  const message =
    'anatomyEvidence is "verified" but no cited source is a textbook-grade source that was read (textbookGrade and verified in data/sources.json)'
  ctx.faults.push(fault(file, path, message, 'error', 'shown as "secondary"'))
  return 'secondary'
}

/**
 * A location cannot claim more than its citations support: "verified" needs a verified source among the trigger
 * point's sources, "summary-only" at least a summary, and so on. A stronger claim is an error and is lowered.
 */
function locationEvidenceSupported(
  point: TriggerPoint,
  sources: string[],
  file: string,
  path: JsonPath,
  ctx: Context,
): TriggerPoint['locationEvidence'] {
  const supported = citedEvidence(sources, ctx.sourceById).level
  if (evidenceRank(point.locationEvidence) >= evidenceRank(supported)) {
    return point.locationEvidence
  }
  const message = `locationEvidence is "${point.locationEvidence}" but the trigger point's sources support at most "${supported}" (${evidenceInWords(supported)})`
  ctx.faults.push(fault(file, path, message, 'error', `shown as "${supported}"`))
  return supported
}

function checkTriggerPoint(point: TriggerPoint, muscleId: string, file: string, path: JsonPath, ctx: Context): TriggerPoint | null {
  const effect = `trigger point "${point.id}" left out`
  let ok = true
  const owner = ctx.triggerPointOwners.get(point.id)
  if (owner !== undefined) {
    ctx.faults.push(
      fault(file, [...path, 'id'], `duplicate trigger point id "${point.id}" (already used in muscle "${owner}")`, 'error', effect),
    )
    return null
  }
  if (!LANDMARK_IDS.includes(point.location.landmark)) {
    const message = unknownIdMessage('landmark', point.location.landmark, LANDMARK_IDS)
    ctx.faults.push(fault(file, [...path, 'location', 'landmark'], message, 'error', effect))
    ok = false
  }
  ;(point.localRegions ?? []).forEach((id, i) => {
    if (!ctx.regionIds.has(id)) {
      ctx.faults.push(fault(file, [...path, 'localRegions', i], unknownIdMessage('region', id, [...ctx.regionIds]), 'error', effect))
      ok = false
    }
  })
  const essential = checkZone(point.essentialZone, file, [...path, 'essentialZone'], effect, ctx)
  const spillover = point.spilloverZone ? checkZone(point.spilloverZone, file, [...path, 'spilloverZone'], effect, ctx) : undefined
  ok = ok && essential !== null && spillover !== null

  const needling = point.needling
  needling.dangerStructures.forEach((id, i) => {
    if (!NEEDLING_HAZARD_IDS.includes(id)) {
      const message = unknownIdMessage('danger structure', id, NEEDLING_HAZARD_IDS)
      ctx.faults.push(fault(file, [...path, 'needling', 'dangerStructures', i], message, 'error', effect))
      ok = false
    }
  })
  if (needling.pleuraSiteId !== undefined && !ctx.pleuraSiteIds.has(needling.pleuraSiteId)) {
    const message = unknownIdMessage('pleura site', needling.pleuraSiteId, [...ctx.pleuraSiteIds])
    ctx.faults.push(fault(file, [...path, 'needling', 'pleuraSiteId'], message, 'error', effect))
    ok = false
  }
  if (needling.pleuraSiteId !== undefined && !needling.pleuraReachable) {
    const message = 'names a pleura site but pleuraReachable is false: the depth warning will not use it'
    ctx.faults.push(fault(file, [...path, 'needling', 'pleuraSiteId'], message, 'warning'))
  }
  const needlingSources = citations(needling.sources, file, [...path, 'needling', 'sources'], effect, ctx)
  const depth = needling.typicalDepth
  const depthSources = depth ? citations(depth.sources, file, [...path, 'needling', 'typicalDepth', 'sources'], effect, ctx) : undefined
  const pointSources = citations(point.sources, file, [...path, 'sources'], effect, ctx)
  if (!ok || !essential || spillover === null || !needlingSources || depthSources === null || !pointSources) {
    return null
  }
  ctx.triggerPointOwners.set(point.id, muscleId)
  const locationEvidence = locationEvidenceSupported(point, pointSources, file, [...path, 'locationEvidence'], ctx)
  return {
    ...point,
    locationEvidence,
    essentialZone: essential,
    ...(spillover ? { spilloverZone: spillover } : {}),
    needling: {
      ...needling,
      sources: needlingSources,
      ...(depth && depthSources ? { typicalDepth: { ...depth, sources: depthSources } } : {}),
    },
    sources: pointSources,
  }
}

function checkZone(zone: ReferralZone, file: string, path: JsonPath, effect: string, ctx: Context): ReferralZone | null {
  let ok = true
  zone.regions.forEach((id, i) => {
    if (!ctx.regionIds.has(id)) {
      ctx.faults.push(fault(file, [...path, 'regions', i], unknownIdMessage('region', id, [...ctx.regionIds]), 'error', effect))
      ok = false
    }
  })
  ok = patchesPlaceable(zone.patches, file, [...path, 'patches'], effect, ctx) && ok
  const sources = citations(zone.sources, file, [...path, 'sources'], effect, ctx)
  return ok && sources ? { ...zone, sources } : null
}

function patchesPlaceable(patches: SkinPatch[], file: string, path: JsonPath, effect: string, ctx: Context): boolean {
  let ok = true
  patches.forEach((patch, i) => {
    for (const end of ['from', 'to'] as const) {
      const point = patch[end]
      if (point && !LANDMARK_IDS.includes(point.landmark)) {
        const message = unknownIdMessage('landmark', point.landmark, LANDMARK_IDS)
        ctx.faults.push(fault(file, [...path, i, end, 'landmark'], message, 'error', effect))
        ok = false
      }
    }
  })
  return ok
}

const MIDLINE_LANDMARKS = new Set(LANDMARKS.filter((l) => l.sides === 'midline').map((l) => l.id))

/**
 * A midline region is placed once, on no side: its patches can use only midline landmarks, no lateral
 * offset and no lateral or medial facing, all of which need a side to mean anything.
 */
function midlinePatchesOk(patches: SkinPatch[], file: string, path: JsonPath, effect: string, ctx: Context): boolean {
  let ok = true
  const report = (p: JsonPath, message: string): void => {
    ctx.faults.push(fault(file, p, message, 'error', effect))
    ok = false
  }
  patches.forEach((patch, i) => {
    for (const end of ['from', 'to'] as const) {
      const point = patch[end]
      if (!point) {
        continue
      }
      if (!MIDLINE_LANDMARKS.has(point.landmark)) {
        report([...path, i, end, 'landmark'], `a midline region needs a midline landmark; "${point.landmark}" exists on both sides`)
      }
      if ((point.offset?.lateralM ?? 0) !== 0) {
        report([...path, i, end, 'offset', 'lateralM'], 'a midline region cannot have a lateral offset')
      }
    }
    if (patch.facing === 'lateral' || patch.facing === 'medial') {
      report([...path, i, 'facing'], `a midline region cannot face "${patch.facing}"`)
    }
  })
  return ok
}

/**
 * The citations that resolve. Unknown ids are reported and dropped; null when none is left (the entry
 * then has no source and is left out). Citing a rejected source is a warning.
 */
function citations(ids: string[], file: string, path: JsonPath, effect: string, ctx: Context): string[] | null {
  const kept = ids.filter((id) => ctx.sourceIds.has(id))
  ids.forEach((id, i) => {
    if (!ctx.sourceIds.has(id)) {
      const message = `${unknownIdMessage('source', id, [...ctx.sourceIds])}: not in data/sources.json`
      ctx.faults.push(fault(file, [...path, i], message, 'error', kept.length === 0 ? effect : 'citation dropped'))
    } else if (ctx.rejectedSourceIds.has(id)) {
      ctx.faults.push(fault(file, [...path, i], `cites "${id}", a source the clinical notes rejected`, 'warning'))
    }
  })
  return kept.length > 0 ? kept : null
}
