// The atlas command line: `npm run -s atlas -- <command> [args] [--json]`. Commands live one per file in
// scripts/atlas-cli/commands/ and are found at start-up; this file only parses, dispatches and prints help.
import { parseArgs } from './atlas-cli/args'
import { createContext } from './atlas-cli/context'
import { loadCommands } from './atlas-cli/registry'
import type { AtlasCommand } from './atlas-cli/types'

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const { commands, problems } = await loadCommands()
  const args = parseArgs(rest, ['mode', ...(commands.get(name ?? '')?.valuedFlags ?? [])])
  const json = args.flags.json === true
  const ctx = createContext(json)
  problems.forEach((p) => ctx.err(`warning: ${p}`))

  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp([...commands.values()], ctx.json ? (v) => ctx.printJson(v) : undefined)
    return name ? 0 : 2
  }
  const command = commands.get(name)
  if (!command) {
    ctx.err(`unknown command "${name}". Commands: ${[...commands.keys()].join(', ')}`)
    return 2
  }
  return command.run(args, ctx)
}

function printHelp(commands: AtlasCommand[], asJson?: (value: unknown) => void): void {
  if (asJson) {
    asJson(commands.map((c) => ({ name: c.name, usage: c.usage, summary: c.summary })))
    return
  }
  const lines = [
    'Trigger Point Atlas data tool',
    '',
    'usage: npm run -s atlas -- <command> [arguments] [--json]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(54)} ${c.summary}`),
    '',
    'With --json a command prints only JSON on stdout.',
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A message, never a stack trace; ATLAS_DEBUG=1 shows the stack for fixing the tool itself.
    const detail = process.env.ATLAS_DEBUG ? ((error as Error).stack ?? String(error)) : ((error as Error).message ?? String(error))
    process.stderr.write(`atlas: internal error: ${detail}\n`)
    process.exitCode = 1
  },
)
