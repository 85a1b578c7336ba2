/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string
  /** "on": the in-browser mock API even in a production build (demo); "off": never, even in dev. */
  readonly VITE_API_MOCKING?: 'on' | 'off'
}
