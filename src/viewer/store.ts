// The viewer's view of the app store (src/store/appStore.ts): the same store under the name the viewer's
// components use, with the viewer slice's types and helpers.
export { useAppStore as useViewer } from '../store/appStore'
export * from '../store/viewerSlice'
