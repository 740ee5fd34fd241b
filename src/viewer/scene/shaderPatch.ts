// Adding a few lines to one of three's built-in shaders at a named chunk, for the body's materials (muscle, skin):
// loud when three's shader no longer has the chunk, so a three upgrade cannot silently drop a look.

/**
 * Inserts `code` after (or before) the first `hook` in `source`; throws, naming `material`, when three's shader no
 * longer has it. Pure.
 */
export function insertAt(source: string, hook: string, code: string, where: 'after' | 'before', material: string): string {
  const at = source.indexOf(hook)
  if (at < 0) throw new Error(`${material} material: three's shader has no "${hook}"`)
  const cut = where === 'after' ? at + hook.length : at
  return source.slice(0, cut) + (where === 'after' ? code : `${code}\n`) + source.slice(cut)
}
