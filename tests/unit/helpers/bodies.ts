// The generated bodies every model test runs on: the reference (male) body and the female body.
import { BODY_SEXES } from '../../../src/anatomy/ids'
import { bodyModelFile } from '../../../src/model/bodyFiles'

export const BODIES = BODY_SEXES.map((sex) => ({ sex, file: bodyModelFile(sex) }))
