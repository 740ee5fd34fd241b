// Brings an opened model into our frame (metres, +Y up) using the mapping module's guess from its bounds
// (BodyParts3D, for one, comes in millimetres with Z up), and says what it did so the user can judge it.
import { Box3, type Object3D } from 'three'
import { frameHintFromBounds } from '../../mapping/frameHint'

/** Scales and turns `root` in place when its bounds suggest another unit or up axis; returns what was applied. */
export function uprightAndScale(root: Object3D): string | null {
  root.updateMatrixWorld(true)
  const box = new Box3().setFromObject(root)
  if (box.isEmpty()) return null
  const hint = frameHintFromBounds(box.min.toArray(), box.max.toArray())
  if (!hint || (hint.scale === 1 && hint.rotateXDeg === 0)) return null
  root.scale.multiplyScalar(hint.scale)
  root.rotation.x += (hint.rotateXDeg * Math.PI) / 180
  root.updateMatrixWorld(true)
  return hint.reason
}
