// Browser tests: Debian's Chromium (never a downloaded browser), software WebGL, the built app.
import { defineConfig } from '@playwright/test'

const port = Number(process.env.PW_PORT ?? 4174)
export default defineConfig({
  testDir: 'tests/browser',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // one worker per core: each spec file has its own browser context and the preview server is static, so files run
  // side by side (135 tests in 7.3 min against 13.6 one at a time on 2 cores); nothing here measures speed (bench/
  // does, one page at a time)
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    // The service worker caches the whole app in the background after the first load and then shows a passing
    // "works offline" note over the view: tests that read the canvas or hover a control would see it or not
    // depending on timing. It is allowed in the specs about offline use and updates (offline, updatePrompt).
    serviceWorkers: 'block',
    // The camera cuts instead of swinging (the app honours prefers-reduced-motion), which takes about two seconds
    // off each camera move on software WebGL. The specs about the moves themselves (camera-focus, views) ask for
    // motion again.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
