// The features' view of the app store (src/store/appStore.ts): the same store under the name the trigger-point,
// needle, patient and quiz components use, with that slice's types and helpers.
export { useAppStore as useFeatureStore } from '../store/appStore'
export * from '../store/featureSlice'
