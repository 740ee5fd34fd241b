// The contract between the atlas CLI and its commands. A command is one file in
// scripts/atlas-cli/commands/ whose default export is an AtlasCommand; the CLI finds it by itself, so
// adding a command never means editing the CLI (see docs/ATLAS-AUTHORING.md, "Adding a CLI command").
import type { AtlasFault, AtlasFile, AtlasLoadResult } from '../../src/atlas/types'

/** Arguments after the command name: positionals in order, and --flags (`--json`, `--mode add`, `--mode=add`). */
export interface ParsedArgs {
  positionals: string[]
  flags: Record<string, string | true>
}

/** The built-in atlas as read from data/ on disk, with the files it came from. */
export interface BuiltInAtlas extends AtlasLoadResult {
  files: AtlasFile[]
  /** Faults from reading the directory itself (oversize or unreadable files). */
  readFaults: AtlasFault[]
}

export interface CommandContext {
  /** True with --json: the command must print exactly one JSON document on stdout and nothing else. */
  json: boolean
  /** A line of human-readable output on stdout (not used in --json mode). */
  out(line: string): void
  /** A line on stderr: problems and hints, allowed in --json mode. */
  err(line: string): void
  /** Prints the command's JSON result on stdout. */
  printJson(value: unknown): void
  /** The built-in atlas (data/), loaded once per run. */
  builtIn(): BuiltInAtlas
}

export interface AtlasCommand {
  /** The word typed after `npm run -s atlas --`. */
  name: string
  /** Usage line shown by `help`, e.g. "refers <region-id> [--json]". */
  usage: string
  /** One sentence on what it does. */
  summary: string
  /** Flags that take a separate value (`--habitus lean`); others are booleans unless written `--name=value`. */
  valuedFlags?: readonly string[]
  /** Runs the command; returns the process exit code (0 success, 1 faults or not found, 2 bad usage). */
  run(args: ParsedArgs, ctx: CommandContext): number | Promise<number>
}
