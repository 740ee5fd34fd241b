// Where each generated body is committed: one place for the generator, the tests and the benchmarks.
import type { BodySex } from '../anatomy/ids'

export function bodyModelFile(sex: BodySex): string {
  return sex === 'male' ? 'models/body.glb' : 'models/body-female.glb'
}
