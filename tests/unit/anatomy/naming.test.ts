// One naming module: `<id>.<side>` parsed and formatted the same way everywhere.
import { describe, expect, it } from 'vitest'
import { STRUCTURE_KINDS, nodeName, parseNodeName } from '../../../src/anatomy/naming'

describe('node names', () => {
  it('splits at the last dot when the suffix is a side', () => {
    expect(parseNodeName('soleus.left')).toEqual({ id: 'soleus', side: 'left' })
    expect(parseNodeName('sternum.midline')).toEqual({ id: 'sternum', side: 'midline' })
    expect(parseNodeName('parietal-pleura.right')).toEqual({ id: 'parietal-pleura', side: 'right' })
  })
  it('keeps a name without a known side whole', () => {
    expect(parseNodeName('skin')).toEqual({ id: 'skin', side: null })
    expect(parseNodeName('soleus.front')).toEqual({ id: 'soleus.front', side: null })
    expect(parseNodeName('.left')).toEqual({ id: '.left', side: null })
  })
  it('formats what it parses', () => {
    for (const name of ['soleus.left', 'rib-1.right', 'sternum.midline']) {
      const { id, side } = parseNodeName(name)
      expect(nodeName(id, side!)).toBe(name)
    }
  })
  it('knows the six kinds of structure', () => {
    expect(STRUCTURE_KINDS).toEqual(['bone', 'muscle', 'organ', 'danger', 'skin', 'landmark'])
  })
})
