/** Where the API lives. Same origin by default; `VITE_API_BASE_URL` points the app at a real server. */
export const apiBaseUrl = (import.meta.env.VITE_API_BASE_URL || '/api/v1').replace(/\/+$/, '')
