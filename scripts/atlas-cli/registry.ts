// Finds the CLI's commands: every .ts file in scripts/atlas-cli/commands/ with an AtlasCommand as its
// default export. Discovery by directory lets other engineers add commands (depth, rank) as new files.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AtlasCommand } from './types'

const COMMANDS_DIR = fileURLToPath(new URL('./commands', import.meta.url))

/** All commands by name, plus a message for each file that did not export a usable command. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<{ commands: Map<string, AtlasCommand>; problems: string[] }> {
  const commands = new Map<string, AtlasCommand>()
  const problems: string[] = []
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort()
  for (const file of files) {
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown }
      const command = mod.default
      if (!isCommand(command)) {
        problems.push(`scripts/atlas-cli/commands/${file}: default export is not an AtlasCommand (name, usage, summary, run)`)
        continue
      }
      if (commands.has(command.name)) {
        problems.push(`scripts/atlas-cli/commands/${file}: command "${command.name}" is defined twice`)
        continue
      }
      commands.set(command.name, command)
    } catch (e) {
      problems.push(`scripts/atlas-cli/commands/${file}: failed to load: ${(e as Error).message}`)
    }
  }
  return { commands, problems }
}

function isCommand(value: unknown): value is AtlasCommand {
  const c = value as Partial<AtlasCommand> | undefined
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.name === 'string' &&
    typeof c.usage === 'string' &&
    typeof c.summary === 'string' &&
    typeof c.run === 'function'
  )
}
