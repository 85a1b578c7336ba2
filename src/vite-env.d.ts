/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string
  /** "on": the in-browser mock API even in a production build (demo); "off": never, even in dev. */
  readonly VITE_API_MOCKING?: 'on' | 'off'
  /** Set by vite.config.ts: "on" when this build keeps data and registers its service worker (scripts/vite/offline.ts). */
  readonly VITE_OFFLINE: 'on' | 'off'
  /** Set by vite.config.ts: the contract version kept data was parsed with; other versions' data is thrown away. */
  readonly VITE_KEPT_DATA_VERSION: string
}
