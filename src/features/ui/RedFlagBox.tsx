// The red flags a pain map brings up, shown above any list of muscles: warning signs that the pain may need
// a doctor rather than a therapist, each with what to do and how fast, and the general signs for any pain.
import type { ReactElement } from 'react'
import type { RedFlag } from '../../atlas/redFlagSchema'
import { URGENCY_WORDS, type RedFlagsForPain } from '../../atlas/redFlags'
import type { FeatureAtlas } from '../atlasData'
import { SourceList } from './SourceList'

function FlagItem({ flag, atlas }: { flag: RedFlag; atlas: FeatureAtlas }): ReactElement {
  return (
    <li data-red-flag={flag.id}>
      <strong>
        {URGENCY_WORDS[flag.urgency]}: {flag.heading}.
      </strong>{' '}
      {flag.signs} ({flag.condition}). <strong>{flag.whatToDo}</strong> <SourceList atlas={atlas} ids={flag.sources} />
    </li>
  )
}

export function RedFlagBox({ flags, atlas }: { flags: RedFlagsForPain; atlas: FeatureAtlas }): ReactElement {
  const regional = flags.forRegions.length > 0
  return (
    <section className="tpa-f-redflags" aria-labelledby="tpa-f-redflags-heading" data-testid="red-flags">
      <h3 id="tpa-f-redflags-heading">{regional ? 'First: when to get help now' : 'When to see a doctor'}</h3>
      {regional ? (
        <>
          <p>
            This is not meant to scare you, but to help you spot the signs that need a doctor before a therapist. Pain where you marked it
            can also come from the heart, lungs, blood vessels or nerves. Get help if you have any of these:
          </p>
          <ul data-testid="red-flags-for-regions">
            {flags.forRegions.map((f) => (
              <FlagItem key={f.id} flag={f} atlas={atlas} />
            ))}
          </ul>
        </>
      ) : null}
      <p data-testid="general-red-flags-line">
        <strong>Wherever the pain is,</strong> see a doctor if you also have a fever, weight loss you cannot explain, pain at night or at
        rest, a recent injury, or have had cancer.
      </p>
      <details>
        <summary>What to do for each of these</summary>
        <ul>
          {flags.anywhere.map((f) => (
            <FlagItem key={f.id} flag={f} atlas={atlas} />
          ))}
        </ul>
      </details>
    </section>
  )
}
