// How big a model file the viewer accepts. A file is refused by its size before it is read into memory, and by
// its triangle count (from the accessor counts in its JSON) before any geometry is decoded. The built-in body is
// about 4 MB and 0.4 million triangles; these caps leave room for detailed models from elsewhere while keeping
// a phone or a laptop responsive (a file is held in memory twice while it is parsed).

/** Largest model file accepted: 64 MB (64 × 1024 × 1024 bytes). */
export const MAX_MODEL_FILE_BYTES = 64 * 1024 * 1024

/** Most triangles a model may draw, counted over every mesh instance in its scene graph. */
export const MAX_MODEL_TRIANGLES = 3_000_000

/** "1.5 MB", "64 MB", "1,024 MB": sizes as the user reads them (1 MB = 1024 × 1024 bytes). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  if (mb >= 10) return `${Math.round(mb).toLocaleString('en-US')} MB`
  return `${mb.toFixed(1).replace(/\.0$/, '')} MB`
}

/** Why a file of this size is refused, or null when it is within the limit. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_MODEL_FILE_BYTES) return null
  return `it is ${formatMegabytes(bytes)}, and model files can be at most ${formatMegabytes(MAX_MODEL_FILE_BYTES)}`
}
