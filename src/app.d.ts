// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			/** An AppErrorCode; the page shows its sentence through i18n. */
			message: string;
		}
	}
}

export {};
