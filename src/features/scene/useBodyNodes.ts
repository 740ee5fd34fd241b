// Finds the body model inside the R3F scene once the viewer has loaded it (and again if the user opens
// another model): the skin mesh and the landmark positions. Polls a few times a second, because the
// viewer loads the model on its own schedule and the features must not depend on its internals.
import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import type { Mesh } from 'three'
import type { LandmarkLookup } from '../../geometry/anchors'
import type { Vec3Like } from '../../geometry/vec'
import { collectLandmarks, findSkinMesh, lookupFromLandmarks } from './sceneNodes'

export interface BodyNodes {
  skin: Mesh
  landmarks: ReadonlyMap<string, Vec3Like>
  lookup: LandmarkLookup
}

const POLL_MS = 400

export function useBodyNodes(): BodyNodes | null {
  const scene = useThree((s) => s.scene)
  const [nodes, setNodes] = useState<BodyNodes | null>(null)
  useEffect(() => {
    let current: Mesh | null = null
    const check = (): void => {
      const skin = findSkinMesh(scene)
      if (skin === current) {
        return
      }
      current = skin
      if (!skin) {
        setNodes(null)
        return
      }
      const landmarks = collectLandmarks(scene)
      setNodes({ skin, landmarks, lookup: lookupFromLandmarks(landmarks) })
    }
    check()
    const timer = window.setInterval(check, POLL_MS)
    return () => window.clearInterval(timer)
  }, [scene])
  return nodes
}
