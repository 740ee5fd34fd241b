// Runs only the features' browser specs (tests/browser/features-*.spec.ts) against an app build in
// /tmp/tpa-app-dist on port 4186, so they can run beside other engineers' test runs:
//   npx vite build --outDir /tmp/tpa-app-dist && npx playwright test -c src/features/dev/playwright.features.config.ts
import { defineConfig } from '@playwright/test'

const port = 4186
export default defineConfig({
  testDir: '../../../tests/browser',
  testMatch: 'features-*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite preview --outDir /tmp/tpa-app-dist --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
