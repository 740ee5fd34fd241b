// The CommandContext handed to every command: output that respects --json, and the built-in atlas
// read from data/ once per run.
import { loadAtlas } from '../../src/atlas/load'
import { DATA_DIR, readAtlasPath } from './files'
import type { BuiltInAtlas, CommandContext } from './types'

export function createContext(json: boolean): CommandContext {
  let builtIn: BuiltInAtlas | undefined
  return {
    json,
    out: (line) => {
      if (!json) {
        process.stdout.write(`${line}\n`)
      }
    },
    err: (line) => process.stderr.write(`${line}\n`),
    printJson: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    builtIn: () => {
      if (!builtIn) {
        const read = readAtlasPath(DATA_DIR)
        const loaded = loadAtlas(read.files, { builtIn: true })
        builtIn = { ...loaded, files: read.files, readFaults: read.faults }
      }
      return builtIn
    },
  }
}

/** For list/show/refers: one stderr hint when the built-in data has errors, so answers are not silently partial. */
export function warnIfBuiltInFaulty(ctx: CommandContext): void {
  const { faults, readFaults } = ctx.builtIn()
  const errors = [...readFaults, ...faults].filter((f) => f.severity === 'error').length
  if (errors > 0) {
    ctx.err(`note: the built-in atlas has ${errors} error(s); entries with errors are left out. Run: npm run -s atlas -- validate`)
  }
}
