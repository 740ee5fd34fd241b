// `validate [file-or-dir]`: checks atlas files and prints one line per fault, naming the file and the
// JSON path. Without a path it checks the built-in data/. A path inside data/ is checked as part of the
// built-in atlas; a path elsewhere is checked as an instructor's file opened on top of it.
import { resolve } from 'node:path'
import { formatFault, formatPath, hasErrors } from '../../../src/atlas/faults'
import { openInstructorAtlas, type MergeMode } from '../../../src/atlas/merge'
import type { AtlasFault, AtlasLoadResult } from '../../../src/atlas/types'
import { DATA_DIR, displayPath, isInsideBuiltInData, readAtlasPath } from '../files'
import type { AtlasCommand } from '../types'

const command: AtlasCommand = {
  name: 'validate',
  usage: 'validate [file-or-dir] [--mode add|replace] [--json]',
  summary: 'Check atlas files; exit 1 with one line per fault (file and JSON path).',
  valuedFlags: ['mode'],
  run(args, ctx) {
    const target = args.positionals[0] ?? DATA_DIR
    const modeFlag = args.flags.mode
    if (modeFlag !== undefined && modeFlag !== 'add' && modeFlag !== 'replace') {
      ctx.err('--mode must be "add" or "replace"')
      return 2
    }
    const mode: MergeMode = modeFlag === 'replace' ? 'replace' : 'add'
    let faults: AtlasFault[]
    let result: AtlasLoadResult
    let fileCount: number
    let kind: 'built-in' | 'instructor'

    if (isInsideBuiltInData(target)) {
      kind = 'built-in'
      const builtIn = ctx.builtIn()
      const prefix = displayPath(resolve(target))
      const all = [...builtIn.readFaults, ...builtIn.faults]
      const whole = resolve(target) === DATA_DIR
      faults = whole ? all : all.filter((f) => f.file === prefix || f.file.startsWith(`${prefix}/`))
      result = builtIn
      fileCount = whole ? builtIn.files.length : builtIn.files.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}/`)).length
      if (!whole && fileCount === 0 && faults.length === 0) {
        faults = [{ file: target, path: [], message: 'no such file or directory in data/', severity: 'error' }]
      }
    } else {
      kind = 'instructor'
      const read = readAtlasPath(target)
      result = openInstructorAtlas(ctx.builtIn().atlas, read.files, mode)
      faults = [...read.faults, ...result.faults]
      fileCount = read.files.length
    }

    const errors = faults.filter((f) => f.severity === 'error').length
    const warnings = faults.length - errors
    const triggerPoints = result.atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)
    if (ctx.json) {
      ctx.printJson({
        ok: !hasErrors(faults),
        target: displayPath(resolve(target)),
        kind,
        ...(kind === 'instructor' ? { mode } : {}),
        files: fileCount,
        muscles: result.atlas.muscles.length,
        triggerPoints,
        errors,
        warnings,
        faults: faults.map((f) => ({
          file: f.file,
          path: formatPath(f.path),
          jsonPath: f.path,
          severity: f.severity,
          message: f.message,
          ...(f.effect ? { effect: f.effect } : {}),
        })),
      })
    } else {
      faults.forEach((f) => ctx.out(formatFault(f)))
      const verdict = errors > 0 ? 'FAILED' : 'OK'
      ctx.out(
        `${verdict}: ${fileCount} file(s), ${errors} error(s), ${warnings} warning(s); ` +
          `atlas now has ${result.atlas.muscles.length} muscles and ${triggerPoints} trigger points`,
      )
    }
    return errors > 0 ? 1 : 0
  },
}

export default command
