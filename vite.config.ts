// Build, dev server and unit-test configuration in one place.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { shellChunk } from './scripts/vitePreloadShell.ts'

const THEME = '#10151c'
// the page's shell: one chunk, loaded after the entry has sent the body's request, fetched beside it (src/main.tsx)
const shell = shellChunk('/src/app/mountApp.tsx')

export default defineConfig({
  plugins: [
    react(),
    shell.plugin,
    // Offline and installable: a Workbox service worker precaches the whole app (code, styles, the atlas
    // chunk and icons) on the first visit and keeps each built-in body once it has been shown. A new version waits
    // until the user chooses "Reload to update" (src/app/UpdatePrompt.tsx), so a page is never half old, half new.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'Trigger Point Atlas',
        short_name: 'TP Atlas',
        description: 'Open 3D anatomy atlas of myofascial trigger points, their referred pain and dry-needling safety.',
        lang: 'en',
        theme_color: THEME,
        background_color: THEME,
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,glb,webmanifest}'],
        // Neither body is precached: each is kept by the runtime cache below once it has been shown, so a visit
        // downloads only the body it shows (src/app/serviceWorker.ts fetches the first one again once the worker
        // controls the page, before the page says it works offline).
        globIgnores: ['**/body-*.glb'],
        runtimeCaching: [
          {
            urlPattern: /\/body-[\w-]+\.glb$/,
            handler: 'CacheFirst',
            options: { cacheName: 'bodies', expiration: { maxEntries: 2 } },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // the first visit's page is taken over at once, so it works offline without a second visit; an update
        // still waits (no skipWaiting) until the user chooses "Reload to update"
        clientsClaim: true,
      },
    }),
  ],
  base: './',
  build: {
    chunkSizeWarningLimit: 1500,
    // Every browser the app supports (it needs WebGL 2 and ES modules) preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically goes in one first chunk, and everything the shell adds in a second.
        // Left to itself, the bundler splits the modules they share with lazy parts (the store, react) into several
        // small chunks, which the page fetches at start all the same and which compress worse apart
        // (tests/unit/project/firstChunk.test.ts).
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }, shell.group] },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // one worker per core (the default leaves one core to the runner, which on a 2-core CI machine means one worker
    // and the two body generations of tests/unit/model/generator*.test.ts one after the other)
    maxWorkers: '100%',
  },
} as never)
