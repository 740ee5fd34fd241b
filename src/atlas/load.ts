// Loading an atlas from files: the one entry point the app, the CLI and the tests share. Pure: files
// come in as text, so it runs the same in the browser (built-in data, files the instructor opens) and
// in node (the CLI reads a directory first).
import { crossCheck } from './crossCheck'
import { MAX_ATLAS_FILE_BYTES } from './jsonText'
import { readAtlasFiles } from './readFiles'
import type { AtlasFile, AtlasLoadResult } from './types'

export interface LoadAtlasOptions {
  /** Built-in rules: muscle and region ids must be the model's (see CrossCheckOptions). Default false. */
  builtIn?: boolean
  /** Files larger than this are rejected before parsing. */
  maxFileBytes?: number
}

/** Parses, validates and cross-checks a set of files into an atlas plus the faults found on the way. */
export function loadAtlas(files: readonly AtlasFile[], options: LoadAtlasOptions = {}): AtlasLoadResult {
  const read = readAtlasFiles(files, options.maxFileBytes ?? MAX_ATLAS_FILE_BYTES)
  const checked = crossCheck(read.parts, { builtIn: options.builtIn ?? false })
  return { atlas: checked.atlas, faults: [...read.faults, ...checked.faults] }
}
