// Watches a page for what must never happen: a Content-Security-Policy violation (the page's own
// securitypolicyviolation events and Chromium's console reports) or an uncaught error.
import { expect, type Page } from '@playwright/test'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

export interface PageGuards {
  /** Violations seen so far (directive and blocked URL or "inline"/"eval"). */
  violations(): Promise<string[]>
  expectClean(): Promise<void>
}

export async function guardPage(page: Page): Promise<PageGuards> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  const consoleReports: string[] = []
  const pageErrors: string[] = []
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleReports.push(m.text())
  })
  page.on('pageerror', (e) => pageErrors.push(e.message))
  const violations = async (): Promise<string[]> => [
    ...consoleReports,
    ...((await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])) as string[]),
  ]
  return {
    violations,
    async expectClean() {
      expect(await violations(), 'Content-Security-Policy violations').toEqual([])
      expect(pageErrors, 'uncaught errors').toEqual([])
    },
  }
}
