// The atlas CLI's argument parser: values after flags, inline values, and a valued flag with nothing after it.
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../scripts/atlas-cli/args'

describe('atlas CLI arguments', () => {
  it('reads positionals, valued flags, inline values and bare switches', () => {
    expect(parseArgs(['depth', 'upper-trapezius-trp1', '--habitus', 'lean', '--side=left', '--json'])).toEqual({
      positionals: ['depth', 'upper-trapezius-trp1'],
      flags: { habitus: 'lean', side: 'left', json: true },
    })
  })

  it('a valued flag at the end, or before another flag, is a switch rather than reading past the arguments', () => {
    expect(parseArgs(['depth', '--mode'])).toEqual({ positionals: ['depth'], flags: { mode: true } })
    expect(parseArgs(['depth', '--mode', '--json'])).toEqual({ positionals: ['depth'], flags: { mode: true, json: true } })
  })

  it('everything after -- is positional', () => {
    expect(parseArgs(['rank', '--', '--not-a-flag'])).toEqual({ positionals: ['rank', '--not-a-flag'], flags: {} })
  })
})
