// Builds the features' dev harness (src/features/dev/features.html) as a static page, apart from the app,
// so it can be screenshotted without the dev server's hot reloads: `npx vite build -c src/features/dev/vite.features.config.ts`
// then copy models/ into the output and `npx vite preview -c src/features/dev/vite.features.config.ts --port 4185`.
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, '../../..')

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '/tmp/tpa-features-dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: resolve(root, 'src/features/dev/features.html') },
  },
  preview: { port: 4185, strictPort: true, host: '127.0.0.1' },
})
