// The pure steps behind "Open atlas…": refusing a file that is too large or not JSON, and the summary and
// fault lines after merging an instructor's file with the built-in atlas.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { openAtlasFile, refuseBySize, refuseByText } from '../../../src/atlas/openFile'

const builtIn = loadBuiltInAtlas().atlas

function instructorSoleus(): string {
  const soleus = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
  const first = soleus.triggerPoints[0]
  soleus.triggerPoints.push({ ...first, id: 'soleus-trp-instructor', name: 'Instructor TrP' })
  soleus.triggerPoints.push({ ...first, id: 'soleus-trp-broken', location: 'nowhere' })
  return JSON.stringify(soleus)
}

describe('openAtlasFile', () => {
  it('adds to the built-in atlas, counts what the file brought and lists each fault by file and path', () => {
    const n = builtIn.muscles.find((m) => m.id === 'soleus')!.triggerPoints.length
    const out = openAtlasFile(builtIn, 'my-atlas.json', instructorSoleus(), 'add')
    expect(out.ok).toBe(true)
    if (!out.ok) return
    expect(out.summary).toBe(`Loaded my-atlas.json: 1 muscle, ${n + 1} trigger points; 2 faults (added to the built-in atlas).`)
    expect(out.faultLines.some((l) => l.startsWith(`my-atlas.json: triggerPoints.${n + 1}.location: `))).toBe(true)
    expect(out.active.atlas.muscles.length).toBe(builtIn.muscles.length)
    const soleus = out.active.atlas.muscles.find((m) => m.id === 'soleus')!
    expect(soleus.triggerPoints.map((t) => t.id)).toContain('soleus-trp-instructor')
    expect(soleus.triggerPoints.map((t) => t.id)).not.toContain('soleus-trp-broken')
  })

  it('replace keeps only the file’s muscles', () => {
    const out = openAtlasFile(builtIn, 'my-atlas.json', instructorSoleus(), 'replace')
    expect(out.ok && out.active.atlas.muscles.map((m) => m.id)).toEqual(['soleus'])
  })

  it('refuses non-JSON and oversize files with a message, leaving the atlas alone', () => {
    const out = openAtlasFile(builtIn, 'notes.txt', 'hello', 'add')
    expect(out.ok).toBe(false)
    expect(!out.ok && out.message).toMatch(/^Could not open "notes.txt": not valid JSON.*unchanged\.$/)
    expect(refuseByText('n.json', '42')).toMatch(/not an atlas file/)
    expect(refuseBySize('big.json', 50 * 1024 * 1024)).toMatch(/over the 5\.0 MB limit/)
    expect(refuseBySize('small.json', 1000)).toBeNull()
  })
})
