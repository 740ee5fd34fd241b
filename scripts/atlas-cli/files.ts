// Node side of the atlas CLI: turns a file or directory on disk into AtlasFile[] for the pure loader in
// src/atlas. File sizes are checked with stat before reading, so an oversize file is never read; the bytes
// are decoded with the app's rules (UTF-8, or UTF-16 with a byte-order mark).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fault } from '../../src/atlas/faults'
import { MAX_ATLAS_FILE_BYTES, checkFileSize, decodeAtlasBytes } from '../../src/atlas/fileLimits'
import type { AtlasFault, AtlasFile } from '../../src/atlas/types'

/** The repository root (this file lives in scripts/atlas-cli/). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

/** The built-in atlas directory. */
export const DATA_DIR = join(REPO_ROOT, 'data')

/** Generated JSON Schemas live here; they are not atlas data. */
const SCHEMA_DIR = join(DATA_DIR, 'schema')
/** The built-in lessons (src/lessons/builtInLessons.ts): not atlas files. */
const LESSONS_DIR = join(DATA_DIR, 'lessons')

/** Path to report a file under: relative to the repository when inside it, else as given. */
export function displayPath(absolutePath: string): string {
  const rel = relative(REPO_ROOT, absolutePath)
  return rel.startsWith('..') || rel === '' ? absolutePath : rel.split(sep).join('/')
}

/**
 * Reads one .json file, or every .json file under a directory (skipping data/schema), as AtlasFiles.
 * Files over the size limit, unreadable files and a missing path become faults instead.
 */
export function readAtlasPath(path: string, maxFileBytes = MAX_ATLAS_FILE_BYTES): { files: AtlasFile[]; faults: AtlasFault[] } {
  const files: AtlasFile[] = []
  const faults: AtlasFault[] = []
  const absolute = resolve(path)
  let stats
  try {
    stats = statSync(absolute)
  } catch {
    faults.push(fault(path, [], 'no such file or directory'))
    return { files, faults }
  }
  const paths = stats.isDirectory() ? listJsonFiles(absolute) : [absolute]
  for (const filePath of paths) {
    const shown = displayPath(filePath)
    try {
      const sizeFault = checkFileSize(shown, statSync(filePath).size, maxFileBytes)
      if (sizeFault) {
        faults.push(sizeFault)
        continue
      }
      // Decoded by byte-order mark exactly as the app decodes an opened file (src/atlas/fileLimits.ts).
      const decoded = decodeAtlasBytes(shown, readFileSync(filePath))
      if (decoded.ok) {
        files.push({ path: shown, text: decoded.text })
      } else {
        faults.push(decoded.fault)
      }
    } catch (e) {
      faults.push(fault(shown, [], `could not be read: ${(e as Error).message}`))
    }
  }
  return { files, faults }
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (full !== SCHEMA_DIR && full !== LESSONS_DIR && !entry.name.startsWith('.')) {
        out.push(...listJsonFiles(full))
      }
    } else if (entry.isFile() && entry.name.endsWith('.json')) {
      out.push(full)
    }
  }
  return out
}

/** True when `path` is the built-in data directory or lies inside it. */
export function isInsideBuiltInData(path: string): boolean {
  const rel = relative(DATA_DIR, resolve(path))
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep))
}
