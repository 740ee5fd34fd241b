// Renders models/body.glb in headless Chromium (SwiftShader) with a bare three.js page, from the front, the back,
// the left side and the back with the skin hidden, into docs/model-*.png. Usage:
//   npx tsx scripts/render-model-shots.ts [path/to/body.glb] [outDir] [view[:skin[:zoom[:cy[:cx]]]] ...]
// (named views are 700x1000 px, or $MODEL_SHOTS_SIZE, e.g. 1000x1000).
// MODEL_SHOTS_BUILD=high (or lean) shows the skin in that habitus shape; a view's sixth field names a node to draw in
// a bright colour (e.g. left:hidden:1.5:1.3:0.2:deltoid.left), for unlabelled pictures of one muscle.
// The female body's set: MODEL_SHOTS_PREFIX=model-female- npx tsx scripts/render-model-shots.ts models/body-female.glb
// Serves files on 127.0.0.1:4181 (or $MODEL_SHOTS_PORT) and shuts the server and the browser down when done.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const PORT = Number(process.env.MODEL_SHOTS_PORT ?? 4181)
const root = resolve(import.meta.dirname, '..')
const glbPath = resolve(process.argv[2] ?? join(root, 'models/body.glb'))
const outDir = resolve(process.argv[3] ?? join(root, 'docs'))
const views = process.argv.slice(4)
/** The default set's file names start with this: `MODEL_SHOTS_PREFIX=model-female- npx tsx …` for the female body. */
const PREFIX = process.env.MODEL_SHOTS_PREFIX ?? 'model-'
/** The skin's habitus shape in every shot (a morph target's name), or none for the average build. */
const BUILD = process.env.MODEL_SHOTS_BUILD ?? ''
/** Size of the named views' shots, "WIDTHxHEIGHT" from $MODEL_SHOTS_SIZE (700x1000 unless set). */
const VIEW_SIZE = ((): [number, number] => {
  const m = /^(\d+)x(\d+)$/.exec(process.env.MODEL_SHOTS_SIZE ?? '700x1000')
  if (!m) throw new Error(`MODEL_SHOTS_SIZE must look like 1000x1000, got "${process.env.MODEL_SHOTS_SIZE}"`)
  return [Number(m[1]), Number(m[2])]
})()

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>body model</title>
<style>html,body{margin:0;background:#e9ecef;overflow:hidden}canvas{display:block}</style>
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js","three/addons/":"/node_modules/three/examples/jsm/"}}</script>
</head><body><script type="module">
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
const q = new URLSearchParams(location.search)
const view = q.get('view') ?? 'front'
const skinMode = q.get('skin') ?? 'translucent'
const zoom = Number(q.get('zoom') ?? '1')
const cy = Number(q.get('cy') ?? '0.9')
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setPixelRatio(1)
renderer.setSize(innerWidth, innerHeight)
renderer.outputColorSpace = THREE.SRGBColorSpace
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.background = new THREE.Color(0xe9ecef)
scene.add(new THREE.HemisphereLight(0xffffff, 0x666655, 1.6))
const key = new THREE.DirectionalLight(0xffffff, 2.2)
scene.add(key)
const aspect = innerWidth / innerHeight
const halfH = 0.95 / zoom
const cam = new THREE.OrthographicCamera(-halfH * aspect, halfH * aspect, halfH, -halfH, 0.01, 10)
const dirs = { front: [0, 0, 1], back: [0, 0, -1], left: [1, 0, 0], right: [-1, 0, 0], 'left-back': [0.7, 0, -0.7], 'left-front': [0.7, 0, 0.7] }
const d = dirs[view] ?? dirs.front
const cx = Number(q.get('cx') ?? '0')
cam.position.set(cx + d[0] * 3, cy, d[2] * 3)
cam.lookAt(cx, cy, 0)
key.position.set(d[0] * 3 + 1, 3, d[2] * 3 + (d[2] === 0 ? 1 : 0))
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader.load('/model.glb', (gltf) => {
  gltf.scene.traverse((o) => {
    const kind = o.userData?.kind
    if (!o.isMesh) return
    o.material = o.material.clone()
    if (o.userData?.id + '.' + o.userData?.side === q.get('highlight')) { o.material.color.set(0xff5a1f); o.material.emissive?.set(0x401000) }
    if (kind === 'skin') {
      // the habitus shape: $MODEL_SHOTS_BUILD = lean or high sets that morph target to 1
      const build = q.get('build')
      const target = build ? o.morphTargetDictionary?.[build] : undefined
      if (target !== undefined) o.morphTargetInfluences[target] = 1
      if (skinMode === 'hidden' || skinMode === 'bones' || skinMode === 'deep-hidden') o.visible = false
      else if (skinMode === 'translucent') { o.material.transparent = true; o.material.opacity = 0.16; o.material.depthWrite = false }
      else { o.material.transparent = false; o.material.opacity = 1 }
    }
    if ((kind === 'organ' || kind === 'danger') && skinMode !== 'xray' && skinMode !== 'organs') o.visible = false
    if (skinMode === 'organs' && (kind === 'muscle' || kind === 'skin' || kind === 'danger')) o.visible = false
    if (skinMode === 'bones' && (kind === 'muscle' || kind === 'skin')) o.visible = false
    if ((skinMode === 'deep' || skinMode === 'deep-hidden') && kind === 'muscle' && o.userData.layer === 'superficial') o.visible = false
    if (skinMode === 'xray') { if (kind === 'muscle' || kind === 'skin') o.visible = false }
  })
  scene.add(gltf.scene)
  renderer.render(scene, cam)
  window.__done = true
}, undefined, (e) => { window.__error = String(e); window.__done = true })
</script></body></html>`

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.glb': 'model/gltf-binary', '.html': 'text/html' }

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`)
  try {
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
    } else if (url.pathname === '/model.glb') {
      res.writeHead(200, { 'content-type': TYPES['.glb'] }).end(await readFile(glbPath))
    } else if (url.pathname.startsWith('/node_modules/three/')) {
      const file = resolve(root, '.' + url.pathname)
      if (!file.startsWith(join(root, 'node_modules/three'))) throw new Error('outside')
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file))
    } else res.writeHead(404).end()
  } catch {
    res.writeHead(404).end()
  }
})

const SHOTS: { file: string; query: string; size: [number, number] }[] = views.length
  ? views.map((v) => {
      const [view, skin = 'translucent', zoom = '1', cy = '0.9', cx = '0', highlight = ''] = v.split(':')
      return {
        file: `model-${v.replace(/[:.]/g, '_')}.png`,
        query: `view=${view}&skin=${skin}&zoom=${zoom}&cy=${cy}&cx=${cx}&highlight=${highlight}`,
        size: VIEW_SIZE,
      }
    })
  : [
      { file: `${PREFIX}front.png`, query: 'view=front&skin=translucent', size: [700, 1000] },
      { file: `${PREFIX}back.png`, query: 'view=back&skin=translucent', size: [700, 1000] },
      { file: `${PREFIX}left.png`, query: 'view=left&skin=translucent', size: [700, 1000] },
      { file: `${PREFIX}back-no-skin.png`, query: 'view=back&skin=hidden', size: [700, 1000] },
      { file: `${PREFIX}front-no-skin.png`, query: 'view=front&skin=hidden', size: [700, 1000] },
      { file: `${PREFIX}front-skin.png`, query: 'view=front&skin=opaque', size: [700, 1000] },
      { file: `${PREFIX}back-skin.png`, query: 'view=back&skin=opaque', size: [700, 1000] },
      { file: `${PREFIX}left-skin.png`, query: 'view=left&skin=opaque', size: [700, 1000] },
    ]

await new Promise<void>((r) => server.listen(PORT, '127.0.0.1', r))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic'],
})
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.size[0], height: shot.size[1] } })
    await page.goto(`http://127.0.0.1:${PORT}/?${shot.query}${BUILD ? `&build=${BUILD}` : ''}`)
    await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, null, { polling: 50, timeout: 120_000 })
    const err = await page.evaluate(() => (window as unknown as { __error?: string }).__error)
    if (err) throw new Error(`render failed: ${err}`)
    await page.screenshot({ path: join(outDir, shot.file) })
    await page.close()
    console.log('wrote', join(outDir, shot.file))
  }
} finally {
  await browser.close()
  server.close()
}
