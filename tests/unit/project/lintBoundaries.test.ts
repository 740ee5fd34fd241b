// The import boundary of docs/ARCHITECTURE.md is enforced by ESLint (eslint.config.js): a pure module that imports
// React, the scene or the app's store is reported, and the project as it stands has no lint problems.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('module boundaries', () => {
  it('refuses React, scene code and the store in a pure folder', async () => {
    const messages = await lintAs(
      'src/geometry/deliberateViolation.ts',
      "import { useState } from 'react'\nimport { useAppStore } from '../store/appStore'\nexport const x = [useState, useAppStore]\n",
    )
    expect(messages).toEqual([
      expect.stringContaining(
        "no-restricted-imports: 'react' import is restricted from being used. pure modules (docs/ARCHITECTURE.md) have no React",
      ),
      expect.stringContaining('no-restricted-imports'),
    ])
  })
  it('lets the app import React and the store', async () => {
    expect(
      await lintAs(
        'src/viewer/deliberateOk.tsx',
        "import { useState } from 'react'\nimport { useAppStore } from '../store/appStore'\nexport const x = [useState, useAppStore]\n",
      ),
    ).toEqual([])
  })
  it('lets a pure folder import another pure folder', async () => {
    expect(
      await lintAs('src/geometry/deliberateOk.ts', "import { parseNodeName } from '../anatomy/naming'\nexport const x = parseNodeName\n"),
    ).toEqual([])
  })
}, 120_000)
