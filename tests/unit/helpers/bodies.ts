// The generated bodies every model test runs on: the reference (male) body and the female body.
import { resolve } from 'node:path'
import { BODY_SEXES } from '../../../src/anatomy/ids'
import { bodyModelFile } from '../../../src/model/bodyFiles'
import { readGlb, type BodyModel } from '../../../src/model/readGlb'

export const BODIES = BODY_SEXES.map((sex) => ({ sex, file: bodyModelFile(sex) }))

/** A body's model read from its file (a path from the project root) on first use and kept, for a describe block. */
export function bodyModelLoader(file: string): () => Promise<BodyModel> {
  let model: Promise<BodyModel> | undefined
  return () => (model ??= readGlb(resolve(import.meta.dirname, '../../..', file)))
}
