// Every page renders in the browser from one shell: the service worker can then answer any
// navigation offline, and no server-rendered page ever holds a citizen's data in a cache.
export const ssr = false;
export const prerender = false;
