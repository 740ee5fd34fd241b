// The app keeps its state in one zustand store built from slices (src/store/appStore.ts): no other module of src/
// creates a store of its own, so no state can drift out of step with the rest or miss the scene state.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

/** Whether a module imports zustand's `create` or `createStore` as a value (a slice's `StateCreator` type is fine). */
function makesAStore(source: string): boolean {
  for (const m of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'zustand(?:\/vanilla)?'/g)) {
    if (m[1]) continue
    const names = (m[2] ?? '').split(',').map((n) => n.trim())
    if (names.some((n) => n === 'create' || n === 'createStore' || n.startsWith('create as') || n.startsWith('createStore as'))) return true
  }
  return false
}

describe('one store', () => {
  it('tells a store from a slice', () => {
    expect(makesAStore("import { create } from 'zustand'")).toBe(true)
    expect(makesAStore("import { createStore } from 'zustand/vanilla'")).toBe(true)
    expect(makesAStore("import type { StateCreator } from 'zustand'")).toBe(false)
    expect(makesAStore("import { type StateCreator, type StoreApi } from 'zustand'")).toBe(false)
  })

  it('is made only in src/store/appStore.ts', () => {
    const makers = sourceFiles(SRC)
      .filter((f) => makesAStore(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f))
    expect(makers).toEqual(['store/appStore.ts'])
  })
})
