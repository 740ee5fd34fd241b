// Command-line parsing for the atlas CLI, small enough that no dependency is needed.
import type { ParsedArgs } from './types'

/** Splits argv into positionals and flags; `--name value` only for flags listed in `valued`. */
export function parseArgs(argv: readonly string[], valued: readonly string[] = ['mode', 'habitus', 'side', 'approach']): ParsedArgs {
  const positionals: string[] = []
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]! // i < argv.length
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2)
      const next = argv[i + 1]
      if (inline !== undefined) {
        flags[name] = inline
      } else if (valued.includes(name) && next !== undefined && !next.startsWith('--')) {
        flags[name] = next
        i++
      } else {
        flags[name] = true
      }
    } else {
      positionals.push(arg)
    }
  }
  return { positionals, flags }
}
