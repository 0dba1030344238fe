/**
 * The procedure documents shipped with the app, bundled into the server build (Vite) so that a
 * fresh server can seed its database with them on first start. The import command, which runs
 * under tsx without `import.meta.glob`, reads the same folder from disk (document-files.ts).
 */
const files = import.meta.glob<unknown>('./documents/*.json', { eager: true, import: 'default' });

export function shippedDocuments(): unknown[] {
	return Object.keys(files)
		.sort()
		.map((name) => files[name]);
}
